package org.countrystance.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The victim and the beneficiary of an act ({@code conf/lexicon/attachment.tsv}) in the tone toward a target. */
class ToneAttachmentTest {
  private static final ToneScorer SCORER = ToneScorer.loadDefault();

  private static ToneScorer.Scored scored(String sentence) {
    return SCORER.score(WordTokenizer.tokenize(sentence));
  }

  /** The model's probabilities toward the last occurrence of {@code name}. */
  private static double[] p(String sentence, String name) {
    int s = sentence.lastIndexOf(name);
    return scored(sentence).probabilities(s, s + name.length());
  }

  private static ToneLexicon.Attachment attachment(String sentence, String name) {
    ToneScorer.Scored scored = scored(sentence);
    int s = sentence.lastIndexOf(name);
    return scored.attachedTo(TargetFeatures.span(scored.tokens(), s, s + name.length())[0]);
  }

  @Test
  void theVictimOrPlaceOfAnActIsNotSpokenIllOf() {
    for (String s : new String[] {"Russia's brutal invasion of Ukraine has caused immense suffering.",
        "The real reason for the aggression against Ukraine lies in Russia's neo-imperial aspirations.",
        "It was a vicious attack on the people of Ukraine.", "The horrific war in Ukraine rages on."}) {
      double[] p = p(s, "Ukraine");
      assertEquals(0.0, p[TargetToneModel.NEGATIVE], s);
      assertEquals(1.0, p[0] + p[1] + p[2], 1e-9, s);
      assertFalse(attachment(s, "Ukraine").beneficiary(), s);
    }
    // the act's agent keeps the act's tone
    assertTrue(p("Russia's brutal invasion of Ukraine has caused immense suffering.", "Russia")[TargetToneModel.NEGATIVE]
        > 0.2);
  }

  @Test
  void theBeneficiaryOfSupportIsSpokenWellOf() {
    String s = "They reaffirmed their steadfast support for Ukraine in the face of Russia's ongoing aggression.";
    double[] p = p(s, "Ukraine");
    assertEquals(0.0, p[TargetToneModel.NEGATIVE]);
    assertTrue(p[TargetToneModel.POSITIVE] > p[TargetToneModel.NEUTRAL], java.util.Arrays.toString(p));
    assertTrue(attachment("We will keep supporting the people of Ukraine.", "Ukraine").beneficiary());
    assertTrue(attachment("The government announced assistance for Ukraine and Moldova.", "Moldova").beneficiary());
    assertTrue(attachment("We stand in solidarity with Cuba.", "Cuba").beneficiary());
  }

  @Test
  void anotherPartysSupportAnAgentOfAndAClauseBoundaryAttachNothing() {
    assertNull(attachment("Iran's support for Russia prolongs the war.", "Russia"));
    // support for a country's war supports the war
    String war = "Oligarchs were targeted over their support for Russia's unprovoked war against Ukraine.";
    assertNotNull(attachment(war, "Russia's"));
    assertTrue(p(war, "Russia's")[TargetToneModel.NEGATIVE] > 0.2, "the model's negative share stays");
    assertNull(attachment("After the invasion, Ukraine rebuilt its army.", "Ukraine"));
    // a list is read back to the word before its first name, not past it
    assertNull(attachment("Serbia has relied on support from Moscow and China.", "China"));
    // "of" after "aggression" names its agent, not its victim
    assertNull(attachment("We face the aggression of the American empire.", "American"));
    assertNull(attachment("Germany condemned Russia.", "Russia"));
    assertNotNull(attachment("We condemn the occupation of Palestine.", "Palestine"));
  }

  @Test
  void aCountryIsSpokenOfNeutrallyMoreOftenThanNewsMtscsPeople() {
    String s = "Look what's happened recently in Spain and Italy, a terrible disaster.";
    int at = s.indexOf("Italy");
    ToneScorer.Scored scored = scored(s);
    double[] person = scored.probabilities(at, at + 5);
    double[] country = scored.towardsCountry(at, at + 5);
    assertTrue(country[TargetToneModel.NEUTRAL] > person[TargetToneModel.NEUTRAL]);
    assertEquals(1.0, country[0] + country[1] + country[2], 1e-9);
    // only the neutral share moves: negative and positive keep their ratio
    assertEquals(person[TargetToneModel.NEGATIVE] / person[TargetToneModel.POSITIVE],
        country[TargetToneModel.NEGATIVE] / country[TargetToneModel.POSITIVE], 1e-9);
    assertEquals(country[TargetToneModel.POSITIVE] - country[TargetToneModel.NEGATIVE], scored.towards(at, at + 5),
        1e-12, "mention_tone is the country's tone");
  }
}
