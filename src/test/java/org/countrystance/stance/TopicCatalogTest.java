package org.countrystance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicCatalogTest {
  private static final TopicCatalog CATALOG = TopicCatalog.loadDefault();

  @Test
  void shipsTheThreeAgreedTopicsWithTheirPositionsAndPolarities() {
    assertEquals(List.of("ukraine-war", "israel-gaza", "climate-action"),
        CATALOG.topics().stream().map(Topic::id).toList());
    Topic ukraine = CATALOG.topic("ukraine-war");
    assertEquals(Polarity.FAVOR, ukraine.position("supports_russia").polarity());
    assertEquals(Polarity.AGAINST, ukraine.position("supports_ukraine").polarity());
    assertEquals(Polarity.NEUTRAL, ukraine.position("calls_for_peace").polarity());
    assertEquals(Polarity.NEUTRAL, ukraine.position("neutral_noncommittal").polarity());
    assertEquals(Polarity.AGAINST,
        CATALOG.topic("israel-gaza").position("supports_palestinians").polarity());
    assertEquals(Polarity.FAVOR,
        CATALOG.topic("climate-action").position("supports_climate_action").polarity());
  }

  @Test
  void findsTopicsFromSignalWordsAndPhrases() {
    assertEquals(List.of("ukraine-war"), CATALOG.topicsIn("Troops advanced near Bakhmut."));
    assertEquals(List.of("ukraine-war"),
        CATALOG.topicsIn("Moscow calls it a special military operation."));
    assertEquals(List.of("israel-gaza", "climate-action"),
        CATALOG.topicsIn("Talks on Gaza overshadowed the climate summit."));
  }

  @Test
  void aSignalInAPhraseOfAnotherSenseDoesNotCount() {
    assertTrue(CATALOG.topicsIn("Our strategy makes the investment climate more attractive to these companies.")
        .isEmpty());
    assertTrue(CATALOG.topicsIn("The region lives in a climate full of tensions and a climate of fear.").isEmpty());
    assertEquals(List.of("climate-action"), CATALOG.topicsIn("The investment climate improved as the climate"
        + " crisis drew new investment."), "the signal outside the phrase still counts");
    // trade in coal is no climate policy; burning it is
    assertTrue(CATALOG.topicsIn("The European Union approved an embargo on coal imports.").isEmpty());
    assertTrue(CATALOG.topicsIn("Poland halted imports of Russian coal in April.").isEmpty());
    assertEquals(List.of("climate-action"), CATALOG.topicsIn("Poland still burns coal for most of its power."));
  }

  @Test
  void aContextSignalCountsOnlyWithAnAnchor() {
    assertTrue(CATALOG.topicsIn("The invasion of Normandy began in 1944.").isEmpty());
    assertEquals(List.of("ukraine-war"), CATALOG.topicsIn("The Russian invasion began in 2022."));
    assertEquals(List.of("ukraine-war"), CATALOG.topicsIn("Russia will be held accountable if it invades."),
        "the verb as well as the noun");
    assertTrue(CATALOG.topicsIn("The Allies invaded Normandy in 1944.").isEmpty());
    assertEquals(List.of("ukraine-war"), CATALOG.topicsIn("Russia must, and will, be held to account."),
        "accountability and atrocities with Russia name the war as General Debate speeches do");
    assertEquals(List.of("ukraine-war"), CATALOG.topicsIn("The account of Russia's atrocities is overwhelming."));
    assertTrue(CATALOG.topicsIn("The regime must be held to account for its atrocities.").isEmpty());
  }

  @Test
  void loadsAUserEditedCatalogAndRejectsAnUnknownPolarity(@TempDir Path dir) throws Exception {
    String topic = "topics = [{ id = \"t\", label = \"T\", target = \"x\", signals = [\"tariffs\"],"
        + " positions = [{ id = \"pro\", polarity = \"%s\" }] }]";
    Files.writeString(dir.resolve("topics.conf"), String.format(topic, "favor"));
    assertEquals(List.of("t"), TopicCatalog.load(org.countrystance.config.RuleTables.local(dir)).topicsIn("New tariffs were announced."));
    Files.writeString(dir.resolve("topics.conf"), String.format(topic, "sideways"));
    assertThrows(IllegalArgumentException.class, () -> TopicCatalog.load(org.countrystance.config.RuleTables.local(dir)));
  }

  @Test
  void aPartyIsTheCountryOfASideTheTopicHas(@TempDir Path dir) throws Exception {
    assertEquals("russia", CATALOG.topic("ukraine-war").sideOf("RUS"));
    assertEquals("ukraine", CATALOG.topic("ukraine-war").sideOf("UKR"));
    assertEquals(null, CATALOG.topic("ukraine-war").sideOf("USA"), "a country that is no side");
    String topic = "topics = [{ id = \"t\", label = \"T\", target = \"x\", signals = [\"tariffs\"],"
        + " sides { a = [\"a\"] }, parties { %s = \"AAA\" }, positions = [{ id = \"pro\", polarity = \"favor\" }] }]";
    Files.writeString(dir.resolve("topics.conf"), String.format(topic, "a"));
    assertEquals("a", TopicCatalog.load(org.countrystance.config.RuleTables.local(dir)).topic("t").sideOf("AAA"));
    Files.writeString(dir.resolve("topics.conf"), String.format(topic, "b"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TopicCatalog.load(org.countrystance.config.RuleTables.local(dir)));
    assertTrue(e.getMessage().contains("names a party for side b"), e.getMessage());
  }

  @Test
  void namesJoinedByAHyphenAreSignalsAndAnchorsOfTheirOwn() {
    assertEquals(List.of("israel-gaza"), CATALOG.topicsIn("The Palestinian-Israeli conflict should be resolved."));
    assertEquals(List.of("ukraine-war"), CATALOG.topicsIn("The Russo-Ukrainian conflict continues on the ground."));
    assertEquals(List.of("ukraine-war"), CATALOG.topicsIn("A Sino-Russian statement on the war."), "an anchor too");
    assertTrue(CATALOG.topicsIn("A well-known and long-standing partnership.").isEmpty());
  }
}
