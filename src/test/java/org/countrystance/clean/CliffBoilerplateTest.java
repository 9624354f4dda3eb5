package org.countrystance.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.countrystance.config.ConfTable;
import org.countrystance.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The shared CLIFF pages (NYT and BBC, scraped with their boilerplate left in, one line a page) against
 * hand-labelled boilerplate spans ({@code CliffBoilerplateTest/boilerplate_spans.tsv}; everything else is
 * the article body): how much of the page and of the labelled boilerplate the cleaner removes, and that
 * every sentence of the body survives whole.
 */
class CliffBoilerplateTest {
  private static final CleaningRules RULES = CleaningRules.loadDefault();
  private final ArticleCleaner cleaner = new ArticleCleaner(RULES);
  private final MarkupDecoder decoder = new MarkupDecoder(RULES.entities);

  /** A labelled stretch of boilerplate: words [from, to) of a page of pageWords words. */
  record Span(String file, String id, int pageWords, int from, int to, String kind) {}

  @Test
  void removesLabelledBoilerplateFromCliffPagesWithoutLosingABodySentence() throws IOException {
    Map<String, List<Span>> spans = spans();
    int pages = 0, bodySentences = 0, keptSentences = 0;
    long words = 0, removed = 0, boilerplate = 0, boilerplateRemoved = 0, bodyRemoved = 0;
    List<String> lost = new ArrayList<>();
    for (String file : List.of("nyt.json", "bbc.json")) {
      Path path = SharedData.require("eval/cliff_focus_country/" + file);
      for (JsonNode page : new ObjectMapper().readTree(path.toFile())) {
        String id = page.get("mediacloudId").asText();
        String raw = decoder.decode(page.get("text").asText()).text();
        String[] rawWords = words(raw);
        String clean = String.join(" ", words(cleaner.clean(null, page.get("text").asText(), file).text()));
        boolean[] labelled = new boolean[rawWords.length];
        for (Span s : spans.getOrDefault(file + " " + id, List.of())) {
          assertEquals(s.pageWords(), rawWords.length, "words of page " + id + ": the shared file changed, relabel " + s);
          for (int w = s.from(); w < s.to(); w++) labelled[w] = true;
        }
        boolean[] kept = alignKept(rawWords, clean.isEmpty() ? new String[0] : clean.split(" "));
        pages++;
        words += rawWords.length;
        for (int w = 0; w < rawWords.length; w++) {
          if (!kept[w]) removed++;
          if (labelled[w]) boilerplate++;
          if (labelled[w] && !kept[w]) boilerplateRemoved++;
          if (!labelled[w] && !kept[w]) bodyRemoved++;
        }
        int at = 0;
        for (String sentence : sentences(raw)) {
          String[] sw = words(sentence);
          boolean body = sw.length >= 5;
          for (int w = at; w < at + sw.length && body; w++) body = !labelled[w];
          at += sw.length;
          if (!body) continue;
          bodySentences++;
          if ((" " + clean + " ").contains(" " + String.join(" ", sw) + " ")) keptSentences++;
          else lost.add(id + ": " + sentence);
        }
      }
    }
    System.out.printf("CLIFF pages: %d pages, %d words, %.1f%% removed; labelled boilerplate %d words, %d removed "
            + "(%.0f%%); body words removed %d (%.2f%%); body sentences kept whole %d of %d%n",
        pages, words, 100.0 * removed / words, boilerplate, boilerplateRemoved, 100.0 * boilerplateRemoved / boilerplate,
        bodyRemoved, 100.0 * bodyRemoved / (words - boilerplate), keptSentences, bodySentences);
    assertTrue(bodySentences >= 1000, "body sentences found: " + bodySentences);
    assertTrue(lost.isEmpty(), "body sentences lost: " + lost);
    // Floors at what the in-line rules reach (188 of 708 labelled words, 17 body words): most of the rest
    // is teasers of other stories written as prose, which no line rule can tell from the article.
    assertTrue(boilerplateRemoved >= 0.25 * boilerplate, "labelled boilerplate removed: " + boilerplateRemoved);
    assertTrue(bodyRemoved <= 0.001 * (words - boilerplate), "body words removed: " + bodyRemoved);
  }

  /** Lower-case words, split at every character that is not a letter or digit (reflow and markup aside). */
  static String[] words(String s) {
    String t = s.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return t.isEmpty() ? new String[0] : t.split(" ");
  }

  /** Sentences of the page: split after . ! ? (and a closing quote) before a capital or an opening quote. */
  static List<String> sentences(String text) {
    return List.of(text.strip().split("(?<=[.!?]['\"\u2019\u201D]?)\\s+(?=[\\p{Lu}'\"\u2018\u201C])"));
  }

  /**
   * Which raw words survive in the cleaned words: the cleaner only deletes, so walk both in order; a clean
   * word not found in the next 50 raw words (a repaired spinner artefact) is skipped.
   */
  static boolean[] alignKept(String[] raw, String[] clean) {
    boolean[] kept = new boolean[raw.length];
    int r = 0;
    for (String c : clean) {
      int found = -1;
      for (int k = r; k < Math.min(raw.length, r + 50) && found < 0; k++) if (raw[k].equals(c)) found = k;
      if (found < 0) continue;
      kept[found] = true;
      r = found + 1;
    }
    return kept;
  }

  static Map<String, List<Span>> spans() throws IOException {
    Map<String, List<Span>> byPage = new HashMap<>();
    try (InputStream in = CliffBoilerplateTest.class.getResourceAsStream("/CliffBoilerplateTest/boilerplate_spans.tsv")) {
      ConfTable t = ConfTable.parse("boilerplate_spans.tsv", in).requireEveryCell();
      for (String[] r : t.rows()) {
        Span s = new Span(r[t.column("file")], r[t.column("mediacloud_id")], Integer.parseInt(r[t.column("page_words")]),
            Integer.parseInt(r[t.column("from_word")]), Integer.parseInt(r[t.column("to_word")]), r[t.column("kind")]);
        byPage.computeIfAbsent(s.file() + " " + s.id(), k -> new ArrayList<>()).add(s);
      }
    }
    return byPage;
  }
}
