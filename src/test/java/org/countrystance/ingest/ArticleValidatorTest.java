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
  void aTimestampColumnWinsOverTheRawString() {
    ArticleValidator.Verdict verdict = v.check("a", "u", "t", "text", "not used", Instant.parse("2024-01-01T00:00:00Z"));
    assertTrue(verdict.accepted());
  }
}
