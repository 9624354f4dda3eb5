package org.countrystance.country;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The place and lower-case tables built from GeoNames facts, a word list and person names. */
class PlaceTableBuilderTest {
  private static final List<Gazetteer.Country> COUNTRIES = List.of(
      new Gazetteer.Country("PAK", "PK", "Pakistan", ""), new Gazetteer.Country("GBR", "GB", "United Kingdom", ""),
      new Gazetteer.Country("USA", "US", "United States", ""), new Gazetteer.Country("HRV", "HR", "Croatia", ""),
      new Gazetteer.Country("ITA", "IT", "Italy", ""), new Gazetteer.Country("GEO", "GE", "Georgia", ""));
  private static final CommonWords COMMON = new CommonWords(Set.of("split", "reading", "central"), Set.of("jackson"));

  private static GazetteerEntry entry(String iso3, String surface, MentionKind kind) {
    return new GazetteerEntry(iso3, surface, kind, CaseRule.CAPITALIZED, null, null);
  }

  private static GeoNamesSources.City city(String name, String iso2, String admin1, long population) {
    return new GeoNamesSources.City(1, name, iso2, admin1, population);
  }

  @Test
  void keepsOnePlacePerNameAndMarksWordsNamesAndSmallTownsForACue() {
    List<GeoNamesSources.City> cities = List.of(city("Karachi", "PK", "05", 15_000_000),
        city("Reading", "GB", "ENG", 244_000), city("Reading", "US", "PA", 88_000), city("Split", "HR", "15", 176_000),
        city("Jackson", "US", "MS", 170_000), city("Genoa", "IT", "08", 580_000), city("Folsom", "US", "CA", 77_000),
        city("Tinytown", "US", "CA", 9_000));
    List<GeoNamesSources.Division> divisions = List.of(new GeoNamesSources.Division("PK", "05", "Sindh"),
        new GeoNamesSources.Division("US", "GA", "Georgia"), new GeoNamesSources.Division("US", "MS", "Mississippi"),
        new GeoNamesSources.Division("PK", "07", "Central"));
    Gazetteer g = new Gazetteer(COUNTRIES, List.of(entry("GEO", "Georgia", MentionKind.NAME)), List.of());

    List<PlaceTableBuilder.Row> rows = PlaceTableBuilder.build(cities, divisions, g, COMMON, Map.of("genoa", "cue"),
        15_000, 100_000);

    Set<String> got = new HashSet<>();
    rows.forEach(r -> got.add(r.iso3() + " " + r.surface() + " " + r.kind() + " " + (r.needsCue() ? r.why() : "alone")));
    assertEquals(Set.of("PAK Karachi city alone", "PAK Sindh division alone", "HRV Split city common word",
        "USA Jackson city person name", "USA Folsom city small town", "USA Mississippi division alone",
        "ITA Genoa city reviewed"), got);
  }

  @Test
  void readsCitiesFromTheProtocolBufferFileOfAllTheCities(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream city = new ByteArrayOutputStream();
    varint(city, 1 << 3);
    varint(city, 2 * 3_039_154L); // zig-zag id
    string(city, 2, "Kraków");
    string(city, 3, "PL");
    string(city, 8, "72");
    varint(city, 9 << 3);
    varint(city, 755_050);
    varint(city, 10 << 3);
    varint(city, 3);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    varint(file, city.size());
    file.write(city.toByteArray());
    Path pbf = dir.resolve("cities.pbf");
    Files.write(pbf, file.toByteArray());

    assertEquals(List.of(new GeoNamesSources.City(3_039_154L, "Kraków", "PL", "72", 755_050)),
        GeoNamesSources.cities(pbf));
  }

  @Test
  void lowerCaseFormsAreAloneUnlessAWordOrAName() {
    Gazetteer g = new Gazetteer(COUNTRIES, List.of(entry("UKR", "Kyiv", MentionKind.CAPITAL),
        entry("CHN", "China", MentionKind.NAME), entry("JOR", "Jordan", MentionKind.NAME),
        entry("USA", "United States", MentionKind.NAME), entry("USA", "Joe Biden", MentionKind.LEADER)), List.of());
    CommonWords common = new CommonWords(Set.of("china", "united", "states"), Set.of("jordan", "joe", "biden"));

    Map<String, String[]> rows = LowerCaseTableBuilder.rows(g, common);

    assertEquals(Set.of("kyiv", "china", "jordan", "united states"), rows.keySet());
    assertArrayEquals(new String[] {"UKR", "alone", ""}, rows.get("kyiv"));
    assertArrayEquals(new String[] {"CHN", "never", "common word"}, rows.get("china"));
    assertArrayEquals(new String[] {"JOR", "cue", "person name"}, rows.get("jordan"));
    assertArrayEquals(new String[] {"USA", "alone", ""}, rows.get("united states"));
  }

  @Test
  void theShippedPlacesHoldNoCountrySurface() {
    Gazetteer g = Gazetteer.loadDefault();
    Set<String> countrySurfaces = new HashSet<>();
    g.entries().forEach(e -> countrySurfaces.add(GazetteerBuilder.key(e.surface())));
    assertTrue(g.places().size() > 10_000, "places.tsv has " + g.places().size() + " rows");
    List<String> clashes = g.places().stream().map(p -> GazetteerBuilder.key(p.entry().surface()))
        .filter(countrySurfaces::contains).toList();
    assertEquals(List.of(), clashes);
  }

  private static void varint(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  private static void string(ByteArrayOutputStream out, int field, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    varint(out, (long) field << 3 | 2);
    varint(out, b.length);
    out.write(b, 0, b.length);
  }
}
