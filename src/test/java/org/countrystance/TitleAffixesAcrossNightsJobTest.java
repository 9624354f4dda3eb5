package org.countrystance;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.JobConfig;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.testing.FullRecompute;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 29, point 5: the title affixes ("... | Morning Ledger") cleaning cuts are decided by nightly
 * {@code --since-last} runs as by one full run over the same files, whether a later night makes a suffix
 * recur (Monday's titles lose it) or makes it rare (they get it back); beyond {@code dedup.window-days}
 * the published titles are not decided again.
 */
class TitleAffixesAcrossNightsJobTest {
  private static final String SUFFIX = " | Morning Ledger";
  @TempDir Path dir;

  @Test
  void publishedTitlesFollowTheAffixesLearnedWithLaterNightsAsInAFullRecompute() {
    SparkSession spark = SparkTestSession.get();
    Path in = dir.resolve("input");
    Path out = dir.resolve("nightly");
    JobConfig nightly = FullRecompute.nightly(in, out);

    monday().writeFile(spark, in.resolve("monday.parquet"));
    RunOutcome first = run(nightly, 0);
    assertEquals(List.of("m1 Ports reopen after the storm" + SUFFIX, "m2 Council votes on the budget" + SUFFIX,
        "m3 Weather for the week"), titles(out), "two titles are below the 3 a suffix needs");
    assertEquals(3L, first.manifest().counts.get("accepted"));

    new InputFixtures().add("t1", "Schools open again" + SUFFIX, "Japan spoke about schools.", "2023-01-03T09:00:00Z")
        .writeFile(spark, in.resolve("tuesday.parquet"));
    RunOutcome tuesday = run(nightly, 2);
    assertEquals(List.of("m1 Ports reopen after the storm", "m2 Council votes on the budget",
        "m3 Weather for the week", "t1 Schools open again"), titles(out));
    assertEquals(List.of(1L, 1L), List.of(tuesday.manifest().counts.get("read"), tuesday.manifest().counts.get("accepted")),
        "read and accepted count the night's own rows, not the articles cleaned again");
    assertEquals(List.of("2023-01-02", "2023-01-03"), tuesday.manifest().touchedDays);
    FullRecompute.assertEqual(spark, in, dir.resolve("full-1"), out, "after a suffix became recurring");

    // 13 more titles without it: 3 of 17 (18 %) is below the 20 % share, the suffix comes back.
    wednesday(13, "2023-01-04").writeFile(spark, in.resolve("wednesday.parquet"));
    run(nightly, 3);
    assertEquals(List.of("m1 Ports reopen after the storm" + SUFFIX, "m2 Council votes on the budget" + SUFFIX,
        "m3 Weather for the week", "t1 Schools open again" + SUFFIX), titles(out).subList(0, 4));
    FullRecompute.assertEqual(spark, in, dir.resolve("full-2"), out, "after a suffix became rare");
  }

  @Test
  void publishedTitlesBeyondTheWindowAreNotDecidedAgain() {
    SparkSession spark = SparkTestSession.get();
    Path in = dir.resolve("input");
    Path out = dir.resolve("nightly");
    JobConfig nightly = FullRecompute.nightly(in, out, "dedup.window-days=2");
    monday().add("m4", "Schools open again" + SUFFIX, "Japan spoke about schools.", "2023-01-02T09:00:00Z")
        .writeFile(spark, in.resolve("monday.parquet"));
    run(nightly, 0);
    assertEquals("m1 Ports reopen after the storm", titles(out).get(0));
    // Ten days later, outside the 2-day window: Monday's titles are neither counted nor cleaned again, so
    // the suffix stays cut there although a full run over all 18 titles (3 with it, 17 %) keeps it.
    wednesday(14, "2023-01-12").writeFile(spark, in.resolve("later.parquet"));
    run(nightly, 0);
    assertEquals("m1 Ports reopen after the storm", titles(out).get(0));
  }

  private static InputFixtures monday() {
    return new InputFixtures()
        .add("m1", "Ports reopen after the storm" + SUFFIX, "China spoke about ports.", "2023-01-02T10:00:00Z")
        .add("m2", "Council votes on the budget" + SUFFIX, "France spoke about the budget.", "2023-01-02T11:00:00Z")
        .add("m3", "Weather for the week", "Chile spoke about the weather.", "2023-01-02T12:00:00Z");
  }

  private static InputFixtures wednesday(int n, String day) {
    InputFixtures f = new InputFixtures();
    for (int i = 0; i < n; i++) {
      f.add("w" + i, "Local market report number " + i, "Peru spoke about market number " + i + ".", day + "T08:00:00Z");
    }
    return f;
  }

  /** Runs the job; asserts success and how many published articles it cleaned again for their titles. */
  private static RunOutcome run(JobConfig config, long retitled) {
    RunOutcome r = CountryStanceJob.run(SparkTestSession.get(), config);
    assertEquals(RunOutcome.OK, r.exitCode(), String.valueOf(r.manifest().error));
    var c = r.manifest().counts;
    assertEquals(c.get("read"), c.get("accepted") + c.get("rejected"), "read = accepted + rejected: " + c);
    assertEquals(retitled, c.get("articles_retitled"), "articles_retitled: " + c);
    return r;
  }

  /** "article_id title" of the published articles, by article_id. */
  private static List<String> titles(Path out) {
    return Tables.read(out, ArticlesTable.NAME, ArticlesTable.schema()).orderBy(ArticlesTable.ARTICLE_ID)
        .select(concat_ws(" ", col(ArticlesTable.ARTICLE_ID), col(ArticlesTable.TITLE))).as(Encoders.STRING())
        .collectAsList();
  }
}
