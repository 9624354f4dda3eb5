package org.countrystance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.countrystance.config.RuleTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceRulesTest {
  private static final String HEADER = "topic\tposition\tcue\tobject\tweight\tif_negated\towner\n";

  private static Path conf(Path dir, String cueRow) throws Exception {
    Path stance = Files.createDirectories(dir.resolve("stance"));
    Files.writeString(stance.resolve("cues.tsv"), HEADER + cueRow + "\n");
    Files.writeString(stance.resolve("negators.tsv"), "phrase\tkind\nnot\tdenial\n");
    Files.writeString(stance.resolve("attribution.tsv"), "kind\tphrase\ndenial\tdenied\n");
    Path roles = Files.createDirectories(dir.resolve("roles"));
    Files.writeString(roles.resolve("speech_verbs.tsv"), "form\tclass\tlemma\tneeds_modal\nsaid\tspeech\tsay\t\n");
    Files.writeString(roles.resolve("role_words.tsv"), "word\tgroup\nallies\trelation\n");
    Path gazetteer = Files.createDirectories(dir.resolve("gazetteer"));
    Files.writeString(gazetteer.resolve("institution_nouns.tsv"), "phrase\nofficials\n");
    return dir;
  }

  @Test
  void loadsAUserCueTable(@TempDir Path dir) throws Exception {
    StanceRules r = StanceRules.load(RuleTables.local(conf(dir,
        "ukraine-war\tsupports_ukraine\tarm|armed\tukraine\t1.0\tneutral_noncommittal\tagent")),
        TopicCatalog.loadDefault());
    assertTrue(r.cues().containsAny(org.countrystance.tone.WordTokenizer.tokenize("armed Kyiv")));
  }

  @Test
  void rejectsACueForAPositionTheTopicDoesNotHave(@TempDir Path dir) throws Exception {
    Path c = conf(dir, "ukraine-war\tsupports_gaza\tarm\t-\t1.0\tneutral_noncommittal\tagent");
    assertThrows(IllegalArgumentException.class,
        () -> StanceRules.load(RuleTables.local(c), TopicCatalog.loadDefault()));
  }

  @Test
  void rejectsAnObjectSideTheTopicDoesNotHave(@TempDir Path dir) throws Exception {
    Path c = conf(dir, "ukraine-war\tsupports_ukraine\tarm\tmars\t1.0\tneutral_noncommittal\tagent");
    assertThrows(IllegalArgumentException.class,
        () -> StanceRules.load(RuleTables.local(c), TopicCatalog.loadDefault()));
  }

  @Test
  void aNegatorsKindComesFromItsTable(@TempDir Path dir) throws Exception {
    org.countrystance.config.ConfCopy.into(dir);
    String s = "We will work to disrupt support for Russia's war in Ukraine.";
    assertTrue(StanceClassifier.load(RuleTables.local(dir)).classify(s, List.of(), "USA").isEmpty(),
        "hindering another's support states no neutrality");
    Path negators = dir.resolve("stance/negators.tsv");
    Files.writeString(negators, Files.readString(negators).replace("disrupt\thindering", "disrupt\trefusal"));
    assertEquals("neutral_noncommittal", StanceClassifier.load(RuleTables.local(dir)).classify(s, List.of(), "USA")
        .get(0).on("ukraine-war").position(), "declining to support is neutrality");
    Files.writeString(negators, Files.readString(negators).replace("disrupt\trefusal", "disrupt\tmaybe"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StanceClassifier.load(RuleTables.local(dir)));
    assertTrue(e.getMessage().contains("kind must be denial, refusal or hindering, got maybe"), e.getMessage());
  }

  @Test
  void aGiverCueMustSupportASide(@TempDir Path dir) throws Exception {
    Path c = conf(dir, "ukraine-war\tcalls_for_peace\tmediate\t-\t1.0\tneutral_noncommittal\tgiver");
    assertThrows(IllegalArgumentException.class,
        () -> StanceRules.load(RuleTables.local(c), TopicCatalog.loadDefault()));
  }

  @Test
  void aSpeakerSideCueMustSupportASide(@TempDir Path dir) throws Exception {
    Path c = conf(dir, "ukraine-war\tcalls_for_peace\tliberation\t-\t1.0\tneutral_noncommittal\tspeaker-side");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StanceRules.load(RuleTables.local(c), TopicCatalog.loadDefault()));
    assertTrue(e.getMessage().contains("speaker-side row's position must support a side"), e.getMessage());
  }

  /**
   * Alternatives of more than one word are separate phrases (commas), never words of one slot ("a|b c"
   * reads as two slots): each phrase of the shipped table that once was written as a slot is found alone.
   */
  @Test
  void shippedMultiWordAlternativesAreFoundAlone() {
    StanceRules r = StanceRules.loadDefault(TopicCatalog.loadDefault());
    for (String phrase : List.of("respect the sovereignty of Ukraine", "Russia's war crimes", "accountability",
        "pull out its troops", "voted in favour", "the right to defend itself")) {
      assertTrue(r.cues().containsAny(org.countrystance.tone.WordTokenizer.tokenize(phrase)), phrase);
    }
  }
}
