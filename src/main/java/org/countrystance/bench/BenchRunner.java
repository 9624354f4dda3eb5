package org.countrystance.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.CountryStanceJob;
import org.countrystance.RunOutcome;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.JobConfig;
import org.countrystance.eval.StoryPairAgreement;
import org.countrystance.sample.GeneratorSettings;
import org.countrystance.sample.SampleCorpusSchema;
import org.countrystance.sample.SampleCorpusWriter;
import org.countrystance.tables.ArticlesTable;

/**
 * Runs the bench in one JVM on one SparkSession: generates or reuses the corpora, warms the floor, the
 * job, the plain-Java pipeline and the naive pipeline up once on a small corpus, then per corpus times
 * the floor, the full job, the job's per-article code without Spark ({@link PlainPipeline}) and (up to
 * a size) the naive Spark NLP pipeline, interleaved so that all see the same machine state; the real
 * corpus last when present.
 */
public final class BenchRunner {
  /** Generated sizes, work folder (corpora, job outputs, report), real corpus ("" = none), naive size cap. */
  public record Settings(List<Long> sizes, Path work, String realCorpus, long naiveMax) {}

  private final SparkSession spark;
  private final Settings settings;
  private final PrintWriter log;
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  public BenchRunner(SparkSession spark, Settings settings, PrintWriter log) {
    this.spark = spark;
    this.settings = settings;
    this.log = log;
  }

  /*
   * 1. Generate the missing corpora (<work>/corpus-<n>), reuse the others; untimed.
   * 2. Fit the naive pipeline once (writes its phrase list and dictionary).
   * 3. Warm up: floor, job, pipeline and naive once on a corpus of at most WARM_UP_ARTICLES, untimed, so that
   *    the first size measured does not pay the JVM's compilation of Spark's and our code alone.
   * 4. Per generated size, smallest first: floor, job (fresh output folder), pipeline, naive when n <= naiveMax;
   *    after the job, untimed, its stories against the corpus's true syndication groups.
   * 5. The same on the real corpus when it is present, else a note.
   */
  public BenchReport run() {
    BenchReport report = new BenchReport();
    environment(report);
    List<Long> sizes = settings.sizes().stream().sorted().toList();
    long warmUp = Math.min(WARM_UP_ARTICLES, sizes.get(0));
    ensureCorpus(warmUp);
    for (long n : sizes) ensureCorpus(n);
    PipelineModel naive = NaiveSparkNlpPipeline.build(spark, settings.work().resolve("naive-resources"), null);
    warmUp(report, corpusPath(warmUp), naive);
    for (long n : sizes) {
      String label = "generated-" + n;
      report.generated.add(label);
      measure(report, label, corpusPath(n), naive);
    }
    String real = settings.realCorpus();
    if (real.isEmpty() || !Files.exists(Path.of(real))) {
      report.notes.add("real corpus skipped: " + (real.isEmpty() ? "none given" : real + " is absent"));
    } else {
      String label = Path.of(real).getFileName().toString().replaceFirst("\\.parquet$", "") + " (real)";
      measure(report, label, real, naive);
    }
    return report;
  }

  /** Articles of the warm-up corpus (fewer when the smallest size is smaller). */
  static final long WARM_UP_ARTICLES = 1_000;

  private void warmUp(BenchReport report, String path, PipelineModel naive) {
    long start = System.nanoTime();
    log("warm-up (untimed): floor, job, pipeline and naive pipeline once on " + path);
    Floor.run(spark, path);
    Outcome job = runJob("warm-up", path);
    deleteRecursively(jobOutput("warm-up"));
    runPipeline(path);
    NaiveSparkNlpPipeline.run(spark, naive, path);
    report.notes.add(String.format("warm-up before the timed runs: floor, job, pipeline and naive once on %s (%.0f s, %s)",
        Path.of(path).getFileName(), (System.nanoTime() - start) / 1e9,
        job.note().isEmpty() ? "job succeeded" : "job " + job.note()));
  }

  private void measure(BenchReport report, String label, String path, PipelineModel naive) {
    BenchRun floor = timed(label, 0, BenchRun.FLOOR, () -> {
      Floor.Result f = Floor.run(spark, path);
      return new Outcome(f.articles(), null, "");
    });
    report.runs.add(floor);
    long articles = floor.articles();
    report.runs.add(timed(label, articles, BenchRun.JOB, () -> runJob(label, path)));
    storyAgreement(label, path).ifPresent(report.notes::add);
    // The outputs of big corpora take gigabytes; the manifest's numbers are all the bench keeps.
    deleteRecursively(jobOutput(label));
    report.runs.add(timed(label, articles, BenchRun.PIPELINE, () -> runPipeline(path)));
    if (articles <= settings.naiveMax()) {
      report.runs.add(timed(label, articles, BenchRun.NAIVE, () -> {
        NaiveSparkNlpPipeline.Result r = NaiveSparkNlpPipeline.run(spark, naive, path);
        log("  naive found " + r);
        return new Outcome(articles, null, "");
      }));
    } else {
      report.notes.add("naive pipeline not run on " + label + " (" + articles + " articles > --naive-max "
          + settings.naiveMax() + ")");
    }
  }

  private Path jobOutput(String label) {
    return settings.work().resolve("job-output").resolve(label.replaceAll("[^A-Za-z0-9_.-]", "_"));
  }

  /** The job's output of the last {@link #runJob} on {@code label} is left for the caller to read and delete. */
  private Outcome runJob(String label, String input) {
    Path out = jobOutput(label);
    deleteRecursively(out);
    JobConfig config = ConfigLoader.load(null, List.of()).withPaths(input, out.toString());
    RunOutcome o = CountryStanceJob.run(spark, config);
    String note = o.exitCode() == RunOutcome.OK ? ""
        : "exit " + o.exitCode() + " " + o.manifest().status + ": " + o.manifest().error;
    long read = o.manifest().counts.getOrDefault("read", 0L);
    return new Outcome(read, new java.util.LinkedHashMap<>(o.manifest().stageMillis), note);
  }

  /** The job's per-article code without Spark over the same files, with the job's default configuration. */
  private Outcome runPipeline(String input) {
    PlainPipeline.Result r = PlainPipeline.run(ConfigLoader.load(null, List.of()).withPaths(input, ""));
    log("  pipeline found " + r);
    String note = r.read() == r.rows() ? "" : "read " + r.read() + " rows, the footers hold " + r.rows();
    return new Outcome(r.read(), null, note);
  }

  /**
   * De-duplication against the generator's syndication groups (untimed, after the job): the job's
   * articles.story_id against the corpus's truth_story; empty for a corpus without truth_story or a
   * failed run.
   */
  private Optional<String> storyAgreement(String label, String corpus) {
    Path articles = jobOutput(label).resolve(ArticlesTable.NAME);
    Dataset<Row> input = spark.read().parquet(corpus);
    if (!Files.isDirectory(articles) || !List.of(input.columns()).contains(SampleCorpusSchema.TRUTH_STORY)) {
      return Optional.empty();
    }
    StoryPairAgreement a = StoryPairAgreement.of(spark.read().parquet(articles.toString()), input);
    log("  dedup on " + label + ": " + a);
    return Optional.of("dedup on " + label + " (story_id against the generator's truth_story): " + a);
  }

  private record Outcome(long articles, Map<String, Long> stageMillis, String note) {}

  private BenchRun timed(String corpus, long articles, String kind, Supplier<Outcome> work) {
    System.gc();
    double loadBefore = os.getSystemLoadAverage();
    long cpu = os.getProcessCpuTime();
    log(String.format("%s on %s (load %.1f) ...", kind, corpus, loadBefore));
    Outcome o;
    long start = System.nanoTime();
    long peak;
    long live;
    try (HeapSampler heap = HeapSampler.start()) {
      try {
        o = work.get();
      } catch (RuntimeException e) {
        o = new Outcome(articles, null, "error: " + e);
      }
      peak = heap.peakUsedBytes();
      live = heap.peakLiveBytes();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
    long n = articles > 0 ? articles : o.articles();
    BenchRun r = new BenchRun(corpus, n, kind, seconds, cpuSeconds, peak, live, loadBefore,
        os.getSystemLoadAverage(), o.stageMillis(), o.note());
    log(String.format("  %s on %s: %,d articles in %.1f s (CPU %.1f s) = %,.0f articles/s%s", kind, corpus, n, seconds,
        cpuSeconds, r.articlesPerSecond(), r.failed() ? " FAILED " + r.note() : ""));
    return r;
  }

  /**
   * A generated corpus is written as at least {@link #MIN_FILES} files of at most
   * {@link #MAX_ROWS_PER_FILE} articles, as a real corpus of many files: Spark reads one Parquet row
   * group with one task, and a corpus of one file would leave the floor and the naive pipeline on
   * one core while the job (which re-partitions) uses them all. A corpus written otherwise (by an
   * older bench) is generated again.
   */
  static final int MIN_FILES = 4;
  static final int MAX_ROWS_PER_FILE = 5_000;

  static int rowsPerFile(long articles) {
    return (int) Math.min(MAX_ROWS_PER_FILE, Math.max(1, (articles + MIN_FILES - 1) / MIN_FILES));
  }

  private void ensureCorpus(long n) {
    Path dir = Path.of(corpusPath(n));
    long files = (n + rowsPerFile(n) - 1) / rowsPerFile(n);
    if (Files.exists(dir.resolve("_SUCCESS")) && parquetFiles(dir) == files) {
      log("reusing corpus " + dir);
      return;
    }
    log("generating " + n + " articles into " + dir + " as " + files + " files (untimed)");
    SampleCorpusWriter.write(spark, GeneratorSettings.defaults().withArticles(n), dir.toString(), rowsPerFile(n));
  }

  static long parquetFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  String corpusPath(long n) {
    return settings.work().resolve("corpus-" + n).toAbsolutePath().toString();
  }

  private void environment(BenchReport report) {
    report.environment.put("started", Instant.now().toString());
    report.environment.put("cores", Runtime.getRuntime().availableProcessors());
    report.environment.put("jvm max heap MB", Runtime.getRuntime().maxMemory() >> 20);
    report.environment.put("java", System.getProperty("java.version"));
    report.environment.put("spark master", spark.sparkContext().master());
    report.environment.put("load average at start", String.format("%.2f", os.getSystemLoadAverage()));
  }

  private void log(String line) {
    log.println(line);
    log.flush();
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
