package org.countrystance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.countrystance.tone.WordTokenizer;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
  private static List<String> found(PhraseIndex<String> index, String sentence) {
    return index.find(WordTokenizer.tokenize(sentence)).stream()
        .map(m -> m.value() + "@" + m.start()).toList();
  }

  @Test
  void matchesAlternativeWordsWildcardsAndAlternativePhrases() {
    PhraseIndex<String> index = new PhraseIndex<String>()
        .add("join|joined * sanctions", "join")
        .add("peace talks, peace plan", "peace");
    assertEquals(List.of("join@1"), found(index, "Turkey joined Western sanctions."));
    assertEquals(List.of(), found(index, "Turkey joined sanctions."));
    assertEquals(List.of("peace@2"), found(index, "Brazil proposed peace talks."));
    assertEquals(List.of("peace@1"), found(index, "China's peace plan."));
  }

  @Test
  void ignoresCaseAndPossessives() {
    PhraseIndex<String> index = new PhraseIndex<String>().add("russia invasion", "x");
    assertEquals(List.of("x@0"), found(index, "RUSSIA'S invasion"));
  }

  @Test
  void refusesAPhraseStartingWithAWildcard() {
    assertThrows(IllegalArgumentException.class, () -> new PhraseIndex<String>().add("* talks", "x"));
  }
}
