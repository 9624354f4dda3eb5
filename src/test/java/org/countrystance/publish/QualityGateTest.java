package org.countrystance.publish;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.countrystance.config.ConfigLoader;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/** The quality checks and their levels: a failed error check blocks publication, a warning does not. */
class QualityGateTest {
  private static QualityGate gate(String... sets) {
    return new QualityGate(ConfigLoader.load(null, List.of(sets)).quality());
  }

  private static RunManifest run(String status, long accepted) {
    RunManifest m = new RunManifest();
    m.status = status;
    m.counts.put("accepted", accepted);
    return m;
  }

  private static List<RunManifest> history(long... accepted) {
    List<RunManifest> runs = new ArrayList<>();
    for (long a : accepted) runs.add(run("succeeded", a));
    return runs;
  }

  @Test
  void aRunFarBelowTheMedianOfTheLastRunsFailsAndBlocksAtLevelError() {
    String[] sets = {"quality.row-count-vs-trailing-median.level=error", "quality.row-count-vs-trailing-median.runs=3",
        "quality.row-count-vs-trailing-median.min-fraction=0.5"};
    // The last three runs have median 100; with the two older 1000s the median would be 120.
    QualityGate low = gate(sets);
    low.rowCountAgainstTrailingMedian(45, history(1000, 1000, 100, 120, 80));
    assertTrue(low.blocks(), low.checks().toString());
    QualityGate enough = gate(sets);
    enough.rowCountAgainstTrailingMedian(55, history(1000, 1000, 100, 120, 80));
    assertFalse(enough.blocks(), "55 is at least half the median of the last 3 runs: " + enough.checks());
  }

  @Test
  void processingErrorsWarnAboveOneShareAndBlockAboveAnother() {
    String[] sets = {"quality.processing-errors.warn-above=0.001", "quality.processing-errors.error-above=0.01"};
    QualityGate none = gate(sets);
    none.processingErrors(1, 1000);
    assertTrue(none.checks().get(0).passed(), none.checks().toString());
    QualityGate some = gate(sets);
    some.processingErrors(5, 1000);
    assertFalse(some.checks().get(0).passed());
    assertEquals(org.countrystance.config.QualityCheckSettings.Level.WARN, some.checks().get(0).level());
    assertFalse(some.blocks(), "0.5% is a warning");
    QualityGate many = gate(sets);
    many.processingErrors(11, 1000);
    assertTrue(many.blocks(), "1.1% is above error-above: " + many.checks());
    QualityGate warnOnly = gate("quality.processing-errors.level=warn", "quality.processing-errors.error-above=0.01");
    warnOnly.processingErrors(500, 1000);
    assertFalse(warnOnly.blocks(), "level warn never blocks");
  }

  @Test
  void refusedFailedAndEmptyRunsDoNotCountTowardsTheMedian() {
    QualityGate g = gate("quality.row-count-vs-trailing-median.level=error",
        "quality.row-count-vs-trailing-median.min-fraction=0.5");
    List<RunManifest> runs = new ArrayList<>(history(10, 12));
    runs.add(run("refused", 5000));
    runs.add(run("failed", 5000));
    runs.add(run("succeeded", 0));
    g.rowCountAgainstTrailingMedian(8, runs);
    assertFalse(g.blocks(), g.checks().toString());
  }

  @Test
  void theFirstRunHasNothingToCompareWithAndPasses() {
    QualityGate g = gate("quality.row-count-vs-trailing-median.level=error");
    g.rowCountAgainstTrailingMedian(1, List.of());
    assertEquals(1, g.checks().size());
    assertTrue(g.checks().get(0).passed());
  }

  @Test
  void aFailedWarningIsRecordedButDoesNotBlock() {
    QualityGate g = gate("quality.row-count-vs-trailing-median.level=warn",
        "quality.row-count-vs-trailing-median.min-fraction=1");
    g.rowCountAgainstTrailingMedian(1, history(100));
    assertFalse(g.checks().get(0).passed());
    assertEquals("warn", g.checks().get(0).asMap().get("level"));
    assertFalse(g.blocks());
  }

  @Test
  void aCheckAtLevelOffIsNotRun() {
    QualityGate g = gate("quality.row-count-vs-trailing-median.level=off");
    g.rowCountAgainstTrailingMedian(1, history(100));
    assertEquals(List.of(), g.checks());
  }

  private static final StructType ROWS = new StructType().add("published_date", DateType)
      .add("country", StringType).add("article_id", StringType);

  private static Dataset<Row> rows(Row... rows) {
    return SparkTestSession.get().createDataFrame(List.of(rows), ROWS);
  }

  private static final List<String> KEY = List.of("article_id");
  private static final List<String> REQUIRED = List.of("published_date", "country");

  private static TableProfile profile(Dataset<Row> rows) {
    return TableProfile.of(rows, KEY, REQUIRED);
  }

  @Test
  void unknownOrMissingCountryCodesDuplicateKeysAndMissingDatesEachFailAtLevelError() {
    LocalDate d = LocalDate.of(2023, 1, 5);
    Dataset<Row> good = rows(RowFactory.create(d, "CHN", "a"), RowFactory.create(d, "RUS", "b"));
    QualityGate passing = gate();
    passing.validCountryCodes("t", good, "country", Set.of("CHN", "RUS"));
    passing.uniqueKey("t", profile(good), KEY);
    passing.complete("t", profile(good), REQUIRED);
    assertFalse(passing.blocks(), passing.checks().toString());
    assertEquals(3, passing.checks().size());

    QualityGate codes = gate();
    codes.validCountryCodes("t", rows(RowFactory.create(d, "XXX", "a")), "country", Set.of("CHN"));
    assertTrue(codes.blocks(), "XXX is not an ISO3 code the gazetteer knows");
    QualityGate keys = gate();
    keys.uniqueKey("t", profile(rows(RowFactory.create(d, "CHN", "a"), RowFactory.create(d, "RUS", "a"))), KEY);
    assertTrue(keys.blocks(), "article a twice");
    QualityGate dates = gate();
    dates.complete("t", profile(rows(RowFactory.create(null, "CHN", "a"))), REQUIRED);
    assertTrue(dates.blocks(), "a row without a date");
    QualityGate country = gate();
    country.complete("t", profile(rows(RowFactory.create(d, null, "a"))), REQUIRED);
    assertTrue(country.blocks(), "a row without a country");
  }

  @Test
  void keyAndCompletenessChecksAtLevelOffAreNotRecorded() {
    LocalDate d = LocalDate.of(2023, 1, 5);
    TableProfile bad = profile(rows(RowFactory.create(null, "CHN", "a"), RowFactory.create(d, "CHN", "a")));
    QualityGate off = gate("quality.unique-keys.level=off", "quality.complete-dates.level=off");
    off.uniqueKey("t", bad, KEY);
    off.complete("t", bad, REQUIRED);
    assertEquals(List.of(), off.checks());
  }

  @Test
  void aRunLeavingMoreThanTheMaximumShareUnannotatedWarnsWithTheReasons() {
    java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
    counts.put("accepted", 200L);
    counts.put("not_annotated_language", 20L);
    counts.put("not_annotated_undetermined", 15L);
    QualityGate atLimit = gate();
    atLimit.notAnnotatedShare(counts);
    assertTrue(atLimit.checks().get(0).passed(), "20 of 200 is the default 10%, not above it");

    counts.put("not_annotated_language", 21L);
    QualityGate above = gate();
    above.notAnnotatedShare(counts);
    QualityGate.Check c = above.checks().get(0);
    assertFalse(c.passed());
    assertFalse(above.blocks(), "a warning, not a refusal");
    assertEquals("not-annotated-share", c.name());
    assertEquals("21 of 200 accepted articles (10.5%) not annotated: 15 language undetermined, 6 another language;"
        + " maximum 10%", c.message());

    QualityGate lenient = gate("quality.not-annotated-share.max-share=0.5");
    lenient.notAnnotatedShare(counts);
    assertTrue(lenient.checks().get(0).passed());
    QualityGate off = gate("quality.not-annotated-share.level=off");
    off.notAnnotatedShare(counts);
    assertEquals(List.of(), off.checks());
  }
}
