package org.countrystance.sample;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a publication instant the way scraped sites do: ISO-8601 in UTC ("Z"), with a local offset,
 * without a zone (local time given as UTC), as a bare date, or as an RFC 1123 HTTP date.
 */
final class PublishedAtFormat {
  private static final DateTimeFormatter ISO_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
  private static final DateTimeFormatter ISO_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
  private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter DATE_ONLY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
  private static final ZoneOffset[] OFFSETS = {ZoneOffset.ofHours(2), ZoneOffset.ofHours(1), ZoneOffset.ofHours(-5),
      ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(3), ZoneOffset.ofHours(8)};

  private PublishedAtFormat() {}

  static String render(Instant at, SplittableRandom rng) {
    double r = rng.nextDouble();
    if (r < 0.30) return ISO_UTC.format(at.atOffset(ZoneOffset.UTC));
    if (r < 0.50) return ISO_OFFSET.format(at.atOffset(OFFSETS[rng.nextInt(OFFSETS.length)]));
    if (r < 0.70) return ISO_LOCAL.format(at.atOffset(ZoneOffset.UTC));
    if (r < 0.85) return DATE_ONLY.format(at.atOffset(ZoneOffset.UTC));
    return RFC_1123.format(at.atOffset(ZoneOffset.UTC));
  }

  /** The same wall-clock instant moved to another year (for out-of-range dates such as 1500 or 2999). */
  static String inYear(Instant at, int year) {
    return ISO_UTC.format(at.atOffset(ZoneOffset.UTC).withYear(year));
  }
}
