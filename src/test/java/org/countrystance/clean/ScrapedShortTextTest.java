package org.countrystance.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short scraped posts with broken characters, as in the corpus: repaired, kept, identified. */
class ScrapedShortTextTest {
  private final ArticleCleaner cleaner = new ArticleCleaner(CleaningRules.loadDefault());

  @Test
  void aLostApostropheInAHeadlineIsRepairedAndTheArticleIsEnglish() {
    CleanedArticle c = cleaner.clean("Russia\uFFFD\uFFFDs Mutiny Shows Ukraine Can Win the War",
        "Russia\uFFFD\uFFFDs Mutiny Shows Ukraine Can Win the War", "example.com");
    assertEquals("Russia's Mutiny Shows Ukraine Can Win the War", c.title());
    assertEquals("Russia's Mutiny Shows Ukraine Can Win the War", c.text());
    assertEquals(2, c.repairedChars());
    assertEquals(0, c.badChars());
    assertEquals("en", c.language());
  }

  @Test
  void mojibakeIsRepairedBeforeNfkcCouldTurnItsTradeMarkSignIntoLetters() {
    CleanedArticle c = cleaner.clean("Zelenskyâ€™s visit",
        "Kyivâ€™s mayor said the cityâ€™s power plants were hit again â€“ for the third time this week.", "x");
    assertEquals("Zelensky\u2019s visit", c.title());
    assertEquals("Kyiv\u2019s mayor said the city\u2019s power plants were hit again \u2013 for the third time this week.",
        c.text());
    assertEquals(4, c.repairedChars());
    assertEquals("en", c.language());
  }

  @Test
  void damageThatCannotBeRepairedIsCountedAndTheTextKept() {
    CleanedArticle c = cleaner.clean("Kyiv \uFFFD live", "Kyiv \uFFFD the capital \uFFFD was hit again on Monday night.",
        "x");
    assertEquals("Kyiv \uFFFD the capital \uFFFD was hit again on Monday night.", c.text());
    assertEquals(3, c.badChars());
    assertEquals(0, c.repairedChars());
  }

  @Test
  void theCleaningStageRecordsRepairedAndBadCharactersOnTheArticle() {
    Row in = RowFactory.create("a1", "https://example.com/a1", "example.com",
        "Ukraine warns against 'repeating Merkel\uFFFD\uFFFDs mistake'",
        "Kyiv\u00e2\u20ac\u2122s envoy said Europe must not repeat the mistakes of 2014 \uFFFD again.",
        Timestamp.valueOf("2023-02-01 08:00:00"), Date.valueOf("2023-02-01"), null, null, "in.parquet", "run-1");
    Row out = CleanStage.apply(SparkTestSession.get().createDataFrame(List.of(in), ArticlesTable.INGESTED),
        CleaningRules.loadDefault()).first();
    assertEquals("Ukraine warns against 'repeating Merkel's mistake'", out.getAs(ArticlesTable.TITLE));
    assertEquals(2, (int) out.getAs(ArticlesTable.REPAIRED_CHARS));
    assertEquals(1, (int) out.getAs(ArticlesTable.BAD_CHARS));
    assertEquals("en", out.getAs(ArticlesTable.LANGUAGE));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Here's the latest news on Russia's invasion of Ukraine|",
      "|I condemn Ukraine for provoking Russia and Biden for starting the war.",
      "Ukraine's missing children: The search for babies taken by Russia - NBC News|",
      "Ukraine warns against 'repeating Merkel\uFFFD\uFFFDs mistake'|Kyiv says Berlin must not repeat it.",
      "Biden says Putin made a grave mistake|"})
  void shortEnglishPostsAndHeadlinesAreEnglish(String title, String text) {
    assertEquals("en", cleaner.clean(title, text == null ? "" : text, "example.com").language());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|Manifestation ce soir devant l'ambassade de Russie",
      "de|Bundesregierung liefert weitere Panzer an die Ukraine",
      "es|Lo que sabemos del ataque contra la central nuclear"})
  void shortPostsInOtherLanguagesAreNotEnglish(String language, String title) {
    String got = cleaner.clean(title, "", "example.com").language();
    assertEquals(false, got.equals("en"), title + " -> " + got);
  }
}
