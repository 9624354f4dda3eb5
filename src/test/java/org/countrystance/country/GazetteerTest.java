package org.countrystance.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

  @Test
  void holdsEveryIsoCountryWithItsAlpha2Code() {
    for (String iso2 : Locale.getISOCountries()) {
      String iso3 = new Locale("", iso2).getISO3Country();
      assertEquals(iso2, GAZETTEER.countries().get(iso3).iso2(), iso3);
    }
  }

  @Test
  void everyEntryPointsToAKnownCountryOrIsABlock() {
    for (GazetteerEntry e : GAZETTEER.entries()) {
      assertTrue(e.kind() == MentionKind.BLOCK ? e.iso3().equals("-") : GAZETTEER.countries().containsKey(e.iso3()),
          e.toString());
    }
  }

  @Test
  void aLeaderEntryHoldsFromTheFirstDayOfTheTermUntilTheDayBeforeItEnds() {
    GazetteerEntry biden = GAZETTEER.entries().stream()
        .filter(e -> e.surface().equals("Biden") && e.kind() == MentionKind.LEADER).findFirst().orElseThrow();
    assertTrue(biden.holdsOn(LocalDate.of(2021, 1, 20)));
    assertTrue(biden.holdsOn(LocalDate.of(2025, 1, 19)));
    assertTrue(!biden.holdsOn(LocalDate.of(2025, 1, 20)));
    assertTrue(!biden.holdsOn(LocalDate.of(2021, 1, 19)));
  }

  @Test
  void loadsTheSameTablesFromAConfDirectory() {
    Gazetteer fromDir = Gazetteer.load(org.countrystance.config.RuleTables.local(Path.of("conf")));
    assertEquals(GAZETTEER.entries().size(), fromDir.entries().size());
    assertEquals("CHN", fromDir.iso3OfIso2("CN"));
  }
}
