package org.countrystance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigException;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.DateRange;
import org.countrystance.config.JobConfig;
import org.countrystance.config.OutputFormat;
import org.countrystance.publish.RunManifest;
import org.countrystance.publish.SinceLast;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `run`: parses options into a JobConfig, builds the session, runs the job, prints a summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the job: ingest, clean, de-duplicate, annotate, aggregate and publish.")
final class RunCommand implements Callable<Integer> {
  @Option(names = "--input", paramLabel = "PATH", description = "Input Parquet folder or file (input.path).")
  String input;
  @Option(names = "--output", paramLabel = "PATH", description = "Output root of the tables (output.path).")
  String output;
  @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file overriding conf/application.conf.")
  Path confFile;
  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one setting (repeatable).")
  List<String> sets = new ArrayList<>();
  @Option(names = "--from", paramLabel = "DATE", description = "First UTC publication day (yyyy-MM-dd).")
  String from;
  @Option(names = "--to", paramLabel = "DATE", description = "Last UTC publication day (yyyy-MM-dd).")
  String to;
  @Option(names = "--date", paramLabel = "DATE", description = "Process one UTC publication day only.")
  String date;
  @Option(names = "--since-last",
      description = "Process only input files not processed by an earlier successful run (nightly); "
          + "not with --date/--from/--to.")
  boolean sinceLast;
  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Table format of the output: parquet (default) or delta (output.format).")
  String format;
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default local[*]; leave out under spark-submit).")
  String master;

  @Override
  public Integer call() {
    JobConfig config;
    try {
      config = configure();
    } catch (ConfigException e) {
      System.err.println("configuration error: " + e.getMessage());
      return RunOutcome.USAGE;
    }
    long sessionStart = System.nanoTime();
    SparkSession spark = SparkSessions.create(config, master);
    long sessionReady = System.nanoTime();
    RunOutcome outcome;
    // every run holds <output>/_lock itself (publish.OutputLock): a second run exits 75
    outcome = CountryStanceJob.run(spark, config);
    long runEnd = System.nanoTime();
    printSummary(config, outcome);
    String wall = wallTime(outcome.manifest(), sessionStart, sessionReady, runEnd);
    if (wall != null) System.out.println(wall);
    // the last line of the driver log, whatever the log configuration: what a scheduler's log view shows
    String last = "country-stance run " + outcome.manifest().runId + " " + RunOutcome.describe(outcome.exitCode())
        + " (exit code " + outcome.exitCode() + ", status " + outcome.manifest().status + ")"
        + (outcome.manifest().error != null ? ": " + outcome.manifest().error : "");
    (outcome.exitCode() == RunOutcome.OK ? System.out : System.err).println(last);
    return outcome.exitCode();
  }

  JobConfig configure() {
    JobConfig config = ConfigLoader.load(confFile, sets);
    String in = input != null ? input : config.inputPath();
    String out = output != null ? output : config.outputPath();
    config = config.withPaths(in, out);
    if (date != null && (from != null || to != null)) {
      throw new ConfigException("--date cannot be combined with --from/--to");
    }
    if (date != null) {
      LocalDate d = ConfigLoader.parseDate("--date", date);
      config = config.withDates(new DateRange(d, d));
    } else if (from != null || to != null) {
      LocalDate f = from != null ? ConfigLoader.parseDate("--from", from) : config.dates().from();
      LocalDate t = to != null ? ConfigLoader.parseDate("--to", to) : config.dates().to();
      config = config.withDates(new DateRange(f, t));
    }
    SinceLast.checkOptions(sinceLast, config.dates());
    if (format != null) config = config.withOutputFormat(OutputFormat.parse("--format", format));
    return config.withSinceLast(sinceLast);
  }

  /**
   * Session start to commit: from before the SparkSession is built to the end of the run, less the
   * dimension tables written after the commit (the manifest's write, milliseconds, is left in); null
   * for a run that did not commit. Times are System.nanoTime() values.
   */
  static String wallTime(RunManifest m, long sessionStart, long sessionReady, long runEnd) {
    Long commit = m.stageMillis.get("commit");
    if (commit == null) return null;
    long after = m.stageMillis.getOrDefault("dimensions", 0L);
    return String.format(Locale.ROOT, "  session start to commit: %.1f s (session %.1f s, commit %.1f s)",
        (runEnd - sessionStart) / 1e9 - after / 1e3, (sessionReady - sessionStart) / 1e9, commit / 1e3);
  }

  private static void printSummary(JobConfig config, RunOutcome outcome) {
    var m = outcome.manifest();
    System.out.println();
    System.out.println("run " + m.runId + ": " + m.status + (m.error != null ? " (" + m.error + ")" : ""));
    if (!m.counts.isEmpty()) System.out.println("  rows: " + m.counts);
    if (!m.rejectedByReason.isEmpty()) System.out.println("  rejected by reason: " + m.rejectedByReason);
    if (!m.written.isEmpty()) System.out.println("  written: " + m.written);
    for (Map<String, Object> q : m.qualityChecks) System.out.println("  quality: " + q);
    System.out.println("  tables under " + config.outputPath() + " ; manifest "
        + config.outputPath() + "/_runs/" + m.runId + ".json");
  }
}
