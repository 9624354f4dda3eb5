package org.countrystance.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Decides whether one input row is a usable article, and if not, why: plain Java, one row at a
 * time, no Spark. The clock ({@code now}) is passed in so that "in the future" is testable.
 */
public final class ArticleValidator implements java.io.Serializable {
  private final long maxTextBytes;
  private final Instant earliest;
  private final Instant latest;
  private final int futureToleranceHours;

  public ArticleValidator(long maxTextBytes, int minYear, int futureToleranceHours, Instant now) {
    this.maxTextBytes = maxTextBytes;
    this.earliest = java.time.LocalDate.of(minYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    this.latest = now.plus(futureToleranceHours, ChronoUnit.HOURS);
    this.futureToleranceHours = futureToleranceHours;
  }

  /** The outcome for one row: the parsed instant when accepted, else the reason and a detail. */
  public record Verdict(Instant publishedAt, RejectReason reason, String detail) {
    public boolean accepted() {
      return reason == null;
    }
  }

  public Verdict check(String articleId, String url, String title, String text,
      String publishedAtRaw, Instant publishedAtTimestamp) {
    if (articleId == null || articleId.isBlank()) {
      return reject(RejectReason.MISSING_ID, "article_id is null or blank");
    }
    if (hasControlCharacters(articleId) || hasControlCharacters(url) || hasControlCharacters(title)) {
      return reject(RejectReason.CONTROL_CHARACTERS, "control characters in id, url or title");
    }
    if (text == null || text.isBlank()) {
      return reject(RejectReason.MISSING_TEXT, "text is null or blank");
    }
    if (text.indexOf('\uFFFD') >= 0 || hasReplacement(title) || hasReplacement(url)) {
      return reject(RejectReason.INVALID_UTF8, "malformed UTF-8 byte sequences (decoded as U+FFFD)");
    }
    long bytes = utf8Length(text);
    if (bytes > maxTextBytes) {
      return reject(RejectReason.TEXT_TOO_LARGE, "text is " + bytes + " bytes, limit " + maxTextBytes);
    }
    if (isGarbage(text)) {
      return reject(RejectReason.CONTROL_CHARACTERS, "text holds NUL or many control characters");
    }
    Instant at = publishedAtTimestamp != null ? publishedAtTimestamp : PublishedAtParser.parse(publishedAtRaw);
    if (at == null) {
      return reject(RejectReason.UNPARSEABLE_DATE, "published_at is not a recognised date");
    }
    if (at.isBefore(earliest)) {
      return reject(RejectReason.DATE_OUT_OF_RANGE, "published_at " + at + " is before " + earliest);
    }
    if (at.isAfter(latest)) {
      // No clock value in the detail: rerunning the same input must give the same rejects rows
      // (the run's start time is in its run_id and manifest).
      return reject(RejectReason.DATE_IN_FUTURE, "published_at " + at + " is more than "
          + futureToleranceHours + " h after the run started");
    }
    return new Verdict(at, null, null);
  }

  private static Verdict reject(RejectReason reason, String detail) {
    return new Verdict(null, reason, detail);
  }

  private static boolean hasReplacement(String s) {
    return s != null && s.indexOf('\uFFFD') >= 0;
  }

  /** Any C0/C1 control character, line breaks included: ids, urls and titles are one line. */
  static boolean hasControlCharacters(String s) {
    if (s == null) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
    }
    return false;
  }

  /** Binary junk: a NUL anywhere, or more than 1% of characters being controls other than tab/CR/LF. */
  static boolean isGarbage(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) return true;
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F)) controls++;
    }
    return controls > 0 && controls * 100L > text.length();
  }

  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) n++;
      else if (c < 0x800) n += 2;
      else if (Character.isHighSurrogate(c)) { n += 4; i++; }
      else n += 3;
    }
    return n;
  }

}
