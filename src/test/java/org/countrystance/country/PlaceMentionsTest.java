package org.countrystance.country;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GeoNames places and lower-case country forms as the shipped conf tables find them. */
class PlaceMentionsTest {
  private static final CountryMatcher MATCHER = CountryMatcher.loadDefault();
  private static final LocalDate D2023 = LocalDate.of(2023, 6, 1);

  private static List<String> found(String sentence) {
    return MATCHER.find(sentence, D2023).stream().map(m -> m.iso3() + " " + m.kind() + " " + m.surface()).toList();
  }

  @Test
  void aPlaceThatIsNoWordOrNameStandsAloneAsItsCountryWithKindPlace() {
    assertEquals(List.of("PAK PLACE Sindh"), found("Floods have displaced thousands across Sindh this week."));
    assertEquals(List.of("ITA PLACE Genoa"), found("Genoa hosted the summit."));
  }

  @Test
  void aPlaceThatIsACommonWordNeedsAPlaceCue() {
    assertEquals(List.of(), found("Nice work by the negotiators, and a split vote followed."));
    assertEquals(List.of(), found("Split decisions are common."));
    assertEquals(List.of("HRV PLACE Split"), found("Protesters gathered in the city of Split on Sunday."));
    assertEquals(List.of("FRA PLACE Nice"), found("A truck drove into a crowd in Nice."));
    assertEquals(List.of(), found("Mobile phones were banned."));
    assertEquals(List.of("USA PLACE Mobile"), found("The storm made landfall near Mobile."));
  }

  @Test
  void aPlaceThatIsAPersonsNameNeedsACueAndNoNameAfterIt() {
    assertEquals(List.of(), found("Jackson said the bill would pass."));
    assertEquals(List.of(), found("There is little faith in Jackson's plan."));
    assertEquals(List.of("USA PLACE Jackson"), found("The water crisis in Jackson worsened."));
    assertEquals(List.of(), found("She read a biography of Florence Nightingale in Bristol Stevens' class."));
  }

  @Test
  void aCommaAndAPlaceOfTheSameCountryAreACueToo() {
    assertEquals(List.of("USA PLACE Jackson", "USA PLACE Mississippi"), found("Jackson, Mississippi, lost its water supply."));
  }

  @Test
  void aPlaceNeverBeatsACountrySurfaceOfTheSameWords() {
    GazetteerEntry country = new GazetteerEntry("GEO", "Georgia", MentionKind.NAME, CaseRule.CAPITALIZED, null, null);
    GazetteerEntry state = new GazetteerEntry("USA", "Georgia", MentionKind.PLACE, CaseRule.CAPITALIZED, null, null);
    Gazetteer g = new Gazetteer(List.of(), List.of(country), List.of(), List.of(new Gazetteer.Place(state, false)));
    CountryMatcher m = new CountryMatcher(g, new Disambiguator(List.of(), java.util.Set.of()));
    assertEquals(List.of("GEO"), m.find("Georgia voted.", D2023).stream().map(CountryMention::iso3).toList());
  }

  @Test
  void aPlaceIsNeverFoundInLowerCase() {
    assertEquals(List.of(), found("the sindh floods and genoa talks"));
  }

  @Test
  void theSeedArticlesLowerCaseKyivIsUkraine() {
    assertEquals(List.of("CHN NAME China", "RUS CAPITAL moscow", "UKR CAPITAL kyiv"),
        found("China called on moscow and kyiv to resume peace talks."));
    assertEquals(List.of("UKR CAPITAL kiev", "CHN CAPITAL beijing"), found("officials in kiev said beijing had not called."));
  }

  @Test
  void aLowerCaseFormThatIsACommonWordIsNeverACountry() {
    assertEquals(List.of(), found("we served roast turkey on fine china; a hanging chad decided it"));
  }

  @Test
  void aLowerCaseFormThatIsAPersonsNameNeedsAPlaceCue() {
    assertEquals(List.of(), found("michael jordan scored and jordan smiled"));
    assertEquals(List.of("JOR NAME jordan"), found("refugees in jordan waited"));
  }
}
