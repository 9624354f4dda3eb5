package org.countrystance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  @Test
  void linearCostGrowsFourTimesPerFourTimesTheArticlesWhateverTheSizeStep() {
    assertEquals(4.0, BenchReport.growthPer4x(1000, 10, 4000, 40), 1e-9);
    assertEquals(4.0, BenchReport.growthPer4x(1000, 10, 2000, 20), 1e-9);
    assertEquals(16.0, BenchReport.growthPer4x(1000, 10, 2000, 40), 1e-9);
  }

  @Test
  void comparesTimePerArticleOfTheJobWithTheFloorThePipelineAndTheNaivePipelineOnTheSameCorpus() {
    BenchReport r = new BenchReport();
    r.runs.add(run("c", 1000, BenchRun.FLOOR, 2, ""));
    r.runs.add(run("c", 1000, BenchRun.JOB, 6, ""));
    r.runs.add(run("c", 1000, BenchRun.PIPELINE, 4, ""));
    r.runs.add(run("c", 1000, BenchRun.NAIVE, 180, ""));
    assertEquals(3.0, r.jobOverFloor("c"), 1e-9);
    assertEquals(1.5, r.jobOverPipeline("c"), 1e-9);
    assertEquals(30.0, r.naiveOverJob("c"), 1e-9);
    String md = r.markdown();
    assertTrue(md.contains("| c | 1,000 | 2.0 | 6.0 | 4.0 | 180.0 | 500 | 167 | 250 | 6 | 3.00x | 1.50x | 30.00x |"), md);
    assertTrue(md.contains("job >= 20 x faster than naive Spark NLP (worst corpus): 30.00x — met"), md);
  }

  @Test
  void holdsTheJobToItsOwnPipelineRowAtTwentyAndEightyThousandArticles() {
    BenchReport r = new BenchReport();
    r.generated.add("generated-20000");
    r.generated.add("generated-80000");
    r.runs.add(run("generated-20000", 20_000, BenchRun.JOB, 28.4, ""));
    r.runs.add(run("generated-20000", 20_000, BenchRun.PIPELINE, 6.7, ""));
    r.runs.add(run("generated-80000", 80_000, BenchRun.JOB, 59.9, ""));
    r.runs.add(run("generated-80000", 80_000, BenchRun.PIPELINE, 30.0, ""));
    String md = r.markdown();
    assertTrue(md.contains("job <= 3 x the pipeline row (generated-20000): 4.24x — NOT met"), md);
    assertTrue(md.contains("job <= 2 x the pipeline row (generated-80000): 2.00x — met"), md);
  }

  @Test
  void aFailedJobHasNoRatioAndIsListedWithItsReason() {
    BenchReport r = new BenchReport();
    r.runs.add(run("c", 1000, BenchRun.FLOOR, 2, ""));
    r.runs.add(run("c", 1000, BenchRun.JOB, 6, "exit 4 refused: quality"));
    assertTrue(Double.isNaN(r.jobOverFloor("c")));
    assertTrue(r.markdown().contains("FAILED job on c: exit 4 refused: quality"));
  }

  private static BenchRun run(String corpus, long articles, String kind, double seconds, String note) {
    return new BenchRun(corpus, articles, kind, seconds, seconds, 1L << 30, 1L << 29, 1.0, 1.0,
        kind.equals(BenchRun.JOB) ? Map.of("annotate", 100L) : null, note);
  }
}
