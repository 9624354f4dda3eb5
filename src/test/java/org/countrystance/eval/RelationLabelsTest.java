package org.countrystance.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.countrystance.country.CountryMention;
import org.countrystance.country.MentionKind;
import org.countrystance.country.MentionRole;
import org.countrystance.country.Tokens;
import org.junit.jupiter.api.Test;

/** The coarse labels the relation tagger learns from a UD tree, and how a mention's label becomes a role. */
class RelationLabelsTest {
  @Test
  void subjectsAndObjectsCarryTheirClauseAndModifiersTheirCaseWordAlsoOnConjuncts() {
    String[] forms = {"France", "said", "Russia", "condemned", "the", "strikes", "against", "Ukraine", "and",
        "Georgia", "."};
    String[] upos = {"PROPN", "VERB", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"};
    int[] heads = {2, 0, 4, 2, 6, 4, 8, 6, 10, 8, 2};
    String[] rels = {"nsubj", "root", "nsubj", "ccomp", "det", "obj", "case", "nmod", "cc", "conj", "punct"};
    assertArrayEquals(new String[] {"nsubj@main", "root", "nsubj@comp", "ccomp", "det", "obj@comp", "case",
        "nmod:against", "cc", "nmod:against", "punct"}, RelationLabels.of(forms, upos, heads, rels));
  }

  @Test
  void thePassiveSubjectAndAgentHaveTheirOwnLabels() {
    String[] forms = {"Ukraine", "was", "attacked", "by", "Russia"};
    String[] upos = {"PROPN", "AUX", "VERB", "ADP", "PROPN"};
    int[] heads = {3, 3, 0, 5, 3};
    String[] rels = {"nsubj:pass", "aux:pass", "root", "case", "obl:agent"};
    assertArrayEquals(new String[] {"nsubj:pass@main", "aux", "root", "case", "obl:by"},
        RelationLabels.of(forms, upos, heads, rels));
  }

  @Test
  void aMentionTakesTheClauseFunctionInsideItOrOfTheNounItModifies() {
    RelationRoles roles = new RelationRoles(null, RelationRoles.Mapping.standard());
    Tokens t = Tokens.of("Russia's foreign ministry condemned Ukraine");
    String[] labels = {"poss", "case", "amod", "nsubj@main", "root", "obj@main"};
    assertEquals("nsubj@main", roles.headLabel(t, labels, new CountryMention("RUS", "Russia", 0, 6, MentionKind.NAME)));
    assertEquals("obj@main",
        roles.headLabel(t, labels, new CountryMention("UKR", "Ukraine", 36, 43, MentionKind.NAME)));
    Tokens leader = Tokens.of("Russian President Boris Yeltsin met");
    assertEquals("nsubj@main", roles.headLabel(leader, new String[] {"amod", "nmod", "nsubj@main", "flat", "root"},
        new CountryMention("RUS", "Russian President Boris Yeltsin", 0, 31, MentionKind.LEADER)));
    assertEquals(MentionRole.SPEAKER, roles.roleOf("obl:by"));
    assertEquals(MentionRole.TARGET, roles.roleOf("nsubj:pass@main"));
    assertEquals(MentionRole.TARGET, roles.roleOf("obl:against"));
    assertEquals(MentionRole.MENTIONED, roles.roleOf("nmod:of"));
  }
}
