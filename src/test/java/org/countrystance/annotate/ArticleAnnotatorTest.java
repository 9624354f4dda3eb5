package org.countrystance.annotate;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleAnnotatorTest {
  static ArticleAnnotator annotator;
  static final LocalDate DAY = LocalDate.of(2023, 3, 1);

  @BeforeAll
  static void load() {
    annotator = ArticleAnnotator.load(null);
  }

  private static MentionFact only(List<MentionFact> facts, String country) {
    List<MentionFact> of = facts.stream().filter(f -> f.country().equals(country)).toList();
    assertEquals(1, of.size(), "one mention of " + country + " in " + facts);
    return of.get(0);
  }

  @Test
  void aSpeakingCountryGetsItsPositionAndTheOthersAreItsCounterparts() {
    List<MentionFact> facts = annotator.annotate(
        "Talks resumed.\n\nChina's foreign ministry called on Moscow and Kyiv to hold peace talks.", DAY, null);
    MentionFact china = only(facts, "CHN");
    assertEquals("speaker", china.role());
    assertEquals("ukraine-war", china.topic());
    assertEquals("calls_for_peace", china.position());
    assertEquals("neutral", china.polarity());
    assertEquals(1, china.sentenceIndex(), "the first sentence names no country");
    assertTrue(china.counterparts().containsAll(List.of("RUS", "UKR")), china.counterparts().toString());
    assertNull(only(facts, "RUS").position(), "Moscow is addressed, it states nothing");
  }

  @Test
  void articleLevelRulesApplyInTheJobsAnnotatorToo() {
    String usArticle = "New plants will open in Ohio and Arizona. Georgia will get two of them.";
    assertTrue(annotator.annotate(usArticle, DAY, null).stream().noneMatch(f -> f.country().equals("GEO")),
        "Georgia among US states is the state");
    assertTrue(annotator.annotate(usArticle, DAY, "USA").stream().noneMatch(f -> f.country().equals("GEO")),
        "also when first-person sentences of the author are read");
    assertTrue(annotator.annotate(usArticle + " Officials in Tbilisi welcomed the news.", DAY, null).stream()
        .anyMatch(f -> f.country().equals("GEO")), "with Tbilisi named it is the country");
  }

  @Test
  void whatTheLeadersOfAMeetingStateIsTheAuthorsAndItsPartnersPosition() {
    String readout = "President Biden met today with President López Obrador of Mexico. The two leaders affirmed "
        + "their unwavering support for Ukraine.";
    List<MentionFact> facts = annotator.annotate(readout, DAY, "USA");
    MentionFact mexico = facts.stream().filter(f -> f.country().equals("MEX") && f.sentenceIndex() == 1)
        .findFirst().orElseThrow(() -> new AssertionError("no statement of Mexico in " + facts));
    assertEquals("supports_ukraine", mexico.position());
    assertEquals(ArticleAnnotator.PARTNER_KIND, mexico.kind());
    MentionFact us = facts.stream().filter(f -> f.country().equals("USA") && f.sentenceIndex() == 1)
        .findFirst().orElseThrow(() -> new AssertionError("no statement of the author in " + facts));
    assertEquals("supports_ukraine", us.position());
    assertEquals(ArticleAnnotator.AUTHOR_KIND, us.kind());
    assertTrue(mexico.counterparts().contains("USA"), mexico.counterparts().toString());

    List<MentionFact> speech = annotator.annotate("Both countries must return to talks. Our two countries have "
        + "always stood with Ukraine.", DAY, "IRL");
    assertTrue(speech.stream().noneMatch(f -> f.kind().equals(ArticleAnnotator.PARTNER_KIND)),
        "without a meeting, both countries are nobody's partners: " + speech);
    assertEquals(List.of("IRL"), speech.stream().filter(f -> f.position() != null).map(MentionFact::country)
        .toList(), "our two countries include the author");
  }

  @Test
  void theyOpeningASentenceOfAReadoutAreTheLeadersWhoMet() {
    List<String> stated = statedBy("Spain and the United States recognize that the climate crisis is one of the most "
        + "serious challenges of our time. In this light, they commit to pursuing a climate-smart recovery.", 1);
    assertEquals(List.of("USA", "ESP"), stated, "the partner named with the author in the sentence before");
    assertEquals(List.of("USA", "DEU"), statedBy("President Biden spoke today with Chancellor Olaf Scholz of "
        + "Germany. They reaffirmed their commitment to supporting Ukraine.", 1));
    assertEquals(List.of("USA"), statedBy("President Biden spoke today with Chancellor Olaf Scholz of Germany. "
        + "We condemn the forces that they have sent to fight climate activists, and we will keep supporting Ukraine.",
        1), "a 'they' inside a clause is not the leaders");
    assertEquals(List.of("USA"), statedBy("Mr. Sullivan briefed on Secretary Blinken's upcoming meeting with Russian "
        + "Foreign Minister Lavrov. They emphasized their commitment to Ukraine's sovereignty.", 1),
        "a meeting the statement mentions is not the one it reports");
    assertEquals(List.of("USA", "JPN"), statedBy("National Security Advisor Jake Sullivan met today with Akiba "
        + "Takeo, the Secretary General of Japan's National Security Secretariat. They reiterated their resolve to "
        + "stand united against Russia's unprovoked war on Ukraine.", 1),
        "a person's name that is also a city's names no partner");
  }

  /** The countries, in order, that state a position in sentence {@code index} of a United States statement. */
  private static List<String> statedBy(String text, int index) {
    return annotator.annotate(text, DAY, "USA").stream()
        .filter(f -> f.sentenceIndex() == index && f.position() != null).map(MentionFact::country).distinct()
        .toList();
  }

  @Test
  void eachCountryOfASentenceGetsTheToneTowardItNotTheToneAroundIt() {
    List<MentionFact> facts = annotator.annotate(
        "Leaders condemned Russia and praised Ukraine for its courage.", DAY, null);
    double russia = only(facts, "RUS").mentionTone();
    double ukraine = only(facts, "UKR").mentionTone();
    assertTrue(ukraine > 0.3, "praised Ukraine: " + ukraine);
    assertTrue(russia < ukraine - 0.5, "condemned Russia " + russia + " vs praised Ukraine " + ukraine);
  }

  @Test
  void aNegatedStanceIsNeutralNotACondemnation() {
    MentionFact china = only(annotator.annotate(
        "Beijing has neither condemned nor explicitly supported the Russian offensive.", DAY, null), "CHN");
    assertEquals("neutral_noncommittal", china.position());
  }

  @Test
  void aFirstPersonOfficialStatementIsTheAuthorCountrysPosition() {
    List<MentionFact> facts = annotator.annotate("We call for an immediate ceasefire in Gaza.", DAY, "QAT");
    MentionFact qatar = only(facts, "QAT");
    assertEquals(ArticleAnnotator.AUTHOR_KIND, qatar.kind());
    assertEquals("We", qatar.surface());
    assertEquals("israel-gaza", qatar.topic());
    assertEquals("calls_for_ceasefire", qatar.position());
    assertTrue(annotator.annotate("We call for an immediate ceasefire in Gaza.", DAY, null).stream()
        .noneMatch(f -> f.country().equals("QAT")), "without author_country nobody is the author");
  }

  @Test
  void aTextWithoutCountriesHasNoFacts() {
    assertEquals(List.of(), annotator.annotate("The weather was mild. Markets closed early.", DAY, null));
  }
}
