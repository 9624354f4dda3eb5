package org.countrystance.country;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static final SentenceSplitter SPLITTER = SentenceSplitter.loadDefault();

  private static List<String> texts(String text) {
    return SPLITTER.split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void keepsDottedAbbreviationsInsideASentence() {
    assertEquals(List.of("U.S. officials met their U.K. counterparts on Monday."),
        texts("U.S. officials met their U.K. counterparts on Monday."));
  }

  @Test
  void doesNotSplitAfterAMonthAbbreviationBeforeADay() {
    assertEquals(List.of("The vote is due on Dec. 19 in New York.", "China abstained."),
        texts("The vote is due on Dec. 19 in New York. China abstained."));
  }

  @Test
  void doesNotSplitAfterTitlesOrInitials() {
    assertEquals(List.of("Gen. Smith met George W. Bush and Mr. Putin."),
        texts("Gen. Smith met George W. Bush and Mr. Putin."));
  }

  @Test
  void splitsAfterAnAbbreviationWhenTheNextWordStartsASentence() {
    assertEquals(List.of("Sanctions were imposed by the U.S.", "The EU followed."),
        texts("Sanctions were imposed by the U.S. The EU followed."));
  }

  @Test
  void splitsAtQuestionMarksClosingQuotesAndBlankLines() {
    assertEquals(List.of("\"Who will pay?\"", "Kyiv asked.", "Headline without a full stop", "Next paragraph."),
        texts("\"Who will pay?\" Kyiv asked.\n\nHeadline without a full stop\n\nNext paragraph."));
  }

  @Test
  void eachListItemIsASentenceButAWrappedLineIsNot() {
    assertEquals(List.of("Leaders attending:", "- President of France", "- Prime Minister of Japan and", "Chancellor"),
        texts("Leaders attending:\n- President of France\n- Prime Minister of Japan and\n\nChancellor"));
    assertEquals(List.of("Russia and China\nvoted against it."), texts("Russia and China\nvoted against it."));
  }

  @Test
  void doesNotSplitInsideNumbersOrBeforeLowerCase() {
    assertEquals(List.of("Growth was 3.5 per cent. in 2023 it slowed."),
        texts("Growth was 3.5 per cent. in 2023 it slowed."));
  }

  @Test
  void reportsIndexAndCharacterSpanOfEachSentence() {
    String text = "Russia objected.  France agreed.";
    List<Sentence> s = SPLITTER.split(text);
    assertEquals(1, s.get(1).index());
    assertEquals("France agreed.", text.substring(s.get(1).start(), s.get(1).end()));
  }
}
