package org.countrystance.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Parses the publication time strings scrapers produce into an instant, in UTC whatever the JVM
 * zone: ISO-8601 with an offset or a zone id ({@code [Asia/Tokyo]}, converted with that zone's rules),
 * ISO-8601 local time (taken as UTC), a bare {@code yyyy-MM-dd} (midnight UTC) and RFC 1123. Returns
 * null for anything else, an unknown zone id included.
 */
public final class PublishedAtParser {
  private static final DateTimeFormatter ISO_LOCAL = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter ISO_ZONED = new DateTimeFormatterBuilder()
      .append(ISO_LOCAL)
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']').optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private PublishedAtParser() {}

  public static Instant parse(String raw) {
    if (raw == null) return null;
    String s = raw.trim();
    if (s.isEmpty() || s.length() > 64) return null;
    try {
      if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (Character.isLetter(s.charAt(0))) {
        return ZonedDateTime.parse(s, RFC_1123).toInstant();
      }
      if (hasZone(s)) {
        // The offset when there is one; else the local time in the named zone ("...T05:00[Asia/Tokyo]").
        return Instant.from(ISO_ZONED.parse(s));
      }
      return LocalDateTime.parse(s, ISO_LOCAL).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /** A zone designator after the time part: Z, +hh:mm, -hhmm, or [Region/City]. */
  private static boolean hasZone(String s) {
    int t = Math.max(s.indexOf('T'), s.indexOf(' '));
    if (t < 0) return false;
    String time = s.substring(t + 1);
    return time.endsWith("Z") || time.endsWith("z") || time.contains("+") || time.contains("-")
        || time.contains("[");
  }

  /** The UTC calendar day of an instant. */
  public static LocalDate utcDay(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toLocalDate();
  }
}
