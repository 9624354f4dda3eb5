package org.countrystance.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedAtParserTest {
  private static final Instant T = Instant.parse("2023-03-14T08:15:00Z");

  @ParameterizedTest
  @ValueSource(strings = {"Pacific/Kiritimati", "Pacific/Honolulu", "UTC", "Asia/Kolkata"})
  void everyFormatParsesToTheSameInstantWhateverTheJvmZone(String zone) {
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      assertEquals(T, PublishedAtParser.parse("2023-03-14T08:15:00Z"));
      assertEquals(T, PublishedAtParser.parse("2023-03-14T10:15:00+02:00"));
      assertEquals(T, PublishedAtParser.parse("2023-03-14T03:15:00-0500"));
      assertEquals(T, PublishedAtParser.parse("2023-03-14T08:15:00"));
      assertEquals(T, PublishedAtParser.parse("2023-03-14 08:15:00"));
      assertEquals(T, PublishedAtParser.parse("Tue, 14 Mar 2023 08:15:00 GMT"));
      assertEquals(Instant.parse("2023-03-14T00:00:00Z"), PublishedAtParser.parse("2023-03-14"));
      assertEquals(Instant.parse("2023-03-14T08:15:00.123Z"), PublishedAtParser.parse("2023-03-14T08:15:00.123Z"));
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void anArticleAt2330UtcLandsOnItsUtcDayEvenWhenItsLocalDayIsTheNext() {
    Instant at = PublishedAtParser.parse("2023-03-14T23:30:00Z");
    assertEquals(LocalDate.of(2023, 3, 14), PublishedAtParser.utcDay(at));
    Instant tokyo = PublishedAtParser.parse("2023-03-15T01:30:00+09:00");
    assertEquals(LocalDate.of(2023, 3, 14), PublishedAtParser.utcDay(tokyo));
  }

  @Test
  void aZoneIdIsConvertedWithItsZoneAndAnOffsetBesideItWins() {
    assertEquals(Instant.parse("2023-01-04T20:00:00Z"), PublishedAtParser.parse("2023-01-05T05:00:00[Asia/Tokyo]"));
    assertEquals(Instant.parse("2023-01-06T04:30:00Z"), PublishedAtParser.parse("2023-01-05T23:30:00[America/New_York]"));
    assertEquals(Instant.parse("2023-07-05T22:30:00Z"), PublishedAtParser.parse("2023-07-05T18:30:00[America/New_York]"),
        "summer time");
    assertEquals(Instant.parse("2023-01-04T20:00:00Z"), PublishedAtParser.parse("2023-01-05T05:00:00+09:00[Asia/Tokyo]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-01-05T05:00:00[Mars/Olympus]", "2023-01-05T05:00:00[]", "2023-01-05T05:00:00[Asia/Tokyo"})
  void anUnknownOrMalformedZoneIdIsNotADate(String raw) {
    assertNull(PublishedAtParser.parse(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "31/02/2023", "2023-02-31", "2023-02-30T10:00:00Z", "", "  ",
      "2023-03-14T25:00:00", "Mon, 99 Foo 2023 00:00:00 GMT"})
  void garbageIsNotADate(String raw) {
    assertNull(PublishedAtParser.parse(raw));
  }
}
