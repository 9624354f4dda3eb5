package org.countrystance;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigLoader;
import org.countrystance.publish.FaultInjection;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article that cleaning or annotation throws on is quarantined with its error; the run still publishes. */
class ProcessingErrorJobTest {
  static SparkSession spark;
  @TempDir static Path dir;
  static Path input;
  static final int ARTICLES = 200;

  @BeforeAll
  static void writeInput() {
    spark = SparkTestSession.get();
    InputFixtures fixture = new InputFixtures();
    for (int i = 0; i < ARTICLES; i++) {
      fixture.add("a" + i, "Talks " + i, "China called for peace talks with Russia, said the spokesman in item " + i + ".",
          "2023-01-0" + (1 + i % 3) + "T10:00:00Z");
    }
    input = fixture.write(spark, dir.resolve("input"));
  }

  @AfterEach
  void clearFault() {
    System.clearProperty(FaultInjection.FAIL_ARTICLE_PROPERTY);
  }

  private static RunOutcome run(Path out, String... sets) {
    return CountryStanceJob.run(spark, ConfigLoader.load(null, List.of(sets)).withPaths(input.toString(), out.toString()));
  }

  @Test
  void anArticleThatCleaningOrAnnotationThrowsOnIsQuarantinedAndTheRunPublishesTheRest() {
    System.setProperty(FaultInjection.FAIL_ARTICLE_PROPERTY, "clean:a7,annotate:a42");
    Path out = dir.resolve("out");

    RunOutcome outcome = run(out);

    assertEquals(RunOutcome.OK, outcome.exitCode(), String.valueOf(outcome.manifest().error));
    Map<String, Row> rejects = new TreeMap<>();
    for (Row r : Tables.read(out, RejectsTable.NAME, RejectsTable.SCHEMA).collectAsList()) {
      rejects.put(r.getAs(RejectsTable.ARTICLE_ID), r);
    }
    assertEquals(List.of("a42", "a7"), List.copyOf(rejects.keySet()));
    Row clean = rejects.get("a7");
    assertEquals("clean", clean.getAs(RejectsTable.STAGE));
    assertEquals("processing_error", clean.getAs(RejectsTable.REASON));
    assertEquals("java.lang.IllegalStateException: injected fault: article a7 in clean ("
        + FaultInjection.FAIL_ARTICLE_PROPERTY + ")", clean.getAs(RejectsTable.DETAIL));
    assertEquals("China called for peace talks with Russia, said the spokesman in item 7.", clean.getAs(RejectsTable.TEXT));
    assertEquals("Talks 7", clean.getAs(RejectsTable.TITLE));
    assertEquals("2023-01-02T10:00:00Z", clean.getAs(RejectsTable.PUBLISHED_AT_RAW));
    assertEquals("https://example.com/a7", clean.getAs(RejectsTable.URL));
    Row annotate = rejects.get("a42");
    assertEquals("annotate", annotate.getAs(RejectsTable.STAGE));
    assertEquals("processing_error", annotate.getAs(RejectsTable.REASON));
    assertTrue(annotate.<String>getAs(RejectsTable.DETAIL).startsWith("java.lang.IllegalStateException: injected fault: article a42"));
    assertEquals("Talks 42", annotate.getAs(RejectsTable.TITLE));
    assertEquals(outcome.manifest().runId, annotate.getAs(RejectsTable.RUN_ID));

    List<String> ids = Tables.read(out, ArticlesTable.NAME, ArticlesTable.INGESTED).select(ArticlesTable.ARTICLE_ID)
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertEquals(ARTICLES - 2, ids.size());
    assertFalse(ids.contains("a7") || ids.contains("a42"), "a quarantined article is not also accepted");
    assertEquals(0, Tables.read(out, MentionsTable.NAME, MentionsTable.SCHEMA)
        .where(col(MentionsTable.ARTICLE_ID).isin("a7", "a42")).count());
    assertTrue(Tables.read(out, MentionsTable.NAME, MentionsTable.SCHEMA).count() > 0);

    Map<String, Long> counts = outcome.manifest().counts;
    assertEquals((long) ARTICLES, counts.get("read"));
    assertEquals(ARTICLES - 2, counts.get("accepted"));
    assertEquals(2L, counts.get("rejected"));
    assertEquals(0L, counts.get("outside_date_range"), "read = accepted + rejected");
    assertEquals(Map.of("processing_error", 2L), outcome.manifest().rejectedByReason);
    Map<String, Object> check = outcome.manifest().qualityChecks.stream()
        .filter(c -> c.get("name").equals("processing-errors")).findFirst().orElseThrow();
    assertEquals(false, check.get("passed"), "2 of 200 is above the default warn share");
    assertEquals("warn", check.get("level"), "and below the default error share");
  }

  @Test
  void processingErrorsAboveTheErrorShareRefuseToPublish() {
    System.setProperty(FaultInjection.FAIL_ARTICLE_PROPERTY, "clean:a1,clean:a2,annotate:a3");
    Path out = dir.resolve("out-refused");

    RunOutcome outcome = run(out, "quality.processing-errors.error-above=0.01");

    assertEquals(RunOutcome.REFUSED, outcome.exitCode());
    assertTrue(outcome.manifest().error.contains("processing-errors (3 of 200 rows read"), outcome.manifest().error);
  }
}
