package org.countrystance.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample generator's promises, checked on one shared generated corpus. Over 250 lines because it
 * covers every defect and syndication kind of that corpus; split it when it grows further.
 */
class ArticleGeneratorTest {
  private static final int N = 2_000;
  private static final GeneratorSettings SETTINGS = GeneratorSettings.defaults().withArticles(N);
  private static final List<GeneratedArticle> CORPUS = new ArrayList<>();

  /** Ways each stance country is written, independent of the generator's own tables. */
  private static final Map<String, List<String>> SURFACES = Map.ofEntries(
      Map.entry("CHN", List.of("China", "Chinese", "Beijing", "Xi Jinping")),
      Map.entry("RUS", List.of("Russia", "Russian", "Moscow", "Kremlin", "Putin")),
      Map.entry("USA", List.of("United States", "American", "US State Department", "Washington", "White House", "Biden")),
      Map.entry("UKR", List.of("Ukraine", "Ukrainian", "Kyiv", "Zelensky")),
      Map.entry("IND", List.of("India", "New Delhi", "Modi")),
      Map.entry("BRA", List.of("Brazil", "Brasilia", "Lula")),
      Map.entry("ZAF", List.of("South Africa", "Pretoria", "Ramaphosa")),
      Map.entry("TUR", List.of("Turkey", "Turkish", "Ankara", "Erdogan")),
      Map.entry("FRA", List.of("France", "French", "Paris", "Elysee", "Macron")),
      Map.entry("DEU", List.of("Germany", "German", "Berlin", "Scholz")),
      Map.entry("GBR", List.of("United Kingdom", "British", "London", "Downing Street", "Sunak")),
      Map.entry("ISR", List.of("Israel", "Jerusalem", "Netanyahu")),
      Map.entry("IRN", List.of("Iran", "Tehran", "Raisi")),
      Map.entry("EGY", List.of("Egypt", "Cairo", "Sisi")),
      Map.entry("SAU", List.of("Saudi", "Riyadh", "Mohammed bin Salman")),
      Map.entry("QAT", List.of("Qatar", "Doha", "Tamim")),
      Map.entry("JPN", List.of("Japan", "Tokyo", "Kishida")));

  private static final Map<String, Set<String>> POSITIONS = Map.of(
      "ukraine-war", Set.of("supports_russia", "supports_ukraine", "calls_for_peace", "neutral_noncommittal"),
      "israel-gaza", Set.of("supports_israel", "supports_palestinians", "calls_for_ceasefire", "neutral_noncommittal"),
      "climate-action", Set.of("supports_climate_action", "opposes_climate_action", "neutral_noncommittal"));

  @BeforeAll
  static void generateCorpus() {
    ArticleGenerator generator = new ArticleGenerator(SETTINGS);
    for (int i = 0; i < N; i++) CORPUS.add(generator.generate(i));
  }

  @Test
  void sameSeedAndIndexGiveTheSameArticleWhateverTheOrder() {
    ArticleGenerator fresh = new ArticleGenerator(SETTINGS);
    for (int i = N - 1; i >= 0; i -= 37) {
      GeneratedArticle again = fresh.generate(i);
      GeneratedArticle first = CORPUS.get(i);
      assertEquals(first.articleId(), again.articleId());
      assertEquals(first.title(), again.title());
      assertArrayEquals(first.textBytes(), again.textBytes());
      assertEquals(first.publishedAt(), again.publishedAt());
      assertEquals(first.truthDefects(), again.truthDefects());
      assertEquals(first.truthStances(), again.truthStances());
    }
  }

  @Test
  void differentSeedsGiveDifferentArticles() {
    ArticleGenerator generator = new ArticleGenerator(SETTINGS);
    for (int i = 1; i < 40; i++) {
      GeneratedArticle other = generator.generate(i, SETTINGS.seed() + 1);
      assertNotEquals(CORPUS.get(i).articleId(), other.articleId());
      assertNotEquals(CORPUS.get(i).text(), other.text(), "row " + i);
    }
  }

  @Test
  void everyDefectKindAppearsInTwoThousandArticles() {
    Set<String> seen = new TreeSet<>();
    for (GeneratedArticle a : CORPUS) seen.addAll(a.truthDefects());
    for (String kind : List.of("boilerplate", "spinner", "repeated_lede", "title_suffix", "hard_wrap",
        "html_entities", "non_english", "language_missing", "language_mislabelled")) {
      assertTrue(seen.contains(kind), kind + " missing from " + seen);
    }
  }

  @Test
  void everyBadRowKindAppearsAndIsReallyBad() {
    Map<String, List<Integer>> rows = new HashMap<>();
    for (int i = 0; i < N; i++) {
      for (String d : CORPUS.get(i).truthDefects()) {
        if (d.startsWith("bad_row:")) rows.computeIfAbsent(d.substring(8), k -> new ArrayList<>()).add(i);
      }
    }
    for (String reason : List.of("missing_id", "missing_text", "empty_text", "unparseable_date", "date_too_old",
        "date_in_future", "invalid_utf8", "control_characters", "duplicate_id", "forged_log_title", "oversize_text")) {
      assertTrue(rows.containsKey(reason), reason + " missing from " + rows.keySet());
      for (int i : rows.get(reason)) assertBad(reason, i, CORPUS.get(i));
    }
    assertEquals(1, rows.get("oversize_text").size());
  }

  private static void assertBad(String reason, int index, GeneratedArticle a) {
    String where = reason + " at row " + index;
    switch (reason) {
      case "missing_id" -> assertNull(a.articleId(), where);
      case "missing_text" -> assertNull(a.text(), where);
      case "empty_text" -> assertTrue(a.text().isBlank(), where);
      case "unparseable_date" -> assertFalse(a.publishedAt().matches("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}.*)?")
          && !a.publishedAt().startsWith("2023-13"), where + ": " + a.publishedAt());
      case "date_too_old" -> assertTrue(a.publishedAt().startsWith("1500-"), where);
      case "date_in_future" -> assertTrue(a.publishedAt().startsWith("2999-"), where);
      case "invalid_utf8" -> assertFalse(validUtf8(a.textBytes()), where);
      case "control_characters" -> assertTrue(a.text().chars().filter(c -> c < 0x20 && c != '\n').count() > 100, where);
      case "duplicate_id" -> assertTrue(CORPUS.subList(0, index).stream().anyMatch(b -> a.articleId().equals(b.articleId())), where);
      case "forged_log_title" -> assertTrue(a.title().contains("\n") && a.title().contains("forged"), where);
      case "oversize_text" -> assertTrue(a.textBytes().length > SETTINGS.maxTextBytes(), where);
      default -> throw new AssertionError(reason);
    }
  }

  @Test
  void validRowsHaveUniqueIdsCleanUtf8AndDatesInRange() {
    Set<String> ids = new HashSet<>();
    for (GeneratedArticle a : CORPUS) {
      if (a.truthDefects().stream().anyMatch(d -> d.startsWith("bad_row:"))) continue;
      assertTrue(ids.add(a.articleId()), "duplicate id on a valid row " + a.articleId());
      assertTrue(validUtf8(a.textBytes()));
      assertTrue(a.text().chars().noneMatch(c -> c < 0x20 && c != '\n'), a.articleId());
      String day = a.publishedAt().matches("\\d{4}-.*") ? a.publishedAt().substring(0, 10) : null;
      if (day != null) {
        LocalDate d = LocalDate.parse(day);
        assertFalse(d.isBefore(SETTINGS.from().minusDays(1)) || d.isAfter(SETTINGS.to().plusDays(3)), a.publishedAt());
      } else {
        assertTrue(a.publishedAt().matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} 2023 \\d{2}:\\d{2}:\\d{2} GMT"), a.publishedAt());
      }
    }
  }

  @Test
  void everyStanceTruthUsesTheFixedTopicsAndNamesACountryTheTextMentions() {
    int checked = 0;
    for (GeneratedArticle a : CORPUS) {
      if (a.text() == null || a.truthStances().isEmpty()) continue;
      String text = normalised(a.text());
      for (String stance : a.truthStances()) {
        String[] parts = stance.split("\\|");
        assertEquals(3, parts.length, stance);
        assertTrue(POSITIONS.getOrDefault(parts[1], Set.of()).contains(parts[2]), stance);
        boolean named = SURFACES.get(parts[0]).stream().anyMatch(text::contains);
        assertTrue(named || parts[0].equals(a.authorCountry()), stance + " not named in " + a.articleId());
        checked++;
      }
    }
    assertTrue(checked > 1000, "only " + checked + " stance truths");
  }

  @Test
  void hardCasesCarryTheirOwnTruth() {
    int negated = 0;
    int talks = 0;
    for (GeneratedArticle a : CORPUS) {
      if (a.text() == null) continue;
      String text = normalised(a.text());
      if (text.contains("has neither condemned nor explicitly supported the Russian offensive")) {
        negated++;
        assertTrue(a.truthStances().stream().anyMatch(s -> s.endsWith("|ukraine-war|neutral_noncommittal")), a.articleId());
      }
      if (text.contains("called on Moscow and Kyiv to hold peace talks")) {
        talks++;
        assertTrue(a.truthStances().stream().anyMatch(s -> s.endsWith("|ukraine-war|calls_for_peace")), a.articleId());
      }
    }
    assertTrue(negated > 0 && talks > 0, "negated " + negated + ", talks " + talks);
  }

  @Test
  void firstPersonStatementsOnlyAppearOnOfficialSites() {
    int official = 0;
    for (GeneratedArticle a : CORPUS) {
      if (a.text() == null) continue;
      boolean firstPerson = normalised(a.text()).contains("We call for an immediate ceasefire in Gaza");
      if (a.authorCountry() != null) {
        official++;
        assertTrue(a.source().matches(".*(gov\\.|\\.gov|mfa|mofa|mid\\.ru|diplomatie|auswaertiges-amt).*"), a.source());
      } else {
        assertFalse(firstPerson, "first-person statement on news site " + a.source());
      }
    }
    assertTrue(official > 20, "only " + official + " official statements");
  }

  @Test
  void leadersAreNamedOnlyInsideTheirTerm() {
    GeneratorSettings before = SETTINGS.withArticles(600).withDays(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
    ArticleGenerator generator = new ArticleGenerator(before);
    for (int i = 0; i < 600; i++) {
      String text = generator.generate(i).text();
      if (text == null) continue;
      assertFalse(text.contains("Lula") || text.contains("Sunak") || text.contains("Netanyahu"), "row " + i);
    }
    assertTrue(CORPUS.stream().anyMatch(a -> a.text() != null && a.text().contains("Lula")));
  }

  @Test
  void syndicatedCopiesShareTheirStoryAndMostOfTheirText() {
    Map<String, List<GeneratedArticle>> stories = new HashMap<>();
    for (GeneratedArticle a : CORPUS) stories.computeIfAbsent(a.truthStory(), k -> new ArrayList<>()).add(a);
    int copies = 0;
    List<GeneratedArticle> originals = new ArrayList<>();
    for (List<GeneratedArticle> group : stories.values()) {
      GeneratedArticle original = group.get(0);
      if (usable(original)) originals.add(original);
      for (GeneratedArticle copy : group.subList(1, group.size())) {
        if (!usable(original) || !usable(copy)) continue;
        copies++;
        assertTrue(jaccard(original.text(), copy.text()) > 0.5, original.articleId() + " vs " + copy.articleId());
        if (!copy.hasDefect("non_english")) assertNotEquals(original.source(), copy.source());
      }
    }
    assertTrue(copies > N / 10, "only " + copies + " copies");
    for (int i = 0; i + 1 < originals.size() && i < 400; i += 2) {
      assertTrue(jaccard(originals.get(i).text(), originals.get(i + 1).text()) < 0.5, "unrelated stories look alike");
    }
  }

  @Test
  void articlesHaveAboutTheConfiguredLength() {
    assertTrue(medianWords(CORPUS) > 300 && medianWords(CORPUS) < 650, "median " + medianWords(CORPUS));
    ArticleGenerator shortOnes = new ArticleGenerator(SETTINGS.withWordsPerArticle(100));
    List<GeneratedArticle> sample = new ArrayList<>();
    for (int i = 0; i < 200; i++) sample.add(shortOnes.generate(i));
    assertTrue(medianWords(sample) < 200, "median " + medianWords(sample));
  }

  @Test
  void settingsRejectImpossibleValues() {
    GeneratorSettings d = GeneratorSettings.defaults();
    assertThrows(IllegalArgumentException.class, () -> d.withArticles(-1));
    assertThrows(IllegalArgumentException.class, () -> d.withDays(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(10, 1, d.from(), d.to(), 400, 1.5, 0, 0, 4096));
  }

  private static boolean usable(GeneratedArticle a) {
    return a.text() != null && a.truthDefects().stream().noneMatch(d -> d.startsWith("bad_row:"));
  }

  private static int medianWords(List<GeneratedArticle> articles) {
    List<Integer> words = new ArrayList<>();
    for (GeneratedArticle a : articles) if (usable(a)) words.add(a.text().split("\\s+").length);
    words.sort(Integer::compare);
    return words.get(words.size() / 2);
  }

  /** Undoes what defects do to spacing so multi-word names can be found. */
  private static String normalised(String text) {
    return text.replace("&nbsp;", " ").replaceAll("\\s+", " ");
  }

  private static double jaccard(String a, String b) {
    Set<String> x = shingles(a);
    Set<String> y = shingles(b);
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    return (double) both.size() / (x.size() + y.size() - both.size());
  }

  private static Set<String> shingles(String text) {
    String[] w = text.toLowerCase().split("[^\\p{L}\\p{N}]+");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 2 < w.length; i++) out.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
    return out;
  }

  static boolean validUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
