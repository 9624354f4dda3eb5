package org.countrystance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.countrystance.tone.WordTokenizer;
import org.junit.jupiter.api.Test;

class StanceClassifierTest {
  private static final StanceClassifier CLASSIFIER = StanceClassifier.loadDefault();

  /** A speaking mention of {@code surface} in the sentence. */
  private static SpeakerMention speaker(String sentence, String surface, String iso3) {
    return mention(sentence, surface, iso3, true);
  }

  /** A mention of {@code surface} in the sentence that does not speak. */
  private static SpeakerMention mentioned(String sentence, String surface, String iso3) {
    return mention(sentence, surface, iso3, false);
  }

  private static SpeakerMention mention(String sentence, String surface, String iso3, boolean speaks) {
    int at = sentence.indexOf(surface);
    return new SpeakerMention(iso3, at, at + surface.length(), speaks, List.of());
  }

  private static StanceStatement stance(String sentence, String surface, String iso3) {
    return stance("ukraine-war", sentence, surface, iso3);
  }

  /** The statement on {@code topic} of the one country named by {@code surface}, in text without an author. */
  private static StanceStatement stance(String topic, String sentence, String surface, String iso3) {
    return CLASSIFIER.classify(sentence, List.of(speaker(sentence, surface, iso3)), null).get(0).on(topic);
  }

  /** Each sentence, said by {@code author} with no country named in it, states {@code position} on {@code topic}. */
  private static void assertAuthorStates(String author, String topic, String position, String... sentences) {
    for (String s : sentences) {
      List<MentionStance> r = CLASSIFIER.classify(s, List.of(), author);
      StanceStatement st = r.isEmpty() ? null : r.get(0).on(topic);
      assertEquals(position, st == null ? null : st.position(), s);
    }
  }

  @Test
  void aCallForPeaceBesideASideTakenIsThatSidesPosition() {
    assertAuthorStates("TUR", "ukraine-war", "supports_ukraine",
        "We will step up our efforts to end the war through diplomacy and dialogue on the basis of Ukraine's"
            + " independence and territorial integrity.");
    assertAuthorStates("SEN", "israel-gaza", "supports_palestinians",
        "We reiterate our support for the right of the Palestinian people to a viable State, coexisting peacefully"
            + " with the State of Israel.");
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "The leaders will discuss their shared commitment to both ongoing diplomacy and joint efforts to deter"
            + " further Russian aggression against Ukraine.");
    assertAuthorStates("QAT", "israel-gaza", "calls_for_ceasefire",
        "We call on all parties to agree to a ceasefire in Gaza and the release of all hostages.");
    assertAuthorStates("PRY", "ukraine-war", "calls_for_peace",
        "We urge all parties involved in the conflict in Ukraine to immediately stop military actions.");
    assertEquals("neutral_noncommittal", stance("climate-action",
        "India declined to commit to a date for phasing out coal at the climate summit.", "India", "IND").position(),
        "a refusal is no call for peace");
  }

  @Test
  void notStoppingAnActIsDoingIt() {
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "We will never stop supporting Ukraine.",
        "We're not halting our support for the Ukrainians.",
        "We are not going to cut off aid to Ukraine.");
    assertAuthorStates("USA", "ukraine-war", null,
        "Cutting off support and giving Vladimir Putin exactly what he wants would be terrible.");
    assertEquals("neutral_noncommittal", stance("China refused to condemn Russia's invasion of Ukraine.", "China",
        "CHN").position(), "a refusal alone still negates");
  }

  @Test
  void theCharterOrASovereigntyViolatedInThePassiveIsAViolationNamed() {
    assertAuthorStates("CYP", "ukraine-war", "supports_ukraine",
        "Just as in Ukraine, in Cyprus the United Nations Charter and international law continue to be violated.",
        "Ukraine's sovereignty has been violated for more than a year.");
  }

  @Test
  void whatSupportIsGivenInTheFaceOfIsTheSideOpposed() {
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "She affirmed our solidarity with Ukraine in the face of Russia's latest attempt to use energy as a weapon.");
    assertAuthorStates("USA", "ukraine-war", null,
        "As we support our European partners in the face of Putin's war of choice, we are strengthening their"
            + " energy security.");
  }

  @Test
  void prolongingOrFuelingTheWarSupportsRussiaOnlyWhenTheWestIsAccused() {
    assertAuthorStates("RUS", "ukraine-war", "supports_russia",
        "The West is prolonging the war in Ukraine.",
        "NATO keeps fueling this conflict in Ukraine.");
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "We will sanction the defense companies that fuel Putin's war machine.");
    assertAuthorStates("USA", "ukraine-war", null,
        "This is an important step in slowing down the efforts of Russia to fuel its war.");
  }

  @Test
  void neitherCondemningNorSupportingIsNoncommittal() {
    StanceStatement s = stance("China has neither condemned nor explicitly supported the Russian"
        + " offensive in Ukraine.", "China", "CHN");
    assertEquals("neutral_noncommittal", s.position());
    assertEquals(Polarity.NEUTRAL, s.polarity());
    assertTrue(s.cues().contains("not:condemned"), s.cues().toString());
  }

  @Test
  void refusingToCondemnIsNoncommittalNotSupportForUkraine() {
    assertEquals("neutral_noncommittal",
        stance("Hungary refused to condemn Russia's invasion of Ukraine.", "Hungary", "HUN")
            .position());
  }

  @Test
  void callingOnBothSidesToHoldTalksIsACallForPeace() {
    StanceStatement s = stance("China has called on Moscow and Kyiv to hold peace talks.",
        "China", "CHN");
    assertEquals("calls_for_peace", s.position());
    assertEquals(List.of("peace talks"), s.cues());
    assertTrue(s.confidence() > 0.5 && s.confidence() <= 1.0);
  }

  @Test
  void anAccusationByAnotherCountryIsNotTheAccusedCountrysPosition() {
    String s = "China was accused by the United States of considering supplying arms to Russia"
        + " for the war in Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "China", "CHN")), null);
    assertEquals(List.of("ukraine-war"), r.get(0).topics());
    assertNull(r.get(0).on("ukraine-war"), "arming Russia is the accusation, not China's word");
  }

  @Test
  void theAccusedNamedAfterAnActiveAccusationGetsNoStatement() {
    String s = "The United States accused China of providing Russia with lethal aid for the war.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "United States", "USA"),
        speaker(s, "China", "CHN")), null);
    assertNull(r.get(1).on("ukraine-war"));
    assertEquals("supports_ukraine", r.get(0).on("ukraine-war").position());
  }

  @Test
  void blamingOrAccusingOnePartyIsTheOtherPartysPosition() {
    for (String s : List.of("The Kremlin blamed Ukraine for the strikes.", "Russia blamed Kyiv for the fierce fighting"
        + " around the site.", "Russia has accused Ukraine of hitting the area three times in one day.",
        "The Russians blamed Ukraine for a desire to continue an unnecessary war.")) {
      String surface = s.contains("Kremlin") ? "Kremlin" : s.contains("Russians") ? "Russians" : "Russia";
      List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, surface, "RUS"),
          mentioned(s, s.contains("Kyiv") ? "Kyiv" : "Ukraine", "UKR")), null);
      assertEquals("supports_russia", r.get(0).on("ukraine-war").position(), s);
      assertNull(r.get(1).on("ukraine-war"), "the one blamed states nothing: " + s);
    }
    assertEquals("supports_ukraine", stance("Zelenskyy blamed Russian shelling for the damage.", "Zelenskyy", "UKR")
        .position());
    // what a country is blamed for is reported, not its words: no judgement of "an unnecessary war" given to Russia
    assertEquals(List.of("blamed ukraine"), CLASSIFIER.classify("The Russians blamed Ukraine for a desire to continue"
        + " an unnecessary war.", List.of(speaker("The Russians blamed Ukraine for a desire to continue an unnecessary"
        + " war.", "Russians", "RUS")), null).get(0).on("ukraine-war").cues());
  }

  @Test
  void anAccusationReportsNothingPastTheAccusersNextVerbOfSaying() {
    assertEquals("supports_israel", stance("israel-gaza", "The United Kingdom blamed Hamas for the violence and said"
        + " it stood firmly with Israel.", "United Kingdom", "GBR").position());
    assertEquals("supports_ukraine", stance("Ukraine accused Russia of war crimes and said it would keep supporting"
        + " the brave Ukrainian defenders.", "Ukraine", "UKR").position());
  }

  @Test
  void anActAgainstASideIsNotThePositionOfTheCountryThatSideIs() {
    // the speaker is named by a person, not by a term of the side the sanctions are against
    String s = "Western sanctions would not have an effect on Russia's oil exports, the Russian foreign minister,"
        + " Sergei Lavrov, said.";
    assertNull(CLASSIFIER.classify(s, List.of(speaker(s, "Sergei Lavrov", "RUS")), null).get(0).on("ukraine-war"));
    assertNull(CLASSIFIER.classify("New sanctions on Russia were announced today.", List.of(), "RUS")
        .get(0).on("ukraine-war"), "the author of a Kremlin statement");
  }

  @Test
  void condemningAPartysOwnActIsTheOtherPartysPosition() {
    String s = "Russian Ambassador Vassily Nebenzia told the council that \"Kyiv's criminal attacks on nuclear"
        + " infrastructure are pushing the world to the brink of nuclear catastrophe.\"";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Russian", "RUS"), mentioned(s, "Kyiv", "UKR")),
        null);
    assertEquals("supports_russia", r.get(0).on("ukraine-war").position());
    assertNull(r.get(1).on("ukraine-war"));
    assertEquals("supports_ukraine", stance("Canada condemned Russia's criminal attacks on Ukraine's cities.",
        "Canada", "CAN").position());
  }

  @Test
  void talksNamedAsFailedAreNoCallForTalks() {
    String s = "Recognizing Russia's claims in the Donbas has been the central plank of Vladimir Putin's demands at"
        + " failed peace talks.";
    assertNull(CLASSIFIER.classify(s, List.of(speaker(s, "Vladimir Putin", "RUS")), null).get(0).on("ukraine-war"));
    assertEquals("calls_for_peace", stance("Putin said he wants peace talks.", "Putin", "RUS").position());
  }

  @Test
  void sayingSomethingCannotBeDoneIsNoCallForIt() {
    String s = "Zelenskyy said the referendums make it impossible to continue any diplomatic negotiations.";
    assertNull(stance(s, "Zelenskyy", "UKR"));
    assertEquals("calls_for_peace", stance("Zelenskyy said it is important to continue diplomatic negotiations.",
        "Zelenskyy", "UKR").position());
  }

  @Test
  void aDenialStatesNoPositionAndWhatItDeniesIsNobodysPosition() {
    String s = "China, which has been accused by the United States of considering supplying arms to Russia"
        + " for its war in Ukraine, has firmly denied it.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "China", "CHN")), null);
    assertNull(r.get(0).on("ukraine-war"), "a denial is not neutrality, and the denied arming is not China's word");
  }

  @Test
  void theObjectOfSupportDecidesTheSide() {
    assertEquals("supports_ukraine",
        stance("Germany pledged to support Ukraine for as long as it takes.", "Germany", "DEU")
            .position());
    StanceStatement moscow = stance("Belarus has offered diplomatic support to Moscow over the war"
        + " in Ukraine.", "Belarus", "BLR");
    assertEquals("supports_russia", moscow.position());
    assertEquals(Polarity.FAVOR, moscow.polarity());
  }

  @Test
  void aFirstPersonStatementIsAttributedToTheAuthorCountry() {
    String s = "We call for an immediate ceasefire and peace talks between Russia and Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(), "CHN");
    assertEquals(1, r.size());
    assertEquals("CHN", r.get(0).mention().iso3());
    assertEquals(0, r.get(0).mention().start());
    assertEquals("calls_for_peace", r.get(0).on("ukraine-war").position());
  }

  @Test
  void withoutAnAuthorCountryAFirstPersonStatementHasNoSpeaker() {
    String s = "We call for an immediate ceasefire and peace talks between Russia and Ukraine.";
    assertTrue(CLASSIFIER.classify(s, List.of(), null).isEmpty());
  }

  @Test
  void aSpeakerWithoutStanceLanguageStatesNoPosition() {
    String s = "India discussed the situation in Ukraine with Russia.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "India", "IND")), null);
    assertEquals(List.of("ukraine-war"), r.get(0).topics());
    assertNull(r.get(0).on("ukraine-war"), "speaking on a topic is no stated position");
  }

  @Test
  void mentionsThatOnlyAreMentionedGetTopicsButNoStatement() {
    String s = "Poland condemned the Russian invasion of Ukraine.";
    int at = s.indexOf("Ukraine");
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Poland", "POL"),
        new SpeakerMention("UKR", at, at + 7, false, List.of())), null);
    assertEquals("supports_ukraine", r.get(0).primary().position());
    assertEquals(List.of("ukraine-war"), r.get(1).topics());
    assertTrue(r.get(1).statements().isEmpty());
  }

  @Test
  void aSentenceWithoutTopicsYieldsNoTopicsAndNoStatements() {
    String s = "France and Germany signed a fisheries agreement.";
    MentionStance r = CLASSIFIER.classify(s, List.of(speaker(s, "France", "FRA")), null).get(0);
    assertTrue(r.topics().isEmpty());
    assertNull(r.primary());
  }

  @Test
  void eachSpeakerGetsTheCuesThatFollowIt() {
    String s = "Poland condemned the Russian invasion of Ukraine, while Belarus expressed support"
        + " for Moscow.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Poland", "POL"),
        speaker(s, "Belarus", "BLR")), null);
    assertEquals("supports_ukraine", r.get(0).on("ukraine-war").position());
    assertEquals("supports_russia", r.get(1).on("ukraine-war").position());
  }

  @Test
  void otherTopicsUseTheirOwnPositions() {
    String gaza = "Qatar called for an immediate ceasefire in Gaza and the release of hostages.";
    MentionStance q = CLASSIFIER.classify(gaza, List.of(speaker(gaza, "Qatar", "QAT")), null)
        .get(0);
    assertEquals("calls_for_ceasefire", q.on("israel-gaza").position());
    String climate = "The United States withdrew from the Paris climate agreement.";
    MentionStance u = CLASSIFIER.classify(climate,
        List.of(speaker(climate, "United States", "USA")), null).get(0);
    assertEquals("opposes_climate_action", u.on("climate-action").position());
    assertEquals(Polarity.AGAINST, u.on("climate-action").polarity());
    assertFalse(u.topics().contains("ukraine-war"));
  }

  @Test
  void aFirstPersonClauseAfterAnotherCountrysClauseIsTheAuthors() {
    String s = "As long as Russia continues its assault, we will continue to support Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Russia", "RUS")), "USA");
    assertEquals(2, r.size());
    assertEquals("USA", r.get(1).mention().iso3());
    assertEquals("supports_ukraine", r.get(1).on("ukraine-war").position());
  }

  @Test
  void aQuotedFirstPersonStatementIsNotTheAuthors() {
    String s = "Russia said: \"we will achieve the goals of the special military operation.\"";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Russia", "RUS")), "USA");
    assertEquals(1, r.size());
    assertEquals("supports_russia", r.get(0).on("ukraine-war").position());
  }

  @Test
  void disruptingSupportForOneSideIsNotSupportingIt() {
    StanceStatement s = stance("The United States moved to disrupt support for Russia's war.",
        "United States", "USA");
    // neither Russia's side nor neutrality, which only explicit language states (it was neutral_noncommittal)
    assertTrue(s == null || s.position().equals("supports_ukraine"), String.valueOf(s));
  }

  @Test
  void callingForSanctionsOnRussiaToBeLiftedTakesRussiasSideAndRefusingItUkraines() {
    assertEquals("supports_russia", stance("Hungary called for lifting the sanctions on Russia to end the war in"
        + " Ukraine.", "Hungary", "HUN").position());
    String s = "The answer to the war in Ukraine is not to ease the sanctions on Russia.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Russia", "RUS")), "LTU");
    assertNull(r.get(0).on("ukraine-war"), "Russia is only named");
    assertEquals("supports_ukraine", r.get(1).on("ukraine-war").position());
  }

  @Test
  void namingRussiasPresenceAnOccupationIsTheAuthorsJudgement() {
    String s = "The war unleashed by Russia's occupation of Ukrainian land has hit our economies.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Russia", "RUS")), "ARG");
    assertEquals("supports_ukraine", r.get(1).on("ukraine-war").position());
    assertTrue(r.get(1).on("ukraine-war").cues().contains("occupation"), r.get(1).on("ukraine-war").cues().toString());
    assertNull(r.get(0).on("ukraine-war"), "the occupier is not the one who names it");
  }

  @Test
  void investingInCleanEnergyIsClimateAction() {
    String s = "Canada will invest billions of dollars in clean energy over the next decade.";
    MentionStance r = CLASSIFIER.classify(s, List.of(speaker(s, "Canada", "CAN")), null).get(0);
    assertEquals("supports_climate_action", r.on("climate-action").position());
  }

  @Test
  void aNegationOfAnotherVerbDoesNotTurnAJudgementAround() {
    String s = "We will not be deterred by Russia's flagrant violations of the UN Charter in Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Russia", "RUS")), "EST");
    assertEquals("supports_ukraine", r.get(1).on("ukraine-war").position());
    String denial = "We do not consider it a violation of the UN Charter, the minister said of the war in Ukraine.";
    List<MentionStance> d = CLASSIFIER.classify(denial, List.of(), "SRB");
    assertEquals("neutral_noncommittal", d.get(0).on("ukraine-war").position(), "negated where it is said of it");
  }

  @Test
  void holdingRussiaToAccountIsAgainstTheWar() {
    for (String s : List.of("Russia must, and will, be held to account.",
        "Ensuring that Russia and its representatives are held to account is the shared responsibility of us all.")) {
      List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Russia", "RUS")), "SWE");
      assertNull(r.get(0).on("ukraine-war"), "Russia is held to account, it does not hold itself");
      assertEquals("supports_ukraine", r.get(1).on("ukraine-war").position(), s);
    }
  }

  @Test
  void russiasViolationsAndItsDisrespectOfTheCharterAreJudged() {
    assertAuthorStates("LVA", "ukraine-war", "supports_ukraine",
        "Investigators are documenting Russia's violations in Ukraine.",
        "Russia's war shows its blatant disrespect of the Charter.");
  }

  @Test
  void aSideAfterAnActAgainstItIsNotWhatASupportBeforeItSupports() {
    for (String s : List.of("We supported the resolutions condemning Russia's aggression against Ukraine.",
        "We stand in solidarity with those who are bravely opposing the invasion of Ukraine.",
        "We support efforts to document the war crimes that Russian forces commit in Ukraine.",
        "We are supporting the work of war crimes documentation experts gathering evidence in Ukraine.",
        "We provide support for innocent civilians devastated by Putin's unjust war in Ukraine.",
        "He can't use these rainy-day funds to support his war in Ukraine.",
        "My country supports all meaningful efforts to stop Russia's aggression against Ukraine.")) {
      List<MentionStance> r = CLASSIFIER.classify(s, List.of(), "LVA");
      assertTrue(r.stream().allMatch(m -> m.on("ukraine-war") == null
          || !m.on("ukraine-war").position().equals("supports_russia")), s + ": " + r);
    }
  }

  @Test
  void wantingPeaceAndGivingPeaceAChanceAreCallsForPeace() {
    assertAuthorStates("GMB", "ukraine-war", "calls_for_peace",
        "In the face of the ongoing conflict between Russia and Ukraine, we call on the warring"
        + " parties to give peace a chance.", "Thus, we want peace in our country, in Ukraine, in Europe.");
    String t = "No country wants peace more than Ukraine, whose people have suffered atrocities from Russian aggression.";
    List<MentionStance> q = CLASSIFIER.classify(t, List.of(), "USA");
    assertEquals("supports_ukraine", q.get(0).on("ukraine-war").position(), "the wanting is Ukraine's, not the author's");
  }

  @Test
  void noMilitarySolutionNoWinnersAndSilencedGunsAreCallsForPeaceOrACeasefire() {
    assertAuthorStates("TUR", "ukraine-war", "calls_for_peace",
        "We keep our Russian and Ukrainian friends around the table, as this war will have no winners.",
        "There is no military solution to the conflict in Ukraine.", "The guns must fall silent in Ukraine.");
    assertAuthorStates("JOR", "israel-gaza", "calls_for_ceasefire",
        "There is no military solution to the Israeli-Palestinian conflict.");
  }

  @Test
  void blockingSanctionsOpposesThemAndWarningAgainstAnActIsNoSupportForItsSide() {
    assertEquals("supports_russia", stance("Hungary has blocked EU sanctions on Russian oil.", "Hungary", "HUN")
        .position());
    StanceStatement warned = stance("Moscow warned the West against supplying long-range missiles to Kyiv.", "Moscow",
        "RUS");
    assertTrue(warned == null || !warned.position().equals("supports_ukraine"), "warning against the supply: " + warned);
  }

  @Test
  void sanctionsSaidToFailOrBeIllegalAreWordsAgainstThem() {
    assertEquals("supports_russia", stance("Hungary's prime minister said the sanctions on Russia had backfired.",
        "Hungary", "HUN").position());
    assertEquals("supports_russia", stance("The Kremlin said the sanctions were illegal.", "Kremlin", "RUS")
        .position());
  }

  @Test
  void blamingUkraineAsMuchAsRussiaIsNoSupportForUkraine() {
    StanceStatement s = stance("Brazil's president said Ukraine was as responsible for the war as Russia.", "Brazil",
        "BRA");
    assertTrue(s == null || !s.position().equals("supports_ukraine"), s == null ? "" : s.toString());
    assertAuthorStates("FRA", "ukraine-war", "supports_ukraine", "Russia alone is responsible for this war.");
  }

  @Test
  void expellingRussianDiplomatsOpposesRussiaAndLettingRussianTroopsInSupportsIt() {
    assertEquals("supports_ukraine", stance("Germany expelled 40 Russian diplomats after the killings in Bucha.",
        "Germany", "DEU").position());
    assertEquals("supports_ukraine", stance("Poland summoned the Russian ambassador after a missile landed near the "
        + "Ukrainian border.", "Poland", "POL").position());
    assertEquals("supports_palestinians", stance("israel-gaza", "Turkey summoned the Israeli ambassador over the "
        + "strikes on Gaza.", "Turkey", "TUR").position());
    assertEquals("supports_russia", stance("Belarus has allowed Russian forces to launch attacks on Ukraine from its "
        + "territory.", "Belarus", "BLR").position());
    assertEquals("supports_ukraine", stance("Ukraine will not allow Russian troops to take Kyiv.", "Ukraine", "UKR")
        .position(), "not letting them in is the opposite");
  }

  @Test
  void anEmbargoOnRussianGoodsSellingArmsToUkraineAndUkraineAsTheWestsToolAreTheWarsSides() {
    assertEquals("supports_ukraine", stance("Poland has called for a total embargo on Russian oil and gas.", "Poland",
        "POL").position());
    assertEquals("supports_ukraine", stance("Turkey has sold Bayraktar drones to Ukraine.", "Turkey", "TUR")
        .position());
    assertEquals("supports_ukraine", stance("Weapons have been sent to Ukraine by Slovakia.", "Slovakia", "SVK")
        .position(), "the agent of a passive");
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "This is the 52nd package of weapons and equipment that we are sending to Ukraine.");
    assertEquals("supports_russia", stance("Putin said the West was using Ukraine as a tool against Russia.", "Putin",
        "RUS").position());
  }

  @Test
  void terrorAttacksAndOccupationPutGazaInASentenceWithIsraelAndOnlyIsraelsRightToDefendItselfIsItsSide() {
    assertEquals("supports_israel", stance("israel-gaza", "India condemned the terrorist attacks on Israel.", "India",
        "IND").position());
    assertAuthorStates("KWT", "israel-gaza", "supports_palestinians",
        "They suffer from the practices of the Israeli occupation, which violate all international norms.");
    List<MentionStance> r = CLASSIFIER.classify("Syria will exercise its legitimate right to defend its territories "
        + "and people by all necessary means, and will hold the occupation authorities of Israel accountable.",
        List.of(), "SYR");
    assertTrue(r.stream().allMatch(m -> m.on("israel-gaza") == null
        || !m.on("israel-gaza").position().equals("supports_israel")), "Syria's own right to defend itself: " + r);
  }

  @Test
  void recognisingAnAnnexationIsRussiasSideAndRefusingToIsAgainstIt() {
    assertEquals("supports_russia", stance("North Korea recognised the annexation of four Ukrainian regions.",
        "North Korea", "PRK").position());
    assertEquals("supports_ukraine", stance("Kazakhstan has refused to recognise the annexation of four Ukrainian "
        + "regions by Russia.", "Kazakhstan", "KAZ").position());
  }

  @Test
  void whatOneIsBlamedForIsReportedNotStated() {
    String s = "These days, many States are being blamed for prolonging the war as they supply weapons to Ukraine.";
    assertTrue(CLASSIFIER.classify(s, List.of(), "POL").stream().allMatch(m -> m.on("ukraine-war") == null
        || !m.on("ukraine-war").position().equals("supports_russia")), "the blame is reported, not the author's");
  }

  @Test
  void wordsOfJudgementDeniedWithoutAVerbOfNamingStateNoNeutrality() {
    assertTrue(CLASSIFIER.classify("I know that is the Russian talking point, but it is not a proxy war in Ukraine.",
        List.of(), "USA").stream().allMatch(m -> m.on("ukraine-war") == null), "a denied label is no neutrality");
    List<MentionStance> r = CLASSIFIER.classify("Finally, we cannot protect our biodiversity if we do not combat"
        + " the existential threat of climate change.", List.of(), "USA");
    assertTrue(r.stream().allMatch(m -> m.on("climate-action") == null
        || !m.on("climate-action").position().equals("neutral_noncommittal")), r.toString());
  }

  @Test
  void aCountryNamedInsideAJudgementIsJudgedNotJudging() {
    String s = "The hostages were taken in brutal acts of terrorism by Hamas during the war in Gaza.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Hamas", "PSE")), "USA");
    assertNull(r.get(0).on("israel-gaza"), "Hamas does not speak of its own terrorism");
    assertEquals("USA", r.get(1).mention().iso3());
    assertEquals("supports_israel", r.get(1).on("israel-gaza").position());
  }

  @Test
  void aViolationOfSovereigntyWithOneOrTwoWordsBetweenIsJudgedNotTheDoersPosition() {
    String s = "Russia is proceeding with plans to hold sham referenda in areas of Ukraine, in direct violation of "
        + "Ukraine's sovereignty.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Russia", "RUS")), "USA");
    assertNull(r.get(0).on("ukraine-war"), "the doer is judged, not judging");
    assertEquals("supports_ukraine", r.get(1).on("ukraine-war").position());
    String t = "Russia held sham referenda in violation of its sovereignty, in Ukraine.";
    assertNull(CLASSIFIER.classify(t, List.of(speaker(t, "Russia", "RUS")), null).get(0).on("ukraine-war"));
  }

  @Test
  void anActAgainstASideIsNotThatSidesPosition() {
    String s = "Putin himself has said the sanctions will require deep structural changes to the Russian economy.";
    assertNull(stance(s, "Putin", "RUS"), "Russia does not sanction Russia");
    assertEquals("supports_ukraine", stance("Poland has imposed new sanctions on Russia.", "Poland", "POL").position());
    String t = "We reject the sanctions imposed on Russia.";
    List<MentionStance> r = CLASSIFIER.classify(t, List.of(speaker(t, "Russia", "RUS")), "BLR");
    assertNull(r.get(0).on("ukraine-war"));
  }

  @Test
  void imposingSanctionsIsAnActOfSupportWithOrWithoutWordsBetween() {
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "In 2014, when we imposed sanctions over the annexation of Crimea, capital fled the country.",
        "Since February 2022, we have adopted sanctions, import bans and other measures over the war in Ukraine.");
    assertEquals("supports_ukraine", stance("Canada imposed sanctions after the invasion of Ukraine.", "Canada",
        "CAN").position());
  }

  @Test
  void anActOfSupportIsTheGiversNeverTheHelpedSides() {
    String s = "President Zelenskyy will join leaders to discuss our ongoing efforts to help Ukraine defend itself.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Zelenskyy", "UKR"),
        speaker(s, "Ukraine", "UKR")), "USA");
    assertNull(r.get(0).on("ukraine-war"), "Ukraine is helped, not helping");
    assertNull(r.get(1).on("ukraine-war"), "Ukraine is helped, not helping");
    String t = "Russia says that Belarus is providing support for Russia in the war against Ukraine.";
    List<MentionStance> b = CLASSIFIER.classify(t, List.of(speaker(t, "Russia", "RUS"),
        speaker(t, "Belarus", "BLR"), new SpeakerMention("RUS", t.lastIndexOf("Russia"), t.lastIndexOf("Russia") + 6,
        false, List.of())), null);
    assertEquals("supports_russia", b.get(1).on("ukraine-war").position(), "the giver keeps it");
    assertNull(b.get(0).on("ukraine-war"), "Russia is supported, not supporting: " + b);
  }

  @Test
  void theLanguageOfClimateConferencesIsClimateAction() {
    assertAuthorStates("SWE", "climate-action", "supports_climate_action",
        "We must unite around higher ambitions at the climate conference in Dubai.",
        "We call for the swift establishment of a fund for losses and damages related to climate change.",
        "We will push for an adaptation alliance at the next climate conference.",
        "Our coal regions need a fair transition as the climate warms.",
        "Developing countries must be able to shift to cleaner energy sources, as the Paris Agreement promised.",
        "Among those, we highlight the issues related to the Global Methane Pledge.");
    assertEquals("supports_climate_action", stance("climate-action", "Bahrain reaffirms its support for"
        + " international initiatives in the field of climate change.", "Bahrain", "BHR").position());
    StanceStatement s = stance("climate-action", "Australia supports new oil drilling in spite of the climate warnings.",
        "Australia", "AUS");
    assertEquals("opposes_climate_action", s == null ? null : s.position(), "support for fossil fuels is no climate action");
  }

  @Test
  void aCommitmentToUkraineIsSupportAndSoIsNotWaveringInIt() {
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "This visit will underscore our enduring commitment to Ukraine.",
        "We will not waver in our commitment to the Ukrainian people as they fight for their freedom.");
  }

  @Test
  void theLanguageOfAccountabilityAndSolidarityIsSupportForUkraine() {
    assertAuthorStates("LVA", "ukraine-war", "supports_ukraine",
        "We have to be very clear: Russia invaded another sovereign country, using a fabricated pretext.",
        "The invasion of Ukraine is the most blatant violation of the prohibition of the illegal use of force.",
        "The register of damage caused by the invasion of Ukraine is a step towards a compensation mechanism.",
        "I commend the steps taken to investigate atrocity crimes in Ukraine.",
        "The initiative to prosecute crimes perpetrated by Russian forces in Ukraine deserves our support.",
        "We stand firmly for Ukraine's victory.",
        "By aiding Ukraine, we defend the Charter.",
        "Bringing the war to a just end is essential for the Ukrainians.",
        "The logic of conquest, changing borders by force, must be stopped in Ukraine.",
        "If Russia further invades Ukraine, we will impose significant and unprecedented economic costs.",
        "Over the war in Ukraine, we commit to imposing restrictive measures on the Russian Central Bank.",
        "We have offered assistance in different domains to Ukraine.",
        "We salute the heroism of the Ukrainian people in their brave resistance.");
    assertAuthorStates("BLR", "ukraine-war", null,
        "The crimes committed by Ukrainian nationalists in Donbas must be investigated.",
        "Atrocities perpetrated by the Ukrainian army in Donbas are documented.");
    assertAuthorStates("PRY", "ukraine-war", "calls_for_peace",
        "We urge all parties involved in the conflict in Ukraine to immediately stop military actions.",
        "With regard to Russia and Ukraine, we reiterate our call for putting an end to the crisis.",
        "I spoke to the presidents of both Ukraine and Russia and appealed for peace.");
  }

  @Test
  void theLanguageOfOccupationAndAbuseIsSupportForThePalestinians() {
    assertAuthorStates("MYS", "israel-gaza", "supports_palestinians",
        "The world must speak up against the atrocities committed against the Palestinians.",
        "Let us stop the abuse of the Palestinian people as soon as possible.",
        "We condemn actions that violate the rights and dignity of the Palestinian people.",
        "We call for protection for the Palestinian people.",
        "We must not abandon Palestinian refugees to despair.",
        "The tragedy of Palestine continues, with the expansion of settlements and evictions.",
        "The Palestinian people have had to endure colonial domination for decades.");
  }

  @Test
  void deportationsAreJudgedOfTheirDoerNotItsPosition() {
    String s = "Russian authorities have forcibly deported hundreds of thousands of people from Ukraine to Russia.";
    assertNull(stance(s, "Russian", "RUS"), "the deporter is judged, not judging");
    String t = "Canada condemned the deportation of Ukrainian children to Russia.";
    assertEquals("supports_ukraine", stance(t, "Canada", "CAN").position());
  }

  @Test
  void aSideNamedAfterAgainstIsOpposedNotSupported() {
    String s = "We will stand in solidarity against Russia's aggression.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(), "USA");
    assertEquals("supports_ukraine", r.get(0).on("ukraine-war").position(), r.toString());
    assertEquals("supports_ukraine", stance("Poland expressed its solidarity with Ukraine against Russia's aggression.",
        "Poland", "POL").position());
  }

  @Test
  void supportingPeaceInUkraineIsACallForPeaceNotSupportForUkraine() {
    assertEquals("calls_for_peace", stance("Belarus has always supported peace in our neighbour Ukraine.", "Belarus",
        "BLR").position());
  }

  @Test
  void measuresAgainstRussiaNamedInDiplomaticLanguagePutTheWarInTheSentence() {
    String s = "We demand the lifting of the unilateral coercive measures imposed on the Russian Federation.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Russian Federation", "RUS")), "SYR");
    assertTrue(r.get(0).topics().contains("ukraine-war"), r.get(0).topics().toString());
    assertEquals("supports_russia", r.get(1).on("ukraine-war").position());
  }

  @Test
  void sanctionsJudgedHarshAreRussiasSideWhateverAdjectivesJudgeThem() {
    // "unjust" alone condemns the war ("an unjust war"); before "sanctions" it judges the sanctions, and the
    // adjectives of a judgement may be coordinated or joined by another ("unilateral and unjust sanctions",
    // "illegal economic sanctions")
    for (String s : List.of(
        "We reject the interference in Russia's affairs and the imposition of unilateral and unjust sanctions "
            + "against the Russian Federation.",
        "We reject the illegal economic sanctions imposed on the Russian Federation.",
        "We reject the cruel sanctions imposed on the Russian Federation.")) {
      List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Russian Federation", "RUS")), "CUB");
      assertEquals("supports_russia", r.get(1).on("ukraine-war").position(), s);
    }
  }

  @Test
  void aParticipleBeforeItsNounIsAnAdjectiveNotTheSpeakersAct() {
    String s = "We have all seen the images of blocked Ukrainian ports and looted Ukrainian grain.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Ukrainian", "UKR")), "BEL");
    assertTrue(r.get(0).topics().contains("ukraine-war"), r.get(0).topics().toString());
    assertTrue(r.size() < 2 || r.get(1).on("ukraine-war") == null, "nobody blocks ports in this sentence");
    String act = "Russia blocked Ukrainian ports.";
    assertEquals("supports_russia",
        CLASSIFIER.classify(act, List.of(speaker(act, "Russia", "RUS")), null).get(0).on("ukraine-war").position());
  }

  @Test
  void aPronounOpeningTheReportedClauseOfAVerbOfSayingIsTheOneWhoSaysIt() {
    String s = "Russia carried out its latest strikes on Tuesday after the United States warned it would hold Moscow"
        + " accountable for any war crimes.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Russia", "RUS"),
        speaker(s, "United States", "USA"), speaker(s, "Moscow", "RUS")), null);
    assertNull(r.get(0).on("ukraine-war"), "Russia holds nobody accountable");
    assertEquals("supports_ukraine", r.get(1).on("ukraine-war").position());
    String that = "Johnson spoke to Zelenskiy on Monday as Britain confirmed that it would send rocket launchers to"
        + " Ukraine.";
    assertEquals("supports_ukraine", stance(that, "Britain", "GBR").position());
  }

  @Test
  void anActInWhatAVerbOfCondemningCondemnsIsNotItsSubjectsAct() {
    assertNull(stance("Moscow again denounced the large-scale provision of western arms to Ukraine.", "Moscow", "RUS"));
    assertNull(stance("Moscow has strongly criticized the deliveries of Western weapons to Ukraine.", "Moscow", "RUS"));
    // the act keeps the owner its own phrase names
    assertEquals("supports_russia", stance("The EU condemned Iran's supply of drones to Russia.", "Iran", "IRN")
        .position());
  }

  @Test
  void aSayingThatIsOnlyPossibleStatesNothing() {
    String s = "Some commentators believe if Russia can secure the Donbas, Putin could declare a cease-fire and seek"
        + " negotiations.";
    assertNull(stance(s, "Putin", "RUS"), "a possible cease-fire is no call for one");
    String lavrov = "Sergei Lavrov, Russia's foreign minister, said on Monday: \"The longer the range of weapons you"
        + " supply, the farther away the line from where neo-Nazis could threaten the Russian Federation will be"
        + " pushed.\"";
    assertEquals("supports_russia", stance(lavrov, "Russia", "RUS").position(), "the minister said it; 'could' is his");
  }

  @Test
  void rulingOutTalksIsNoCallForThemAndWithdrawnSupportNoSupport() {
    assertNull(stance("Kyiv has ruled out a ceasefire that would leave Russian troops in Ukraine.", "Kyiv", "UKR"));
    assertNull(stance("In a remark that appeared to rule out negotiations, Ukraine told the Security Council that"
        + " Russia's attempts would fail.", "Ukraine", "UKR"));
    assertNull(stance("Moscow has since withdrawn its support for ships taking grain out of Ukraine's ports.", "Moscow",
        "RUS"));
  }

  @Test
  void aSayerReportingTheWithdrawalOfItsOwnTroopsDemandsNothing() {
    assertNull(stance("The Russian Ministry of Defence confirmed the withdrawal of its troops from Izyum in Ukraine.",
        "Russian", "RUS"));
    assertEquals("supports_ukraine", stance("Poland demanded the withdrawal of Russian troops from Ukraine.", "Poland",
        "POL").position());
  }

  @Test
  void theNegotiatingTableIsNoCallForNegotiations() {
    String s = "\"These capabilities are carefully calibrated to make the most difference on the battlefield and"
        + " strengthen Ukraine's position at the negotiating table,\" Secretary of State Antony Blinken said.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Ukraine", "UKR"),
        speaker(s, "Antony Blinken", "USA")), null);
    assertNull(r.get(0).on("ukraine-war"), "Ukraine calls for nothing here");
    assertNull(r.get(1).on("ukraine-war"), "nor does the United States");
    assertEquals("calls_for_peace", stance("The United States called for negotiations to end the war in Ukraine.",
        "United States", "USA").position());
  }

  @Test
  void theCountryAnActOfSupportGoesToIsNotTheOneWhoGivesIt() {
    assertNull(stance("The ECA, which has about 250 member clubs, set aside 1 million euros ($1 million) in March in a"
        + " fund for Ukrainian relief working alongside the UEFA Foundation for Children charity.", "Ukrainian",
        "UKR"));
  }

  @Test
  void comingToTheNegotiatingTableIsStillACallForTalks() {
    String s = "We call on the parties to the conflict in Ukraine to come to the negotiating table.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Ukraine", "UKR")), "MRT");
    assertEquals(2, r.size(), "the author's call is found");
    assertEquals("calls_for_peace", r.get(1).on("ukraine-war").position());
  }

  @Test
  void heOrSheStandsForAPersonNeverForACountrysName() {
    String s = "Ukraine has issued a slap down to Emmanuel Macron after he urged Western leaders to negotiate with"
        + " Russian despot Vladimir Putin over the war in Ukraine.";
    int at = s.indexOf("Emmanuel Macron");
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Ukraine", "UKR"),
        new SpeakerMention("FRA", at, at + "Emmanuel Macron".length(), false, List.of(), true)), null);
    assertNull(r.get(0).on("ukraine-war"), "Ukraine urged nothing");
    assertEquals("calls_for_peace", r.get(1).on("ukraine-war").position());
    // a person named as a possessor is not what "he" stands for
    String k = "While Karpov is seen as an ultra-loyalist and supporter of Putin's invasion of Ukraine, he has also"
        + " publicly called for an end to the war.";
    int p = k.indexOf("Putin");
    assertNull(CLASSIFIER.classify(k, List.of(new SpeakerMention("RUS", p, p + 5, false, List.of(), true)), null)
        .get(0).on("ukraine-war"));
  }

  @Test
  void aPrivatePersonOrBodyIsNotItsCountrysState() {
    assertNull(stance("Another Moldovan citizen, Dan Romanescou, also does what he can to help by offering"
        + " accommodation to Ukrainian families.", "Moldovan", "MDA"));
    assertEquals("supports_ukraine", stance("Moldovan officials offered accommodation to Ukrainian families.",
        "Moldovan", "MDA").position(), "its officials are");
  }

  @Test
  void arguingAgainstABindingTimetableForFossilFuelsOpposesClimateAction() {
    String s = "Saudi Arabia argued against a binding timetable for cutting oil production.";
    MentionStance r = CLASSIFIER.classify(s, List.of(speaker(s, "Saudi Arabia", "SAU")), null).get(0);
    assertEquals("opposes_climate_action", r.on("climate-action").position());
  }

  @Test
  void backslidingOnSomethingElseIsNoRetreatFromClimateAction() {
    String s = "We face a deepening climate crisis, rising poverty and a backsliding of human rights.";
    assertTrue(CLASSIFIER.classify(s, List.of(), "AUT").stream().allMatch(m -> m.on("climate-action") == null),
        "backsliding of human rights");
    String t = "Canada has weakened its emissions targets twice since 2015.";
    assertEquals("opposes_climate_action", stance("climate-action", t, "Canada", "CAN").position(),
        "weakened its emissions targets");
  }

  @Test
  void anEvaluativeWordIsTheJudgeOfTheActNotTheDoers() {
    assertNull(stance("Russia keeps waging its unjust war against Ukraine.", "Russia", "RUS"), "the doer");
    StanceStatement judge = stance("Poland said the strikes on Kyiv were abhorrent.", "Poland", "POL");
    assertEquals("supports_ukraine", judge == null ? null : judge.position(), "the one who says so");
  }

  @Test
  void aSideNamedAsTheTargetOfAHostileActIsNotTheSideSupported() {
    StanceStatement s = stance("Japan strongly supports tougher sanctions on Russia.", "Japan", "JPN");
    assertEquals("supports_ukraine", s == null ? null : s.position(), "sanctions on Russia are no support for it");
    assertNull(stance("Japan said it does not support strikes inside Russia.", "Japan", "JPN"),
        "declining to back strikes on Russia is no neutrality between the sides");
    StanceStatement t = stance("Belarus said it firmly supports Russia in the war.", "Belarus", "BLR");
    assertEquals("supports_russia", t == null ? null : t.position(), "Russia itself is still the side supported");
  }

  @Test
  void notRecognizingIsAboutAnnexedLandsNotAboutAcknowledging() {
    StanceStatement claims = stance("Uruguay will never recognize Russia's claims on Ukrainian territory.", "Uruguay",
        "URY");
    assertEquals("supports_ukraine", claims == null ? null : claims.position(), "Russia's claims");
    assertTrue(CLASSIFIER.classify("If we do not recognize that the war in Ukraine hurts us all, we will fail.",
        List.of(), "URY").stream().allMatch(m -> m.on("ukraine-war") == null), "not recognizing a fact");
  }

  @Test
  void phasingDownIsARetreatOnlyForFossilFuels() {
    String coal = "At the climate summit India pushed to phase down coal power instead of ending it.";
    assertEquals("opposes_climate_action", stance("climate-action", coal, "India", "IND").position(), "coal");
    String gases = "Under the climate deal Rwanda will phase down hydrofluorocarbons, potent greenhouse gases.";
    StanceStatement r = stance("climate-action", gases, "Rwanda", "RWA");
    assertTrue(r == null || !r.position().equals("opposes_climate_action"), "phasing down a greenhouse gas is action");
  }

  @Test
  void anAttackOnUkraineNamedByTheSpeakerIsItsJudgement() {
    String s = "Denmark said that Russia's attack against Ukraine must be answered.";
    assertEquals("supports_ukraine", stance(s, "Denmark", "DNK").position());
    String t = "Russia continued its attacks on Ukraine's power grid this winter.";
    assertNull(stance(t, "Russia", "RUS"),
        "the attacker is judged, not judging");
  }

  @Test
  void equippingACountryIsSupportForItsSide() {
    assertEquals("supports_ukraine", stance("The United States intends to provide the Ukrainian government with"
        + " budgetary aid.", "United States", "USA").position());
    assertEquals("supports_russia", stance("Iran supplied Russia with drones for the war in Ukraine.", "Iran", "IRN")
        .position());
    assertEquals("supports_russia", stance("North Korea has sent shells to Russia for its war in Ukraine.",
        "North Korea", "PRK").position());
    assertNull(stance("Russian officials are providing lists of Ukrainians to be targeted.", "Russian", "RUS"),
        "lists of Ukrainians are what is provided, not to whom");
    assertNull(stance("The United States accused Iran of supplying Russia with drones.", "Iran", "IRN"),
        "an accusation is not the accused country's act");
  }

  @Test
  void anActPressedOnACountryIsNotItsOwn() {
    assertNull(stance("He said Ukraine could face pressure to agree a peace deal with Russia.", "Ukraine", "UKR"));
    assertNull(stance("Ukraine came under pressure to agree a peace deal with Russia.", "Ukraine", "UKR"));
    assertNull(stance("Germany faced calls to send tanks to Ukraine.", "Germany", "DEU"));
    assertEquals("supports_ukraine", stance("Germany agreed to send tanks to Ukraine.", "Germany", "DEU").position());
    assertEquals("calls_for_peace", stance("Ukraine agreed to a peace deal with Russia.", "Ukraine", "UKR")
        .position());
  }

  @Test
  void anActThatIsOnlyPossibleIsNotDone() {
    assertNull(stance("The report said Washington could help Kyiv acquire weapons.", "Washington", "USA"));
    assertNull(stance("Germany may send tanks to Ukraine.", "Germany", "DEU"));
    assertEquals("supports_ukraine", stance("Germany will send tanks to Ukraine.", "Germany", "DEU").position());
    assertEquals("supports_ukraine", stance("Germany said it would send tanks to Ukraine.", "Germany", "DEU")
        .position());
    assertEquals("supports_russia", stance("The shipment may have been payment for Kim Jong-un's support of Putin's"
        + " invasion of Ukraine.", "Kim Jong-un", "PRK").position(), "the possessor's act is stated, not supposed");
    assertAuthorStates("USA", "climate-action", "supports_climate_action", "Our climate compact with Australia,"
        + " launched in May, demonstrates our shared commitment to enhancing climate and clean energy cooperation.");
  }

  @Test
  void theRegimeInKyivIsMoscowsWordForUkrainesGovernment() {
    assertEquals("supports_russia", stance("'We will continue to persuade the global community to take action to"
        + " prevent such irresponsible action by the regime in Kyiv,' the Kremlin said.", "the Kremlin", "RUS")
        .position());
  }

  @Test
  void aCountryReportingItsOwnJudgedActDoesNotCondemnIt() {
    String s = "Moscow has said those came in response to what it alleged were Ukrainian attacks on Crimea, the"
        + " region that Russia illegally annexed in 2014.";
    StanceStatement own = CLASSIFIER.classify(s, List.of(speaker(s, "Moscow", "RUS"), mentioned(s, "Russia", "RUS")),
        null).get(0).on("ukraine-war");
    assertTrue(own == null || !own.position().equals("supports_ukraine"), "the writer's words of Russia's act: " + own);
    assertEquals("supports_ukraine", stance("Ukraine said Russia illegally annexed Crimea.", "Ukraine", "UKR")
        .position());
    assertAuthorStates("ROU", "ukraine-war", "supports_ukraine",
        "Romania is a direct neighbour to the continued war of aggression of Russia against Ukraine.");
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine", "We are taking additional measures in relation to"
        + " Russia's financial sector to further undermine Russia's capacity to wage its illegal aggression.");
  }

  @Test
  void aSideNamedInARelativeClauseIsNotTheOneSupported() {
    assertEquals("supports_ukraine", stance("Germany supported the sanctions which target Russia.", "Germany", "DEU")
        .position(), "Russia is what the sanctions target, not what Germany supports");
    assertEquals("supports_russia", stance("Belarus backed Russia in the war.", "Belarus", "BLR").position());
  }

  @Test
  void aJudgedActDoneByOneSideNamedInAByPhraseIsTheOtherSidesPosition() {
    assertEquals("supports_russia", stance("Russia condemned the attack on the facility by Ukraine's military.",
        "Russia", "RUS").position());
    assertEquals("supports_ukraine", stance("Ukraine condemned the attack on the city by Russian forces.", "Ukraine",
        "UKR").position());
  }

  @Test
  void aCountrysAlliesAreNotTheCountry() {
    String s = "Ukraine's allies have urged Russia to withdraw its troops.";
    StanceStatement allies = stance(s, "Ukraine", "UKR");
    assertNull(allies, "the allies urge, not Ukraine");
    assertEquals("supports_russia", stance("Russia and its allies blamed the West for the war.", "Russia", "RUS")
        .position());
  }

  @Test
  void quotationMarksOpeningTheJudgedWordsDoNotStopTheirNegation() {
    assertEquals("neutral_noncommittal", stance("Lukashenko said his talks with Putin should not be considered as"
        + " \u201cnuclear blackmail.\u201d", "Lukashenko", "BLR").position());
  }

  @Test
  void aPartyCallingSomethingUnacceptableTakesItsOwnSide() {
    assertEquals("supports_russia", stance("Russia said it was \"unacceptable\" for shipping to pass through the"
        + " Black Sea corridor.", "Russia", "RUS").position());
    assertEquals("supports_ukraine", stance("Ukraine said the shelling of the plant was unacceptable.", "Ukraine",
        "UKR").position());
    assertEquals("supports_ukraine", stance("The United States said the shelling of the plant in Ukraine was"
        + " unacceptable.", "United States", "USA").position(), "a country that is no party keeps the row's side");
    StanceStatement doer = stance("In Europe, Russia continues to wage its unjust war against Ukraine.", "Russia",
        "RUS");
    assertNull(doer, "the doer of what is judged is not its judge");
  }

  @Test
  void aSideThatAnActOfWarIsDoneToIsNotTheOneSupported() {
    StanceStatement plan = stance("Putin backed a plan to annex swathes of Ukraine.", "Putin", "RUS");
    assertTrue(plan == null || !plan.position().equals("supports_ukraine"), "Ukraine is what is annexed: " + plan);
    StanceStatement efforts = stance("The US supports efforts to defeat Russia.", "US", "USA");
    assertTrue(efforts == null || !efforts.position().equals("supports_russia"), "Russia is what is defeated: "
        + efforts);
    String ban = "Today, President Biden will sign an Executive Order to ban the import of Russian oil – a significant"
        + " action with widespread bipartisan support that will further deprive President Putin of the economic"
        + " resources he uses to continue his needless war of choice.";
    StanceStatement deprive = CLASSIFIER.classify(ban, List.of(speaker(ban, "President Biden", "USA"),
        mentioned(ban, "Putin", "RUS")), "USA").get(0).on("ukraine-war");
    assertTrue(deprive == null || !deprive.position().equals("supports_russia"), "Putin is what is deprived: "
        + deprive);
  }

  @Test
  void cuttingOffACountrysFuelIsAboutTheCountryNotTheFuel() {
    assertAuthorStates("USA", "climate-action", null, "The U.K. is phasing out Russian oil and gas.",
        "The G7 agreed to ban Russian oil.");
    assertAuthorStates("USA", "climate-action", "supports_climate_action", "We will phase out coal and gas by 2035.");
    String s = "The U.K. is phasing out Russian oil and gas.";
    StanceStatement uk = CLASSIFIER.classify(s, List.of(speaker(s, "U.K.", "GBR"), mentioned(s, "Russian", "RUS")),
        null).get(0).on("climate-action");
    assertNull(uk, "Russian oil is Russia's export, not the fuel");
  }

  @Test
  void aidGoingToTheOtherSideIsNoSupportForUkraine() {
    assertNull(stance("There are concerns that China could provide lethal aid to Russia for the war in Ukraine.",
        "China", "CHN"));
    assertNull(stance("Officials have seen no sign that China provided lethal weapons, lethal capabilities to the"
        + " Russian army during the war in Ukraine.", "China", "CHN"), "a list of what is given before its recipient");
    assertEquals("supports_ukraine", stance("Germany sent more weapons to help Ukraine repel the Russian invasion.",
        "Germany", "DEU").position());
  }

  @Test
  void aQuestionWhetherSomethingIsSoStatesNothing() {
    assertNull(stance("Does the U.S. support Ukraine's request for more tanks?", "U.S.", "USA"));
    assertEquals("supports_ukraine", stance("The U.S. supports Ukraine's request for more tanks.", "U.S.", "USA")
        .position());
    assertEquals("supports_ukraine", stance("How long will the world watch Russia's aggression against Ukraine, asked"
        + " Poland?", "Poland", "POL").position(), "a wh-question is read as any sentence");
    assertNull(stance("He is wondering, as conditions in Mariupol worsen, is the United States considering ways to help"
        + " the Ukrainians under siege?", "United States", "USA"), "the question after a lead-in");
    String span = "You said the U.S. sanctioned Putin's daughters over the war in Ukraine.  Does that mean the U.S."
        + " knows where they keep their money?";
    assertEquals("supports_ukraine", stance(span, "U.S.", "USA").position(),
        "a statement before the closing question in the same span still counts");
    assertNull(stance("The first is: Did Prime Minister Kishida say that Japan would join the U.S. in imposing"
        + " sanctions on Russia if they do invade Ukraine?", "Kishida", "JPN"), "a capitalised auxiliary after a colon");
  }

  @Test
  void theWarToTheLastUkrainianIsRussiasFraming() {
    assertEquals("supports_russia", stance("Hungary said the West is arming Kyiv to fight the war to the last"
        + " Ukrainian.", "Hungary", "HUN").position());
  }

  @Test
  void buildingResilienceToClimateChangeAndCombatingTheCrisisOfClimateChangeAreClimateAction() {
    assertAuthorStates("NZL", "climate-action", "supports_climate_action",
        "We are committed to playing our part in the global efforts to combat the triple planetary crisis of climate"
            + " change, pollution and biodiversity loss.",
        "We are working with the Pacific Islands Forum to help those nations adapt and build resilience to climate"
            + " impacts.");
    assertAuthorStates("NZL", "climate-action", null, "We are building resilience to natural disasters.");
  }

  @Test
  void hostingTalksWithRussiaIsACallForPeace() {
    assertEquals("calls_for_peace", stance("Turkey has offered to host talks between Moscow and Kyiv.", "Turkey",
        "TUR").position());
    assertNull(stance("Turkey hosted talks with Sweden on its NATO bid, as the war in Ukraine went on.", "Turkey",
        "TUR"));
  }

  @Test
  void breakingACeasefireIsNoCallForOne() {
    assertAuthorStates("USA", "ukraine-war", null,
        "We have seen a major uptick in violations of the ceasefire by Russian-backed fighters in the Donbas.");
    assertNull(stance("israel-gaza", "Hamas violated a ceasefire that was in place in Gaza.", "Hamas", "PSE"));
    assertAuthorStates("USA", "israel-gaza", "calls_for_ceasefire", "We call for a ceasefire in Gaza.");
    assertNull(stance("israel-gaza", "Israel said it would not agree to a ceasefire in Gaza until all hostages were"
        + " released.", "Israel", "ISR"), "refusing a ceasefire is no call for one");
    assertAuthorStates("USA", "ukraine-war", null, "We haven't seen any effort to de-escalate from the Kremlin in"
        + " Ukraine.");
    assertAuthorStates("USA", "israel-gaza", "calls_for_ceasefire", "We cannot give up on a two-state solution"
        + " for Israelis and Palestinians.");
    assertAuthorStates("USA", "israel-gaza", null, "The refusal by Hamas has caused the end of the pause in"
        + " hostilities in Gaza.");
  }

  @Test
  void hostingAClimateSummitIsClimateAction() {
    String s = "Kenya will host a regional climate summit next year.";
    assertEquals("supports_climate_action", stance("climate-action", s, "Kenya", "KEN").position());
    String t = "Kenya will host a regional trade summit next year to discuss coal exports.";
    assertNull(stance("climate-action", t, "Kenya", "KEN"),
        "hosting is climate action only when what is hosted is about it");
  }

  @Test
  void deploringOrRegrettingWhatRussiaDoesAndUnwarrantedWarAreAgainstTheWar() {
    assertEquals("supports_ukraine", stance("Costa Rica regrets Russia's suspension of the Black Sea Grain Initiative.",
        "Costa Rica", "CRI").position());
    assertEquals("supports_ukraine", stance("France deplores Russia's systematic targeting of Ukrainian ports.",
        "France", "FRA").position());
    assertEquals("supports_ukraine", stance("Saint Lucia says the unwarranted Russian war in Ukraine rages on.",
        "Saint Lucia", "LCA").position());
  }

  @Test
  void inAReportersQuestionASupposedActIsNobodys() {
    String s = "Just last month, the Russians warned that if the UK provided fighter jets to Ukraine, it would have"
        + " serious ramifications.";
    List<MentionStance> r = CLASSIFIER.classify(s, WordTokenizer.tokenize(s),
        List.of(speaker(s, "Russians", "RUS"), speaker(s, "UK", "GBR")), "USA", true);
    assertNull(r.get(0).on("ukraine-war"), "the Russians warn of a supposed act");
    assertNull(r.get(1).on("ukraine-war"), "the UK's act is supposed");
  }

  @Test
  void inAReportersTurnAStatesActReportedAsFactIsItsPosition() {
    assertEquals("supports_ukraine", reported("Canada has offered a $100 million loan to Ukraine.", "Canada", "CAN"));
    assertEquals("supports_russia", reported("We also know the Myanmar government has supported Russia's invasion of "
        + "Ukraine.", "Myanmar", "MMR"));
    assertNull(reported("Would Canada offer a $100 million loan to Ukraine?", "Canada", "CAN"), "a question");
    assertNull(reported("Canada could offer a $100 million loan to Ukraine.", "Canada", "CAN"), "a possible act");
    assertNull(reported("CNN is reporting that Canada is sending weapons to Ukraine.", "Canada", "CAN"),
        "a report of a report");
    assertNull(reported("I'm curious how Canada is sending weapons to Ukraine.", "Canada", "CAN"), "a question");
    assertNull(reported("There are no Canadian training programs for Ukrainians.", "Canadian", "CAN"), "denied");
    assertNull(reported("A private South African company did supply weapons to Russia in its war on Ukraine.",
        "South African", "ZAF"), "a company is not its state");
  }

  /** The position of the one mention in a sentence of a reporter's turn (no author speaks it), null for none. */
  private static String reported(String s, String surface, String iso3) {
    StanceStatement st = CLASSIFIER.classify(s, WordTokenizer.tokenize(s), List.of(speaker(s, surface, iso3)), null,
        true).get(0).on("ukraine-war");
    return st == null ? null : st.position();
  }

  @Test
  void namingUkraineASovereignNationUnderAttackIsAgainstTheWar() {
    assertAuthorStates("NLD", "ukraine-war", "supports_ukraine", "Russia attacked Ukraine, a sovereign nation, and not "
        + "the other way round.", "We stand up to Russia's invasion of a sovereign country in Europe.",
        "In Ukraine, force has been used against a sovereign nation.");
  }

  @Test
  void aSovereignFreeAndIndependentUkraineIsTheSpeakersVision() {
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine", "We share the same vision of a free, independent, "
        + "prosperous, and secure Ukraine.", "It was an attack on the very idea of a sovereign and independent Ukraine.");
    assertAuthorStates("USA", "ukraine-war", null, "We announced a sovereign loan guarantee to Ukraine.");
  }

  @Test
  void aLiberationIsTheSpeakersOwnSideWhenTheSpeakerIsAParty() {
    String moscow = "\u201cThe liberation of the Donetsk and Luhansk regions is an unconditional priority,\u201d"
        + " Russia's foreign minister said.";
    assertEquals("supports_russia", stance(moscow, "Russia", "RUS").position());
    assertEquals("supports_ukraine", stance("Ukraine said its armed forces have liberated 700 square miles of"
        + " territory.", "Ukraine", "UKR").position());
    // a speaker that is no party keeps the row's position
    assertEquals("supports_ukraine", stance("The United States welcomed the liberation of Kherson.", "United States",
        "USA").position());
  }

  @Test
  void aVerbOfSayingRightAfterAQuotationHasItsSpeakerAfterIt() {
    for (String q : List.of("\u201d", "\"")) {
      String s = "\u201cThe town of Krasny Liman has been entirely liberated from Ukrainian nationalists," + q
          + " said Russia's defence ministry in a statement.";
      List<MentionStance> r = CLASSIFIER.classify(s, List.of(mentioned(s, "Ukrainian", "UKR"),
          speaker(s, "Russia", "RUS")), null);
      assertNull(r.get(0).on("ukraine-war"), s);
      assertEquals("supports_russia", r.get(1).on("ukraine-war").position(), s);
    }
    // a person after the verb: nobody in the quotation speaks it
    String s = "\"There are no laboratories supported by the United States in Ukraine,\" insisted the ambassador.";
    assertNull(CLASSIFIER.classify(s, List.of(speaker(s, "United States", "USA"), mentioned(s, "Ukraine", "UKR")),
        null).get(0).on("ukraine-war"));
  }

  @Test
  void aCuesObjectIsNotLookedForInASubordinateClauseAfterIt() {
    String s = "The death toll from a Russian rocket attack on a train station and the surrounding area as Ukraine"
        + " celebrated its Independence Day climbed to 25, including at least two children, Ukrainian authorities said.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(mentioned(s, "Russian", "RUS"), mentioned(s, "Ukraine", "UKR"),
        speaker(s, "Ukrainian", "UKR")), null);
    assertNull(r.get(0).on("ukraine-war"), "'train' has no object Ukraine across 'as': " + r);
    // a list with "as" is no clause
    assertEquals("supports_ukraine", stance("Britain will train soldiers from Poland as well as Ukraine.", "Britain",
        "GBR").position());
  }

  @Test
  void reliefOfferedOnAConditionHoldsThePenaltyUntilThen() {
    StanceStatement truss = stance("The British foreign secretary, Liz Truss, held out such a prospect in March, when she"
        + " suggested Britain could lift sanctions if Russia commits to a full ceasefire and withdrawal.",
        "The British foreign secretary", "GBR");
    assertEquals("supports_ukraine", truss.position());
    assertEquals(List.of("if:lift sanctions"), truss.cues());
    // asked for without a condition, and a condition before the cue, stay as they are
    assertEquals("supports_russia", stance("Hungary called on the EU to lift sanctions on Russia.", "Hungary", "HUN")
        .position());
    assertEquals("supports_russia", stance("Peskov said gas supplies depend on whether the west would lift its sanctions"
        + " on Moscow.", "Peskov", "RUS").position());
  }

  @Test
  void rejectingACallForPeaceIsNoCallForIt() {
    assertNull(stance("Ukraine rejected calls for a ceasefire that would freeze the front line.", "Ukraine", "UKR"));
    assertNull(stance("The Kyiv regime rejects any proposals for negotiation.", "Kyiv", "UKR"));
    assertEquals("calls_for_peace", stance("Turkey called for a ceasefire in Ukraine.", "Turkey", "TUR").position());
  }

  @Test
  void announcingAMilitaryOperationGivesNothingAnnouncingMilitaryAssistanceDoes() {
    // "announce" names no giving: an adjective after it is not yet the thing given
    assertAuthorStates("RUS", "ukraine-war", null, "We announced a military operation in Ukraine.");
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine", "We will announce another military assistance package"
        + " to Ukraine this week.", "We announced new security assistance for Ukraine.");
    // a verb of giving still gives what its adjective names
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine", "We sent military and humanitarian aid to Ukraine.");
  }

  @Test
  void todayUkraineTomorrowAnyOfUsIsSolidarityWithUkraine() {
    assertAuthorStates("POL", "ukraine-war", "supports_ukraine", "Today the victim is Ukraine; tomorrow it could be any "
        + "one of us.");
    assertAuthorStates("POL", "climate-action", null, "Today it is a flood; tomorrow it could be a drought, as climate "
        + "change worsens.");
  }

  @Test
  void makingSureUkraineHasWhatItNeedsIsSupport() {
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine", "We will make sure Ukraine has weapons to defend "
        + "against an invading Russian force.", "We are working to ensure that Ukraine has the equipment it needs.",
        "What we're trying to do is make sure that the Ukrainians have everything they need.");
    assertEquals(null, stance("President Putin is urging the agency to ensure that Ukraine does not attack the power "
        + "plant in its war.", "Putin", "RUS"), "what one asks Ukraine not to do is no support for it");
  }

  @Test
  void strengtheningUkraineIsSupportEvenAtTheNegotiatingTable() {
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "Our role is to strengthen Ukraine on the battlefield and at the negotiating table.",
        "We are bolstering Ukraine's defense against the invasion.");
  }

  @Test
  void whoThanksOrPraisesAnActForASideTakesThatSideToo() {
    String s = "President Biden thanked Prime Minister Kishida for Japan's strong support for Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Biden", "USA"), speaker(s, "Japan", "JPN")),
        null);
    for (MentionStance m : r) {
      StanceStatement st = m.on("ukraine-war");
      assertEquals("supports_ukraine", st == null ? null : st.position(), m.mention().iso3() + ": " + r);
    }
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "I want to thank the Slovakian government for providing an air defense system to Ukraine.");
    String k = "Mr. Sullivan thanked Kuwait for its generous humanitarian aid to the Ukrainian people.";
    int at = k.indexOf("Kuwait");
    StanceStatement kuwait = CLASSIFIER.classify(k, List.of(new SpeakerMention("KWT", at, at + 6, false, List.of())),
        "USA").get(0).on("ukraine-war");
    assertEquals("supports_ukraine", kuwait == null ? null : kuwait.position(), "'its' after 'for' is the one thanked");
  }

  @Test
  void aSupporterDonorOrContributorToUkraineSupportsIt() {
    assertEquals("supports_ukraine", position("Japan has been a strong supporter of Ukraine.", "Japan", "JPN"));
    assertEquals("supports_ukraine", position("Germany is the second-largest donor to Ukraine.", "Germany", "DEU"));
    assertEquals("supports_ukraine", position("Australia continues to be the largest non-NATO contributor to "
        + "Ukraine's defense.", "Australia", "AUS"));
  }

  @Test
  void aGerundCompletingANounOfRoleIsDoneByItsPossessorOrItsSubject() {
    assertEquals("supports_ukraine", position("The United Kingdom has been a leader in supporting Ukraine.",
        "United Kingdom", "GBR"));
    assertEquals("supports_ukraine", position("Germany will join the United States in supplying an additional Patriot "
        + "battery to Ukraine.", "Germany", "DEU"), "who joins another in an act does it");
    String s = "President Biden thanked Prime Minister Trudeau for Canada's partnership in providing security "
        + "assistance for Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Canada", "CAN")), "USA");
    StanceStatement canada = r.get(0).on("ukraine-war");
    assertEquals("supports_ukraine", canada == null ? null : canada.position(), r.toString());
  }

  @Test
  void askingAnotherNotToSupportOneSideSupportsTheOther() {
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine", "We warned China not to provide weapons to Russia.",
        "We have strongly urged countries not to provide support for Russia's war.");
    assertEquals("neutral_noncommittal", stance("Japan is not supporting Ukraine with weapons.", "Japan", "JPN")
        .position(), "a denial of one's own act is still no support");
  }

  @Test
  void deterringRussiaIsAgainstTheWar() {
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine", "We are trying to deter and prevent a potentially "
        + "massive Russian invasion.", "The leaders reviewed ongoing deterrence efforts in response to Russia's "
        + "military build-up on Ukraine's borders.");
  }

  @Test
  void aPossessiveBeforeACueStandsForTheSideNamedBeforeIt() {
    assertAuthorStates("LVA", "ukraine-war", "supports_ukraine", "Russia must stop its terror and atrocity crimes.",
        "Putin is paying a big price for his aggression.");
    assertAuthorStates("LVA", "ukraine-war", null, "Russia wants Ukraine to stop its violations.");
  }

  @Test
  void supportForWhatHappensBetweenTheSidesSupportsNeither() {
    assertNotEquals("supports_ukraine", position("France is supporting the diplomatic talks between Ukraine and "
        + "Russia.", "France", "FRA"));
    assertEquals("supports_ukraine", stance("France is supporting Ukraine in its talks with Russia.", "France", "FRA")
        .position());
  }

  private static String position(String s, String surface, String iso3) {
    StanceStatement st = stance(s, surface, iso3);
    return st == null ? null : st.position();
  }

  @Test
  void notOnlyAddsRatherThanDenies() {
    assertEquals("supports_ukraine", stance("Japan continues to help, not just in supporting Ukraine, but in promoting"
        + " stability in Asia.", "Japan", "JPN").position());
    assertEquals("neutral_noncommittal", stance("Japan is not supporting Ukraine with weapons.", "Japan", "JPN")
        .position(), "a plain 'not' still negates");
  }

  @Test
  void protectingFromTheClimateCrisisAndNamingItsHumanCauseSupportClimateAction() {
    for (String s : List.of("I propose that we end the war in order to defend life from the climate crisis.",
        "The greatest challenge of all is anthropogenic climate change.",
        "We must recognize that climate change is a result of human activities.")) {
      List<MentionStance> r = CLASSIFIER.classify(s, List.of(), "SVN");
      assertEquals("supports_climate_action", r.get(0).on("climate-action").position(), s);
    }
  }

  @Test
  void adaptationClimateJusticeFundingAndLimitingEmissionsAreClimateAction() {
    assertAuthorStates("FJI", "climate-action", "supports_climate_action",
        "Our Government will continue to respond to climate change with resolve.",
        "We have set up a national trust to finance climate adaptation in our coastal towns.",
        "Our island nations have called for climate justice for decades.",
        "We are implementing a national climate change policy in every ministry.",
        "We will limit our emissions to half of today's level.",
        "Our goal is a climate-neutral economy by 2045.",
        "We need a fair clean-energy transition for our region.");
    assertTrue(CLASSIFIER.classify("We are financing two coal plants in the north.", List.of(), "FJI").stream()
        .allMatch(m -> m.on("climate-action") == null
            || !m.on("climate-action").position().equals("supports_climate_action")),
        "funding coal is no climate action");
  }

  @Test
  void palestinianRightsOccupationAndPlightAreThePalestinianSide() {
    assertAuthorStates("MYS", "israel-gaza", "supports_palestinians",
        "We will keep working to realize the rights of the Palestinian people.",
        "Palestinians in the West Bank continue to live under occupation.",
        "No one should forget the plight of the Palestinian people.",
        "Our nation grieves the suffering of the Palestinian people.");
  }

  @Test
  void russiaCouldEndTheWarAndTheInvasionMustEndAreAgainstTheWar() {
    assertAuthorStates("GBR", "ukraine-war", "supports_ukraine",
        "Russia could end this war tomorrow.", "Only the Kremlin can end the war.",
        "The Russian invasion must end.", "Russia has committed a brutal aggression.", "Glory to Ukraine!");
    String t = "The war in Ukraine must come to an end.";
    StanceStatement r = CLASSIFIER.classify(t, List.of(), "GBR").get(0).on("ukraine-war");
    assertEquals("calls_for_peace", r == null ? null : r.position(), t);
    assertAuthorStates("GBR", "ukraine-war", "supports_ukraine", "Russia can stop the fighting in Ukraine tomorrow.");
    assertNull(stance("\"Russia can stop the fighting, pull back its troops to Ukraine's borders, and the war will be"
        + " over.\"", "Russia", "RUS"), "what Russia is said to be able to do is no call of Russia's");
  }

  @Test
  void stoppingAnActLeavesItsJudgementStanding() {
    assertAuthorStates("LUX", "ukraine-war", "supports_ukraine",
        "Our aim is to stop Russia's brutal war against Ukraine.",
        "We work every day to prevent the unnecessary war in Ukraine from spreading.");
  }

  @Test
  void russiasCrimesWeaponizingAndResponsibilityAreAgainstTheWar() {
    assertAuthorStates("LVA", "ukraine-war", "supports_ukraine",
        "Russia's crimes in Ukraine must be punished.", "Russia is weaponizing grain exports.",
        "Moscow must bear responsibility for its aggression.", "We defend Ukraine's right to exist.");
  }

  @Test
  void aidToTheUkrainiansAndAHorrificOngoingWarAreForUkraine() {
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "We keep sending military assistance to the Ukrainian armed forces.",
        "The leaders discussed Russia's brutal and ongoing war in Ukraine.",
        "Russia's horrific war goes on in Ukraine.");
  }

  @Test
  void progressAtTheClimateConferenceAndTheCourtsOpinionOnClimateAreClimateAction() {
    assertAuthorStates("LIE", "climate-action", "supports_climate_action",
        "We hope to see significant progress at the twenty-eighth session of the Conference of the Parties to the "
            + "United Nations Framework Convention on Climate Change.",
        "We asked the International Court of Justice for an advisory opinion on the obligations of States with "
            + "respect to climate change.",
        "We support the Bridgetown Initiative to reform climate finance.",
        "We are committed to this in line with our nationally determined climate contributions.");
  }

  @Test
  void theUrgencyOfClimateActionIsAPositionForIt() {
    assertAuthorStates("NZL", "climate-action", "supports_climate_action",
        "Every increment of a degree and every ton of emissions matters.",
        "We are meeting the climate crisis with the urgency it demands.",
        "Young people feel the urgency of climate change.");
  }

  @Test
  void decarbonizingZeroEmissionAndEndingDeforestationAreClimateAction() {
    assertAuthorStates("NOR", "climate-action", "supports_climate_action",
        "We are decarbonizing our ports to cut emissions from shipping.",
        "Our cities are buying zero-emission buses.", "We have promised to end deforestation in our forests.",
        "We must protect our climate for our grandchildren.", "Clean energy investments have tripled in our country.");
  }

  @Test
  void whatATextVotedAgainstSaysIsNotTheVotersPosition() {
    assertEquals("supports_russia", stance("Nicaragua voted against a resolution that demands Russia withdraw its"
        + " forces from Ukraine.", "Nicaragua", "NIC").position());
    assertEquals("supports_ukraine", stance("Nicaragua voted for a resolution that demands Russia withdraw its forces"
        + " from Ukraine.", "Nicaragua", "NIC").position());
    StanceStatement r = stance("Nicaragua abstained on the resolution calling on Russia to end its illegal war in"
        + " Ukraine.", "Nicaragua", "NIC");
    assertEquals("neutral_noncommittal", r.position());
    assertEquals(List.of("abstained"), r.cues(), "the resolution's words are not Nicaragua's");
    assertEquals("supports_ukraine", stance("Saudi Arabia voted against Russia on Ukraine at the United Nations.",
        "Saudi Arabia", "SAU").position(), "voting against a side is voting for the other");
    assertAuthorStates("SAU", "israel-gaza", "supports_palestinians", "We voted against Israel on Gaza at the United Nations.");
  }

  @Test
  void defendingASideSupportsIt() {
    StanceStatement p = CLASSIFIER.classify("We will keep defending Palestine in every forum.", List.of(), "COL").get(0)
        .on("israel-gaza");
    assertEquals("supports_palestinians", p == null ? null : p.position());
    StanceStatement i = CLASSIFIER.classify("We will always defend Israel against Hamas.", List.of(), "USA").get(0)
        .on("israel-gaza");
    assertEquals("supports_israel", i == null ? null : i.position());
  }

  @Test
  void stoppingOrSlowingClimateChangeCombatingGlobalWarmingAndLeavingFossilFuelsSupportClimateAction() {
    assertAuthorStates("USA", "climate-action", "supports_climate_action", "We will combat global warming.",
        "We must stop climate change before it is too late.", "Healthy forests can slow climate change.",
        "We are transitioning away from fossil fuels.", "We're moving away from fossil fuels to clean energy.",
        "We will combat commodity-driven deforestation to meet our climate goals.");
    assertEquals("supports_climate_action", stance("climate-action", "Brazil's president Lula promised to end illegal "
        + "deforestation in the Amazon by 2030.", "Brazil", "BRA").position());
  }

  @Test
  void urgingOrCallingOnRussiaToActIsAgainstTheWarButNotCallingOnBothSides() {
    assertEquals("supports_ukraine", stance("Malta urges Russia to rejoin the Black Sea Grain Initiative and to stop "
        + "standing in the way of food supplies leaving Ukraine.", "Malta", "MLT").position());
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "We call on the Russian Federation to cease all military operations near Ukrainian nuclear facilities.",
        "We express our profound concern over Russia's attempt to control Ukraine's nuclear facilities.");
    assertEquals("supports_ukraine", stance("Bulgaria is deeply concerned about the decision of the Russian Federation "
        + "to withdraw from the Black Sea Grain Initiative.", "Bulgaria", "BGR").position());
    StanceStatement both = stance("Malta calls on Russia and Ukraine to return to talks to end the war.", "Malta",
        "MLT");
    assertTrue(both == null || !both.position().equals("supports_ukraine"), "a call on both sides: " + both);
  }

  @Test
  void securityAndAidForIsraelAndHamasNamedAsTerroristsSupportIsrael() {
    assertAuthorStates("USA", "israel-gaza", "supports_israel",
        "We are committed to Israel's security as it fights Hamas.",
        "We continue to provide military assistance to Israel as it goes after Hamas.",
        "More than 1,300 people were killed by the terrorist group Hamas.",
        "We also call on Hamas to release all the remaining hostages.",
        "We urge Hamas to accept the deal on the table in Gaza.");
    String s = "We continue to provide military assistance to Israel in the war in Gaza.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Israel", "ISR")), "USA");
    assertNull(r.get(0).on("israel-gaza"), "the aid goes to Israel, it is not Israel's: " + r);
  }

  @Test
  void hinderingAnothersSupportIsNoNeutrality() {
    for (String s : List.of("We are working to disrupt support for Russia's war wherever it is found.",
        "Our sanctions aim at countering Iran's support for Russia.")) {
      assertTrue(CLASSIFIER.classify(s, List.of(), "USA").stream().allMatch(m -> m.on("ukraine-war") == null
          || !m.on("ukraine-war").position().equals("neutral_noncommittal")), s);
    }
  }

  @Test
  void theSpeakersOwnWordsForTheWarAndForGivingToUkraineAreSupport() {
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "The biggest problem is global inflation and Putin's unconscionable invasion of Ukraine.",
        "We will stand against the naked aggression of the Kremlin.",
        "We are giving the Ukrainians a range of capabilities for the fight.",
        "We're going to give Ukraine what it needs to defend itself.",
        "We are not making any decisions about Ukraine without Ukraine.");
    assertAuthorStates("PRY", "climate-action", "supports_climate_action",
        "Our farms have been free of deforestation since 2004 as a result of our zero-deforestation policy.");
  }

  @Test
  void supportDemandedInThePassiveGivingToTheUkrainiansAndSanctioningRussiansAreSupport() {
    assertAuthorStates("ISL", "ukraine-war", "supports_ukraine", "Ukraine must be supported.",
        "We continue to give safe refuge to the Ukrainian people.",
        "Today, we're sanctioning Putin's adult children.",
        "I'd like to address the shameless effort by Russia to annex parts of its neighbor, Ukraine.");
    String s = "Ukraine, backed by the West, has retaken territory.";
    assertNull(stance(s, "Ukraine", "UKR"), "the one supported does not state its own support");
  }

  @Test
  void adaptingToClimateImpactsAndAmbitiousClimatePolicyAreClimateAction() {
    assertAuthorStates("USA", "climate-action", "supports_climate_action",
        "Down payments now to bolster the resilience of our infrastructure to climate change will save money.",
        "His actions will protect communities from climate impacts already here.",
        "We mobilized the leading emitters to help poorer countries deal with the impacts of climate change.",
        "The President has delivered the most ambitious climate agenda in history.");
    assertAuthorStates("USA", "climate-action", null, "Climate change threatens the resilience of our farms.");
  }

  @Test
  void solidarityWithPalestinianBrothersAndIsraelsOccupationAreThePalestiniansSide() {
    assertAuthorStates("IDN", "israel-gaza", "supports_palestinians",
        "For far too long, we have allowed our Palestinian brothers and sisters to suffer.",
        "We seek an advisory opinion on the consequences of Israel's prolonged occupation.",
        "The Palestinian people remain prisoners of the Israeli settler occupation.");
  }

  @Test
  void aidPackagesFlowingToUkraineAndRaisingTheCostsOnRussiaAreSupport() {
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "We are always preparing a new military package for Ukraine.",
        "We will keep the security packages flowing to Ukraine.",
        "Today, we're announcing another package of assistance for the Ukrainians.",
        "The United States is taking actions with the G7 to further raise the costs on Russia for its war.",
        "We've provided $300 million in humanitarian assistance to the people in Ukraine and neighboring countries.",
        "We have committed more than a billion dollars in security assistance to the people of Ukraine.",
        "We are supplying an additional Patriot air defense battery to Ukraine.",
        "We have already provided assistance worth almost $90 billion to Ukraine.");
  }

  @Test
  void providingIsraelWithAidOrReplenishingItsIronDomeIsSupportButNotProvidingToBothPeoples() {
    assertAuthorStates("USA", "israel-gaza", "supports_israel",
        "It's about making sure Israel has what it needs to continue to defend itself against Hamas.",
        "Since the Hamas attack, the administration has provided Israel with $4.8 billion for its security.",
        "We worked with the Congress to secure $1 billion to replenish the Iron Dome after the Gaza conflict.",
        "We are going to send a security package for Israel after the attack by Hamas.");
    assertAuthorStates("USA", "israel-gaza", "calls_for_ceasefire", "The President reiterated his commitment to a "
        + "negotiated two-state solution and to providing Israelis and Palestinians equal measures of freedom.");
  }

  @Test
  void addressingClimateIssuesOrRisksAndClimateFundsAreClimateAction() {
    assertAuthorStates("TKM", "climate-action", "supports_climate_action",
        "Turkmenistan considers the addressing of urgent climate and ecological issues to be a key area of work.",
        "We will address climate-related security risks.",
        "Portugal has signed an agreement to convert State debt into an environmental and climate fund.");
    assertAuthorStates("TKM", "climate-action", null, "The investment climate has improved.");
  }

  @Test
  void noProspectSignOrRoomForASettlementIsNoCallForIt() {
    assertAuthorStates("CAF", "ukraine-war", null,
        "The Russo-Ukrainian conflict continues on the ground, with no prospect for a peaceful settlement.",
        "There is no sign of a ceasefire in the war in Ukraine.",
        "We see a continued Russian build-up on the border with Ukraine and no meaningful evidence of de-escalation.",
        "There is no space left for negotiations with Putin's regime.",
        "We see no room for talks with Moscow while its troops occupy our land.",
        "There is no point in negotiations with the Kremlin.",
        "There is no appetite for a ceasefire in Kyiv.");
    assertAuthorStates("CAF", "ukraine-war", "calls_for_peace",
        "There is no alternative to a peaceful settlement of the Russo-Ukrainian conflict.");
  }

  @Test
  void pressingAPartyIsNeverThatPartysOwnPosition() {
    StanceStatement self = stance("A day earlier, Russia's space chief, Dmitry Rogozin, called on Russia to"
        + " \"finish off\" Ukraine once and for all.", "Russia", "RUS");
    assertTrue(self == null || !self.position().equals("supports_ukraine"), "Russia pressing Russia: " + self);
    assertEquals("supports_ukraine", stance("Ukraine's foreign minister called on Russia to withdraw its forces.",
        "Ukraine", "UKR").position(), "another country pressing Russia");
    assertEquals("supports_ukraine", stance("The United States will provide other Western or American systems to"
        + " Ukraine to fight the Russian invasion.", "The United States", "USA").position(), "the West is no party");
  }

  @Test
  void aSideNamedInAPhraseOfTimeIsNotWhatIsPraisedOrSupported() {
    StanceStatement after = stance("Zelensky praised Britain for its support after Putin's speech on the war.",
        "Zelensky", "UKR");
    assertTrue(after == null || !after.position().equals("supports_russia"), "praise after Putin's speech: " + after);
    assertEquals("supports_russia", stance("Belarus praised the Russian army after its advance in Ukraine.", "Belarus",
        "BLR").position(), "what is praised comes before the phrase of time");
  }

  @Test
  void aCallInAClauseOfWhetherIsAQuestion() {
    StanceStatement asked = stance("Views differ over whether or not Ukraine should cede some territory to Russia to"
        + " end the war.", "Ukraine", "UKR");
    assertNull(asked, "an open question states nothing: " + asked);
    assertEquals("calls_for_peace", stance("Ukraine wants to end the war.", "Ukraine", "UKR").position());
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "You will see that across the board, whether we're talking about our support for Ukraine or our approach to"
            + " the PRC.",
        "There should not be any question about whether we are doing everything to support Ukraine.");
    assertAuthorStates("USA", "ukraine-war", null,
        "You hear voices about whether or not we should continue to support Ukraine.");
  }

  @Test
  void anAmountBeforeTheAidIsPartOfWhatIsHalted() {
    assertAuthorStates("USA", "ukraine-war", null,
        "We moved to halt nearly $400 million in military aid to Ukraine.");
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "We sent nearly $400 million in military aid to Ukraine.");
  }

  @Test
  void aPossessiveAfterTheObjectOfPunishingIsTheObjects() {
    String s = "Russia is plotting to strike a key gas pipeline to punish Britain over its support for Ukraine.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Russia", "RUS"),
        mentioned(s, "Britain", "GBR"), mentioned(s, "Ukraine", "UKR")), null);
    StanceStatement russia = r.get(0).on("ukraine-war");
    assertTrue(russia == null || !russia.position().equals("supports_ukraine"), "Russia: " + russia);
    assertEquals("supports_ukraine", r.get(1).on("ukraine-war").position(), "its support is Britain's");
  }

  @Test
  void anInfinitiveAfterANounIsTheActOfTheNounsOwner() {
    String s = "Russia has said that a US decision to supply advanced rocket systems to Ukraine was extremely negative.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Russia", "RUS"), mentioned(s, "US", "USA")),
        null);
    StanceStatement russia = r.get(0).on("ukraine-war");
    assertTrue(russia == null || !russia.position().equals("supports_ukraine"), "Russia: " + russia);
    assertEquals("supports_ukraine", r.get(1).on("ukraine-war").position(), "the decision is the US's");
    StanceStatement unnamed = stance("Russia said that the decision to supply rockets to Ukraine was a mistake.",
        "Russia", "RUS");
    assertTrue(unnamed == null || !unnamed.position().equals("supports_ukraine"), "Russia: " + unnamed);
    assertEquals("supports_ukraine", stance("Germany announced its decision to send tanks to Ukraine.", "Germany",
        "DEU").position());
    assertEquals("supports_ukraine", stance("Germany has donated tanks and aircraft to support Ukraine's"
        + " self-defense.", "Germany", "DEU").position(), "an object before \"to\" is no owner of the act");
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "We will use tariffs on Russian goods to help Ukraine.",
        "And look, the failure to support Ukraine is just absolutely crazy.");
    assertEquals("supports_ukraine", stance("The United States will provide another $250 million for the AGRI Ukraine"
        + " Initiative to help Ukraine's farmers export their grain.", "The United States", "USA").position(),
        "a capitalised noun is part of a name");
  }

  @Test
  void aStockItsOwnerHoldsIsNothingGiven() {
    assertNull(stance("Western officials said Russia was rapidly exhausting its supply of missiles and because of"
        + " sanctions was unable to import the parts.", "Russia", "RUS"));
    assertEquals("supports_russia", stance("Iran increased its supply of drones to Russia.", "Iran", "IRN")
        .position());
  }

  @Test
  void negotiatingAnotherMatterIsNoCallForPeace() {
    StanceStatement arms = stance("US President Joe Biden declared this week that Washington is ready to expeditiously"
        + " negotiate a new arms control framework with Moscow.", "Joe Biden", "USA");
    assertTrue(arms == null || !arms.position().equals("calls_for_peace"), "arms control: " + arms);
    assertEquals("calls_for_peace", stance("Ukraine said it would negotiate directly with Russia.", "Ukraine", "UKR")
        .position());
    assertEquals("calls_for_peace", stance("Turkey offered to negotiate an end to the war in Ukraine.", "Turkey", "TUR")
        .position());
    assertEquals("calls_for_peace", stance("Turkey offered to negotiate a peace deal between Russia and Ukraine.",
        "Turkey", "TUR").position());
  }

  @Test
  void anAsideAboutTheObjectOfAnInfinitiveIsTheWritersDescription() {
    String s = "Finland shares a border with Russia, but has so far declined to join NATO, which aims to curtail Russian"
        + " aggression.";
    StanceStatement finland = CLASSIFIER.classify(s, List.of(speaker(s, "Finland", "FIN"), mentioned(s, "Russia",
        "RUS")), null).get(0).on("ukraine-war");
    assertNull(finland, "NATO's aim is described, not stated by Finland: " + finland);
    assertEquals("supports_ukraine", stance("Finland has decided to stand up to Russian aggression.", "Finland", "FIN")
        .position());
  }

  @Test
  void lawyersCommentatorsAndClergyAreNoStatesVoice() {
    assertNull(stance("A consortium of Ukrainian and international lawyers condemned the Russian invasion.",
        "Ukrainian", "UKR"));
    assertNull(stance("Russian commentators blamed Ukraine for the war.", "Russian", "RUS"));
    assertEquals("supports_russia", stance("Russian officials blamed Ukraine for the war.", "Russian", "RUS")
        .position());
  }

  @Test
  void whatAnotherPredictsACountryWillDoOnAConditionIsNotItsAct() {
    String s = "\u201cThe Russian authorities will surely offer negotiations to us if they see the strength of the world"
        + " that supports Ukraine,\u201d Zelensky said on Monday.";
    List<MentionStance> r = CLASSIFIER.classify(s, List.of(speaker(s, "Russian", "RUS"), speaker(s, "Zelensky", "UKR")),
        null);
    StanceStatement russia = r.get(0).on("ukraine-war");
    assertTrue(russia == null || !russia.position().equals("calls_for_peace"), "Russia: " + russia);
    String promise = "The United States will impose severe sanctions on Russia if it invades Ukraine, Biden said.";
    assertEquals("supports_ukraine", CLASSIFIER.classify(promise, List.of(speaker(promise, "The United States", "USA"),
        speaker(promise, "Biden", "USA")), null).get(0).on("ukraine-war").position(), "a promise on a condition");
  }

  @Test
  void aCallSaidToProlongOrRewardTheWarIsArguedAgainst() {
    StanceStatement prolong = stance("Ukrainian President Volodymyr Zelenskyy argued that a cease-fire while Russia"
        + " occupies Ukrainian territory would actually prolong the war.", "Ukrainian President", "UKR");
    assertTrue(prolong == null || !prolong.position().equals("calls_for_peace"), "prolong: " + prolong);
    StanceStatement reward = stance("Poland said a ceasefire now would reward Russian aggression.", "Poland", "POL");
    assertTrue(reward == null || !reward.position().equals("calls_for_peace"), "reward: " + reward);
    assertEquals("calls_for_peace", stance("Turkey said a ceasefire would save thousands of lives in Ukraine.",
        "Turkey", "TUR").position());
  }

  @Test
  void whatUnnamedOthersSayIsNotTheReportersWords() {
    StanceStatement others = stance("Lavrov said that signals from Western nations contradicted each other, since some"
        + " were calling for a peaceful resolution of the conflict in Ukraine while others urged Kiev to fight.",
        "Lavrov", "RUS");
    assertTrue(others == null || !others.position().equals("calls_for_peace"), "Lavrov: " + others);
    assertEquals("calls_for_peace", stance("Lavrov said that Russia was calling for a peaceful resolution of the"
        + " conflict in Ukraine.", "Lavrov", "RUS").position());
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine", "We brought together NATO in what many would agree"
        + " was a historic alliance because of Putin's aggression in Ukraine.");
  }

  @Test
  void oneWhoNoLongerHoldsAnOfficeSpeaksForNoState() {
    assertNull(stance("A former French presidential candidate has accused the Ukrainian leader of using war propaganda"
        + " to obstruct the peace process.", "French", "FRA"));
    assertEquals("supports_russia", stance("The French president has accused the Ukrainian leader of using war"
        + " propaganda to obstruct the peace process.", "French", "FRA").position());
    assertNull(stance("Germany's former chancellor accused Ukraine of obstructing the peace process.", "Germany",
        "DEU"));
    assertEquals("supports_ukraine", stance("Lithuania, a former Soviet republic, condemned the Russian invasion.",
        "Lithuania", "LTU").position(), "said of the country itself");
  }

  @Test
  void vetoingOrBlockingAnActIsNotDoingIt() {
    StanceStatement vetoed = stance("Switzerland's government has vetoed Denmark's request to send armoured personnel"
        + " carriers to Ukraine.", "Switzerland's government", "CHE");
    assertTrue(vetoed == null || !vetoed.position().equals("supports_ukraine"), "a veto: " + vetoed);
    StanceStatement blocked = stance("Hungary blocked the EU's military aid to Ukraine.", "Hungary", "HUN");
    assertTrue(blocked == null || !blocked.position().equals("supports_ukraine"), "blocked: " + blocked);
    assertEquals("supports_ukraine", stance("Switzerland's government has agreed to send armoured personnel carriers"
        + " to Ukraine.", "Switzerland's government", "CHE").position());
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "We are implementing full blocking sanctions on two large Russian financial institutions.");
  }

  @Test
  void suspendingOrShelvingTalksIsNoCallForThem() {
    assertNull(stance("Russia suspended its participation in the peace talks with Ukraine.", "Russia", "RUS"));
    assertEquals("calls_for_peace", stance("Russia took part in the peace talks with Ukraine.", "Russia", "RUS")
        .position());
  }

  @Test
  void claimingAThingAsOnesOwnTakesItAndSaysNothing() {
    assertNull(stance("It is part of a larger region that Moscow has claimed as its own in violation of international"
        + " law in its war on Ukraine.", "Moscow", "RUS"));
    assertEquals("supports_russia", stance("Russia claimed that the invasion was a liberation of Ukraine.", "Russia",
        "RUS").position(), "a claim that something is so is said");
    assertEquals("supports_russia", stance("Russia claimed, as Lavrov put it, that the invasion was a liberation of"
        + " Ukraine.", "Russia", "RUS").position(), "an aside opened by \"as\" leaves the claim said");
  }

  @Test
  void whatAnAccusationReportsRunsOnInsideQuotationMarks() {
    assertEquals("supports_russia", stance("Putin also accused the West of engaging in \u201cnuclear blackmail.\u201d",
        "Putin", "RUS").position(), "the accuser's quoted words are reported, not its judgement");
    assertNull(stance("Peskov accused the newspapers of \"nuclear blackmail\" in their reports on the war in Ukraine.",
        "Peskov", "RUS"));
  }

  @Test
  void warningAnotherOffAnActForOneSideIsThePositionForTheOther() {
    assertEquals("supports_russia", stance("Russia has constantly warned the US and its allies against providing"
        + " Ukraine with weapons.", "Russia", "RUS").position());
    assertEquals("supports_russia", stance("Russia warned against providing Ukraine with weapons.", "Russia", "RUS")
        .position());
    assertEquals("supports_ukraine", stance("The United States warned China against supplying Russia with weapons for"
        + " its war in Ukraine.", "The United States", "USA").position());
  }

  @Test
  void anActOfWhichNoSignIsSeenIsNoOnesAct() {
    assertNull(stance("U.S. officials said they had seen no evidence yet of Iran supplying Russia with the drones.",
        "Iran", "IRN"));
    assertEquals("supports_russia", stance("There is evidence of Iran supplying Russia with drones for its war in"
        + " Ukraine.", "Iran", "IRN").position());
  }

  @Test
  void talksSaidToBeImpossibleAreNoCallForThem() {
    assertNull(stance("Ukraine said negotiations with Russia are impossible.", "Ukraine", "UKR"));
    assertNull(stance("Zelensky called it the line beyond which any negotiations are impossible with Russia.",
        "Zelensky", "UKR"));
    assertEquals("calls_for_peace", stance("Ukraine said negotiations with Russia are the only way.", "Ukraine",
        "UKR").position());
    assertNull(stance("After Bucha, Zelensky said that negotiations with Russia became impossible.", "Zelensky", "UKR"),
        "a linking verb other than \"be\"");
    assertNull(stance("Ukraine said talks with Moscow now seem pointless.", "Ukraine", "UKR"));
    assertEquals("calls_for_peace", stance("Ukraine said negotiations with Russia became necessary.", "Ukraine",
        "UKR").position());
  }

  @Test
  void aSayerReportingAJudgedActItCarriedOutIsNotItsJudge() {
    assertNull(stance("Russia's defence ministry said it had carried out a massive attack on energy infrastructure"
        + " across Ukraine.", "Russia", "RUS"));
    assertEquals("supports_ukraine", stance("The United States said Russia had launched an unprovoked attack on"
        + " Ukraine.", "The United States", "USA").position());
    assertAuthorStates("USA", "ukraine-war", "supports_ukraine",
        "We are taking measures to further undermine Russia's capacity to wage its illegal aggression.");
  }

  @Test
  void aCeasefireUsedAsAMeansIsNoCallForIt() {
    StanceStatement used = stance("Poroshenko has since admitted that Kiev's main goal was to use the ceasefire in"
        + " Ukraine to buy time.", "Kiev", "UKR");
    assertTrue(used == null || !used.position().equals("calls_for_peace"), "a ceasefire used: " + used);
    StanceStatement exploited = stance("Russia exploited the humanitarian truce to regroup its forces in Ukraine.",
        "Russia", "RUS");
    assertTrue(exploited == null || !exploited.position().equals("calls_for_peace"), "exploited: " + exploited);
    assertEquals("calls_for_peace", stance("Kiev called for a ceasefire in Ukraine.", "Kiev", "UKR").position());
    assertEquals("calls_for_peace", stance("Turkey urged both sides to use the ceasefire in Ukraine as a step toward"
        + " peace talks.", "Turkey", "TUR").position(), "the talks it asks for are still a call");
  }

  @Test
  void backRightAfterAVerbIsItsParticleNotBacking() {
    String s = "The Ukrainians hope that rocket launchers from the US will allow their forces to take back territory"
        + " lost to the invaders.";
    StanceStatement us = CLASSIFIER.classify(s, List.of(speaker(s, "US", "USA")), null).get(0).on("ukraine-war");
    assertTrue(us == null || !us.position().equals("supports_russia"), "taking back territory: " + us);
    StanceStatement foot = stance("Lord Dannatt said Russia remains on the back foot on the battlefield in Ukraine.",
        "Russia", "RUS");
    assertTrue(foot == null || !foot.position().equals("supports_ukraine"), "on the back foot: " + foot);
    assertEquals("supports_ukraine", stance("The UK continues to back Ukraine against Putin's invasion.", "The UK",
        "GBR").position());
  }

  @Test
  void aNounOfRefusalNegatesTheActAfterIt() {
    StanceStatement refusal = stance("Ukraine's President Zelensky, explaining the reasons behind his country's"
        + " refusal to negotiate with Moscow, compared Russia to a whale.", "Ukraine", "UKR");
    assertTrue(refusal == null || !refusal.position().equals("calls_for_peace"), "refusal: " + refusal);
    assertEquals("calls_for_peace", stance("Ukraine said it was ready to negotiate with Moscow.", "Ukraine", "UKR")
        .position());
  }

  @Test
  void talksWithACountryThatIsNoPartyAreNoCallForPeace() {
    String s = "Zelensky said that his negotiations with the British prime minister on the war in Ukraine were"
        + " sincere and substantive.";
    StanceStatement ally = CLASSIFIER.classify(s, List.of(speaker(s, "Zelensky", "UKR"), mentioned(s, "British",
        "GBR")), null).get(0).on("ukraine-war");
    assertTrue(ally == null || !ally.position().equals("calls_for_peace"), "talks with an ally: " + ally);
    assertEquals("calls_for_peace", stance("Zelensky said Ukraine was ready for negotiations with Moscow.", "Zelensky",
        "UKR").position());
    assertEquals("calls_for_peace", stance("Zelensky said Ukraine was ready for negotiations with the Russian side.",
        "Zelensky", "UKR").position());
    assertEquals("calls_for_peace", stance("Russia said it was open to dialogue with all parties on Ukraine.",
        "Russia", "RUS").position(), "no country named: still a call");
  }

  @Test
  void respondentsOfAPollAndAShareOfThemAreNoStatesVoice() {
    assertNull(stance("According to a poll, 75% of Chinese respondents agreed that supporting Russia in the war in"
        + " Ukraine was in China's national interest.", "Chinese", "CHN"), "a share of respondents");
    assertNull(stance("Chinese respondents agreed that supporting Russia in the war in Ukraine was in China's national"
        + " interest.", "Chinese", "CHN"), "respondents");
    assertEquals("supports_russia", stance("Chinese officials said that supporting Russia in the war in Ukraine was in"
        + " China's national interest.", "Chinese", "CHN").position());
  }

  @Test
  void theAgentOfAPassiveInsideACueIsNoObject() {
    String s = "Moscow has retaliated after delays to the return of gas turbines to Russia's Gazprom that Siemens"
        + " Energy said had been blocked by Canadian sanctions after maintenance in Montreal.";
    StanceStatement canada = CLASSIFIER.classify(s, List.of(mentioned(s, "Moscow", "RUS"), mentioned(s, "Canadian",
        "CAN")), null).get(1).on("ukraine-war");
    assertTrue(canada == null || !canada.position().equals("supports_russia"), "blocked by sanctions: " + canada);
    assertEquals("supports_russia", stance("Hungary blocked the new sanctions against Russia.", "Hungary", "HUN")
        .position());
  }

  @Test
  void anActSaidToBeHeldBackIsNotDone() {
    StanceStatement held = stance("He said that American military aid to Ukraine was held up over the summer because"
        + " Trump was concerned about whether it would be properly spent.", "American", "USA");
    assertTrue(held == null || !held.position().equals("supports_ukraine"), "aid held up: " + held);
    StanceStatement suspended = stance("Peace talks between Russia and Ukraine were suspended, Moscow said.", "Moscow",
        "RUS");
    assertTrue(suspended == null || !suspended.position().equals("calls_for_peace"), "suspended: " + suspended);
    assertEquals("supports_ukraine", stance("The United States said its military aid to Ukraine was delivered on"
        + " time.", "The United States", "USA").position());
  }

  @Test
  void aBreachNamedAfterACallIsNoCallForIt() {
    StanceStatement breaches = stance("Biden added that there have also been upticks of cease-fire violations in"
        + " eastern Ukraine.", "Biden", "USA");
    assertTrue(breaches == null || !breaches.position().equals("calls_for_peace"), "violations: " + breaches);
    assertEquals("calls_for_peace", stance("Biden called for a cease-fire in eastern Ukraine.", "Biden", "USA")
        .position());
  }
}
