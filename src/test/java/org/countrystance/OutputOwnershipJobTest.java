package org.countrystance;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.DateRange;
import org.countrystance.config.JobConfig;
import org.countrystance.tables.RejectsTable;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 30, points 2, 5, 6 and 7: --since-last refuses a date range, path safety sees through
 * symlinks, one run at a time owns an output (a dead run's lock is taken over), and rejects stay one
 * row per rejected input row across an interrupted commit and a rename of the input file.
 */
class OutputOwnershipJobTest {
  static SparkSession spark;
  @TempDir static Path dir;
  static Path input;

  @BeforeAll
  static void writeInput() {
    spark = SparkTestSession.get();
    input = new InputFixtures()
        .add("good", "Good", "China spoke about trade.", "2023-01-02T10:00:00Z")
        .add("good-2", "Good too", "France spoke about trade.", "2023-01-02T11:00:00Z")
        .add("good-3", "Good three", "Chile spoke about trade.", "2023-01-03T11:00:00Z")
        .add(null, "No id", "Some text.", "2023-01-02T10:00:00Z")
        .add("undated", "No date", "Some text.", "yesterday")
        .write(spark, dir.resolve("input"));
  }

  private static JobConfig config(Path in, Path out) {
    return ConfigLoader.load(null, List.of()).withPaths(in.toString(), out.toString());
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void sinceLastWithADateRangeIsRefusedAsAUsageError() throws Exception {
    Path out = dir.resolve("out-since");
    RunOutcome outcome = CountryStanceJob.run(spark, config(input, out).withSinceLast(true)
        .withDates(new DateRange(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 2))));

    assertEquals(RunOutcome.USAGE, outcome.exitCode());
    assertTrue(outcome.manifest().error.contains("--since-last cannot be combined with a date range"),
        outcome.manifest().error);
    assertFalse(Files.exists(out), "nothing written");
    assertEquals(RunOutcome.USAGE, Main.execute("run", "--since-last", "--date", "2023-01-02",
        "--input", input.toString(), "--output", out.toString()), "the command line refuses it before Spark starts");
  }

  @Test
  void anOutputReachedThroughASymlinkIntoTheInputIsRefusedAndSoIsTheReverse() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link-into-input"), input);
    List<String> before = names(input);

    RunOutcome viaOutput = CountryStanceJob.run(spark, config(input, link.resolve("tables")));
    Path inputLink = Files.createSymbolicLink(dir.resolve("input-link"), input);
    RunOutcome viaInput = CountryStanceJob.run(spark, config(inputLink, input.resolve("tables")));
    Path parentLink = Files.createSymbolicLink(dir.resolve("parent-link"), dir);
    RunOutcome containing = CountryStanceJob.run(spark, config(input, parentLink));

    assertEquals(RunOutcome.USAGE, viaOutput.exitCode());
    assertTrue(viaOutput.manifest().error.contains("inside input.path") && viaOutput.manifest().error.contains("symlinks resolved"),
        viaOutput.manifest().error);
    assertEquals(RunOutcome.USAGE, viaInput.exitCode(), String.valueOf(viaInput.manifest().error));
    assertEquals(RunOutcome.USAGE, containing.exitCode(), String.valueOf(containing.manifest().error));
    assertTrue(containing.manifest().error.contains("contains input.path"), containing.manifest().error);
    assertEquals(before, names(input), "nothing written inside the input");
  }

  @Test
  void aSecondRunExitsLockedAndLeavesTheLiveRunsOutputAndStagingAlone() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out-live"));
    Process live = new ProcessBuilder("sleep", "300").start();
    try {
      Files.writeString(out.resolve("_lock"), "run_id=live-run\nhost=" + java.net.InetAddress.getLocalHost().getHostName()
          + "\npid=" + live.pid() + "\nstarted_at=2026-01-01T00:00:00Z\n", StandardCharsets.UTF_8);
      Path staged = Files.createDirectories(out.resolve("_staging").resolve("live-run").resolve("articles"));
      Files.writeString(staged.resolve("part-0.parquet"), "being written");

      RunOutcome second = CountryStanceJob.run(spark, config(input, out));

      assertEquals(RunOutcome.LOCKED, second.exitCode());
      assertTrue(second.manifest().error.contains("locked by run live-run") && second.manifest().error.contains("pid " + live.pid()),
          second.manifest().error);
      assertTrue(Files.exists(staged.resolve("part-0.parquet")), "the live run's staging is untouched");
      assertEquals(List.of("_lock", "_staging"), names(out), "no manifest, no tables: the output is the live run's");
      assertTrue(Files.readString(out.resolve("_lock")).contains("live-run"), "the live run keeps its lock");
    } finally {
      live.destroy();
    }
  }

  @Test
  void aRerunAfterAKilledCommitTakesOverTheLockAndKeepsOneRejectPerRowAcrossARename() throws Exception {
    Path in = Files.createDirectories(dir.resolve("renamed-input"));
    Path original;
    try (Stream<Path> s = Files.list(input)) {
      original = Files.copy(s.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow(), in.resolve("a.parquet"));
    }
    Path out = dir.resolve("out-rejects");
    RunOutcome first = CountryStanceJob.run(spark, config(in, out));
    assertEquals(RunOutcome.OK, first.exitCode(), first.manifest().error);
    assertEquals(2, Tables.read(out, RejectsTable.NAME, RejectsTable.SCHEMA).count());

    // A run killed in the middle of its commit: its journal lists the rejects of the same file, its
    // lock names a process that is gone.
    String fileId;
    try (Stream<Path> s = Files.list(out.resolve("rejects"))) {
      fileId = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("input_file_id=")).findFirst().orElseThrow();
    }
    Path killed = out.resolve("_staging").resolve("killed-run");
    copyTree(out.resolve("rejects").resolve(fileId), killed.resolve("rejects").resolve(fileId));
    Files.writeString(killed.resolve("_COMMIT"), "rejects\t" + fileId + "\n");
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.writeString(out.resolve("_lock"), "run_id=killed-run\nhost=" + java.net.InetAddress.getLocalHost().getHostName()
        + "\npid=" + gone.pid() + "\nstarted_at=2026-01-01T00:00:00Z\n");
    Files.move(original, in.resolve("b renamed.parquet"));

    RunOutcome rerun = CountryStanceJob.run(spark, config(in, out));

    assertEquals(RunOutcome.OK, rerun.exitCode(), rerun.manifest().error);
    assertTrue(rerun.manifest().recovery.contains("finished the interrupted commit of run killed-run"),
        String.valueOf(rerun.manifest().recovery));
    List<Row> rejects = Tables.read(out, RejectsTable.NAME, RejectsTable.SCHEMA)
        .select(col(RejectsTable.ARTICLE_ID), col(RejectsTable.INPUT_FILE), col(RejectsTable.ROW_INDEX)).collectAsList();
    assertEquals(2, rejects.size(), "one row per rejected input row: " + rejects);
    for (Row r : rejects) assertTrue(r.getString(1).endsWith("/b renamed.parquet"), r.toString());
    assertEquals(List.of("_runs", "articles", "countries", "country_daily", "dyad_daily", "mentions", "positions", "rejects",
        "stance_daily", "stance_evidence", "topics"), names(out),
        "the lock released, no staging left");
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }
}
