package org.countrystance.country;

import java.io.Serializable;
import org.countrystance.config.ConfTable;
import org.countrystance.config.RuleTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The country gazetteer read from {@code conf/gazetteer/}: countries (ISO codes and names), aliases
 * (names, demonyms, capitals, institutions, places, codes, blocking phrases), dated leaders, the
 * institution nouns that turn "Russia's" into "Russia's Defence Ministry", and the GeoNames places
 * ({@code places.tsv}), kept apart because a country surface always wins over them.
 */
public final class Gazetteer implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String COUNTRIES = "gazetteer/countries.tsv";
  public static final String ALIASES = "gazetteer/aliases.tsv";
  public static final String LEADERS = "gazetteer/leaders.tsv";
  public static final String INSTITUTION_NOUNS = "gazetteer/institution_nouns.tsv";
  public static final String PLACES = "gazetteer/places.tsv";

  /** One ISO 3166-1 country. */
  public record Country(String iso3, String iso2, String name, String officialName) implements Serializable {}

  /** A place of {@code places.tsv} (kind PLACE); {@code needsCue}: a common word or a person's name. */
  public record Place(GazetteerEntry entry, boolean needsCue) implements Serializable {}

  private final Map<String, Country> countries;
  private final List<GazetteerEntry> entries;
  private final List<String> institutionNouns;
  private final List<Place> places;

  public Gazetteer(List<Country> countries, List<GazetteerEntry> entries, List<String> institutionNouns) {
    this(countries, entries, institutionNouns, List.of());
  }

  public Gazetteer(List<Country> countries, List<GazetteerEntry> entries, List<String> institutionNouns,
      List<Place> places) {
    this.places = List.copyOf(places);
    Map<String, Country> byIso3 = new LinkedHashMap<>();
    countries.forEach(c -> byIso3.put(c.iso3(), c));
    this.countries = Collections.unmodifiableMap(byIso3);
    this.entries = List.copyOf(entries);
    this.institutionNouns = List.copyOf(institutionNouns);
  }

  /** The tables shipped in the jar (classpath {@code /conf/gazetteer/...}). */
  public static Gazetteer loadDefault() {
    return from(ConfTable::readDefault);
  }

  /** The tables of a user-edited conf directory ({@code confDir/gazetteer/...}). */
  public static Gazetteer load(RuleTables rules) {
    return from(relative -> ConfTable.from(rules, relative));
  }

  private static Gazetteer from(Function<String, ConfTable> tables) {
    ConfTable c = tables.apply(COUNTRIES);
    int iso3 = c.column("iso3");
    int iso2 = c.column("iso2");
    int name = c.column("name");
    int official = c.column("official_name");
    List<Country> countries = new ArrayList<>();
    for (String[] r : c.rows()) {
      countries.add(new Country(ConfTable.cell(r, iso3), ConfTable.cell(r, iso2), ConfTable.cell(r, name),
          ConfTable.cell(r, official)));
    }
    List<GazetteerEntry> entries = new ArrayList<>();
    ConfTable a = tables.apply(ALIASES);
    int aIso = a.column("iso3");
    int aSurface = a.column("surface");
    int aKind = a.column("kind");
    int aCase = a.column("case");
    for (String[] r : a.rows()) {
      entries.add(new GazetteerEntry(ConfTable.cell(r, aIso), ConfTable.cell(r, aSurface),
          MentionKind.valueOf(ConfTable.cell(r, aKind)), CaseRule.parse(ConfTable.cell(r, aCase)), null, null));
    }
    ConfTable l = tables.apply(LEADERS);
    int lIso = l.column("iso3");
    int lSurface = l.column("surface");
    int lFrom = l.column("from");
    int lTo = l.column("to");
    for (String[] r : l.rows()) {
      entries.add(new GazetteerEntry(ConfTable.cell(r, lIso), ConfTable.cell(r, lSurface), MentionKind.LEADER,
          CaseRule.CAPITALIZED, date(ConfTable.cell(r, lFrom)), date(ConfTable.cell(r, lTo))));
    }
    ConfTable n = tables.apply(INSTITUTION_NOUNS);
    int phrase = n.column("phrase");
    List<String> nouns = new ArrayList<>();
    for (String[] r : n.rows()) {
      nouns.add(ConfTable.cell(r, phrase));
    }
    return new Gazetteer(countries, entries, nouns, places(tables.apply(PLACES)));
  }

  private static List<Place> places(ConfTable p) {
    int iso3 = p.column("iso3");
    int surface = p.column("surface");
    int context = p.column("context");
    List<Place> out = new ArrayList<>();
    for (String[] r : p.rows()) {
      String cue = ConfTable.cell(r, context);
      if (!cue.equals("alone") && !cue.equals("cue")) {
        throw new IllegalStateException(PLACES + ": expected context alone or cue, got '" + cue + "' for "
            + ConfTable.cell(r, surface));
      }
      out.add(new Place(new GazetteerEntry(ConfTable.cell(r, iso3), ConfTable.cell(r, surface), MentionKind.PLACE,
          CaseRule.CAPITALIZED, null, null), cue.equals("cue")));
    }
    return out;
  }

  private static LocalDate date(String s) {
    return s.isEmpty() ? null : LocalDate.parse(s);
  }

  public Map<String, Country> countries() {
    return countries;
  }

  public List<GazetteerEntry> entries() {
    return entries;
  }

  /** The GeoNames places, apart from {@link #entries()}: a country surface wins over them. */
  public List<Place> places() {
    return places;
  }

  public List<String> institutionNouns() {
    return institutionNouns;
  }

  /** ISO3 code for an ISO2 code, or null. */
  public String iso3OfIso2(String iso2) {
    for (Country c : countries.values()) {
      if (c.iso2().equalsIgnoreCase(iso2)) {
        return c.iso3();
      }
    }
    return null;
  }
}
