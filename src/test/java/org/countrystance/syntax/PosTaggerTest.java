package org.countrystance.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The shipped UD model tags a sentence, and a sentence met again is answered from memory unchanged. */
class PosTaggerTest {
  @Test
  void tagsASentenceWithUniversalDependenciesTags() {
    String[] tags = new PosTagger().tag(new String[] {"Germany", "sent", "tanks", "to", "Ukraine", "."});
    assertArrayEquals(new String[] {"PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"}, tags);
  }

  @Test
  void aRememberedSentenceGivesTheSameTagsAndCannotBeChangedThroughAnAnswer() {
    PosTagger tagger = new PosTagger();
    String[] words = {"The", "attack", "was", "condemned", "by", "France", "."};
    String[] first = tagger.tag(words.clone());
    first[1] = "VERB";
    String[] again = tagger.tag(words.clone());
    assertEquals("NOUN", again[1], "the cached answer is a copy");
    assertArrayEquals(new String[] {"DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"}, again);
  }
}
