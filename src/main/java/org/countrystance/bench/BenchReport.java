package org.countrystance.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bench's result: per corpus, articles per second of the floor, the job, the job's per-article code
 * without Spark (pipeline) and the naive Spark NLP pipeline, the job's time against each, peak heap, cost growth per 4x more articles, the targets of
 * issue 8, and the job's stage profile; printed as markdown and written as JSON and markdown.
 */
public final class BenchReport {
  /** Issue 25: the job against its own per-article code without Spark, at 20,000 and at 80,000+ articles. */
  static final double MAX_JOB_OVER_PIPELINE_20K = 3.0;
  static final double MAX_JOB_OVER_PIPELINE_80K = 2.0;
  static final double MIN_NAIVE_OVER_JOB = 20.0;
  static final double MAX_GROWTH_PER_4X = 4.4;
  static final long MAX_HEAP_BYTES = 4L << 30;

  public final Map<String, Object> environment = new LinkedHashMap<>();
  public final List<BenchRun> runs = new ArrayList<>();
  /** Generated corpora in size order; their consecutive pairs give the growth. */
  public final List<String> generated = new ArrayList<>();
  public final List<String> notes = new ArrayList<>();

  public BenchRun find(String corpus, String kind) {
    return runs.stream().filter(r -> r.corpus().equals(corpus) && r.kind().equals(kind)).findFirst().orElse(null);
  }

  private List<String> corpora() {
    Set<String> c = new LinkedHashSet<>();
    runs.forEach(r -> c.add(r.corpus()));
    return new ArrayList<>(c);
  }

  /** Time of the job over time of the floor on one corpus (NaN when either is missing or failed). */
  public double jobOverFloor(String corpus) {
    return ratio(find(corpus, BenchRun.JOB), find(corpus, BenchRun.FLOOR));
  }

  /** Time of the job over time of its per-article code without Spark on one corpus (NaN when either is missing or failed). */
  public double jobOverPipeline(String corpus) {
    return ratio(find(corpus, BenchRun.JOB), find(corpus, BenchRun.PIPELINE));
  }

  /** How many times faster the job is than the naive pipeline on one corpus (NaN when not measured). */
  public double naiveOverJob(String corpus) {
    return ratio(find(corpus, BenchRun.NAIVE), find(corpus, BenchRun.JOB));
  }

  private static double ratio(BenchRun a, BenchRun b) {
    if (a == null || b == null || a.failed() || b.failed() || b.seconds() <= 0) return Double.NaN;
    return (a.seconds() / a.articles()) / (b.seconds() / b.articles());
  }

  /** Time ratio for 4x more articles, from two sizes and their times: 4.0 is linear cost. */
  public static double growthPer4x(long smallArticles, double smallSeconds, long largeArticles, double largeSeconds) {
    double sizeRatio = (double) largeArticles / smallArticles;
    return Math.pow(largeSeconds / smallSeconds, Math.log(4) / Math.log(sizeRatio));
  }

  /** Growth per 4x of one kind between two consecutive generated corpora (NaN when missing). */
  public double growth(String kind, String small, String large) {
    BenchRun a = find(small, kind);
    BenchRun b = find(large, kind);
    if (a == null || b == null || a.failed() || b.failed()) return Double.NaN;
    return growthPer4x(a.articles(), a.seconds(), b.articles(), b.seconds());
  }

  public long peakHeapBytes() {
    return runs.stream().mapToLong(BenchRun::peakHeapBytes).max().orElse(0);
  }

  public String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("### Throughput\n\n");
    environment.forEach((k, v) -> b.append("- ").append(k).append(": ").append(v).append('\n'));
    b.append('\n').append("| corpus | articles | floor s | job s | pipeline s | naive s | floor art/s | job art/s"
        + " | pipeline art/s | naive art/s | job / floor | job / pipeline | naive / job | job CPU s"
        + " | peak heap MB (live) | load avg |\n");
    b.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (String c : corpora()) {
      BenchRun f = find(c, BenchRun.FLOOR);
      BenchRun j = find(c, BenchRun.JOB);
      BenchRun p = find(c, BenchRun.PIPELINE);
      BenchRun n = find(c, BenchRun.NAIVE);
      BenchRun any = j != null ? j : f;
      b.append(String.format(Locale.ROOT,
          "| %s | %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
          c, any.articles(), secs(f), secs(j), secs(p), secs(n), rate(f), rate(j), rate(p), rate(n),
          times(jobOverFloor(c)), times(jobOverPipeline(c)), times(naiveOverJob(c)), j == null ? "-" : String.format(Locale.ROOT, "%.1f", j.cpuSeconds()), heap(c),
          load(c)));
    }
    appendGrowth(b);
    appendTargets(b);
    appendStages(b);
    runs.stream().filter(BenchRun::failed).forEach(r -> b.append("\n- FAILED ").append(r.kind()).append(" on ")
        .append(r.corpus()).append(": ").append(r.note()));
    notes.forEach(n -> b.append("\n- ").append(n));
    return b.append('\n').toString();
  }

  private void appendGrowth(StringBuilder b) {
    if (generated.size() < 2) return;
    b.append("\n### Cost growth (time ratio per 4x more articles; 4.0 = linear)\n\n| from | to | floor | job | pipeline |\n"
        + "|---|---|--:|--:|--:|\n");
    for (int i = 1; i < generated.size(); i++) {
      String s = generated.get(i - 1);
      String l = generated.get(i);
      b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |\n", s, l, num(growth(BenchRun.FLOOR, s, l)),
          num(growth(BenchRun.JOB, s, l)), num(growth(BenchRun.PIPELINE, s, l))));
    }
  }

  private void appendTargets(StringBuilder b) {
    b.append("\n### Targets (issue 25)\n\n");
    double worstNaive = corpora().stream().mapToDouble(this::naiveOverJob).filter(d -> !Double.isNaN(d)).min()
        .orElse(Double.NaN);
    double worstGrowth = Double.NaN;
    for (int i = 1; i < generated.size(); i++) {
      double g = growth(BenchRun.JOB, generated.get(i - 1), generated.get(i));
      if (!Double.isNaN(g)) worstGrowth = Double.isNaN(worstGrowth) ? g : Math.max(worstGrowth, g);
    }
    target(b, "job >= 20 x faster than naive Spark NLP (worst corpus)", times(worstNaive),
        worstNaive >= MIN_NAIVE_OVER_JOB, worstNaive);
    for (String c : generated) {
      BenchRun job = find(c, BenchRun.JOB);
      double limit = job == null ? Double.NaN : job.articles() >= 80_000 ? MAX_JOB_OVER_PIPELINE_80K
          : job.articles() >= 20_000 ? MAX_JOB_OVER_PIPELINE_20K : Double.NaN;
      if (!Double.isNaN(limit)) {
        double r = jobOverPipeline(c);
        target(b, String.format(Locale.ROOT, "job <= %.0f x the pipeline row (%s)", limit, c), times(r), r <= limit, r);
      }
    }
    target(b, "4 x the articles <= 4.4 x the time (job, worst pair)", num(worstGrowth),
        worstGrowth <= MAX_GROWTH_PER_4X, worstGrowth);
    long heap = peakHeapBytes();
    target(b, "peak driver heap <= 4 GB (all runs)", mb(heap) + " MB", heap <= MAX_HEAP_BYTES, heap);
  }

  private static void target(StringBuilder b, String what, String value, boolean met, double measured) {
    String verdict = Double.isNaN(measured) ? "not measured" : met ? "met" : "NOT met";
    b.append("- ").append(what).append(": ").append(value).append(" — ").append(verdict).append('\n');
  }

  /** Stage rows, one column per corpus: milliseconds and share of the job's summed stage time. */
  private void appendStages(StringBuilder b) {
    List<BenchRun> jobs = runs.stream().filter(r -> r.kind().equals(BenchRun.JOB) && r.stageMillis() != null).toList();
    if (jobs.isEmpty()) return;
    Set<String> stages = new LinkedHashSet<>();
    jobs.forEach(j -> stages.addAll(j.stageMillis().keySet()));
    b.append("\n### Job stage profile (manifest stage_millis: ms and share)\n\n| stage |");
    jobs.forEach(j -> b.append(' ').append(j.corpus()).append(" |"));
    b.append("\n|---|").append("--:|".repeat(jobs.size())).append('\n');
    for (String s : stages) {
      b.append("| ").append(s).append(" |");
      for (BenchRun j : jobs) {
        long total = j.stageMillis().values().stream().mapToLong(Long::longValue).sum();
        long ms = j.stageMillis().getOrDefault(s, 0L);
        b.append(String.format(Locale.ROOT, " %,d (%.0f%%) |", ms, total == 0 ? 0.0 : 100.0 * ms / total));
      }
      b.append('\n');
    }
  }

  /** Writes bench-report.json and bench-report.md into {@code dir}. */
  public void write(Path dir) {
    try {
      Files.createDirectories(dir);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("environment", environment);
      json.put("runs", runs);
      json.put("generated", generated);
      Map<String, Object> derived = new LinkedHashMap<>();
      for (String c : corpora()) {
        // A ratio is null when a side is missing (e.g. naive not run on that size): Map.of refuses nulls.
        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("job_over_floor", finite(jobOverFloor(c)));
        ratios.put("job_over_pipeline", finite(jobOverPipeline(c)));
        ratios.put("naive_over_job", finite(naiveOverJob(c)));
        derived.put(c, ratios);
      }
      json.put("ratios", derived);
      json.put("notes", notes);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("bench-report.json").toFile(), json);
      Files.writeString(dir.resolve("bench-report.md"), markdown(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the bench report under " + dir, e);
    }
  }

  private static Object finite(double d) {
    return Double.isNaN(d) ? null : d;
  }

  private String heap(String corpus) {
    long used = 0;
    long live = 0;
    for (BenchRun r : runs) {
      if (!r.corpus().equals(corpus)) continue;
      used = Math.max(used, r.peakHeapBytes());
      live = Math.max(live, r.peakLiveHeapBytes());
    }
    return mb(used) + " (" + mb(live) + ")";
  }

  private String load(String corpus) {
    return runs.stream().filter(r -> r.corpus().equals(corpus)).mapToDouble(BenchRun::loadBefore).max()
        .stream().mapToObj(d -> String.format(Locale.ROOT, "%.1f", d)).findFirst().orElse("-");
  }

  private static String secs(BenchRun r) {
    return r == null ? "-" : r.failed() ? "failed" : String.format(Locale.ROOT, "%.1f", r.seconds());
  }

  private static String rate(BenchRun r) {
    return r == null || r.failed() ? "-" : String.format(Locale.ROOT, "%,.0f", r.articlesPerSecond());
  }

  private static String times(double d) {
    return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.2fx", d);
  }

  private static String num(double d) {
    return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.2f", d);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,d", bytes >> 20);
  }
}
