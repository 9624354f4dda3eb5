package org.countrystance.country;

import static org.countrystance.country.CountryMatcherTest.isos;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisambiguatorTest {
  private static final LocalDate D = LocalDate.of(2024, 5, 1);

  @Test
  void georgiaIsTheUsStateWhenUsPoliticsIsAroundAndTheCountryWhenTheCaucasusIs() {
    assertEquals(List.of(), isos("Georgia voters in Fulton County lined up.", D));
    assertEquals(List.of("GEO", "GEO"), isos("Protesters in Tbilisi said Georgia must not bow.", D));
    assertEquals(List.of("GEO"), isos("Georgia signed the trade deal.", D));
  }

  @Test
  void jordanBesideAFirstNameOrSurnameIsAPerson() {
    assertEquals(List.of(), isos("Michael Jordan and Jordan Peterson spoke.", D));
    assertEquals(List.of("JOR"), isos("Jordan closed its airspace on Monday.", D));
  }

  @Test
  void aCapitalisedPrefixIsNoPersonsNameSoTheInstitutionKeepsItsCountry() {
    assertEquals(List.of("KEN"), isos("The Kenya Anti-Corruption Commission charged him.", D));
  }

  @Test
  void turkeyNearThanksgivingWordsIsTheBird() {
    assertEquals(List.of(), isos("Turkey prices rose before Thanksgiving dinner.", D));
    assertEquals(List.of("TUR", "SWE"), isos("Turkey blocked Sweden's NATO bid.", D));
  }

  @Test
  void chadBesideASurnameIsAPerson() {
    assertEquals(List.of(), isos("Chad Johnson scored twice.", D));
    assertEquals(List.of("TCD", "FRA"), isos("Chad expelled the French ambassador.", D));
  }

  @Test
  void chinaAfterBoneOrBeforeCabinetIsPorcelain() {
    assertEquals(List.of(), isos("She sold Bone China and a China cabinet.", D));
  }

  @Test
  void washingtonAsAStateOrAPersonIsNotTheUs() {
    assertEquals(List.of(), isos("George Washington crossed the river.", D));
    assertEquals(List.of(), isos("Washington state sued over wildfire rules.", D));
    assertEquals(List.of("Spokane"), CountryMatcherTest.MATCHER.find("Washington state sued near Spokane.", D).stream()
        .map(CountryMention::surface).toList()); // the state is no mention, its city (a GeoNames place) is
    assertEquals(List.of("USA"), isos("Washington imposed new sanctions.", D));
  }

  @Test
  void brusselsAsTheSeatOfTheEuIsNotBelgium() {
    assertEquals(List.of(), isos("Brussels said the EU would respond.", D));
    assertEquals(List.of("BEL"), isos("Floods hit Brussels on Monday.", D));
  }

  @Test
  void explainsWhichRuleRejectedAName() {
    Disambiguator d = Disambiguator.loadDefault();
    Tokens t = Tokens.of("Michael Jordan scored.");
    Disambiguator.Rule r = d.rejection(t, 1, 2, MentionKind.NAME);
    assertEquals("a surname (\"Michael Jordan\", \"Jim Jordan\")", r.explanation());
  }
}
