package org.countrystance.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countrystance.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The shared CLIFF pages (NYT and BBC, scraped with their boilerplate left in, one line a page):
 * how much the cleaner removes, and that the body's key sentences survive.
 */
class CliffBoilerplateTest {
  private final ArticleCleaner cleaner = new ArticleCleaner(CleaningRules.loadDefault());

  @Test
  void removesBoilerplateFromCliffPagesWithoutLosingTheArticleBody() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(SharedData.require("eval/cliff_focus_country/nyt.json"));
    files.add(SharedData.require("eval/cliff_focus_country/bbc.json"));
    int pages = 0, keySentences = 0, survived = 0, flagged = 0;
    long rawWords = 0, cleanWords = 0;
    List<String> lost = new ArrayList<>();
    for (Path file : files) {
      for (JsonNode page : new ObjectMapper().readTree(file.toFile())) {
        String raw = page.get("text").asText();
        CleanedArticle c = cleaner.clean(null, raw, file.getFileName().toString());
        pages++;
        if (c.removedBoilerplate() || c.removedRepeatedParagraph()) flagged++;
        String rawNorm = words(new MarkupDecoder(CleaningRules.loadDefault().entities).decode(raw).text());
        String cleanNorm = words(c.text());
        rawWords += rawNorm.split(" ").length;
        cleanWords += cleanNorm.split(" ").length;
        for (String key : keySentences(rawNorm)) {
          keySentences++;
          if (cleanNorm.contains(key)) survived++;
          else lost.add(key);
        }
      }
    }
    System.out.printf("CLIFF pages: %d pages, %d with boilerplate or repeats removed, %.1f%% of words removed; "
            + "%d of %d key body sentences survive%n",
        pages, flagged, 100.0 * (rawWords - cleanWords) / rawWords, survived, keySentences);
    assertTrue(keySentences >= pages, "a key sentence per page at least");
    assertTrue(lost.isEmpty(), "body sentences lost: " + lost);
  }

  /** Lower-case words joined by single spaces, so that reflow and markup decoding do not matter. */
  static String words(String s) {
    return String.join(" ", s.toLowerCase().split("[^\\p{L}\\p{N}]+")).strip();
  }

  /** Word runs of 12 from the middle of the page: body text, away from navigation and teasers. */
  static List<String> keySentences(String normalised) {
    String[] w = normalised.split(" ");
    List<String> keys = new ArrayList<>();
    for (double at : new double[] {0.3, 0.5, 0.7}) {
      int start = (int) (w.length * at);
      if (start + 12 > w.length) continue;
      keys.add(String.join(" ", java.util.Arrays.copyOfRange(w, start, start + 12)));
    }
    return keys;
  }
}
