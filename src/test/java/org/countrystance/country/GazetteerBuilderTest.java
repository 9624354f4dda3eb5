package org.countrystance.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.countrystance.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerBuilderTest {
  @TempDir
  Path out;

  @Test
  void buildsTablesFromCldrPhoenixAndCuratedRows() throws IOException {
    Path phoenix = SharedData.require("gazetteer/phoenix_countries_actors.txt");
    Path curated = out.resolve("gazetteer/curated");
    Files.createDirectories(curated);
    for (String f : List.of("aliases.tsv", "leaders.tsv", "excluded.tsv")) {
      Files.copy(Path.of("conf/gazetteer/curated", f), curated.resolve(f));
    }
    new GazetteerBuilder().build(phoenix, out).write(out);
    Files.copy(Path.of("conf/gazetteer/institution_nouns.tsv"), out.resolve("gazetteer/institution_nouns.tsv"));
    Files.copy(Path.of("conf/gazetteer/places.tsv"), out.resolve("gazetteer/places.tsv")); // PlaceTableBuilder's
    Gazetteer g = Gazetteer.load(org.countrystance.config.RuleTables.local(out));

    assertEquals("Burma", find(g, "Burma").surface()); // CLDR "Myanmar (Burma)"
    assertEquals("UKR", find(g, "Kharkiv").iso3()); // Phoenix place
    assertEquals(MentionKind.PLACE, find(g, "Kharkiv").kind());
    assertEquals(MentionKind.CODE, find(g, "US").kind()); // curated wins
    assertTrue(g.entries().stream().noneMatch(e -> e.surface().equalsIgnoreCase("Phoenix")), "excluded word");
    GazetteerEntry gorbachev = g.entries().stream().filter(e -> e.surface().equals("Mikhail Gorbachev")).findFirst()
        .orElseThrow();
    assertEquals("RUS", gorbachev.iso3());
    assertTrue(gorbachev.holdsOn(LocalDate.of(1987, 1, 1)) && !gorbachev.holdsOn(LocalDate.of(2000, 1, 1)));
  }

  @Test
  void phoenixTermsReadBothDateFormatsAndOpenTermsCloseAtTheFileDate() {
    assertEquals(new PhoenixDictionary.Term(LocalDate.of(1964, 10, 14), LocalDate.of(1982, 11, 10)),
        PhoenixDictionary.term("641014-821110"));
    assertEquals(new PhoenixDictionary.Term(LocalDate.of(2009, 1, 20), LocalDate.of(2014, 1, 30)),
        PhoenixDictionary.term(">090120"));
    assertEquals(new PhoenixDictionary.Term(null, LocalDate.of(1991, 8, 24)), PhoenixDictionary.term("<19910824"));
  }

  @Test
  void phoenixNamesBecomeReadableSurfaces() {
    assertEquals("Russian President Vladimir V. Putin",
        PhoenixDictionary.surface("RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN_"));
    assertEquals("Guinea-Bissau", PhoenixDictionary.surface("GUINEA-BISSAU"));
  }

  private static GazetteerEntry find(Gazetteer g, String surface) {
    return g.entries().stream().filter(e -> e.surface().equals(surface)).findFirst().orElseThrow();
  }
}
