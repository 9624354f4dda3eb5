package org.countrystance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whose position a cue states, decided by the part-of-speech analysis (stance.Owners): the sentences
 * are the kinds that the nearest-speaker rule got wrong on real news and official statements.
 */
class StanceOwnersTest {
  private static final StanceClassifier CLASSIFIER = StanceClassifier.loadDefault();

  private static SpeakerMention mention(String sentence, String surface, String iso3) {
    int at = sentence.indexOf(surface);
    return new SpeakerMention(iso3, at, at + surface.length(), true, List.of());
  }

  /** A mention of Ukraine where it is followed by {@code next} ("Ukraine over"), for sentences that name it twice. */
  private static SpeakerMention ukraineBefore(String sentence, String next) {
    int at = sentence.indexOf("Ukraine " + next);
    return new SpeakerMention("UKR", at, at + "Ukraine".length(), true, List.of());
  }

  /** The sentence's mentions of Russia and Ukraine, then the author's statement if it makes one. */
  private static List<MentionStance> russiaAndUkraine(String sentence, String author) {
    return CLASSIFIER.classify(sentence,
        List.of(mention(sentence, "Russia", "RUS"), mention(sentence, "Ukraine", "UKR")), author);
  }

  /** Mention {@code silent} states nothing on the topic; result {@code at} is {@code iso3}'s {@code position}. */
  private static void assertStatedBy(List<MentionStance> r, int silent, int at, String iso3, String topic,
      String position) {
    assertNull(r.get(silent).on(topic), "mention " + silent + " states nothing: " + r);
    assertEquals(iso3, r.get(at).mention().iso3(), r.toString());
    assertEquals(position, r.get(at).on(topic).position(), r.toString());
  }

  private static StanceStatement onUkraine(String sentence, String surface, String iso3, String author) {
    return CLASSIFIER.classify(sentence, List.of(mention(sentence, surface, iso3)), author).get(0).on("ukraine-war");
  }

  @Test
  void sendingTroopsIntoACountryIsNoSupportForIt() {
    assertNull(onUkraine("Russia sent troops into Ukraine in February.", "Russia", "RUS", null));
  }

  @Test
  void theObjectOfHelpLetOrMakeDoesNotStateWhatItsBareInfinitiveDoes() {
    String s = "We will continue to help Ukraine defend its sovereignty and territorial integrity.";
    assertNull(onUkraine(s, "Ukraine", "UKR", null), "the helped country is no speaker");
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Ukraine", "UKR")), "USA");
    assertNull(r.get(0).on("ukraine-war"));
    assertEquals("USA", r.get(1).mention().iso3());
    assertTrue(r.get(1).on("ukraine-war").cues().contains("territorial integrity"), r.get(1).toString());
    assertNull(onUkraine("Our partners will make Russia respect the sovereignty of its neighbours.", "Russia", "RUS",
        null));
  }

  @Test
  void aParticipialClauseAfterACommaIsDoneByTheSubjectOfTheVerbBeforeItNotByItsObject() {
    String s = "And the Irish government has been strong supporters of Ukraine, providing vital non-lethal "
        + "assistance, including medical supplies and support for Ukraine's electric grid.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Irish", "IRL"), mention(s, "Ukraine", "UKR")),
        null);
    assertEquals("supports_ukraine", r.get(0).on("ukraine-war").position());
    assertNull(r.get(1).on("ukraine-war"));
    assertNull(onUkraine("These sanctions are crippling Russia's economy, isolating Putin from the world, and helping"
        + " Ukrainians defend their country.", "Russia", "RUS", null), "the object of crippling does not help");
  }

  @Test
  void aParticipleAfterAPossessiveIsNoVerbForTheNextVerbOfACoordinationToShare() {
    String s = "Nations in every region condemn Russia's unprovoked and brutal aggression against Ukraine and support"
        + " the brave people of Ukraine.";
    assertNull(onUkraine(s, "Russia", "RUS", null), "Russia is not the subject of support");
  }

  @Test
  void beingCommittedOrDeterminedToActIsTheSubjectsOwnResolveNotAPassive() {
    String s = "Japan is committed to reaching net zero by 2050.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Japan", "JPN")), "USA");
    assertEquals(1, r.size(), "the author states nothing of its own: " + r);
    assertEquals("supports_climate_action", r.get(0).on("climate-action").position(), r.toString());
    assertEquals("supports_ukraine", onUkraine("Poland is determined to keep supporting Ukraine.", "Poland", "POL",
        null).position());
    String judgement = "Brazil is determined to place urgent priority on climate change and the energy transition.";
    List<MentionStance> b = CLASSIFIER.classify(judgement, List.of(mention(judgement, "Brazil", "BRA")), null);
    assertNotNull(b.get(0).on("climate-action"), "words of judgement after a resolve are the resolute subject's: " + b);
    assertEquals("supports_climate_action", b.get(0).on("climate-action").position(), b.toString());
  }

  @Test
  void aThirdPersonPossessiveIsNeverTheAuthorsWe() {
    String s = "We have added additional sanctions on Iran because of its support for Russia's war.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Iran", "IRN")), "USA");
    assertNull(r.get(0).on("ukraine-war"), r.toString());
    assertEquals("USA", r.get(1).mention().iso3());
    assertEquals("supports_ukraine", r.get(1).on("ukraine-war").position(), "the sanctions, not Iran's support: " + r);
  }

  @Test
  void aPossessiveBeforeAnAdjectiveInIngIsTheSubjectOfItsClause() {
    String s = "President Biden conveyed his unwavering support for Ukraine.";
    assertEquals("supports_ukraine", onUkraine(s, "Biden", "USA", "USA").position());
  }

  @Test
  void whatTheSpeakerHopesOfAnotherCountryIsTheSpeakersWishNotThatCountrysAct() {
    for (String s : List.of("Our hope is that Putin will decide to de-escalate the war in Ukraine.",
        "We hope Putin will de-escalate the war in Ukraine.")) {
      List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Putin", "RUS")), "USA");
      assertStatedBy(r, 0, 1, "USA", "ukraine-war", "calls_for_peace");
    }
  }

  @Test
  void aVerbOfSayingInARelativeClauseAfterTheCueSaysSomethingElse() {
    String s = "The officials confirmed support for Israel's right to defend itself from Hamas, which has vowed to"
        + " repeat the attacks.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Israel", "ISR"), mention(s, "Hamas", "PSE")),
        "USA");
    assertNull(r.get(1).on("israel-gaza"), "Hamas does not say it: " + r);
    assertEquals("supports_israel", r.get(r.size() - 1).on("israel-gaza").position(), r.toString());
    assertNull(onUkraine("The war must end through negotiations, not through the demands of Russia, which has said it"
        + " will fight on.", "Russia", "RUS", null));
  }

  @Test
  void anActNounAfterCoordinatedAdjectivesIsTheGiversNotTheSubjects() {
    String s = "President Putin has indicated that what he does not want to see is further American and Allied"
        + " support to Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Putin", "RUS"), mention(s, "American", "USA")),
        null);
    assertStatedBy(r, 0, 1, "USA", "ukraine-war", "supports_ukraine");
  }

  @Test
  void aLowerCaseWordThatTheTaggerCallsANameIsStillACue() {
    String s = "We will reach net-zero by 2050.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(), "USA");
    assertEquals("supports_climate_action", r.get(0).on("climate-action").position(), r.toString());
  }

  @Test
  void aParticipleThatModifiesANounIsNobodysAct() {
    assertNull(onUkraine("Russia's ministry of defence said the strikes destroyed tanks provided to Ukraine.",
        "Russia", "RUS", null));
  }

  @Test
  void aParticleIsNoVerbOfSupport() {
    assertNull(onUkraine("Ukraine claimed to have pushed back Russian forces near Kharkiv.", "Ukraine", "UKR", null));
  }

  @Test
  void adoptingSanctionsIsSupportWhateverTheCountrysNeutrality() {
    StanceStatement s = onUkraine("Switzerland, despite its neutrality, has decided to adopt EU sanctions against"
        + " Russia over the invasion of Ukraine.", "Switzerland", "CHE", null);
    assertEquals("supports_ukraine", s.position());
  }

  @Test
  void aMeetingForTalksIsNoCallForPeace() {
    assertNull(onUkraine("Ukraine's foreign minister arrived in Brussels for talks with EU officials.", "Ukraine",
        "UKR", null));
  }

  @Test
  void wordsOfJudgementBelongToTheSpeakerNotToTheirGrammaticalSubject() {
    assertNull(onUkraine("Russia's aggression against Ukraine continues.", "Russia", "RUS", null),
        "in news without a speaker, the journalist's words are nobody's position");
    String s = "Poland said Russia's aggression against Ukraine is a flagrant violation of the Charter.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Poland", "POL"), mention(s, "Russia", "RUS")),
        null);
    assertEquals("supports_ukraine", r.get(0).on("ukraine-war").position());
    assertNull(r.get(1).on("ukraine-war"));
  }

  @Test
  void anOfficialStatementsOwnJudgementIsItsAuthors() {
    String s = "The aggression against Ukraine is a flagrant violation of the Charter of the United Nations.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(), "DEU");
    assertEquals(1, r.size());
    assertEquals("DEU", r.get(0).mention().iso3());
    assertEquals("supports_ukraine", r.get(0).on("ukraine-war").position());
  }

  @Test
  void aCallForDialogueByTheAuthorIsACallForPeace() {
    String s = "My delegation calls for dialogue and negotiation to end the conflict in Ukraine.";
    assertEquals("calls_for_peace", CLASSIFIER.classify(s, List.of(), "ZAF").get(0).on("ukraine-war").position());
  }

  @Test
  void thePossessorOfAnActNounIsItsAgent() {
    String s = "The minister welcomed Germany's military assistance for Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Germany", "DEU"), mention(s, "Ukraine", "UKR")),
        null);
    assertEquals("supports_ukraine", r.get(0).on("ukraine-war").position(), "Germany gives the assistance");
    assertNull(r.get(1).on("ukraine-war"), "Ukraine receives them");
    StanceStatement ours = CLASSIFIER.classify("The agency praised our support for Ukraine's defence.", List.of(), "CAN")
        .get(0).on("ukraine-war");
    assertEquals("supports_ukraine", ours.position(), "\"our support\" is the author's act, not the agency's");
  }

  @Test
  void aPossessorOwnsEveryNounOfACoordinationItOpens() {
    String s = "The minister praised Poland's air defence systems and new financial, military, and security assistance"
        + " for Ukraine.";
    StanceStatement poland = onUkraine(s, "Poland", "POL", null);
    assertEquals("supports_ukraine", poland == null ? null : poland.position(), "Poland's ... and ... assistance");
    String inside = "The minister praised the end of Poland's grain ban and new security assistance for Ukraine.";
    assertNull(onUkraine(inside, "Poland", "POL", null), "Poland's possesses only the ban, inside another phrase");
    String other = "Poland's grain ban ended, and the minister announced security assistance for Ukraine.";
    assertNull(onUkraine(other, "Poland", "POL", null), "a clause of its own after the comma");
  }

  @Test
  void aDemandIsTheDemandersPositionNotTheDemandedCountrys() {
    String s = "Russia must withdraw all its troops from Ukraine within its internationally recognized borders.";
    List<MentionStance> r = russiaAndUkraine(s, "EST");
    assertNull(r.get(0).on("ukraine-war"), "demanded of Russia");
    assertEquals("supports_ukraine", r.get(2).on("ukraine-war").position(), "the author demands it");
    String quoted = "China should stop supplying Russia with drones for the war, Poland said.";
    StanceStatement china = onUkraine(quoted, "China", "CHN", null);
    assertNull(china, "what China is asked to stop is not China's statement");
  }

  @Test
  void anActNounInsideTheSubjectBelongsToTheCountryBeforeItNotToTheOneItIsAbout() {
    String s = "The lack of recognition for the people of Palestine has been a denial of their rights.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Palestine", "PSE")), "IRL");
    assertNull(r.get(0).on("israel-gaza"), "Palestine is what the recognition is about");
    assertEquals(2, r.size(), "the author states it");
    assertEquals("supports_palestinians", r.get(1).on("israel-gaza").position(), "the author's words");
    String t = "The German military support for Ukraine has continued to grow this year.";
    StanceStatement germany = onUkraine(t, "German", "DEU", null);
    assertEquals("supports_ukraine", germany == null ? null : germany.position(), "Germany gives the support");
  }

  @Test
  void anEventNamedWithItsCountriesIsNoSpeaker() {
    String s = "Russia's war against Ukraine tells us that neo-imperial aggression is back in Europe.";
    List<MentionStance> r = russiaAndUkraine(s, "ITA");
    assertNull(r.get(0).on("ukraine-war"), "the war speaks for nobody");
    assertNull(r.get(1).on("ukraine-war"), "nor for its victim");
    assertEquals(3, r.size(), "the author's words");
    assertEquals("supports_ukraine", r.get(2).on("ukraine-war").position());
  }

  @Test
  void theAgentOfAClauseOfTimeOrConditionDoesNotSpeakTheMainClause() {
    String s = "As Russia continues to occupy Ukrainian land, we will keep defending Ukraine's sovereignty and"
        + " territorial integrity.";
    assertNull(onUkraine(s, "Russia", "RUS", null), "Russia's act only frames the clause");
    String t = "As Russia continues to occupy Ukrainian land, Poland said it will keep defending Ukraine's"
        + " sovereignty.";
    StanceStatement poland = onUkraine(t, "Poland", "POL", null);
    assertEquals("supports_ukraine", poland == null ? null : poland.position(), "the main clause's speaker");
    String u = "We promised that as long as Russia continues its invasion of Ukraine, we will use sanctions to hold"
        + " Russia accountable.";
    assertNull(onUkraine(u, "Russia", "RUS", null), "the conjunction stands before the clause's subject");
  }

  @Test
  void wordsOfJudgementInsideAJudgedActAreItsJudgesToo() {
    assertNull(onUkraine("The Kremlin has launched a new assault on the sovereignty of the Ukrainian state.",
        "Kremlin", "RUS", null), "what the doer attacks is named by its judge");
    String s = "Poland said that Russia launched an assault on the sovereignty of the Ukrainian state.";
    StanceStatement poland = onUkraine(s, "Poland", "POL", null);
    assertEquals("supports_ukraine", poland == null ? null : poland.position(), "the one who says so");
  }

  @Test
  void aSupposedActIsNobodysAndAPhrasalVerbIsAnotherVerb() {
    assertNull(onUkraine("Moscow warned of consequences if Japan sends lethal aid to Ukraine.", "Japan", "JPN", null),
        "Japan's supposed act");
    String k = "If North Korea acquires the technology to enhance its weapons in exchange for supporting Russia with"
        + " conventional weapons, the deal will threaten the Republic of Korea.";
    assertTrue(CLASSIFIER.classify(k, List.of(mention(k, "Republic of Korea", "KOR")), "KOR").stream()
        .allMatch(m -> m.on("ukraine-war") == null), "an act anywhere in an 'if' clause is supposed");
    String s = "Indonesia will not back down an inch in its support for Palestinian statehood.";
    StanceStatement indonesia = CLASSIFIER.classify(s, List.of(mention(s, "Indonesia", "IDN")), null).get(0)
        .on("israel-gaza");
    assertEquals("supports_palestinians", indonesia == null ? null : indonesia.position(),
        "\"not back down\" is no negated support");
  }

  @Test
  void aOneWordActReadAsPartOfANameIsNoAct() {
    assertNull(onUkraine("The European Peace Facility Fund finances Ukraine's army, Brazil noted.", "Brazil", "BRA",
        null));
  }

  @Test
  void wordsOfJudgementInsideAParticiplePhraseAreStillTheSpeakers() {
    StanceStatement s = CLASSIFIER.classify("Our Government welcomes the plans proposed by regional groups in support"
        + " of a political settlement of the conflict in Ukraine.", List.of(), "IDN").get(0).on("ukraine-war");
    assertEquals("calls_for_peace", s.position());
  }

  @Test
  void aVerbAfterAWhWordOpensItsOwnClause() {
    StanceStatement s = CLASSIFIER.classify("That is how my country decided to support a negotiated settlement"
        + " of the war in Ukraine.", List.of(), "ZAF").get(0).on("ukraine-war");
    assertEquals("calls_for_peace", s.position(), "\"decided\" after \"how my country\" is a finite verb, no modifier");
  }

  @Test
  void aGerundCompletingAVerbSharesItsAgent() {
    StanceStatement s = CLASSIFIER.classify("Brazil has avoided taking a public position on the fighting in Gaza.",
        List.of(mention("Brazil has avoided taking a public position on the fighting in Gaza.", "Brazil", "BRA")),
        null).get(0).on("israel-gaza");
    assertEquals("neutral_noncommittal", s.position());
  }

  @Test
  void neitherNorKeepsTheSubjectOfBothVerbs() {
    String s = "Mexico has neither backed nor rejected the proposed phase-out of fossil fuels.";
    StanceStatement st = CLASSIFIER.classify(s, List.of(mention(s, "Mexico", "MEX")), null).get(0)
        .on("climate-action");
    assertEquals("neutral_noncommittal", st.position());
  }

  @Test
  void theActOfARelativeClauseBelongsToTheNounItDescribes() {
    String s = "We will impose severe costs on any country that provides support to Russia in its war against Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Russia", "RUS")), "USA");
    assertNull(r.get(0).on("ukraine-war"));
    assertTrue(r.size() == 1 || r.get(1).on("ukraine-war") == null
        || !r.get(1).on("ukraine-war").position().equals("supports_russia"), "the author does not support Russia");
    assertEquals("supports_russia", onUkraine("Belarus, which supports Russia in its war against Ukraine, hosted the"
        + " talks.", "Belarus", "BLR", null).position(), "a relative pronoun after a country stands for it");
  }

  @Test
  void whoCommitsAWrongfulActIsJudgedNotJudging() {
    assertNull(onUkraine("Russia launched a war of aggression against Ukraine in February.", "Russia", "RUS", null));
    assertNull(onUkraine("The United States keeps pumping weapons into Ukraine, prolonging the conflict.",
        "United States", "USA", null));
    assertNull(onUkraine("Russia could end it today by withdrawing its troops from Ukraine.", "Russia", "RUS", null),
        "a withdrawal demanded of Russia is not Russia's position");
    assertEquals("supports_ukraine", onUkraine("Germany condemned Russia's aggression against Ukraine.", "Germany",
        "DEU", null).position(), "the agent of a verb of saying judges");
    assertEquals("calls_for_peace", onUkraine("Turkey hosted peace talks between Russia and Ukraine.", "Turkey",
        "TUR", null).position(), "hosting talks is no wrongful act: the host's position");
  }

  @Test
  void anActAfterTheCueDoesNotMakeItsAgentTheSpeaker() {
    assertNull(onUkraine("Our focus is on supporting the Ukrainians, as Russia continues to take escalatory steps.",
        "Russia", "RUS", null), "only a verb of saying after the cue attributes it");
    assertEquals("supports_ukraine", onUkraine("The aggression against Ukraine must end, Poland said on Monday.",
        "Poland", "POL", null).position());
  }

  @Test
  void aCountryAfterAPrepositionInsideTheSubjectIsNotItsHead() {
    assertNull(onUkraine("The ambassador to Ukraine said the aggression against Ukraine must end.", "Ukraine", "UKR", null),
        "the ambassador to Ukraine is not Ukraine");
    assertEquals("supports_ukraine", onUkraine("Officials in Poland said the aggression against Ukraine must end.", "Poland",
        "POL", null).position(), "officials in a country speak for it");
  }

  @Test
  void aParticipleUsedAsAPrepositionHasNoSubject() {
    assertNull(onUkraine("The package covers security assistance for Ukraine, including budgetary support for Ukraine.",
        "Ukraine", "UKR", null));
  }

  @Test
  void aCoordinatedClauseWithItsOwnSubjectIsNotThePreviousVerbsAgents() {
    String s = "The junta in Myanmar continues to commit abuses, and the conflict in the Middle East is flaring up"
        + " again, with a two-State solution nowhere in sight.";
    assertNull(CLASSIFIER.classify(s, List.of(mention(s, "Myanmar", "MMR")), null).get(0).on("israel-gaza"));
    String t = "Egypt has long called for a two-State solution.";
    assertEquals("calls_for_ceasefire", CLASSIFIER.classify(t, List.of(mention(t, "Egypt", "EGY")), null).get(0)
        .on("israel-gaza").position(), "the agent of a policy verb in the cue's own clause");
  }

  @Test
  void theHolderOfANamedStanceSpeaksWhatFollows() {
    String s = "He stated that Ukraine's ultimate aim is the full withdrawal of Russian forces from its territory.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Ukraine", "UKR")), "USA");
    assertEquals("supports_ukraine", r.get(0).on("ukraine-war").position(), "Ukraine's aim, not the author's");
    assertEquals(1, r.size(), "the author states nothing here");
  }

  @Test
  void aSideNamedAfterACommaIsOutsideTheCuesClause() {
    String s = "The junta in Myanmar commits atrocities, and Israel and the Palestinians are far from peace.";
    assertTrue(CLASSIFIER.classify(s, List.of(), "ISL").stream().allMatch(m -> m.on("israel-gaza") == null),
        "atrocities in Myanmar are no position on Gaza");
  }

  @Test
  void weWithoutAnAuthorIsTheQuotedSpeakerNotACountryNamedBefore() {
    String s = "We have shared intelligence with the Ukrainian government to help Ukrainians defend themselves.";
    assertNull(onUkraine(s, "Ukrainian government", "UKR", null), "the recipient is not who 'we' are");
    String t = "Poland's president said on Monday that we will keep sending weapons to Ukraine.";
    assertEquals("supports_ukraine", onUkraine(t, "Poland", "POL", null).position(), "the one who says 'we'");
  }

  @Test
  void aParticipleWithItsAgentAfterByModifiesTheNounBeforeIt() {
    assertNull(onUkraine("Blankets and other humanitarian assistance for Ukrainians displaced by Russia's war.",
        "Ukrainians", "UKR", null));
  }

  @Test
  void aPhraseBeforeTheSubjectIsNoAppositionWithoutTheClosingComma() {
    String s = "Last year, at the summit in Glasgow, the United States helped deliver climate commitments to limit warming to"
        + " 1.5 degrees.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Glasgow", "GBR"), mention(s, "United States",
        "USA")), null);
    assertNull(r.get(0).on("climate-action"), "a place in a fronted phrase is not the subject");
    assertEquals("supports_climate_action", r.get(1).on("climate-action").position());
    assertEquals("supports_ukraine", onUkraine("Germany, a close partner, condemned the aggression against Ukraine.",
        "Germany", "DEU", null).position(), "an apposition between commas");
  }

  @Test
  void aVerbOfSayingInsideTheCuesClauseAttributesNothing() {
    assertNull(onUkraine("We are still able to supply the military assistance that Ukraine has been asking for.",
        "Ukraine", "UKR", null), "Ukraine asks; it does not supply");
    assertNull(onUkraine("Forty countries have contributed equipment to help Ukraine defend itself.", "Ukraine",
        "UKR", null), "Ukraine defends itself; it does not help itself");
    assertEquals("supports_ukraine", onUkraine("The aggression against Ukraine must end, Poland said on Monday.",
        "Poland", "POL", null).position(), "a verb of saying in a clause of its own still does");
  }

  @Test
  void aVerbOfSayingWithAReflexiveObjectIsAnAct() {
    String s = "We remain ready to help Ukraine defend itself and deter future Russian aggression.";
    assertNull(onUkraine(s, "Ukraine", "UKR", null), "defending itself, Ukraine says nothing about the aggression");
  }

  @Test
  void anIngFormAfterAPrepositionsObjectIsDoneByThatObjectNotByACountryBeforeThePreposition() {
    String s = "The regime voted with Russia against a United Nations resolution condemning the illegal annexation"
        + " of parts of Ukraine.";
    assertNull(onUkraine(s, "Russia", "RUS", null), "the resolution condemns, not Russia");
    assertEquals("supports_ukraine", CLASSIFIER.classify("We will stay at this task of supporting Ukraine.",
        List.of(), "USA").get(0).on("ukraine-war").position(), "a gerund after a preposition keeps the subject's agent");
  }

  @Test
  void aWordTaggedAsAVerbAfterADeterminerOrTheirControlsNoInfinitive() {
    String s = "They will discuss their shared concerns about Russia's military buildup on Ukraine's border and their"
        + " shared commitment to diplomatic efforts to encourage Russia to de-escalate tensions.";
    List<MentionStance> r = russiaAndUkraine(s, "USA");
    assertNull(r.get(0).on("ukraine-war"), "Russia is encouraged to de-escalate; it does not call for it");
    assertEquals("USA", r.get(2).mention().iso3());
    assertEquals("calls_for_peace", r.get(2).on("ukraine-war").position(), "the author encourages de-escalation");
  }

  @Test
  void anInfinitiveAfterTimeOrNeedForACountryIsDemandedOfIt() {
    String s = "It is time for Russia to end this war and support peace talks with Ukraine.";
    List<MentionStance> r = russiaAndUkraine(s, "USA");
    assertNull(r.get(0).on("ukraine-war"), "demanded of Russia, not said by it");
    assertEquals("USA", r.get(2).mention().iso3());
    assertEquals("calls_for_peace", r.get(2).on("ukraine-war").position());
    String t = "Russia must withdraw its troops and support peace talks with Ukraine.";
    assertNull(russiaAndUkraine(t, null).get(0).on("ukraine-war"), "a coordinated verb is demanded like the first");
  }

  @Test
  void anActNounAfterACountrysAdjectiveIsThatCountrysAct() {
    String s = "Chancellor Scholz said that he was worried about Chinese support for Russia's war in Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Scholz", "DEU"), mention(s, "Chinese", "CHN"),
        mention(s, "Russia", "RUS")), null);
    assertNull(r.get(0).on("ukraine-war"), "Scholz worries about the support; he does not give it");
    assertEquals("supports_russia", r.get(1).on("ukraine-war").position());
    String t = "Chancellor Scholz said that he was cautioning against Chinese support for Russia's war in Ukraine.";
    assertTrue(CLASSIFIER.classify(t, List.of(mention(t, "Scholz", "DEU"), mention(t, "Chinese", "CHN"),
        mention(t, "Russia", "RUS")), null).stream().allMatch(m -> m.on("ukraine-war") == null),
        "a warning against the support states it of nobody: China may never give it");
  }

  @Test
  void aPartnershipSupportsTheSideItIsWith() {
    String s = "Finland and Sweden will deepen the transatlantic partnership at a time when Putin's invasion of Ukraine"
        + " has shattered peace in Europe.";
    assertNull(onUkraine(s, "Finland", "FIN", null), "the partnership is not with Russia");
    assertEquals("supports_russia", onUkraine("Belarus deepened its partnership with Russia during the war in Ukraine.",
        "Belarus", "BLR", null).position());
  }

  @Test
  void aGerundAfterForIsDoneByTheObjectOfAVerbThatPraisesOrBlames() {
    assertEquals("supports_ukraine", onUkraine("Biden thanked Poland for supporting Ukraine.", "Poland", "POL", null)
        .position());
    assertNull(onUkraine("Russia has been threatening Israel for helping Ukraine.", "Russia", "RUS", null),
        "the threatened one helps, not the one who threatens");
  }

  @Test
  void whatIsEnsuredOrWishedOfACountryIsNotItsPosition() {
    String s = "We will continue our efforts to ensure that Russia pays for the long-term reconstruction of Ukraine.";
    List<MentionStance> r = russiaAndUkraine(s, "USA");
    assertNull(r.get(0).on("ukraine-war"), "Russia is made to pay; it does not support Ukraine");
    assertEquals("supports_ukraine", r.get(2).on("ukraine-war").position());
    assertNull(onUkraine("We want to see China support peace talks on Ukraine.", "China", "CHN", "USA"),
        "the author wishes it of China");
  }

  @Test
  void noBeforeANounAndAPrepositionOrAComparisonDoesNotNegateTheCueAfterIt() {
    String s = "We want to ensure that there is no disruption in the supply of funding to Ukraine.";
    assertEquals("supports_ukraine", CLASSIFIER.classify(s, List.of(mention(s, "Ukraine", "UKR")), "USA").get(1)
        .on("ukraine-war").position());
    String t = "We will reach the goal by no later than 2050 and cut greenhouse gas pollution in half.";
    assertEquals("supports_climate_action", CLASSIFIER.classify(t, List.of(), "USA").get(0).on("climate-action")
        .position(), "'no' before a comparison measures a date, it negates nothing");
  }

  @Test
  void attackingASovereigntyIsJudgedNotTheAttackersPosition() {
    String s = "This is Russia that chose to launch a brutal war, that chose to attack Ukraine's sovereignty and its"
        + " territorial integrity.";
    List<MentionStance> r = russiaAndUkraine(s, "USA");
    assertNull(r.get(0).on("ukraine-war"), "the attacker");
    assertTrue(r.get(2).on("ukraine-war").cues().contains("attack ukraine sovereignty"), r.get(2).toString());
  }

  @Test
  void onlyAVerbOfReportingComesBeforeItsSpeaker() {
    String s = "In the face of Russia's brutal aggression against Ukraine, Greece has once more demonstrated its moral"
        + " courage and its values — condemning Russia's aggression and welcoming Ukrainian refugees.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Russia's brutal", "RUS"), mention(s, "Greece",
        "GRC"), mention(s, "Russia's aggression", "RUS")), "USA");
    assertNull(r.get(2).on("ukraine-war"), "the object of 'condemning' is no inverted speaker");
  }

  @Test
  void aParticipleAfterAPossessorIsAnAdjectiveNotAPredicate() {
    String s = "Putin's threatening actions and now his unprovoked aggression toward Ukraine are being met with an"
        + " unprecedented level of multilateral cooperation.";
    assertNull(onUkraine(s, "Putin", "RUS", "USA"), "the aggressor does not judge its own aggression");
    String t = "The two consulted on Iran's growing defense partnership with Russia during the war in Ukraine.";
    assertEquals("supports_russia", onUkraine(t, "Iran", "IRN", "USA").position(), "the possessor across 'growing'");
    String u = "They will discuss our continuing support for the people of Ukraine.";
    assertEquals("supports_ukraine", CLASSIFIER.classify(u, List.of(), "USA").get(0).on("ukraine-war").position());
  }

  @Test
  void aVerbOfSayingInAClauseOfConditionSaysNothing() {
    assertNull(onUkraine("If Russia says it is ready for dialogue on Ukraine, we will judge it by its actions.",
        "Russia", "RUS", null), "a supposed saying");
    assertEquals("calls_for_peace", onUkraine("Russia says it is ready for dialogue on Ukraine.", "Russia", "RUS",
        null).position());
  }

  @Test
  void thePossessorOfAnActNounDoesWhatItsOfPhraseNames() {
    String s = "We are working with our partners to address Iran's dangerous proliferation of weapons to Russia.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Iran", "IRN"), mention(s, "Russia", "RUS")),
        "USA");
    assertEquals("supports_russia", r.get(0).on("ukraine-war").position(), r.toString());
    assertTrue(r.stream().noneMatch(m -> m.mention().iso3().equals("USA") && m.on("ukraine-war") != null),
        "the author addresses the proliferation: " + r);
    String t = "Japan's work with us to reroute gas to Europe and Australia's contribution of weapons to Ukraine are"
        + " examples of this.";
    List<MentionStance> q = CLASSIFIER.classify(t, List.of(mention(t, "Japan", "JPN"), mention(t, "Australia", "AUS"),
        mention(t, "Ukraine", "UKR")), null);
    assertNull(q.get(0).on("ukraine-war"), "Japan reroutes gas: " + q);
    assertEquals("supports_ukraine", q.get(1).on("ukraine-war").position(), q.toString());
    String u = "The two leaders affirmed the importance of achieving their goal of net zero emissions.";
    List<MentionStance> w = CLASSIFIER.classify(u, List.of(), "USA");
    assertEquals("supports_climate_action", w.get(0).on("climate-action").position(),
        "a possessive pronoun naming no country leaves the act to the clause's agent: " + w);
  }

  @Test
  void aNounPhraseRightAfterAVerbThatTakesNoClauseIsItsObjectNotTheNextVerbsSubject() {
    String s = "The weapons and military aid the United States and our allies have provided Ukraine have made a"
        + " tremendous difference, helping Ukraine win the battles for Kyiv.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "United States", "USA"),
        ukraineBefore(s, "have")), null);
    assertNull(r.get(1).on("ukraine-war"), "Ukraine is provided for and helped");
    assertTrue(r.get(0).on("ukraine-war").cues().contains("helping"), r.get(0).toString());
    String t = "They discussed the Holy See's efforts providing humanitarian aid to the victims of Russia's aggression in"
        + " Ukraine.";
    assertEquals("supports_ukraine", onUkraine(t, "Holy See", "VAT", null).position(),
        "an '-ing' form after the noun phrase modifies it");
    assertEquals("supports_russia", onUkraine("Sanctions will hit those who aid Iran's support for Russia's war in"
        + " Ukraine.", "Iran", "IRN", null).position(), "a possessor before a word tagged as a verb");
  }

  @Test
  void aPersonalPronounIsAWholeSubjectAndARelativeClauseVerbIsNotTheOneCoordinated() {
    String s = "We call on Russia to withdraw its forces from the sovereign territory of Ukraine and we urge all nations"
        + " to unite to deliver an end to the war.";
    List<MentionStance> r = russiaAndUkraine(s, "MLT");
    assertNull(r.get(1).on("ukraine-war"), "'… of Ukraine and we urge': Ukraine is not in the subject");
    assertEquals("MLT", r.get(2).mention().iso3());
    String t = "We feel the pain and hardship that Ukraine currently faces and stand in full solidarity with the"
        + " Ukrainian people.";
    List<MentionStance> q = CLASSIFIER.classify(t, List.of(mention(t, "Ukraine", "UKR")), "GEO");
    assertNull(q.get(0).on("ukraine-war"), "Ukraine faces the hardship; 'we' stand in solidarity");
    assertEquals("supports_ukraine", q.get(1).on("ukraine-war").position());
  }

  @Test
  void aVerbsObjectBeforeAPrepositionalPhraseIsNoSubjectEitherAndThoseDoingSomethingAreNobody() {
    String s = "The weapons the United States and our allies have provided Ukraine over the past two years have made"
        + " a tremendous difference, helping Ukraine win the battles for Kyiv.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "United States", "USA"),
        ukraineBefore(s, "over")), null);
    assertNull(r.get(1).on("ukraine-war"), "Ukraine is provided for and helped");
    String t = "Leaders will increase the costs to Russia and those supporting its war effort in Ukraine.";
    List<MentionStance> q = CLASSIFIER.classify(t, List.of(mention(t, "Russia", "RUS")), "USA");
    assertNull(q.get(0).on("ukraine-war"), "Russia bears the costs");
    assertTrue(q.stream().map(m -> m.on("ukraine-war")).noneMatch(x -> x != null
        && x.position().equals("supports_russia")), "those who support the war are nobody in particular: " + q);
  }

  @Test
  void aSubjectAfterAQuestionWordAndAnInvertedAuxiliaryStatesNothing() {
    assertNull(onUkraine("So there's kind of this sense of when is Ukraine going to negotiate.", "Ukraine", "UKR",
        "USA"));
    String s = "The package includes additional air defense systems that will help Ukraine protect its people against"
        + " Russia's missiles and drone attacks, as well as artillery rounds and support to enable Ukraine to better"
        + " defend itself.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(ukraineBefore(s, "to")), "USA");
    assertNull(r.get(0).on("ukraine-war"), "support is not the subject of an infinitive of purpose after it");
    assertEquals("supports_ukraine", r.get(1).on("ukraine-war").position(), "the author's package");
  }

  @Test
  void theAuthorsOwnOfficeNamedByItsTitleActsForTheAuthor() {
    StanceStatement admin = CLASSIFIER.classify("The Administration will continue to support Ukraine.", List.of(),
        "USA").get(0).on("ukraine-war");
    assertEquals("supports_ukraine", admin.position(), "the author's administration");
    StanceStatement his = CLASSIFIER.classify("The President reaffirmed his support for Ukraine.", List.of(), "USA")
        .get(0).on("ukraine-war");
    assertEquals("supports_ukraine", his.position(), "'his' is the author's President");
    StanceStatement possessive = CLASSIFIER.classify("The Administration\u2019s historic investments in clean energy"
        + " will create millions of good jobs.", List.of(), "USA").get(0).on("climate-action");
    assertEquals("supports_climate_action", possessive.position(), "the office's possessive");
    StanceStatement leaders = CLASSIFIER.classify("The leaders affirmed their unwavering support for Ukraine.",
        List.of(), "USA").get(0).on("ukraine-war");
    assertEquals("supports_ukraine", leaders.position(), "the leaders of a meeting the author reports include it");
    assertTrue(CLASSIFIER.classify("The Prime Minister reaffirmed his support for Ukraine.", List.of(), "USA").stream()
        .allMatch(m -> m.on("ukraine-war") == null), "a Prime Minister in a readout is often the guest's");
    assertTrue(CLASSIFIER.classify("The Administration will continue to support Ukraine.", List.of(), null).stream()
        .allMatch(m -> m.on("ukraine-war") == null), "in news without an author, no one's");
  }

  @Test
  void aFirstPersonPronounContractedWithItsVerbIsStillTheAuthor() {
    for (String s : List.of("We\u2019re giving more than a billion dollars in direct assistance to Ukraine.",
        "We've provided the weapons to Ukraine.", "And together, we\u2019re supporting Ukraine.")) {
      List<MentionStance> r = CLASSIFIER.classify(s, List.of(), "USA");
      assertEquals(1, r.size(), s);
      assertEquals("supports_ukraine", r.get(0).on("ukraine-war").position(), s);
    }
    String t = "In addition to the announcement that they\u2019ve made today, they\u2019re also providing other"
        + " capabilities to Ukraine.";
    assertTrue(CLASSIFIER.classify(t, List.of(), "USA").stream().allMatch(m -> m.on("ukraine-war") == null),
        "'they're' is not the author");
  }

  @Test
  void aVerbOfSayingThatNamesItsObjectDoesNotReportTheClauseBeforeIt() {
    String s = "At the very moment that the Security Council was meeting to stand up for Ukraine\u2019s sovereignty,"
        + " Putin declared his war.";
    assertNull(onUkraine(s, "Putin", "RUS", null), "Putin declares a war, he does not say the Council's words");
    String t = "Ukraine's sovereignty must be respected, the Kremlin told reporters.";
    List<MentionStance> q = CLASSIFIER.classify(t, List.of(mention(t, "Kremlin", "RUS")), null);
    assertEquals("supports_ukraine", q.get(0).on("ukraine-war").position(), "a verb of telling names its hearer");
    String u = "Ukraine\u2019s sovereignty must be respected, and the Kremlin said that it would respond.";
    assertNull(CLASSIFIER.classify(u, List.of(mention(u, "Kremlin", "RUS")), null).get(0).on("ukraine-war"),
        "'said that' reports what follows it");
  }

  @Test
  void anAuxiliaryContractedWithNotKeepsItsSubject() {
    String s = "Austria won\u2019t send weapons to Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Austria", "AUT")), "USA");
    assertEquals(1, r.size(), "the author does not refuse it: " + r);
    assertEquals("neutral_noncommittal", r.get(0).on("ukraine-war").position());
    assertTrue(CLASSIFIER.classify("If we didn\u2019t apply these sanctions on the Russian economy, it would be worse.",
        List.of(), "USA").stream().allMatch(m -> m.on("ukraine-war") == null), "a supposed act is nobody's");
  }

  @Test
  void aRelativeClauseOrParticipleWithAdverbsIsStillDoneByItsNoun() {
    assertTrue(CLASSIFIER.classify("We will target third-country actors who materially support Russia\u2019s war.",
        List.of(), "USA").stream().allMatch(m -> m.on("ukraine-war") == null), "the actors support it, not the author");
    String s = "Seventh, Russian entities directly or indirectly supporting the war should not have access to capital.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Russian", "RUS")), "USA");
    assertEquals("supports_russia", r.get(0).on("ukraine-war").position(), "the Russian entities support it");
    assertEquals(1, r.size(), "not the author: " + r);
  }

  @Test
  void aNounInAppositionToACountryIsThatCountrysNotTheClauseSubjects() {
    String s = "Germany and Italy have also signed deals with Qatar as a gas supplier, as has Egypt, the host of the"
        + " world's next climate summit, Cop27 in Sharm El-Sheikh this November.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Germany", "DEU"), mention(s, "Italy", "ITA"),
        mention(s, "Egypt", "EGY")), null);
    assertNull(r.get(0).on("climate-action"), r.toString());
    assertNull(r.get(1).on("climate-action"), r.toString());
    assertEquals("supports_climate_action", r.get(2).on("climate-action").position(), r.toString());
  }

  @Test
  void aThinkTankIsNoState() {
    String s = "A British thinktank has warned that the reparations are not backed by a roadmap to achieve justice for"
        + " Ukraine's victims.";
    assertNull(CLASSIFIER.classify(s, List.of(mention(s, "British", "GBR")), null).get(0).on("ukraine-war"));
  }

  @Test
  void aPossessorTheTaggerReadsAsAnAdjectiveStillOwnsTheActNoun() {
    // without its "'s" the tagger reads "the west support": the support is still the West's, not Russia's
    String s = "Russia has reduced natural gas shipments to Europe in retaliation for the West's support of Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Russia", "RUS"), mention(s, "Ukraine", "UKR")),
        null);
    assertNull(r.get(0).on("ukraine-war"), r.toString());
  }

  @Test
  void anActNounIsDoneByTheSubjectOfTheRelativeClauseOfGivingAfterIt() {
    String s = "And given the support that Iran has given to Russia in Ukraine, we have not prioritized talks.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Iran", "IRN")), "USA");
    assertEquals("supports_russia", r.get(0).on("ukraine-war").position(), "Iran gives the support");
    assertTrue(r.stream().skip(1).allMatch(m -> m.on("ukraine-war") == null), "not the author: " + r);
    String t = "We are speaking of the help, the support that Ukraine needs.";
    assertNull(CLASSIFIER.classify(t, List.of(mention(t, "Ukraine", "UKR")), "FIN").get(0).on("ukraine-war"),
        "Ukraine needs it, it does not give it");
  }

  @Test
  void aPluralPronounAfterACoordinatedSubjectStandsForEveryCountryInIt() {
    String s = "Spain and the United States also reiterate their strong support for Ukraine’s determination.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Spain", "ESP"),
        mention(s, "United States", "USA"), mention(s, "Ukraine", "UKR")), null);
    assertEquals("supports_ukraine", r.get(0).on("ukraine-war").position(), "Spain's support too: " + r);
    assertEquals("supports_ukraine", r.get(1).on("ukraine-war").position());
    assertNull(r.get(2).on("ukraine-war"), "Ukraine is supported");
  }

  @Test
  void aCueThatIsANounPhraseIsHeldByThePossessorOfItsHeadNounAcrossCoordinatedAdjectives() {
    String s = "The Russian side speaks positively of China’s objective and impartial position on the Ukraine issue.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Russian", "RUS"), mention(s, "China", "CHN"),
        mention(s, "Ukraine", "UKR")), null);
    assertNull(r.get(0).on("ukraine-war"), "Russia speaks of China's position: " + r);
    assertEquals("neutral_noncommittal", r.get(1).on("ukraine-war").position());
  }

  @Test
  void aCountryThatOnlySaysWhereTheSubjectIsDoesNotActOrSpeak() {
    String s = "The Vice President’s engagements in Munich will demonstrate our ironclad commitment to Ukraine’s "
        + "sovereignty and territorial integrity.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Munich", "DEU"), mention(s, "Ukraine", "UKR")),
        "USA");
    assertStatedBy(r, 0, 2, "USA", "ukraine-war", "supports_ukraine"); // Munich is where, not who
    String c = "The vast majority of members in Congress support additional help for Ukraine.";
    List<MentionStance> q = CLASSIFIER.classify(c, List.of(mention(c, "Congress", "USA"), mention(c, "Ukraine", "UKR")),
        "USA");
    assertEquals("supports_ukraine", q.get(0).on("ukraine-war").position(), "the author's own country stays its own");
    String w = "The climate crisis will not go away, as evidenced by the recent wildfires in Hawaii and Canada, thereby "
        + "illuminating the discussion on the need to give more urgent attention to climate financing.";
    List<MentionStance> f = CLASSIFIER.classify(w, List.of(mention(w, "Hawaii", "USA"), mention(w, "Canada", "CAN")),
        "DMA");
    assertStatedBy(f, 1, 2, "DMA", "climate-action", "supports_climate_action"); // every place the fires were in
  }

  @Test
  void anIngFormBetweenADeterminerAndItsNounIsNoAct() {
    String s = "France and the United States will support the most vulnerable countries facing the repercussions of "
        + "Russia’s war against Ukraine and the accelerating effects of climate change.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Russia", "RUS")), null);
    assertNull(r.get(0).on("climate-action"), "the effects accelerate, Russia does nothing for the climate: " + r);
  }

  @Test
  void aProposalNamedWithItsMakerIsTheMakersNotTheSpeakers() {
    String s = "Despite several peace initiatives undertaken by the Security Council, war is prevailing in Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Ukraine", "UKR")), "MOZ");
    assertTrue(r.stream().allMatch(m -> m.on("ukraine-war") == null), "the Council's initiatives: " + r);
    String c = "The peace plan proposed by China has twelve points on Ukraine.";
    List<MentionStance> q = CLASSIFIER.classify(c, List.of(mention(c, "China", "CHN"), mention(c, "Ukraine", "UKR")),
        "USA");
    assertEquals("calls_for_peace", q.get(0).on("ukraine-war").position(), "China's plan: " + q);
    assertEquals(2, q.size(), "not the author's: " + q);
  }

  @Test
  void toDefendOrToRespondIsAnActNotAVerbOfSaying() {
    String s = "The Vice President reiterated the importance of protecting civilian lives, as Israel defends its "
        + "citizens from Hamas terrorism.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Israel", "ISR")), "USA");
    assertStatedBy(r, 0, 1, "USA", "israel-gaza", "supports_israel"); // Israel defends, it does not judge
    String q = "Israel also responds to Arab peace initiatives with more intransigence and further settlement expansion "
        + "against the Palestinian people.";
    List<MentionStance> t = CLASSIFIER.classify(q, List.of(mention(q, "Israel", "ISR")), "QAT");
    assertStatedBy(t, 0, 1, "QAT", "israel-gaza", "supports_palestinians"); // Qatar judges Israel's expansion
  }

  @Test
  void toSupportIsAnActNotAVerbOfSayingThatSpeaksTheJudgementsAfterIt() {
    String s = "Today, the United States is targeting additional Russian elites and family members who continue "
        + "supporting President Putin despite his brutal invasion of Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "United States", "USA"),
        mention(s, "Russian", "RUS"), mention(s, "Ukraine", "UKR")), "USA");
    assertEquals("supports_ukraine", r.get(0).on("ukraine-war").position(), "the statement judges the invasion: " + r);
  }

  @Test
  void toEmphasizeUnderscoreHighlightOrUnderlineIsToSay() {
    String s = "The United Arab Emirates, the incoming President of COP 28, underscored the imperative for COP 28 to "
        + "provide a definitive turning point in the fight against the climate crisis.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "United Arab Emirates", "ARE")), "USA");
    assertEquals("supports_climate_action", r.get(0).on("climate-action").position(), r.toString());
    assertEquals(1, r.size(), "the Emirates say it, not the author: " + r);
    String z = "President Zelenskyy underlined the strong resolve of Ukraine to protect its sovereignty and territorial "
        + "integrity.";
    List<MentionStance> q = CLASSIFIER.classify(z, List.of(mention(z, "President Zelenskyy", "UKR")), "USA");
    assertEquals("supports_ukraine", q.get(0).on("ukraine-war").position(), q.toString());
    assertEquals(1, q.size(), "Ukraine's president says it, not the author: " + q);
  }

  @Test
  void aQuantifierFloatingBeforeTheVerbKeepsItsSubject() {
    String s = "We must all stand with Ukraine against Russia.";
    assertStatedBy(russiaAndUkraine(s, "LTU"), 0, 2, "LTU", "ukraine-war", "supports_ukraine");
    String t = "Russia and Belarus both support the war against Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(t, List.of(mention(t, "Russia", "RUS"), mention(t, "Belarus", "BLR"),
        mention(t, "Ukraine", "UKR")), "LTU");
    assertEquals("supports_russia", r.get(0).on("ukraine-war").position(), r.toString());
    assertEquals("supports_russia", r.get(1).on("ukraine-war").position(), r.toString());
    assertTrue(r.stream().noneMatch(m -> m.mention().iso3().equals("LTU")), "the author only reports it: " + r);
  }

  @Test
  void aVerbInsideTheCueStatesNothing() {
    String s = "We stand for a sovereign, democratic Ukraine within its internationally recognized borders.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Ukraine", "UKR")), "USA");
    assertStatedBy(r, 0, 1, "USA", "ukraine-war", "supports_ukraine");
  }

  @Test
  void whatAnyoneAtAllWouldDoIsNobodysAct() {
    String s = "I believe any member of Congress who does not support aid to Ukraine is helping Putin.";
    assertTrue(CLASSIFIER.classify(s, List.of(mention(s, "Congress", "USA")), "USA").stream()
        .allMatch(m -> m.on("ukraine-war") == null), "a supposed member's refusal is no neutrality of the author");
  }

  @Test
  void aCountryAfterAPrepositionIsNoAntecedentOfALaterPronoun() {
    String s = "They discussed their concerns about Russia's troop build-up and reaffirmed their support for Ukraine.";
    List<MentionStance> r = russiaAndUkraine(s, "USA");
    assertNull(r.get(0).on("ukraine-war"), "Russia's build-up is what they discussed: " + r);
  }

  @Test
  void theNameOfAStatesFormOfGovernmentIsTheStateItself() {
    String s = "The Kingdom of Bahrain reaffirms its support for international initiatives in the field of climate change.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Bahrain", "BHR")), null);
    assertEquals("supports_climate_action", r.get(0).on("climate-action").position(), "its = the Kingdom of Bahrain");
    String t = "The talks with the leaders of Bahrain reaffirmed its support for the climate initiatives.";
    assertTrue(CLASSIFIER.classify(t, List.of(mention(t, "Bahrain", "BHR")), null).stream()
        .allMatch(m -> m.on("climate-action") == null), "a country after another preposition is no antecedent");
  }

  @Test
  void anActDemandedOfItsDoerIsTheSpeakersWordsEvenWhenItsVerbCouldBeOneOfSaying() {
    String s = "Hamas could release the hostages today.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Hamas", "PSE")), "USA");
    assertStatedBy(r, 0, 1, "USA", "israel-gaza", "supports_israel"); // "release" as in releasing a statement
  }

  @Test
  void everyCountryOfAListOfNamesIsTheSubject() {
    String s = "Spain, Ireland and Norway said they would recognise a Palestinian state.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mention(s, "Spain", "ESP"), mention(s, "Ireland", "IRL"),
        mention(s, "Norway", "NOR")), null);
    for (MentionStance m : r) {
      assertEquals("supports_palestinians", m.on("israel-gaza").position(), m.mention().iso3() + " in " + r);
    }
    String t = "Germany, France, and Italy have sent weapons to Ukraine.";
    assertEquals("supports_ukraine", CLASSIFIER.classify(t, List.of(mention(t, "Germany", "DEU"),
        mention(t, "France", "FRA"), mention(t, "Italy", "ITA")), null).get(0).on("ukraine-war").position());
    String u = "At the summit in Glasgow, the United States and France launched the methane pledge.";
    assertNull(CLASSIFIER.classify(u, List.of(mention(u, "Glasgow", "GBR"), mention(u, "United States", "USA"),
        mention(u, "France", "FRA")), null).get(0).on("climate-action"), "a place after a preposition is no item");
  }

  @Test
  void aRelativeClauseBetweenCommasKeepsTheSubjectBeforeIt() {
    String s = "Switzerland, which has a long tradition of neutrality, has decided to adopt EU sanctions against Russia.";
    assertEquals("supports_ukraine", CLASSIFIER.classify(s, List.of(mention(s, "Switzerland", "CHE"),
        mention(s, "Russia", "RUS")), null).get(0).on("ukraine-war").position());
    String t = "What will send a message to Mr. Putin, who just today said he wants to wipe Ukraine off the map, is "
        + "getting the funding to support Ukraine.";
    assertNull(CLASSIFIER.classify(t, List.of(mention(t, "Putin", "RUS"), ukraineBefore(t, "off")), null).get(0)
        .on("ukraine-war"), "the object of a preposition before the clause is no subject");
    String u = "Neither China nor India has condemned the invasion of Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(u, List.of(mention(u, "China", "CHN"), mention(u, "India", "IND"),
        mention(u, "Ukraine", "UKR")), null);
    assertEquals("neutral_noncommittal", r.get(0).on("ukraine-war").position(), r.toString());
    assertEquals("neutral_noncommittal", r.get(1).on("ukraine-war").position(), r.toString());
  }

  @Test
  void whatIsAttributedWithAccordingToIsTheSourcesInTheClauseItOpensOrCloses() {
    String s = "According to the Kremlin, the sanctions are illegal.";
    assertEquals("supports_russia", CLASSIFIER.classify(s, List.of(mention(s, "Kremlin", "RUS")), "USA").get(0)
        .on("ukraine-war").position(), "not the author's words");
    String t = "The sanctions on Russia are illegal, according to Russia's foreign ministry.";
    assertEquals("supports_russia", CLASSIFIER.classify(t, List.of(mention(t, "Russia's", "RUS")), null).get(0)
        .on("ukraine-war").position());
    String u = "After the truce ended in Gaza, Israel killed 200 Palestinians, according to Hamas.";
    assertNull(CLASSIFIER.classify(u, List.of(mention(u, "Israel", "ISR"), mention(u, "Hamas", "PSE")), null).get(1)
        .on("israel-gaza"), "the truce is not in the clause the source closes");
  }

  @Test
  void weInAQuoteIsTheSpeakerOfTheReportingClauseAfterIt() {
    String s = "\"We stand with Ukraine,\" the Polish president said.";
    assertEquals("supports_ukraine", CLASSIFIER.classify(s, List.of(mention(s, "Polish", "POL"),
        mention(s, "Ukraine", "UKR")), null).get(0).on("ukraine-war").position());
    String t = "\"We will keep sending weapons to Ukraine,\" said Germany's defence minister.";
    assertEquals("supports_ukraine", CLASSIFIER.classify(t, List.of(mention(t, "Ukraine", "UKR"),
        mention(t, "Germany", "DEU")), null).get(1).on("ukraine-war").position());
    String u = "We will help Ukraine, and Poland said it would do the same.";
    assertNull(CLASSIFIER.classify(u, List.of(mention(u, "Ukraine", "UKR"), mention(u, "Poland", "POL")), null)
        .get(1).on("ukraine-war"), "a later clause's speaker is not who 'we' are");
  }

  @Test
  void aCommentBetweenCommasBeforeAnInfinitiveLeavesItsSubjectToTheVerbBeforeIt() {
    List<MentionStance> r = russiaAndUkraine("We are working, as you know, to provide security assistance to Ukraine "
        + "against Russia.", "USA");
    assertEquals("USA", r.get(2).mention().iso3(), r.toString());
    assertEquals("supports_ukraine", r.get(2).on("ukraine-war").position(), r.toString());
  }

  @Test
  void theFirstPersonObjectOfAVerbOfEnablingDoesWhatTheInfinitiveSays() {
    String s = "We hope that international law will enable us to phase out fossil fuels.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(), "TUV");
    assertEquals("TUV", r.get(0).mention().iso3(), r.toString());
    assertEquals("supports_climate_action", r.get(0).on("climate-action").position(), r.toString());
    String t = "Our aid will allow Ukraine to defend itself against Russia.";
    assertNull(CLASSIFIER.classify(t, List.of(mention(t, "Ukraine", "UKR"), mention(t, "Russia", "RUS")), null)
        .get(0).on("ukraine-war"), "only the speaker's own 'us': the enabled country states nothing");
  }
}
