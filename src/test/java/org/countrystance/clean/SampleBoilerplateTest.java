package org.countrystance.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page-furniture block the sample corpus injects (src/main/resources/sample/defects.tsv, kind
 * "boilerplate") is cut whole by the cleaner, wherever it sits in an article: a line left over ("Get the
 * latest headlines ...", "Accept all", "OK") would reach articles.text, the mentions and the dedup shingles.
 */
class SampleBoilerplateTest {
  private static final ArticleCleaner CLEANER = new ArticleCleaner(CleaningRules.loadDefault());
  private static final List<String> PROSE = List.of(
      "Officials in Nairobi said the talks on the new trade agreement would resume next week.",
      "The finance ministry expects exports of tea and flowers to grow by about four percent this year.",
      "Opposition lawmakers said they would study the text before the vote in parliament.");

  static Stream<String> sampleBlocks() throws IOException {
    List<String> blocks = new ArrayList<>();
    try (InputStream in = SampleBoilerplateTest.class.getResourceAsStream("/sample/defects.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t", -1);
        if (f.length == 3 && f[0].equals("boilerplate")) blocks.add(f[2].replace("\\n", "\n"));
      }
    }
    assertFalse(blocks.isEmpty(), "no boilerplate rows in sample/defects.tsv");
    return blocks.stream();
  }

  @ParameterizedTest
  @MethodSource("sampleBlocks")
  void cutsTheWholeBlockAtTheStartInTheMiddleAndAtTheEnd(String block) {
    String expected = String.join("\n\n", PROSE);
    for (int at = 0; at <= PROSE.size(); at += 1) {
      List<String> paragraphs = new ArrayList<>(PROSE);
      paragraphs.add(at, block);
      CleanedArticle c = CLEANER.clean("Trade talks to resume", String.join("\n\n", paragraphs), "example.com");
      assertEquals(expected, c.text(), "block at paragraph " + at + ":\n" + block);
      assertEquals(block.split("\n").length, c.boilerplateLines(), "lines counted as boilerplate, block at " + at);
    }
  }
}
