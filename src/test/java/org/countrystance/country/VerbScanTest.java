package org.countrystance.country;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerbScanTest {
  private static final RoleLexicon LEXICON = RoleLexicon.loadDefault();

  private static List<VerbScan.VerbAt> scan(String sentence) {
    Tokens t = Tokens.of(sentence);
    return VerbScan.scan(t, LEXICON, new boolean[t.size()]);
  }

  private static List<String> verbs(String sentence) {
    return scan(sentence).stream().map(VerbScan.VerbAt::form).toList();
  }

  @Test
  void aVerbFormRightAfterAPrepositionIsANounOrAdjective() {
    assertEquals(List.of("launched"), verbs("Police launched an inquiry into alleged abuses."));
    assertEquals(List.of("attacked"), verbs("Rebels attacked the town with armed drones."));
  }

  @Test
  void anSFormRightAfterAnInfinitiveIsItsPluralObject() {
    assertEquals(List.of("agreed"), verbs("The factions agreed to discuss plans for a ceasefire."));
    assertEquals(List.of("agreed", "plans"), verbs("The factions agreed that Oslo plans a ceasefire."));
  }

  @Test
  void aBaseFormAfterAndThatContinuesAnInfinitiveIsNoFiniteVerb() {
    assertEquals(List.of("backed"), verbs("The council backed a plan to tighten security and impose curfews."));
    assertEquals(List.of("impose"), verbs("The council will tighten security and impose curfews."));
  }

  @Test
  void aBaseFormAfterAnIndefiniteArticleAndLowerCaseWordsIsANoun() {
    assertEquals(List.of("announced"), verbs("The navy announced a naval blockade."));
    assertEquals(List.of("announced", "blockade"), verbs("The navy announced that ships will blockade ports."));
  }

  @Test
  void aBaseFormEndingAnIndefiniteNounPhraseIsANoun() {
    assertEquals(List.of("rejected"), verbs("Beirut rejected a United Nations appeal for calm."));
    assertEquals(List.of("rejected"), verbs("An Iranian appeal was rejected."));
  }

  @Test
  void aPastFormAfterAnIndefiniteNounPhraseIsStillAVerb() {
    assertEquals(List.of("said"), verbs("A Kremlin spokesman said it was false."));
  }

  @Test
  void byFollowedByAQuantityMakesNoPassive() {
    assertEquals(false, scan("Egypt shortened by one hour the curfew.").get(0).passive());
    VerbScan.VerbAt reduced = scan("the strikes launched by Russia").get(0);
    assertEquals(true, reduced.passive());
    assertEquals(true, reduced.reduced());
  }

  @Test
  void armsIsANounNotAVerb() {
    assertEquals(List.of("ordered"), verbs("The judge ordered an inquiry into illegal arms sales to Croatia."));
  }
}
