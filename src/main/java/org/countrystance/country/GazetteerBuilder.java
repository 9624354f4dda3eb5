package org.countrystance.country;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.countrystance.config.ConfTable;

/**
 * Generates {@code conf/gazetteer/countries.tsv}, {@code aliases.tsv} and {@code leaders.tsv} from facts:
 * Java's CLDR country names, the Phoenix country actor dictionary (MIT, facts to 2014) and the
 * hand-curated rows of {@code conf/gazetteer/curated/} (which win). Run once; its output is committed and
 * the job reads only the generated tables.
 * Usage: {@code GazetteerBuilder <phoenix_countries_actors.txt> <confDir>}.
 */
public final class GazetteerBuilder {
  static final String CURATED_ALIASES = "gazetteer/curated/aliases.tsv";
  static final String CURATED_LEADERS = "gazetteer/curated/leaders.tsv";
  static final String EXCLUDED = "gazetteer/curated/excluded.tsv";
  /** Phoenix codes that are not ISO 3166-1 alpha-3 but name a country we keep. */
  private static final Map<String, String> LEGACY_CODES = Map.of("KSV", "XKX");

  private final Map<String, String[]> countries = new LinkedHashMap<>();
  private final Map<String, AliasRow> aliases = new LinkedHashMap<>();
  private final List<String[]> leaders = new ArrayList<>();

  record AliasRow(String iso3, String surface, MentionKind kind, CaseRule caseRule, String source) {}

  public static void main(String[] args) throws IOException {
    Path phoenix = Path.of(args.length > 0 ? args[0] : "../shared/data/gazetteer/phoenix_countries_actors.txt");
    Path conf = Path.of(args.length > 1 ? args[1] : "conf");
    GazetteerBuilder b = new GazetteerBuilder().build(phoenix, conf);
    b.write(conf);
    System.out.printf("countries=%d aliases=%d leaders=%d%n", b.countries.size(), b.aliases.size(), b.leaders.size());
  }

  GazetteerBuilder build(Path phoenixFile, Path confDir) throws IOException {
    for (String iso2 : Locale.getISOCountries()) {
      Locale l = new Locale("", iso2);
      countries.put(l.getISO3Country(), new String[] {l.getISO3Country(), iso2, l.getDisplayCountry(Locale.ENGLISH), ""});
    }
    countries.put("XKX", new String[] {"XKX", "XK", "Kosovo", "Republic of Kosovo"});
    Set<String> excluded = new HashSet<>();
    for (String[] r : ConfTable.read(confDir, EXCLUDED).rows()) {
      excluded.add(key(r[0]));
    }
    ConfTable curated = ConfTable.read(confDir, CURATED_ALIASES);
    for (String[] r : curated.rows()) {
      put(new AliasRow(r[0].trim(), r[1].trim(), MentionKind.valueOf(r[2].trim()), CaseRule.parse(r[3]), "curated"),
          true);
    }
    Map<String, Set<String>> curatedLeaderKeys = new HashMap<>();
    for (String[] r : ConfTable.read(confDir, CURATED_LEADERS).rows()) {
      leaders.add(new String[] {r[0].trim(), r[1].trim(), r[2].trim(), r[3].trim(), ConfTable.cell(r, 4), "curated"});
      curatedLeaderKeys.computeIfAbsent(r[0].trim(), k -> new HashSet<>()).add(key(r[1]));
    }
    for (String[] c : countries.values()) {
      for (String name : CldrNames.variants(c[2])) {
        put(new AliasRow(c[0], name, MentionKind.NAME, CaseRule.CAPITALIZED, "cldr"), false);
      }
    }
    addPhoenix(PhoenixDictionary.read(phoenixFile), excluded, curatedLeaderKeys);
    return this;
  }

  private void addPhoenix(List<PhoenixDictionary.Block> blocks, Set<String> excluded,
      Map<String, Set<String>> curatedLeaderKeys) {
    Map<String, Set<String>> isosByKey = new HashMap<>();
    List<AliasRow> candidates = new ArrayList<>();
    for (PhoenixDictionary.Block b : blocks) {
      String iso3 = b.country() == null ? null : LEGACY_CODES.getOrDefault(b.country(), b.country());
      if (iso3 == null || !countries.containsKey(iso3)) {
        continue;
      }
      if (b.isCountry()) {
        String[] c = countries.get(iso3);
        if (c[3].isEmpty() && !b.names().isEmpty()) {
          c[3] = officialName(PhoenixDictionary.surface(b.names().get(0)), c[2]);
        }
      }
      if (b.isCountry() || b.isInstitution()) {
        for (String n : b.names()) {
          String s = PhoenixDictionary.surface(n);
          if (usable(s, excluded)) {
            AliasRow row = b.isCountry() ? classify(iso3, s) : institution(iso3, s);
            candidates.add(row);
            isosByKey.computeIfAbsent(key(s), k -> new HashSet<>()).add(iso3);
          }
        }
      } else if (!b.govTerms().isEmpty()) {
        addOfficial(iso3, b, excluded, curatedLeaderKeys.getOrDefault(iso3, Set.of()));
      }
    }
    for (AliasRow r : candidates) {
      if (isosByKey.get(key(r.surface())).size() == 1) {
        put(r, false);
      }
    }
  }

  private void addOfficial(String iso3, PhoenixDictionary.Block b, Set<String> excluded, Set<String> curatedKeys) {
    List<String> surfaces = new ArrayList<>();
    for (String n : b.names()) {
      String s = PhoenixDictionary.surface(n);
      if (curatedKeys.contains(key(s))) {
        return; // the curated row for this person supersedes the whole Phoenix block
      }
      if (s.contains(" ") && usable(s, excluded)) {
        surfaces.add(s);
      }
    }
    for (String s : surfaces) {
      for (PhoenixDictionary.Term t : b.govTerms()) {
        leaders.add(new String[] {iso3, s, "official (Phoenix GOV code)", t.from() == null ? "" : t.from().toString(),
            t.to() == null ? "" : t.to().toString(), "phoenix"});
      }
    }
  }

  private static boolean usable(String s, Set<String> excluded) {
    return s.length() >= 2 && !excluded.contains(key(s)) && s.chars().allMatch(ch -> ch < 128)
        && !s.contains("(") && !s.contains("/");
  }

  /** A Phoenix country-block alias: a short acronym, a variant of the name, a demonym, or a place in it. */
  private AliasRow classify(String iso3, String s) {
    if (s.startsWith("The ") && s.length() > 4) {
      AliasRow rest = classify(iso3, s.substring(4)); // "The United States" is the name, not a place
      return new AliasRow(iso3, rest.kind() == MentionKind.CODE ? "The " + rest.surface() : s, rest.kind(),
          rest.caseRule(), "phoenix");
    }
    if (!s.contains(" ") && s.replace(".", "").length() <= 3 && s.replace(".", "").chars().allMatch(Character::isLetter)) {
      return new AliasRow(iso3, s.toUpperCase(Locale.ROOT), MentionKind.CODE, CaseRule.EXACT, "phoenix");
    }
    String name = countries.get(iso3)[2].toLowerCase(Locale.ROOT);
    String k = s.toLowerCase(Locale.ROOT);
    boolean similar = k.length() >= 4 && name.length() >= 4 && k.substring(0, 4).equals(name.substring(0, 4));
    if (similar && !k.contains(" ") && k.matches(".*(an|ian|ese|ish|i|ic|ch|ean|ene|ot|ine)s?") && !k.equals(name)) {
      return new AliasRow(iso3, s, MentionKind.DEMONYM, CaseRule.CAPITALIZED, "phoenix");
    }
    return new AliasRow(iso3, s, similar ? MentionKind.NAME : MentionKind.PLACE, CaseRule.CAPITALIZED, "phoenix");
  }

  private static AliasRow institution(String iso3, String s) {
    boolean acronym = !s.contains(" ") && s.length() <= 5;
    return new AliasRow(iso3, acronym ? s.toUpperCase(Locale.ROOT) : s, MentionKind.INSTITUTION,
        acronym ? CaseRule.EXACT : CaseRule.CAPITALIZED, "phoenix");
  }

  private static String officialName(String phoenixHeader, String cldrName) {
    String s = phoenixHeader.replace(" Of ", " of ").replace(" And ", " and ").replace(" The ", " the ");
    return s.equalsIgnoreCase(cldrName) ? "" : s;
  }

  /** Adds a row unless a row for the same surface exists; curated rows may repeat a surface with other kinds. */
  private void put(AliasRow r, boolean curated) {
    String k = key(r.surface()) + (curated ? "\t" + r.iso3() + "\t" + r.kind() : "");
    if (curated ? !aliases.containsKey(k) : !aliases.containsKey(k) && !claimed(key(r.surface()))) {
      aliases.put(k, r);
    }
  }

  private boolean claimed(String surfaceKey) {
    for (String k : aliases.keySet()) {
      if (k.equals(surfaceKey) || k.startsWith(surfaceKey + "\t")) {
        return true;
      }
    }
    return false;
  }

  static String key(String surface) {
    return String.join(" ", TokenTrie.keys(surface.trim()));
  }

  void write(Path confDir) throws IOException {
    Path dir = confDir.resolve("gazetteer");
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("countries.tsv"), StandardCharsets.UTF_8))) {
      w.println("# Every ISO 3166-1 country (plus XKX Kosovo). GENERATED by org.countrystance.country.GazetteerBuilder:");
      w.println("# edit conf/gazetteer/curated/ and re-run it. Columns: iso3, iso2, name (CLDR English short name),");
      w.println("# official_name (from Phoenix where it differs). Sources and licences: NOTICE.md.");
      w.println("iso3\tiso2\tname\tofficial_name");
      countries.values().forEach(c -> w.println(String.join("\t", c)));
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("aliases.tsv"), StandardCharsets.UTF_8))) {
      w.println("# Surfaces that refer to a country. GENERATED by org.countrystance.country.GazetteerBuilder from");
      w.println("# curated/aliases.tsv (wins), CLDR names and the Phoenix dictionary (aliases present in one country only).");
      w.println("# Columns: iso3 (- = BLOCK), surface, kind (NAME DEMONYM CAPITAL INSTITUTION PLACE CODE BLOCK),");
      w.println("# case (capitalized | exact | any), source (curated | cldr | phoenix). Licences: NOTICE.md.");
      w.println("iso3\tsurface\tkind\tcase\tsource");
      aliases.values().forEach(r -> w.println(String.join("\t", r.iso3(), r.surface(), r.kind().name(),
          r.caseRule().name().toLowerCase(Locale.ROOT), r.source())));
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("leaders.tsv"), StandardCharsets.UTF_8))) {
      w.println("# Leaders and officials who stand for their country while in office [from, to); empty to = open.");
      w.println("# GENERATED by org.countrystance.country.GazetteerBuilder from curated/leaders.tsv (wins for a person)");
      w.println("# and Phoenix GOV-coded persons (multi-word names; open terms closed at " + PhoenixDictionary.FILE_DATE + ").");
      w.println("# Columns: iso3, surface, role, from, to, source. Licences: NOTICE.md.");
      w.println("iso3\tsurface\trole\tfrom\tto\tsource");
      leaders.forEach(r -> w.println(String.join("\t", r)));
    }
  }
}
