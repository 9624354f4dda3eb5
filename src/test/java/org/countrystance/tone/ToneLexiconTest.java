package org.countrystance.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToneLexiconTest {
  @Test
  void newsValenceOverridesTheVaderRatingOfTheSameWord() {
    ToneLexicon lex = ToneLexicon.loadDefault();
    double offensive = lex.valence("offensive");
    assertTrue(offensive < 0 && offensive > -2.0, "the military noun is milder than VADER's -2.0");
    assertEquals(0.0, lex.valence("united"));
    assertTrue(lex.valence("invasion") < 0);
  }

  @Test
  void oneWordCanBeBothANegatorAndRated() {
    ToneLexicon.Entry no = ToneLexicon.loadDefault().lookup("no");
    assertTrue(no.negation());
    assertTrue(no.valence() < 0);
  }

  @Test
  void loadsUserEditedTablesFromAConfDirectory(@TempDir Path dir) throws Exception {
    Path lex = Files.createDirectories(dir.resolve("lexicon"));
    Files.writeString(lex.resolve("valence.tsv"), "# c\ntoken\tvalence\tsd\nsplendid\t3.0\t0.5\n");
    Files.writeString(lex.resolve("afinn_valence.tsv"), "token\tvalence\n");
    Files.writeString(lex.resolve("news_valence.tsv"), "token\tvalence\nsplendid\t1.0\n");
    Files.writeString(lex.resolve("modifiers.tsv"), "token\tamount\nvery\t0.3\n");
    Files.writeString(lex.resolve("negations.tsv"), "token\nnot\n");
    Files.writeString(lex.resolve("contrast.tsv"),
        "token\tweight_before\tweight_after\tscope\nbut\t0.5\t1.5\tsentence\n");
    Files.writeString(lex.resolve("attachment.tsv"), "word\tkind\tprepositions\nraid\tvictim\ton|against\n");
    ToneLexicon l = ToneLexicon.load(org.countrystance.config.RuleTables.local(dir));
    assertEquals(java.util.Set.of("on", "against"), l.attachment("raid").prepositions());
    assertNull(l.attachment("invasion"), "only the user's attachments are loaded");
    assertEquals(1.0, l.valence("splendid"));
    assertEquals(0.3, l.lookup("very").modifier());
    assertNotNull(l.lookup("but").contrast());
    assertEquals(0.0, l.valence("excellent"), "only the user's tables are loaded");
  }

  @Test
  void refusesAnAttachmentOfAnUnknownKind(@TempDir Path dir) throws Exception {
    Path lex = Files.createDirectories(dir.resolve("lexicon"));
    Files.writeString(lex.resolve("valence.tsv"), "token\tvalence\tsd\n");
    for (String t : new String[] {"afinn_valence.tsv", "news_valence.tsv"}) {
      Files.writeString(lex.resolve(t), "token\tvalence\n");
    }
    Files.writeString(lex.resolve("modifiers.tsv"), "token\tamount\n");
    Files.writeString(lex.resolve("negations.tsv"), "token\n");
    Files.writeString(lex.resolve("contrast.tsv"), "token\tweight_before\tweight_after\tscope\n");
    Files.writeString(lex.resolve("attachment.tsv"), "word\tkind\tprepositions\nraid\tvictims\ton\n");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ToneLexicon.load(org.countrystance.config.RuleTables.local(dir)));
    assertTrue(e.getMessage().contains("attachment.tsv") && e.getMessage().contains("victims"), e.getMessage());
  }
}
