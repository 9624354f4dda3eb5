package org.countrystance.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.countrystance.config.RuleTables;
import org.countrystance.country.CountryAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MeetingPartnersTest {
  static CountryAnnotator countries;

  @BeforeAll
  static void load() {
    countries = CountryAnnotator.load(RuleTables.shipped());
  }

  /** The partners in force for each sentence of an official text of the United States. */
  private static List<List<String>> partners(String text) {
    MeetingPartners meetings = new MeetingPartners("USA");
    List<List<String>> out = new ArrayList<>();
    for (CountryAnnotator.SentenceMentions s : countries.annotateEverySentence(text, LocalDate.of(2023, 3, 1))) {
      out.add(meetings.read(s.sentence().index(), s.sentence().text(), s.mentions()));
    }
    return out;
  }

  @Test
  void theOnesTheAuthorMeetsOrSpeaksWithAreItsPartners() {
    assertEquals(List.of(List.of("FRA"), List.of("FRA")), partners("President Biden spoke today with President "
        + "Emmanuel Macron of France regarding Russia's military build-up. The leaders affirmed their support."),
        "a country named after the one met is no partner");
    assertEquals(List.of(List.of("FRA", "DEU", "GBR")), partners("President Biden held a call today with President "
        + "Emmanuel Macron of France, Chancellor Olaf Scholz of Germany, and Prime Minister Rishi Sunak of the "
        + "United Kingdom."));
    assertEquals(List.of(List.of("DEU")), partners("The President welcomed Chancellor Olaf Scholz of Germany to the "
        + "White House."));
    assertEquals(List.of(List.of()), partners("President Biden welcomed Poland's partnership in hosting U.S. "
        + "forces."), "a country welcomed without a title or a name is no guest");
    assertEquals(List.of(List.of("JPN")), partners("National Security Advisor Jake Sullivan met today with Akiba "
        + "Takeo, the Secretary General of Japan's National Security Secretariat."),
        "a person's name that is also a city's (Takeo) names no partner; the country the title names does");
    assertEquals(List.of(List.of()), partners("Mr. Sullivan briefed on Secretary Blinken's upcoming meeting with "
        + "Russian Foreign Minister Lavrov."), "a meeting the statement mentions is not the one it reports");
  }

  @Test
  void aCountryNamedAsOneSubjectOrPairWithTheAuthorsIsItsPartner() {
    assertEquals(List.of(List.of("ESP")), partners("Spain and the United States condemn Russia's war."));
    assertEquals(List.of(List.of("MEX")), partners("They strengthened cooperation between the United States and "
        + "Mexico."));
    assertEquals(List.of(List.of("BRA")), partners("During the meeting, President Biden and President Lula noted "
        + "the importance of democracy."));
    assertEquals(List.of(List.of()), partners("They noted the importance of democracy in Venezuela and President "
        + "Biden reiterated his support."), "a clause after the name is no pair");
  }

  @Test
  void partnersHoldForTheSentencesOfOneReadoutOnly() {
    StringBuilder text = new StringBuilder("President Biden met today with President Lula of Brazil.");
    for (int i = 0; i < 11; i++) {
      text.append(" The weather was fine on day ").append(i + 1).append('.');
    }
    List<List<String>> p = partners(text.toString());
    assertEquals(List.of("BRA"), p.get(10), "ten sentences later");
    assertEquals(List.of(), p.get(11), "eleven sentences later");
  }
}
