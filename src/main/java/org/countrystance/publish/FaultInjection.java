package org.countrystance.publish;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Test-only fault hooks for the reliability tests, off unless the JVM is started with
 * {@code -Dcountrystance.testing.fail-first-attempt-of=annotate,write} (every task's first attempt
 * throws in that stage, so Spark's retries must make it invisible) or
 * {@code -Dcountrystance.testing.slow-down=annotate=3000,write=2000,commit=500} (a task sleeps once,
 * the commit sleeps per move, so a test can SIGKILL the JVM inside that step), or
 * {@code -Dcountrystance.testing.fail-article=clean:a1,annotate:a2} (processing that article in that
 * stage throws, so the per-article guard must quarantine it). The properties are read on the driver;
 * callers capture the decision in their closures, so executors need no setting and the hooks cost
 * nothing when off.
 */
public final class FaultInjection {
  public static final String FAIL_PROPERTY = "countrystance.testing.fail-first-attempt-of";
  public static final String SLOW_PROPERTY = "countrystance.testing.slow-down";
  /** Read when a stage plans its tasks (not once per JVM), so a test in a shared JVM can set and clear it. */
  public static final String FAIL_ARTICLE_PROPERTY = "countrystance.testing.fail-article";
  public static final String CLEAN = "clean";
  public static final String ANNOTATE = "annotate";
  public static final String WRITE = "write";
  public static final String COMMIT = "commit";

  private static final Set<String> FAIL = new TreeSet<>(Arrays.stream(
      System.getProperty(FAIL_PROPERTY, "").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
  private static final Map<String, Long> SLOW = parseSlow(System.getProperty(SLOW_PROPERTY, ""));
  /** Task attempts that already slept (a task sleeps once, not per row). */
  private static final Set<Long> SLEPT = ConcurrentHashMap.newKeySet();

  private FaultInjection() {}

  /** What a stage must do inside its tasks: fail the first attempt, sleep, both or nothing. */
  public record Plan(String stage, boolean failFirstAttempt, long sleepMillis, Set<String> failArticles)
      implements java.io.Serializable {
    public boolean active() {
      return failFirstAttempt || sleepMillis > 0;
    }

    /** Called for each article inside the stage's per-article guard: throws for an article named to fail. */
    public void onArticle(String articleId) {
      if (!failArticles.isEmpty() && failArticles.contains(articleId)) {
        throw new IllegalStateException("injected fault: article " + articleId + " in " + stage
            + " (" + FAIL_ARTICLE_PROPERTY + ")");
      }
    }

    /** Called inside a task of the stage (cheap to skip: callers test {@link #active()} first). */
    public void inTask() {
      TaskContext task = TaskContext.get();
      if (task == null) return;
      if (sleepMillis > 0 && SLEPT.add(task.taskAttemptId())) sleep(sleepMillis);
      if (failFirstAttempt && task.attemptNumber() == 0) {
        throw new IllegalStateException("injected fault: first attempt of a " + stage + " task (" + FAIL_PROPERTY + ")");
      }
    }
  }

  /** The plan for a stage, decided on the driver from the JVM's properties. */
  public static Plan plan(String stage) {
    return new Plan(stage, FAIL.contains(stage), SLOW.getOrDefault(stage, 0L), failArticles(stage));
  }

  private static Set<String> failArticles(String stage) {
    Set<String> ids = new TreeSet<>();
    for (String part : System.getProperty(FAIL_ARTICLE_PROPERTY, "").split(",")) {
      int colon = part.indexOf(':');
      if (colon > 0 && part.substring(0, colon).trim().equals(stage)) ids.add(part.substring(colon + 1).trim());
    }
    return ids;
  }

  /** The rows with the write-stage hook applied just before the write, or the same rows when off. */
  public static Dataset<Row> beforeWrite(Dataset<Row> rows) {
    Plan p = plan(WRITE);
    if (!p.active()) return rows;
    return rows.mapPartitions((MapPartitionsFunction<Row, Row>) it -> {
      p.inTask();
      return it;
    }, Encoders.row(rows.schema()));
  }

  /** A driver-side pause (between commit moves), so a test can kill the JVM mid-commit. */
  public static void pause(String stage) {
    long ms = SLOW.getOrDefault(stage, 0L);
    if (ms > 0) sleep(ms);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Map<String, Long> parseSlow(String spec) {
    Map<String, Long> out = new TreeMap<>();
    for (String part : spec.split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) out.put(part.substring(0, eq).trim(), Long.parseLong(part.substring(eq + 1).trim()));
    }
    return out;
  }
}
