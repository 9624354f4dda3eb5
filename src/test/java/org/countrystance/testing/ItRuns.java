package org.countrystance.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.countrystance.publish.RunManifest;
import org.countrystance.sample.GeneratorSettings;
import org.countrystance.sample.SampleCorpusWriter;

/**
 * What the integration tests share in one failsafe JVM: a small corpus (generated articles with the
 * generator's bad rows, plus rows published at 23:30 UTC written with three offsets), and one clean
 * child-JVM run over it that the other runs are compared with. Work goes under target/it-work.
 */
public final class ItRuns {
  public static final String SECRET = "it-secret-Zq9XwV7";
  public static final String SECRET_SETTING = "spark.conf.\"spark.hadoop.fs.s3a.secret.key\"=" + SECRET;
  public static final List<String> HEAP = List.of("-Xmx1500m");
  /** Fixture ids of articles published at 2023-01-02 23:30 UTC, whatever the offset they are written with. */
  public static final List<String> LATE_NIGHT_IDS = List.of("tz-utc", "tz-minus3", "tz-plus14");
  private static Path root;
  private static Path corpus;
  private static Path clean;

  private ItRuns() {}

  public static synchronized Path work(String name) throws IOException {
    if (root == null) {
      root = Path.of("target", "it-work").toAbsolutePath();
      if (Files.exists(root)) {
        try (Stream<Path> s = Files.walk(root)) {
          s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      Files.createDirectories(root);
    }
    return root.resolve(name);
  }

  public static synchronized Path corpus() throws IOException {
    if (corpus == null) {
      Path c = work("corpus");
      SampleCorpusWriter.write(SparkTestSession.get(), GeneratorSettings.defaults().withArticles(200)
          .withDays(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 3)), c.resolve("generated").toString());
      new InputFixtures()
          .add("tz-utc", "Late in London", "China called for peace talks between Russia and Ukraine.", "2023-01-02T23:30:00Z")
          .add("tz-minus3", "Late in Brasilia", "Brazil urged restraint on Israel and Gaza.", "2023-01-02T20:30:00-03:00")
          .add("tz-plus14", "Early in Kiritimati", "Kiribati called for climate action.", "2023-01-03T13:30:00+14:00")
          .add("forged", "Headline\nERROR forged", "Some text about France.", "2023-01-02T10:00:00Z")
          .write(SparkTestSession.get(), c.resolve("fixture"));
      corpus = c;
    }
    return corpus;
  }

  /** run --input corpus --output out --master local[2] and any extra options. */
  public static String[] runArgs(Path out, String... extra) throws IOException {
    List<String> a = new ArrayList<>(List.of("run", "--input", corpus().toString(), "--output", out.toString(),
        "--master", "local[2]"));
    a.addAll(Arrays.asList(extra));
    return a.toArray(String[]::new);
  }

  /** The clean run: same corpus, no faults, default zone, a secret in spark.conf. */
  public static synchronized Path cleanOutput() throws Exception {
    if (clean == null) {
      Path out = work("clean");
      int code = ChildJvm.runCli(work("clean.log"), HEAP, runArgs(out, "--set", SECRET_SETTING));
      assertEquals(0, code, "clean run failed; see " + work("clean.log"));
      clean = out;
    }
    return clean;
  }

  /** The id of the latest run whose manifest says it succeeded. */
  public static String latestSucceededRun(Path out) throws IOException {
    String latest = null;
    try (Stream<Path> s = Files.list(out.resolve("_runs"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        RunManifest m = RunManifest.read(org.apache.hadoop.fs.FileSystem.getLocal(new org.apache.hadoop.conf.Configuration()),
            new org.apache.hadoop.fs.Path(p.toString()));
        if ("succeeded".equals(m.status)) latest = m.runId;
      }
    }
    return latest;
  }
}
