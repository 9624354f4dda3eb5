package org.countrystance.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.countrystance.testing.SharedData;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * Language identification on real short texts, by length in words: NYT editorial snippets and White
 * House page titles (English), short non-English headlines and posts (src/test/resources/langid).
 * Prints the table src/site/markdown/cleaning.md quotes, for the identifier and for the OpenNLP model alone.
 */
class LanguageIdAccuracyTest {
  static final int[] BUCKETS = {5, 10, 20, Integer.MAX_VALUE};
  private final CleaningRules rules = CleaningRules.loadDefault();
  private final LanguageIdentifier id = new LanguageIdentifier(rules.languages, rules.englishFunctionWords);

  record Sample(String language, String text) {}

  /** Counts of one source and length bucket: right, undetermined, English (for non-English), other. */
  static final class Tally {
    int n;
    int right;
    int und;
    int english;

    void add(String expected, String got) {
      n++;
      if (got.equals(expected)) right++;
      else if (got.equals(LanguageIdentifier.UNDETERMINED)) und++;
      else if (got.equals("en")) english++;
    }
  }

  @Test
  void shortEnglishTextsAreEnglishAndShortNonEnglishTextsAreNot() throws IOException {
    Map<String, List<Sample>> sources = new LinkedHashMap<>();
    sources.put("NYT editorial snippets (en)", nyt());
    sources.put("White House page titles (en)", whiteHouseTitles());
    sources.put("short non-English texts", nonEnglish());
    Map<String, Tally> ours = table("identifier", sources, s -> id.identify(s.text()));
    table("OpenNLP model alone", sources, s -> id.identifyByModel(s.text()));

    Tally english = sum(ours, "(en)");
    Tally other = sum(ours, "non-English");
    System.out.printf(Locale.ROOT, "English: %d texts, und %.2f%%, other language %.2f%%; non-English: %d texts,"
        + " taken for English %.2f%%%n", english.n, pct(english.und, english.n),
        pct(english.n - english.right - english.und, english.n), other.n, pct(other.english, other.n));
    assertTrue(english.n > 3000, "shared English texts read: " + english.n);
    assertTrue(english.und < 0.03 * english.n, "und on short English texts: " + english.und + " of " + english.n);
    assertTrue(english.right > 0.95 * english.n, "English right: " + english.right + " of " + english.n);
    assertTrue(other.english <= 0.03 * other.n, "non-English taken for English: " + other.english + " of " + other.n);
  }

  private Map<String, Tally> table(String method, Map<String, List<Sample>> sources, Function<Sample, String> f) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    for (Map.Entry<String, List<Sample>> source : sources.entrySet()) {
      for (String b : bucketNames()) tallies.put(source.getKey() + "|" + b, new Tally());
      for (Sample s : source.getValue()) {
        String got = f.apply(s);
        String key = source.getKey() + "|" + bucket(s.text());
        tallies.computeIfAbsent(key, k -> new Tally()).add(s.language(), got);
        if (!got.equals(s.language())) misses.add(method + "\t" + s.language() + "\t" + got + "\t"
            + id.bestGuess(s.text()) + "\t" + s.text());
      }
    }
    System.out.println("\nLanguage identification, " + method + ":");
    System.out.println("| texts | words | n | right | und | taken for English | other language |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      if (t.n == 0) continue;
      String[] k = e.getKey().split("\\|");
      boolean en = k[0].endsWith("(en)");
      System.out.printf(Locale.ROOT, "| %s | %s | %d | %.1f%% | %.1f%% | %s | %.1f%% |%n", k[0], k[1], t.n,
          pct(t.right, t.n), pct(t.und, t.n), en ? "-" : String.format(Locale.ROOT, "%.1f%%", pct(t.english, t.n)),
          pct(t.n - t.right - t.und - t.english, t.n));
    }
    try {
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target", "langid-misses-" + method.replace(' ', '_') + ".tsv"), misses);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return tallies;
  }

  static List<String> bucketNames() {
    List<String> names = new ArrayList<>();
    int lower = 1;
    for (int b : BUCKETS) {
      names.add(b == Integer.MAX_VALUE ? lower + "+" : lower + "-" + b);
      lower = b + 1;
    }
    return names;
  }

  static String bucket(String text) {
    int words = text.trim().split("\\s+").length;
    int lower = 1;
    for (int b : BUCKETS) {
      if (words <= b) return b == Integer.MAX_VALUE ? lower + "+" : lower + "-" + b;
      lower = b + 1;
    }
    throw new IllegalStateException();
  }

  private static Tally sum(Map<String, Tally> tallies, String sourcePart) {
    Tally sum = new Tally();
    tallies.forEach((k, t) -> {
      if (k.contains(sourcePart)) {
        sum.n += t.n;
        sum.right += t.right;
        sum.und += t.und;
        sum.english += t.english;
      }
    });
    return sum;
  }

  private static double pct(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  private static List<Sample> nyt() throws IOException {
    List<String> lines = Files.readAllLines(SharedData.require("eval/nyt_editorial_snippets.dev.tsv"));
    List<String> header = List.of(lines.get(0).split("\t"));
    int text = header.indexOf("text");
    return lines.stream().skip(1).map(l -> new Sample("en", l.split("\t")[text])).toList();
  }

  private static List<Sample> whiteHouseTitles() {
    Path parquet = SharedData.require("corpus/whitehouse_2022_2023.parquet");
    List<Row> rows = SparkTestSession.get().read().parquet(parquet.toString())
        .select("title").where("title is not null").distinct().orderBy("title").collectAsList();
    return rows.stream().map(r -> new Sample("en", r.getString(0))).toList();
  }

  private static List<Sample> nonEnglish() throws IOException {
    try (InputStream in = LanguageIdAccuracyTest.class.getResourceAsStream("/langid/short_non_english.tsv")) {
      List<Sample> out = new ArrayList<>();
      boolean header = true;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t");
        out.add(new Sample(cells[0], cells[1]));
      }
      return out;
    }
  }
}
