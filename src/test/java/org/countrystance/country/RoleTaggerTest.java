package org.countrystance.country;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleTaggerTest {
  private static final RoleTagger TAGGER = RoleTagger.loadDefault();
  private static final LocalDate D = LocalDate.of(2023, 3, 1);

  private static List<RoledMention> tag(String sentence) {
    return TAGGER.tag(sentence, CountryMatcherTest.MATCHER.find(sentence, D));
  }

  /** iso3 -> role, in order of mention. */
  private static Map<String, MentionRole> roles(String sentence) {
    Map<String, MentionRole> out = new LinkedHashMap<>();
    tag(sentence).forEach(m -> out.putIfAbsent(m.iso3(), m.role()));
    return out;
  }

  @Test
  void subjectOfASpeechVerbIsTheSpeakerAndItsObjectTheTarget() {
    assertEquals(Map.of("USA", MentionRole.SPEAKER, "RUS", MentionRole.TARGET),
        roles("The United States on Monday condemned Russia."));
  }

  @Test
  void anInfinitiveAfterASemiModalIsTheSubjectsOwnAct() {
    assertEquals(Map.of("RUS", MentionRole.SPEAKER, "UKR", MentionRole.TARGET), roles("Russia continued to attack"
        + " Ukraine."));
    assertEquals(Map.of("CHN", MentionRole.TARGET), roles("We have to outcompete China."));
    assertEquals(MentionRole.TARGET, roles("We're going to discuss Ukraine and a range of other issues.").get("UKR"));
  }

  @Test
  void anAsideBetweenDashesTakesNoPartInTheSentencesRoles() {
    assertEquals(MentionRole.MENTIONED, roles("The compounding impacts of the pandemic and protracted conflicts"
        + " – including Russia's war in Ukraine – have pushed weak supply chains to the brink.").get("RUS"));
    // the clause around it keeps its roles, whichever dash is typed
    for (String dash : List.of("\u2013", "\u2014", "-")) {
      assertEquals(MentionRole.SPEAKER, roles("Britain " + dash + " which insisted it was a fighter not a quitter"
          + " barely 24 hours ago " + dash + " said the contest will be completed.").get("GBR"), dash);
    }
    // a restart of speech between dashes is no aside: its words are the sentence's own
    assertEquals(MentionRole.SPEAKER, roles("Especially since \u2014 since Russia has amassed \u2014 started amassing"
        + " troops on the border, prices rose.").get("RUS"));
    // a list of names between dashes is an apposition, not an aside
    assertEquals(MentionRole.SPEAKER, roles("The prime ministers of three countries \u2014 Poland, the Czech Republic"
        + " and Slovenia \u2014 are traveling to Kyiv on Tuesday.").get("CZE"));
  }

  @Test
  void aParallelPhraseWithTheSamePrepositionSharesTheRole() {
    assertEquals(Map.of("IRN", MentionRole.TARGET, "PRK", MentionRole.TARGET), roles("We call on Iran to return to its"
        + " obligations under the Joint Comprehensive Plan of Action, and on the Democratic People's Republic of Korea"
        + " to stop challenging international non-proliferation agreements."));
  }

  @Test
  void aCountryInAHyphenatedCompoundIsNoParty() {
    assertEquals(Map.of("RUS", MentionRole.MENTIONED, "UKR", MentionRole.MENTIONED),
        roles("The Russia-Ukraine conflict continues to rage on."));
    assertEquals(MentionRole.MENTIONED, roles("The leaders discussed the extent of UK-US cooperation.").get("USA"));
    // a dash between spaces is no compound: "regions of Ukraine - Luhansk, Donetsk" names the regions' country
    List<RoledMention> law = tag("Putin has declared martial law in occupied regions of Ukraine - Luhansk, Donetsk.");
    assertEquals(MentionRole.TARGET, law.get(1).role(), law.toString());
  }

  @Test
  void aLaterConjunctOfAVerbsObjectIsItsObjectToo() {
    Map<String, MentionRole> r = roles("But we're going to discuss Ukraine, Iran, the DPRK, and a range of other"
        + " issues.");
    assertEquals(MentionRole.TARGET, r.get("IRN"));
    assertEquals(MentionRole.TARGET, r.get("PRK"));
    assertEquals(MentionRole.TARGET, roles("The leaders discussed Ukraine, Iran and North Korea.").get("PRK"));
    // a country after a place of its own says where the place is
    List<RoledMention> visit = tag("The President will visit Kherson, Ukraine, next week.");
    assertEquals(List.of(MentionRole.TARGET, MentionRole.MENTIONED), visit.stream().map(RoledMention::role).toList());
  }

  @Test
  void posingAThreatIsAnActPosingForAPhotoIsNot() {
    assertEquals(Map.of("PRK", MentionRole.SPEAKER, "USA", MentionRole.TARGET), roles("North Korea continues to pose a"
        + " threat to the United States."));
    assertEquals(MentionRole.MENTIONED, roles("Russian actor Yevgeny Mironov poses during the opening ceremony of the"
        + " Moscow International Film Festival.").get("RUS"));
  }

  @Test
  void aVerbTheListDoesNotKnowIsFoundByThePartOfSpeechModel() {
    // none of these verbs is in conf/roles/speech_verbs.tsv
    assertEquals(Map.of("KEN", MentionRole.SPEAKER, "UGA", MentionRole.TARGET),
        roles("Kenya abolished the tax on maize imported from Uganda."));
    assertEquals(Map.of("CHL", MentionRole.SPEAKER, "PER", MentionRole.TARGET),
        roles("Chile has quietly shelved its gas pipeline to Peru."));
    assertEquals(Map.of("NOR", MentionRole.SPEAKER),
        roles("The new fishing quotas were shelved by Norway."), "a passive's agent after \"by\"");
    // the model reads this "relaxed" as an adjective (a state, not an act): no verb, no roles
    assertEquals(Map.of("NOR", MentionRole.MENTIONED), roles("The new fishing quotas were relaxed by Norway."));
    // a base form after a modal is left to the list: it announces a turn of talk as often as an act
    assertEquals(MentionRole.MENTIONED, roles("We will turn back to Ukraine later.").get("UKR"));
    assertEquals(MentionRole.MENTIONED, roles("We are going to come back to Ukraine later.").get("UKR"));
    // an "-ing" form after "be" is an act under way
    assertEquals(Map.of("CHE", MentionRole.SPEAKER), roles("The Swiss authorities are stepping in."));
    // a city or region around such a verb is where it happened; a country is whom it was done to
    assertEquals(Map.of("USA", MentionRole.MENTIONED), roles("The company has invested 20 million dollars in Ohio."));
    assertEquals(Map.of("GHA", MentionRole.TARGET), roles("The company has invested 20 million dollars in Ghana."));
  }

  @Test
  void theSubjectOfAClauseCompletingANounOfReportOrFearIsNoSpeaker() {
    assertEquals(MentionRole.TARGET,
        roles("There are fears in the West that Russia could encourage Serbia.").get("RUS"));
    assertEquals(MentionRole.TARGET, roles("There is mounting evidence that Iran is supplying drones.").get("IRN"));
    // a "that" after another noun asserts what follows
    assertEquals(MentionRole.SPEAKER, roles("It was the first time that Russia attacked Georgia.").get("RUS"));
  }

  @Test
  void theSubjectOfACopularStatementIsSpokenAbout() {
    assertEquals(Map.of("RUS", MentionRole.TARGET), roles("Russia is the aggressor."));
    assertEquals(Map.of("CHN", MentionRole.TARGET), roles("We believe that China was not responsible."));
    // an act under way that the list does not know, a readiness to act, a place: no statement about the state
    assertEquals(Map.of("RUS", MentionRole.MENTIONED), roles("Russia was chosen as host, the minister said."));
    assertEquals(Map.of("RUS", MentionRole.MENTIONED), roles("Russia is ready for peace."));
    assertEquals(Map.of("UKR", MentionRole.MENTIONED), roles("Kherson is quiet tonight."));
  }

  @Test
  void aCopularStatementAboutWhatACountryOwnsIsAboutTheCountry() {
    assertEquals(MentionRole.TARGET, roles("Sadly, Russia's brutal attack on Ukraine is also about a threat to"
        + " democracy.").get("RUS"));
    assertEquals(MentionRole.TARGET, roles("China remains the pacing challenge.").get("CHN"));
    assertEquals(MentionRole.TARGET, roles("Britain's Conservative government is under pressure to do more.")
        .get("GBR"));
    // "about to" is an act about to happen, not a statement
    assertEquals(MentionRole.MENTIONED, roles("Russia is about to launch a new offensive.").get("RUS"));
  }

  @Test
  void standingWithACountryIsAnActTowardIt() {
    assertEquals(Map.of("DEU", MentionRole.SPEAKER, "UKR", MentionRole.TARGET),
        roles("Germany stands in solidarity with the Ukrainian people."));
    assertEquals(Map.of("FRA", MentionRole.SPEAKER, "HTI", MentionRole.TARGET),
        roles("France stood with the people of Haiti."));
  }

  @Test
  void theVictimOrPlaceOfAnotherCountrysActIsOnlyMentioned() {
    // whoever speaks of an act speaks of the country whose act it is, not of the one it befell
    assertEquals(Map.of("DEU", MentionRole.SPEAKER, "RUS", MentionRole.TARGET, "GEO", MentionRole.MENTIONED),
        roles("Germany condemned Russia's invasion of Georgia."));
    assertEquals(Map.of("FRA", MentionRole.SPEAKER, "TUR", MentionRole.TARGET, "SYR", MentionRole.MENTIONED),
        roles("France criticised the Turkish offensive in Syria."));
    assertEquals(Map.of("JPN", MentionRole.SPEAKER, "CHN", MentionRole.TARGET, "VNM", MentionRole.MENTIONED,
        "PHL", MentionRole.MENTIONED), roles("Japan protested China's repeated and dangerous actions against Vietnam"
        + " and the Philippines."), "modifiers before the act's noun, and every conjunct after it");
    assertEquals(MentionRole.MENTIONED, roles("Iraq's invasion of Kuwait shocked the world.").get("KWT"),
        "in the subject as in the object");
    assertEquals(MentionRole.TARGET, roles("Iraq's long war against Iran ruined both economies.").get("IRN"),
        "before the verb, \"against\" names whom the act is directed at");
    // no act of another country: the same country's city, a clause between, a pronoun or preposition
    List<RoledMention> city = tag("Russia wanted to take Ukraine's capital city of Kyiv.");
    assertEquals(MentionRole.TARGET, city.get(city.size() - 1).role(), "Kyiv");
    assertEquals(MentionRole.TARGET,
        roles("Canada supports the Ukrainians as they stand firm against Russian aggression.").get("RUS"));
    assertEquals(MentionRole.TARGET,
        roles("Italy thanked the Spanish people for their support of Portugal.").get("PRT"));
    assertEquals(MentionRole.TARGET,
        roles("Poland arrested two Germans and three citizens of Austria.").get("AUT"), "a list, not a German act");
  }

  @Test
  void aSpokespersonOfTheForeignMinistrySpeaksForTheCountry() {
    assertEquals(Map.of("CHN", MentionRole.SPEAKER),
        roles("China's foreign ministry spokesperson Wang Wenbin said the talks were useful."));
  }

  @Test
  void aCapitalWithAuxiliariesAndAdverbsBeforeTheVerbSpeaks() {
    assertEquals(Map.of("CHN", MentionRole.SPEAKER, "USA", MentionRole.TARGET),
        roles("Beijing has firmly denied the accusations made by Washington."));
  }

  @Test
  void aRelativeClauseBetweenSubjectAndVerbIsSkipped() {
    assertEquals(Map.of("RUS", MentionRole.SPEAKER, "UKR", MentionRole.MENTIONED),
        roles("The Kremlin, which has long denied attacking civilians in Ukraine, said on Tuesday it was ready."));
  }

  @Test
  void aRelativeClauseWithoutACommaDescribesANounAndGivesNoRoles() {
    assertEquals(Map.of("FRA", MentionRole.SPEAKER, "MLI", MentionRole.TARGET, "DZA", MentionRole.MENTIONED),
        roles("France praised Mali whose talks had been hosted by Algeria."));
    assertEquals(Map.of("DEU", MentionRole.SPEAKER, "POL", MentionRole.MENTIONED),
        roles("Germany backed a plan which Poland rejected last year."));
  }

  @Test
  void aGerundClauseAfterTheVerbKeepsItsObjectsFromTheVerb() {
    assertEquals(Map.of("ESP", MentionRole.SPEAKER, "MAR", MentionRole.TARGET, "DZA", MentionRole.MENTIONED),
        roles("Spain criticised Morocco for cooperating with Algeria."));
    assertEquals(Map.of("KEN", MentionRole.SPEAKER, "SOM", MentionRole.TARGET),
        roles("Kenya criticised the militias in neighboring Somalia."));
  }

  @Test
  void anAdverbialClauseAfterTheMainClauseGivesNoRoles() {
    assertEquals(Map.of("CHL", MentionRole.SPEAKER, "PER", MentionRole.MENTIONED),
        roles("Chile recalled its ambassador after Peru expelled two diplomats."));
    assertEquals(Map.of("CHL", MentionRole.SPEAKER, "PER", MentionRole.MENTIONED),
        roles("Chile recalled its ambassador because Peruvian officials had criticised the president."));
  }

  @Test
  void aCountryAfterAgainstDeepInAVerbsObjectIsOnlyMentioned() {
    assertEquals(Map.of("SWE", MentionRole.SPEAKER, "ERI", MentionRole.MENTIONED),
        roles("Sweden opened an inquiry on Monday into the legality of the methods used against Eritrean prisoners."));
    assertEquals(Map.of("SWE", MentionRole.SPEAKER, "ERI", MentionRole.TARGET),
        roles("Sweden opened an inquiry, citing methods used against Eritrea."));
  }

  @Test
  void aClauseAfterADemandMakesItsOwnSubjectTheOnlyTarget() {
    assertEquals(Map.of("NOR", MentionRole.SPEAKER, "SDN", MentionRole.TARGET, "TCD", MentionRole.MENTIONED),
        roles("Norway demanded that Sudan end its war against Chad."));
    assertEquals(Map.of("NOR", MentionRole.SPEAKER, "SDN", MentionRole.TARGET, "TCD", MentionRole.TARGET),
        roles("Norway announced that Sudan will impose new sanctions on Chad."));
  }

  @Test
  void thePassiveAgentSpeaksAndThePassiveSubjectIsTheTarget() {
    List<RoledMention> r = tag("Iran's missile test was condemned by the United States.");
    assertEquals(MentionRole.TARGET, r.get(0).role());
    assertEquals(MentionRole.SPEAKER, r.get(1).role());
    assertEquals(List.of("IRN"), r.get(1).targets());
  }

  @Test
  void aSpeakerCarriesTheTargetsOfItsVerbAsDyads() {
    List<RoledMention> r = tag("France urged Israel and Egypt to reopen the crossing.");
    assertEquals("FRA", r.get(0).iso3());
    assertEquals(List.of("ISR", "EGY"), r.get(0).targets());
    assertEquals("urged", r.get(0).verb());
  }

  @Test
  void aCountryAfterAgainstIsATargetEvenWithoutAVerb() {
    assertEquals(Map.of("PSE", MentionRole.MENTIONED, "ISR", MentionRole.TARGET),
        roles("Palestinian anger against Israel grew."));
  }

  @Test
  void aCountryThatOnlyLocatesTheEventIsMentioned() {
    assertEquals(Map.of("CHE", MentionRole.MENTIONED), roles("Talks in Geneva ended without a deal."));
  }

  @Test
  void aVerbAfterAndSharesTheSubjectBeforeIt() {
    assertEquals(Map.of("USA", MentionRole.SPEAKER, "HTI", MentionRole.TARGET),
        roles("A top U.S. official praised Haiti's efforts and said progress was real."));
  }

  @Test
  void theLastNameOfAListWithASerialCommaSharesThePrepositionOfTheList() {
    // "to Nigeria, Kenya, and Ghana": Ghana is governed by "to" like the others, not the subject of "launch"
    assertEquals(Map.of("NGA", MentionRole.MENTIONED, "KEN", MentionRole.MENTIONED, "GHA", MentionRole.MENTIONED),
        roles("The envoy made trips to Nigeria, Kenya, and Ghana with aid groups to help launch new programmes."));
    // one name before ", and" ends a clause: the name after it is the next clause's subject
    assertEquals(MentionRole.SPEAKER,
        roles("Talks were held in Nairobi, and Germany announced new sanctions on Iran.").get("DEU"));
  }

  @Test
  void aSubjectPronounBetweenACountryAndTheVerbIsTheVerbsSubject() {
    assertEquals(MentionRole.MENTIONED,
        roles("Prices are much lower in France — you can buy it far cheaper there.").get("FRA"));
    assertEquals(MentionRole.MENTIONED, roles("On Australia's contribution, I would just emphasize that it is large.")
        .get("AUS"));
    // a pronoun coordinated with the country shares the subject
    assertEquals(MentionRole.SPEAKER, roles("Chancellor Scholz and I condemned the attack.").get("DEU"));
  }

  @Test
  void aListAfterSuchAsStaysInItsClause() {
    // "such as" opens no adverbial clause: the passive subject of the reported clause is the target
    assertEquals(Map.of("KEN", MentionRole.SPEAKER, "NGA", MentionRole.TARGET, "GHA", MentionRole.TARGET),
        roles("Kenya said that nations such as Nigeria and Ghana must be given more seats."));
  }

  @Test
  void anInvertedSpeechVerbMakesTheFollowingCountryTheSpeaker() {
    assertEquals(Map.of("UKR", MentionRole.TARGET, "RUS", MentionRole.SPEAKER),
        roles("\"We will not negotiate with Kyiv,\" said the Kremlin."));
  }

  @Test
  void aNewsOutletOfACountryIsASourceNotTheCountrySpeaking() {
    assertEquals(Map.of("LBY", MentionRole.SPEAKER, "GBR", MentionRole.TARGET, "EGY", MentionRole.MENTIONED),
        roles("Libya offered to hand over the suspects to Britain, an Egyptian newspaper said."));
  }

  @Test
  void aCountryAfterAPrepositionInsideTheSubjectIsNotTheSpeaker() {
    assertEquals(Map.of("RUS", MentionRole.SPEAKER, "CHN", MentionRole.MENTIONED),
        roles("Russian officials, after talks with China, announced new tariffs."));
  }

  @Test
  void theSubjectOfAReportedClauseIsNotASpeaker() {
    assertEquals(Map.of("RUS", MentionRole.SPEAKER, "SDN", MentionRole.TARGET),
        roles("Russia said on Tuesday that Sudan must return the helicopter."));
  }

  @Test
  void theSubjectOfAConditionalClauseIsNotASpeaker() {
    assertEquals(Map.of("AZE", MentionRole.SPEAKER, "RUS", MentionRole.TARGET),
        roles("Azerbaijan threatened to break relations with Russia unless the Kremlin closed its radar base."));
  }

  @Test
  void aVerbAfterByThatMeasuresHasNoAgentSoItsSubjectStillSpeaks() {
    assertEquals(Map.of("EGY", MentionRole.SPEAKER, "PSE", MentionRole.TARGET),
        roles("Egypt shortened by one hour the curfew imposed on Gaza."));
  }

  @Test
  void aDemonymNamingAnEthnicGroupIsNeitherSpeakerNorTarget() {
    assertEquals(Map.of("ALB", MentionRole.MENTIONED, "SRB", MentionRole.TARGET),
        roles("Ethnic Albanians demonstrated in Serbia on Tuesday."));
    assertEquals(Map.of("RUS", MentionRole.MENTIONED),
        roles("The Russian minority protested against the new language law."));
  }

  @Test
  void everyConjunctAfterAgainstIsATarget() {
    assertEquals(Map.of("USA", MentionRole.TARGET, "GBR", MentionRole.TARGET),
        roles("Anger against the United States and Britain grew across the region."));
  }

  @Test
  void aPrepositionGovernsEveryConjunctOfACoordinatedSubjectPhrase() {
    assertEquals(Map.of("RUS", MentionRole.MENTIONED, "CHN", MentionRole.MENTIONED, "JPN", MentionRole.SPEAKER),
        roles("Talks with Russia and China ended, Japan said."));
  }

  @Test
  void aCommaAfterAPrepositionalCountryStartsANewSubjectNotAList() {
    assertEquals(Map.of("BGR", MentionRole.TARGET, "MKD", MentionRole.SPEAKER),
        roles("Rebels seized villages near the border with Bulgaria, Macedonian officials said."));
  }

  @Test
  void theAgentOfAParticipleInsideAnObjectIsATargetOfTheOuterVerb() {
    List<RoledMention> r = tag("Washington condemned the strikes launched by Russia on Monday.");
    assertEquals(MentionRole.SPEAKER, r.get(0).role());
    assertEquals(List.of("RUS"), r.get(0).targets());
    assertEquals(MentionRole.TARGET, r.get(1).role());
  }

  @Test
  void theAgentOfAParticipleInAPlaceOrTimePhraseStillActs() {
    assertEquals(MentionRole.SPEAKER, tag("Iranian diplomats met the Pope at a lunch hosted by Italy.").get(1).role());
  }

  @Test
  void theCountryWhereAPassiveStateActHappenedIsItsAgent() {
    List<RoledMention> r = tag("A Canadian missionary was arrested in Lebanon.");
    assertEquals(MentionRole.TARGET, r.get(0).role());
    assertEquals(MentionRole.SPEAKER, r.get(1).role());
    assertEquals(List.of("CAN"), r.get(1).targets());
    assertEquals(Map.of("USA", MentionRole.TARGET, "ITA", MentionRole.SPEAKER),
        roles("A US national has been put under investigation in Italy."));
  }

  @Test
  void aPrepositionInsideATitleDoesNotGovernTheCountryAfterIt() {
    assertEquals(Map.of("UKR", MentionRole.SPEAKER),
        roles("The Commissioner for Human Rights of Ukraine said the prisoners were tortured."));
  }

  @Test
  void keepingOrBreakingACommitmentIsAnActOfTheSubject() {
    assertEquals(Map.of("RUS", MentionRole.SPEAKER, "UKR", MentionRole.TARGET),
        roles("Russia violated its ceasefire with Ukraine."));
    assertEquals(Map.of("IRN", MentionRole.SPEAKER, "USA", MentionRole.TARGET),
        roles("Iran threatened to quit the talks if the United States goes ahead with the sanctions."));
  }

  @Test
  void aCountryWhoseAlliesActIsNotTheSpeaker() {
    assertEquals(Map.of("UKR", MentionRole.MENTIONED, "RUS", MentionRole.TARGET),
        roles("Ukraine's allies have urged Russia to withdraw."));
    assertEquals(Map.of("UKR", MentionRole.MENTIONED, "RUS", MentionRole.TARGET),
        roles("Kyiv's Western partners condemned Russia."));
    assertEquals(Map.of("UKR", MentionRole.SPEAKER, "RUS", MentionRole.TARGET),
        roles("Ukraine's president has urged Russia to withdraw."));
    assertEquals(MentionRole.SPEAKER, roles("Ukraine's Partners Network has urged Russia to withdraw.").get("UKR"),
        "a capitalised noun is part of a name");
  }

  @Test
  void aCountryAfterOfCompletingAnotherCountrysSubjectIsNoSpeakerOfItsOwn() {
    assertEquals(Map.of("TUR", MentionRole.SPEAKER, "GRC", MentionRole.SPEAKER, "CYP", MentionRole.MENTIONED),
        roles("The Turkish and Greek sides of the island of Cyprus agreed to share data."));
    assertEquals(Map.of("FRA", MentionRole.SPEAKER, "DEU", MentionRole.SPEAKER),
        roles("The leaders of France and Germany said they agreed."));
  }

  @Test
  void aCountryAfterAnEventNounAndItsPrepositionIsThatEventsTarget() {
    List<RoledMention> r = tag("The effects of sanctions on Russia and Belarus are growing, Germany said.");
    assertEquals(List.of(MentionRole.TARGET, MentionRole.TARGET, MentionRole.SPEAKER),
        r.stream().map(RoledMention::role).toList());
    assertEquals(List.of("RUS", "BLR"), r.get(2).targets());
    assertEquals(MentionRole.MENTIONED, roles("A judge on the U.S. Court of Appeals spoke.").get("USA"));
    assertEquals(MentionRole.MENTIONED, roles("We will turn back to Ukraine later.").get("UKR"));
    assertEquals(MentionRole.MENTIONED, roles("We are going to come back to Ukraine later.").get("UKR"));
    // an "-ing" form after "be" is an act under way
    assertEquals(Map.of("CHE", MentionRole.SPEAKER), roles("The Swiss authorities are stepping in."));
    // a city or region around such a verb is where it happened; a country is whom it was done to
    assertEquals(Map.of("USA", MentionRole.MENTIONED), roles("The company has invested 20 million dollars in Ohio."));
    assertEquals(Map.of("GHA", MentionRole.TARGET), roles("The company has invested 20 million dollars in Ghana."));
  }
}
