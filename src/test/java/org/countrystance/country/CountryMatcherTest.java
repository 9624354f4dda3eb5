package org.countrystance.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryMatcherTest {
  static final CountryMatcher MATCHER = CountryMatcher.loadDefault();
  private static final LocalDate D2023 = LocalDate.of(2023, 6, 1);

  static List<String> isos(String sentence, LocalDate date) {
    return MATCHER.find(sentence, date).stream().map(CountryMention::iso3).toList();
  }

  static List<String> surfaces(String sentence) {
    return MATCHER.find(sentence, D2023).stream().map(CountryMention::surface).toList();
  }

  @Test
  void longestMatchWinsOverANameInsideIt() {
    assertEquals(List.of("PNG", "SSD", "GNB"), isos("Papua New Guinea, South Sudan and Guinea-Bissau voted.", D2023));
  }

  @Test
  void noCountryIsFoundInsideAWebAddress() {
    assertEquals(List.of("Ukraine"), surfaces("Follow AP's coverage of the war in Ukraine at"
        + " https://apnews.com/hub/russia-ukraine."));
    assertEquals(List.of("Russia"), surfaces("See www.russia.gov (or http://Russia.ru) for more, said Russia."));
    // "w" and "h" words that open no address are still words
    assertEquals(List.of("Hungary", "Wales"), surfaces("Hungary and Wales, http and www aside."));
  }

  @Test
  void nigerNeverMatchesInsideNigeria() {
    assertEquals(List.of("NGA", "NER"), isos("Nigeria and Niger closed the border.", D2023));
  }

  @Test
  void usInCapitalsIsTheCountryButLowerCaseUsIsNot() {
    assertEquals(List.of("USA"), isos("The US told us nothing.", D2023));
    assertEquals(List.of("USA"), isos("The U.S.-led coalition left.", D2023));
  }

  @Test
  void lowerCaseCommonWordsAreNotCountries() {
    assertEquals(List.of(), isos("We ate turkey on fine china in a chad of paper.", D2023));
    assertEquals(List.of(), isos("Car sales rose.", D2023));
    assertEquals(List.of("CAF"), isos("Fighting resumed in CAR.", D2023));
  }

  @Test
  void findsNamesDemonymsCapitalsAndSeatsOfPower() {
    List<CountryMention> found = MATCHER.find(
        "Ukrainian farmers held Kharkiv as Beijing, the Kremlin, Kiev and the Elysée watched.", D2023);
    assertEquals(List.of("UKR", "UKR", "CHN", "RUS", "UKR", "FRA"), found.stream().map(CountryMention::iso3).toList());
    assertEquals(MentionKind.DEMONYM, found.get(0).kind());
    assertEquals(MentionKind.PLACE, found.get(1).kind());
    assertEquals(MentionKind.CAPITAL, found.get(2).kind());
    assertEquals(MentionKind.INSTITUTION, found.get(3).kind());
  }

  @Test
  void extendsANameWithTheInstitutionThatFollowsIt() {
    List<CountryMention> found = MATCHER.find(
        "The Chinese Foreign Ministry and Russia's Defence Ministry replied.", D2023);
    assertEquals(List.of("Chinese Foreign Ministry", "Russia's Defence Ministry"),
        found.stream().map(CountryMention::surface).toList());
    assertTrue(found.stream().allMatch(m -> m.kind() == MentionKind.INSTITUTION));
  }

  @Test
  void mergesATitleWithTheLeaderNamedAfterIt() {
    List<CountryMention> found = MATCHER.find("Russian President Vladimir Putin spoke.", D2023);
    assertEquals(1, found.size());
    assertEquals("Russian President Vladimir Putin", found.get(0).surface());
    assertEquals(MentionKind.LEADER, found.get(0).kind());
  }

  @Test
  void aLeaderStandsForTheCountryOnlyDuringTheTerm() {
    assertEquals(List.of("USA"), isos("Biden spoke.", LocalDate.of(2022, 3, 1)));
    assertEquals(List.of(), isos("Biden spoke.", LocalDate.of(2026, 3, 1)));
    assertEquals(List.of("USA"), isos("Trump spoke.", LocalDate.of(2019, 3, 1)));
    assertEquals(List.of(), isos("Trump spoke.", LocalDate.of(2023, 3, 1)));
    assertEquals(List.of("USA"), isos("Trump spoke.", LocalDate.of(2025, 1, 20)));
    assertEquals(List.of("GBR"), isos("Keir Starmer spoke.", LocalDate.of(2024, 7, 5)));
    assertEquals(List.of(), isos("Keir Starmer spoke.", LocalDate.of(2024, 7, 4)));
  }

  @Test
  void aLeaderNamedAsFormerOfficeHolderIsAPerson() {
    assertEquals(List.of(), isos("Former president Lula spoke.", LocalDate.of(2012, 3, 1)));
    assertEquals(List.of("BRA"), isos("President Lula spoke.", LocalDate.of(2024, 3, 1)));
  }

  @Test
  void aLeaderNamedAsAMediatorOrEnvoyActsForWhoeverSentThem() {
    LocalDate d = LocalDate.of(2006, 6, 1);
    assertEquals(List.of("ECU", "CHE"), isos("The rebels will meet Diego Cordovez in Geneva.", d));
    assertEquals(List.of("CHE"), isos("The rebels will meet U.N. mediator Diego Cordovez in Geneva.", d));
    assertEquals(List.of("USA"), isos("The rebels will meet U.S. envoy Diego Cordovez.", d));
  }

  @Test
  void aTreatyOrProcessNamedAfterACityIsNotTheCountry() {
    assertEquals(List.of("USA"),
        isos("The United States ratified the Kigali Amendment to the Montreal Protocol.", D2023));
    assertEquals(List.of(), isos("Both sides broke the Minsk agreements and left the Astana format.", D2023));
    assertEquals(List.of(), isos("The Bridgetown Initiative can accelerate climate finance.", D2023));
    assertEquals(List.of("BLR", "KAZ"), isos("Talks in Minsk resumed; Astana agreed to host the next round.", D2023));
  }

  @Test
  void aNameSharedByLeadersOfTwoCountriesNeedsADate() {
    assertEquals(List.of(), isos("King Abdullah spoke.", null));
    assertEquals(List.of("SAU"), isos("King Abdullah spoke.", LocalDate.of(2010, 1, 1)));
    assertEquals(List.of("JOR"), isos("King Abdullah spoke.", LocalDate.of(2020, 1, 1)));
  }

  @Test
  void aLongerNonCountryPhraseBlocksTheNameInsideIt() {
    assertEquals(List.of("Washington"), surfaces("The Washington Post said Washington would act."));
    assertEquals(List.of(), surfaces("Voters in New Mexico and New South Wales."));
    assertEquals(List.of("Moscow"), surfaces("The New York Times and the Moscow Times said Moscow would act."));
  }

  @Test
  void aSeaGulfStraitOrPeninsulaNamedAfterACountryIsNoMentionOfTheState() {
    assertEquals(List.of("China"), surfaces("China's ships patrol the South China Sea and the Taiwan Strait."));
    assertEquals(List.of(), surfaces("Peace on the Korean Peninsula, in the Persian Gulf and the Gulf of Mexico."));
    // a gulf inside one country is a place of it, as a region is
    assertEquals(List.of("MEX"), isos("Whales return to the Gulf of California.", D2023));
  }

  @Test
  void reportsTheSurfaceAsWrittenWithItsCharacterSpan() {
    String s = "Talks with TÜRKIYE resumed.";
    CountryMention m = MATCHER.find(s, D2023).get(0);
    assertEquals("TUR", m.iso3());
    assertEquals("TÜRKIYE", s.substring(m.start(), m.end()));
  }
}
