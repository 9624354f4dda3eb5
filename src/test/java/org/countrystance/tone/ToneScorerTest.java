package org.countrystance.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToneScorerTest {
  private static final ToneScorer SCORER = ToneScorer.loadDefault();

  private static double tone(String s) {
    return SCORER.sentenceTone(s);
  }

  @Test
  void negationTurnsAPositiveSentenceNegative() {
    assertTrue(tone("The talks were good.") > 0.1);
    assertTrue(tone("The talks were not good.") < -0.1);
    assertTrue(tone("The talks weren’t good.") < -0.1, "typographic apostrophe");
  }

  @Test
  void negationEndsAtTheClauseBoundary() {
    assertTrue(tone("It was not over, and the result was a great success.") > 0.1);
  }

  @Test
  void intensifiersStrengthenAndDampenersWeaken() {
    double plain = tone("The outcome was bad.");
    assertTrue(tone("The outcome was extremely bad.") < plain);
    assertTrue(tone("The outcome was slightly bad.") > plain);
    assertTrue(tone("The outcome was slightly bad.") < 0);
  }

  @Test
  void theClauseAfterButOutweighsTheClauseBeforeIt() {
    assertTrue(tone("The summit was a disaster and the agreement is excellent.") < 0);
    assertTrue(tone("The summit was a disaster, but the agreement is excellent.") > 0);
  }

  @Test
  void aConcessiveClauseCountsLessThanTheMainClause() {
    double main = tone("The economy is strong.");
    double conceded = tone("Although the economy is strong, prices rose.");
    assertTrue(conceded > 0 && conceded < main);
  }

  @Test
  void newsVocabularyMissingFromVaderCarriesTone() {
    assertTrue(tone("The invasion caused heavy casualties and atrocities.") < -0.5);
    assertTrue(tone("Both sides agreed to a ceasefire.") > 0.1);
  }

  @Test
  void wordsWhoseLexiconSenseIsRareInNewsAreNeutral() {
    assertEquals(0.0, tone("Countries like the United States met at the United Nations."));
  }

  @Test
  void aFactualSentenceWithoutSentimentWordsScoresZero() {
    assertEquals(0.0, tone("The minister arrived in Paris on Tuesday."));
  }

  @Test
  void inflectedFormsTakeTheValenceOfTheirBaseWord() {
    assertTrue(tone("The talks ended acrimoniously.") < 0);
  }

  /** The suffix rules applied one lookup at a time, as the scorer did before its inflection table. */
  private static double stemmedOneByOne(ToneLexicon lexicon, String token) {
    for (String[] s : ToneScorer.SUFFIXES) {
      if (token.length() > s[0].length() + 2 && token.endsWith(s[0])) {
        double v = lexicon.valence(token.substring(0, token.length() - s[0].length()) + s[1]);
        if (v != 0) return v;
      }
    }
    return 0;
  }

  @Test
  void theInflectionTableGivesWhatTheSuffixRulesGiveOneByOne() {
    ToneLexicon lexicon = ToneLexicon.loadDefault();
    java.util.Map<String, ToneLexicon.Entry> table = ToneScorer.inflectionsOf(lexicon.rated());
    java.util.Set<String> tokens = new java.util.TreeSet<>(table.keySet());
    for (String w : lexicon.rated().keySet()) {
      tokens.add(w);
      for (String[] s : ToneScorer.SUFFIXES) tokens.add(w + s[0]);
    }
    tokens.addAll(java.util.List.of("talks", "hopes", "worsened", "ended", "nations", "cities", "sanctions", "is", "gas"));
    int inflected = 0;
    for (String t : tokens) {
      double expected = stemmedOneByOne(lexicon, t);
      assertEquals(expected, table.getOrDefault(t, ToneLexicon.Entry.NONE).valence(), t);
      if (expected != 0) inflected++;
    }
    assertTrue(inflected > 5_000, "inflected forms with a valence: " + inflected);
    assertEquals(lexicon.valence("hope"), table.get("hopes").valence());
    assertEquals(lexicon.valence("worsen"), table.get("worsened").valence());
  }

  @Test
  void capitalsEmphasiseASentimentWordInMixedCaseText() {
    assertTrue(tone("The deal is GOOD for farmers.") > tone("The deal is good for farmers."));
  }

  @Test
  void toneStaysWithinMinusOneAndOne() {
    double t = tone("Horrible, terrible, catastrophic massacre, genocide, atrocities, slaughter,"
        + " carnage and devastation.");
    assertTrue(t >= -1.0 && t < -0.9);
  }

  @Test
  void mentionToneWeighsWordsNearTheMentionMore() {
    String s = "France praised the excellent agreement at the summit on Tuesday in Brussels while"
        + " officials later condemned Germany for its disgraceful delay.";
    int fr = s.indexOf("France");
    int de = s.indexOf("Germany");
    double france = SCORER.mentionTone(s, fr, fr + "France".length());
    double germany = SCORER.mentionTone(s, de, de + "Germany".length());
    assertTrue(france > germany, "france " + france + " germany " + germany);
    assertTrue(germany < 0);
  }

  @Test
  void mentionToneWithoutSentimentWordsIsZero() {
    String s = "Japan and Chile signed the document in Lima.";
    assertEquals(0.0, SCORER.mentionTone(s, 0, 5));
  }
}
