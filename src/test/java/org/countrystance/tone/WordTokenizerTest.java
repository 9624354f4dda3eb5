package org.countrystance.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordTokenizerTest {
  @Test
  void keepsOffsetsLowerCasesAndDropsPossessives() {
    WordTokenizer.Tokens t = WordTokenizer.tokenize("Russia’s cease-fire, NOT Kyiv's.");
    assertEquals(4, t.size());
    assertEquals("russia", t.lower(0));
    assertEquals(0, t.start(0));
    assertEquals(8, t.end(0));
    assertEquals("cease-fire", t.lower(1));
    assertEquals("not", t.lower(2));
    assertTrue(t.boundaryBefore(2), "comma before NOT");
    assertFalse(t.boundaryBefore(1));
    assertTrue(t.emphasised(2));
    assertFalse(t.emphasised(0));
    assertEquals("kyiv", t.lower(3));
  }

  @Test
  void everyDashBetweenClausesIsABoundary() {
    // the em dash, the en dash and the horizontal bar some agencies type for it
    for (char dash : new char[] {'\u2014', '\u2013', '\u2015'}) {
      WordTokenizer.Tokens t = WordTokenizer.tokenize("sanctions " + dash + " including tariffs");
      assertTrue(t.boundaryBefore(1), "a boundary at " + Integer.toHexString(dash));
    }
  }

  @Test
  void aBoundaryOfQuotationMarksOnlyIsMarked() {
    WordTokenizer.Tokens t = WordTokenizer.tokenize("of \u201cnuclear blackmail,\u201d he said");
    assertTrue(t.boundaryBefore(1) && t.quotesOnlyBefore(1), "an opening quotation mark alone");
    assertTrue(t.boundaryBefore(3) && !t.quotesOnlyBefore(3), "a comma inside the quotation marks");
    assertFalse(t.quotesOnlyBefore(2), "no boundary at all");
  }

  @Test
  void allCapitalSentencesHaveNoEmphasis() {
    WordTokenizer.Tokens t = WordTokenizer.tokenize("WAR IS BAD");
    assertFalse(t.emphasised(2));
  }

  @Test
  void growsBeyondItsInitialCapacity() {
    String s = "word ".repeat(100);
    assertEquals(100, WordTokenizer.tokenize(s).size());
  }
}
