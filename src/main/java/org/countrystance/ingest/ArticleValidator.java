package org.countrystance.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Decides whether one input row is a usable article, and if not, why: plain Java, one row at a
 * time, no Spark. The clock ({@code now}) is passed in so that "in the future" is testable.
 */
public final class ArticleValidator implements java.io.Serializable {
  /** The default of {@code limits.max-invalid-utf8-share}. */
  public static final double DEFAULT_MAX_INVALID_UTF8_SHARE = 0.05;
  private final long maxTextBytes;
  private final double maxInvalidShare;
  private final Instant earliest;
  private final Instant latest;
  private final int futureToleranceHours;

  public ArticleValidator(long maxTextBytes, int minYear, int futureToleranceHours, Instant now) {
    this(maxTextBytes, DEFAULT_MAX_INVALID_UTF8_SHARE, minYear, futureToleranceHours, now);
  }

  /**
   * @param maxInvalidShare text, title or url with more lost characters (runs of U+FFFD) than this share
   *     of its characters is rejected as invalid_utf8; fewer are repaired or flagged by the cleaner
   */
  public ArticleValidator(long maxTextBytes, double maxInvalidShare, int minYear, int futureToleranceHours,
      Instant now) {
    this.maxTextBytes = maxTextBytes;
    this.maxInvalidShare = maxInvalidShare;
    this.earliest = java.time.LocalDate.of(minYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    this.latest = now.plus(futureToleranceHours, ChronoUnit.HOURS);
    this.futureToleranceHours = futureToleranceHours;
  }

  /** The validator of a run started at {@code now}, with the configured limits. */
  public static ArticleValidator of(org.countrystance.config.JobConfig.Limits limits, Instant now) {
    return new ArticleValidator(limits.maxTextBytes(), limits.maxInvalidUtf8Share(), limits.minYear(),
        limits.futureToleranceHours(), now);
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
    String junk = mostlyLost(text) ? "text" : mostlyLost(title) ? "title" : mostlyLost(url) ? "url" : null;
    if (junk != null) {
      return reject(RejectReason.INVALID_UTF8, junk + ": more than " + Math.round(100 * maxInvalidShare)
          + "% of its characters are malformed UTF-8 byte sequences (decoded as U+FFFD)");
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

  /**
   * Whether more characters were lost than the share allows. A lost character is a run of U+FFFD (a
   * decoder writes one to three for one damaged character), so "Russia��s" has one. Below the share
   * the article is kept and the cleaner repairs or flags what was lost.
   */
  boolean mostlyLost(String s) {
    if (s == null || s.indexOf('\uFFFD') < 0) return false;
    int lost = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) != '\uFFFD') continue;
      int run = 1;
      while (i + 1 < n && s.charAt(i + 1) == '\uFFFD') { run++; i++; }
      lost += (run + 2) / 3;
    }
    return lost > maxInvalidShare * s.length();
  }

  /** Any C0/C1 control character, line breaks included: ids, urls and titles are one line. */
  static boolean hasControlCharacters(String s) {
    if (s == null) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || (isC1(c) && !inMojibake(s, i))) return true;
    }
    return false;
  }

  /** Binary junk: a NUL anywhere, or more than 1% of characters being controls other than tab/CR/LF. */
  static boolean isGarbage(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) return true;
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (isC1(c) && !inMojibake(text, i))) controls++;
    }
    return controls > 0 && controls * 100L > text.length();
  }

  private static boolean isC1(char c) {
    return c >= 0x7F && c <= 0x9F;
  }

  /**
   * Whether the C1 character at {@code i} is a UTF-8 continuation byte read as Latin-1 ("â" U+0080
   * U+0099 for ’): up to two more such bytes back, a UTF-8 lead byte read as a letter (U+00C2..U+00F4).
   * That is mis-decoded text the cleaner repairs, not a control character.
   */
  static boolean inMojibake(String s, int i) {
    if (s.charAt(i) < 0x80) return false;
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      char c = s.charAt(k);
      if (c >= 0xC2 && c <= 0xF4) return true;
      if (c < 0x80 || c > 0xBF) return false;
    }
    return false;
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
