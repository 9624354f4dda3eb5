package org.countrystance.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {
  private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
  private final ArticleValidator v = new ArticleValidator(1000, 1900, 24, NOW);

  private RejectReason reason(String id, String title, String text, String date) {
    ArticleValidator.Verdict verdict = v.check(id, "https://x.org/" + id, title, text, date, null);
    return verdict.reason();
  }

  @Test
  void aWellFormedArticleIsAcceptedWithItsInstant() {
    ArticleValidator.Verdict verdict = v.check("a1", "https://x.org/a1", "Title", "Body text.", "2024-05-01T10:00:00Z", null);
    assertTrue(verdict.accepted());
    assertEquals(Instant.parse("2024-05-01T10:00:00Z"), verdict.publishedAt());
  }

  @Test
  void eachDefectHasItsOwnReason() {
    assertEquals(RejectReason.MISSING_ID, reason(null, "t", "text", "2024-05-01"));
    assertEquals(RejectReason.MISSING_ID, reason("  ", "t", "text", "2024-05-01"));
    assertEquals(RejectReason.MISSING_TEXT, reason("a", "t", "", "2024-05-01"));
    assertEquals(RejectReason.MISSING_TEXT, reason("a", "t", null, "2024-05-01"));
    assertEquals(RejectReason.UNPARSEABLE_DATE, reason("a", "t", "text", "yesterday"));
    assertEquals(RejectReason.UNPARSEABLE_DATE, reason("a", "t", "text", null));
    assertEquals(RejectReason.DATE_OUT_OF_RANGE, reason("a", "t", "text", "1500-01-01"));
    assertEquals(RejectReason.DATE_IN_FUTURE, reason("a", "t", "text", "2999-01-01"));
    assertEquals(RejectReason.TEXT_TOO_LARGE, reason("a", "t", "x".repeat(1001), "2024-05-01"));
    assertEquals(RejectReason.INVALID_UTF8, reason("a", "t", "caf\uFFFD au lait", "2024-05-01"));
    assertEquals(RejectReason.CONTROL_CHARACTERS, reason("a", "t", "\u0000\u0001\u0002binary", "2024-05-01"));
    assertEquals(RejectReason.CONTROL_CHARACTERS, reason("a", "Headline\nERROR forged", "text", "2024-05-01"));
  }

  @Test
  void aDateWithinTheToleranceIsAcceptedAndJustBeyondIsNot() {
    assertNull(reason("a", "t", "text", "2024-06-02T11:59:00Z"));
    assertEquals(RejectReason.DATE_IN_FUTURE, reason("a", "t", "text", "2024-06-02T12:01:00Z"));
    assertNull(reason("a", "t", "text", "1900-01-01"));
    assertEquals(RejectReason.DATE_OUT_OF_RANGE, reason("a", "t", "text", "1899-12-31T23:59:59Z"));
  }

  @Test
  void aFutureDateIsRejectedWithTheSameDetailWhateverTheClock() {
    ArticleValidator later = new ArticleValidator(1000, 1900, 24, NOW.plusSeconds(3_600));
    ArticleValidator.Verdict first = v.check("a", "https://x.org/a", "t", "text", "2999-01-01", null);
    ArticleValidator.Verdict rerun = later.check("a", "https://x.org/a", "t", "text", "2999-01-01", null);
    assertEquals("published_at 2999-01-01T00:00:00Z is more than 24 h after the run started", first.detail());
    assertEquals(first.detail(), rerun.detail());
  }

  @Test
  void theSizeLimitCountsUtf8BytesNotCharacters() {
    assertNull(reason("a", "t", "é".repeat(500), "2024-05-01"));
    assertEquals(RejectReason.TEXT_TOO_LARGE, reason("a", "t", "é".repeat(501), "2024-05-01"));
  }

  @Test
  void ordinaryLineBreaksAndTabsInTextAreFine() {
    assertNull(reason("a", "t", "Para one.\n\nPara two.\r\n\tIndented.", "2024-05-01"));
    assertNull(reason("a", "t", "One stray \u0007 bell in a long enough text " + "x".repeat(200), "2024-05-01"));
  }

  @Test
  void aFewLostCharactersAreKeptForTheCleanerWhateverTheField() {
    // as scraped: a decoder wrote U+FFFD for the bytes of a curly apostrophe it could not read
    ArticleValidator.Verdict verdict = v.check("a", "https://x.org/merkel\uFFFDs-mistake",
        "Ukraine warns against 'repeating Merkel\uFFFD\uFFFDs mistake'",
        "Kyiv\uFFFD\uFFFDs foreign minister said on Monday that Europe must not repeat the mistakes of 2014.",
        "2023-02-01", null);
    assertTrue(verdict.accepted(), String.valueOf(verdict.detail()));
    assertNull(reason("a", "Russia\uFFFD\uFFFDs Mutiny Shows Ukraine Can Win the War",
        "Moscow \uFFFD Wagner fighters were seen near Rostov on Saturday morning.", "2024-05-01"));
  }

  @Test
  void textTitleOrUrlMostlyLostInDecodingIsRejectedNamingTheField() {
    String junk = "\uFFFD\uFFFDx\uFFFD".repeat(30);
    ArticleValidator.Verdict text = v.check("a", "https://x.org/a", "Title", "Good start. " + junk, "2024-05-01", null);
    assertEquals(RejectReason.INVALID_UTF8, text.reason());
    assertTrue(text.detail().startsWith("text: more than 5%"), text.detail());
    assertEquals("title", v.check("a", "https://x.org/a", "\uFFFDa\uFFFD b\uFFFD", "Body text.", "2024-05-01", null)
        .detail().split(":")[0]);
    assertEquals("url", v.check("a", "https://x.org/\uFFFD/\uFFFD/\uFFFD", "Title", "Body text.", "2024-05-01", null)
        .detail().split(":")[0]);
  }

  @Test
  void theShareIsConfigurable() {
    String text = "Three lost: \uFFFD one, \uFFFD two, \uFFFD three, in " + "x".repeat(60);
    assertNull(reason("a", "t", text, "2024-05-01"));
    ArticleValidator strict = new ArticleValidator(1000, 0.01, 1900, 24, NOW);
    assertEquals(RejectReason.INVALID_UTF8, strict.check("a", "u", "t", text, "2024-05-01", null).reason());
  }

  @Test
  void latin1MojibakeIsNotMistakenForControlCharacters() {
    // "Zelensky’s" as UTF-8 read as Latin-1: the two continuation bytes become C1 code points
    assertNull(reason("a", "Zelensky\u00e2\u0080\u0099s visit", "Kyiv\u00e2\u0080\u0099s mayor spoke.", "2024-05-01"));
    assertEquals(RejectReason.CONTROL_CHARACTERS, reason("a", "A bare \u0085 control", "text", "2024-05-01"));
  }

  @Test
  void aTimestampColumnWinsOverTheRawString() {
    ArticleValidator.Verdict verdict = v.check("a", "u", "t", "text", "not used", Instant.parse("2024-01-01T00:00:00Z"));
    assertTrue(verdict.accepted());
  }
}
