package org.countrystance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {
  @TempDir
  Path work;

  @Test
  void generatedCorporaHaveAtLeastFourFilesOfAtMostFiveThousandArticles() {
    assertEquals(50, BenchRunner.rowsPerFile(200), "200 articles: four files of 50");
    assertEquals(5_000, BenchRunner.rowsPerFile(20_000));
    assertEquals(5_000, BenchRunner.rowsPerFile(320_000), "64 files");
    assertEquals(1, BenchRunner.rowsPerFile(3), "three files of one article");
  }

  @Test
  void timesFloorJobAndNaivePipelineOnTwoSmallCorporaAndReportsRatiosGrowthAndStages() throws IOException {
    StringWriter text = new StringWriter();
    CommandLine cli = new CommandLine(new BenchCommand(master -> SparkTestSession.get()));
    cli.setOut(new PrintWriter(text));

    int code = cli.execute("--sizes", "200,800", "--work", work.toString(),
        "--real", work.resolve("no-such-corpus.parquet").toString());

    String out = text.toString();
    System.out.print(out);
    assertEquals(0, code, out);
    assertTrue(Files.exists(work.resolve("corpus-200/_SUCCESS")), "the corpus is kept for reuse");
    assertEquals(BenchRunner.MIN_FILES, BenchRunner.parquetFiles(work.resolve("corpus-200")),
        "a small corpus is still split into files that every core can read");
    assertTrue(out.contains("| generated-200 | 200 | "), out);
    assertTrue(out.contains("| generated-800 | 800 | "), out);
    assertTrue(out.contains("| generated-200 | generated-800 | "), "growth row");
    assertTrue(out.contains("job >= 20 x faster than naive"), out);
    assertTrue(out.contains("peak driver heap <= 4 GB"), out);
    assertTrue(out.contains("| annotate |"), "stage profile from the manifest");
    assertTrue(out.contains("real corpus skipped: ") && out.contains("no-such-corpus.parquet is absent"), out);
    assertTrue(out.contains("naive pipeline not run on generated-800"), out);
    assertTrue(out.contains("dedup on generated-800 (story_id against the generator's truth_story): pairwise precision"),
        out);
    assertTrue(Files.notExists(work.resolve("job-output/generated-800")), "job outputs are deleted after reading");
    assertTrue(out.contains("warm-up before the timed runs: floor, job, pipeline and naive once on corpus-200")
        && out.contains("job succeeded"), out);

    JsonNode json = new ObjectMapper().readTree(work.resolve("bench-report.json").toFile());
    JsonNode small = json.path("ratios").path("generated-200");
    JsonNode large = json.path("ratios").path("generated-800");
    assertTrue(small.path("job_over_floor").asDouble() > 0, small.toString());
    assertTrue(small.path("naive_over_job").asDouble() > 0, small.toString());
    assertTrue(large.path("job_over_floor").asDouble() > 0, large.toString());
    assertTrue(large.path("naive_over_job").isNull(), "the naive pipeline ran on the smallest size only");
    assertTrue(small.path("job_over_pipeline").asDouble() > 0, small.toString());
    assertTrue(large.path("job_over_pipeline").asDouble() > 0, large.toString());
    assertTrue(out.contains("| job / pipeline |"), out);
    assertEquals(7, json.path("runs").size(), "floor, job and pipeline twice, naive once");
    assertTrue(Files.readString(work.resolve("bench-report.md")).contains("| generated-800 | 800 | "));
  }
}
