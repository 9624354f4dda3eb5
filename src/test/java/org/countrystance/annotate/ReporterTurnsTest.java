package org.countrystance.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A press briefing's questions are the reporters' words, not the publishing government's. */
class ReporterTurnsTest {
  private static final String BRIEFING = """
      MS. JEAN-PIERRE:  Good afternoon, everybody.

      Q    Will you impose new sanctions on Russia?  We condemn the invasion, don't you?

      Q    And a follow-up on that.

      MR.  SULLIVAN:  We condemn Russia's brutal invasion of Ukraine.
      """;

  @Test
  void aQuestionRunsFromItsQLineToTheNextSpeakersLabel() {
    ReporterTurns t = ReporterTurns.of(BRIEFING);
    assertFalse(t.reporterAt(BRIEFING.indexOf("Good afternoon")));
    assertTrue(t.reporterAt(BRIEFING.indexOf("Will you")));
    assertTrue(t.reporterAt(BRIEFING.indexOf("We condemn the invasion")), "the rest of the turn");
    assertTrue(t.reporterAt(BRIEFING.indexOf("a follow-up")));
    assertFalse(t.reporterAt(BRIEFING.indexOf("MR.")), "a label with two spaces ends the turn");
    assertFalse(t.reporterAt(BRIEFING.indexOf("MR.") - 1), "white space before a label belongs to what follows");
    assertFalse(ReporterTurns.of("Quebec and Qatar signed a deal.").reporterAt(0), "a word starting with Q");
  }

  @Test
  void theAuthorStatesNothingInAReportersQuestion() {
    List<MentionFact> facts = ArticleAnnotator.load(null).annotate(BRIEFING, LocalDate.of(2023, 2, 24), "USA");
    List<Integer> stated = facts.stream().filter(f -> "USA".equals(f.country()) && f.position() != null)
        .map(f -> f.start() + BRIEFING.indexOf(f.sentence())).toList();
    assertEquals(1, stated.size(), "only the official's answer: " + facts);
    assertTrue(stated.get(0) > BRIEFING.indexOf("MR."));
  }

  @Test
  void inAReportersQuestionOnlyWhatAVerbOfSayingGivesACountryCounts() {
    String briefing = """
        MS. JEAN-PIERRE:  Go ahead.

        Q    If you think that Ukraine needs to give up territory in order to get a ceasefire with Russia.  And         Poland says that it will send more tanks to Ukraine.

        MS. JEAN-PIERRE:  We will keep supporting Ukraine.
        """;
    List<MentionFact> facts = ArticleAnnotator.load(null).annotate(briefing, LocalDate.of(2023, 2, 24), null);
    List<String> stated = facts.stream().filter(f -> f.position() != null)
        .map(f -> f.country() + " " + f.position()).toList();
    assertEquals(List.of("POL supports_ukraine"), stated, "the questioner's framing of Ukraine states nothing: "
        + facts);
  }

  private static final String WHAT_THEY_ARE_SAYING = """
      **Statement from President Biden:** "We must support Ukraine against Russia's brutal invasion."

      **Maryland Congressman John Sarbanes**: “Thank you, @POTUS. We must
      support Ukraine, support Israel and provide humanitarian assistance to
      Palestinians in Gaza.” Posted on 10/19/23.

      **Climate Mayors:** “Today we celebrate the Inflation Reduction Act.

      The Inflation Reduction Act is the largest investment in climate action in our history.
      """;

  @Test
  void aLabelledQuoteRunsToItsClosingQuotationMarkOrTheEndOfItsParagraph() {
    ReporterTurns t = ReporterTurns.of(WHAT_THEY_ARE_SAYING);
    String q = WHAT_THEY_ARE_SAYING;
    int[] label = t.labelAt(q.indexOf("We must\n"));
    assertEquals("Maryland Congressman John Sarbanes", q.substring(label[0], label[1]));
    assertTrue(t.labelAt(q.indexOf("support Israel")) != null, "the quote goes on after a line break");
    assertTrue(t.labelAt(q.indexOf("Posted")) == null, "after the closing quotation mark");
    assertTrue(t.labelAt(q.indexOf("Today we celebrate")) != null);
    assertTrue(t.labelAt(q.indexOf("The Inflation Reduction Act is")) == null,
        "a quote left open ends with its paragraph");
    assertTrue(ReporterTurns.of("**Pillar 4 – Cooperation**: Despite the war, we will work.").labelAt(14) == null,
        "a bold heading without a quotation mark");
  }

  @Test
  void theAuthorStatesNothingInTheQuotesOfOthersItPublishes() {
    List<MentionFact> facts = ArticleAnnotator.load(null).annotate(WHAT_THEY_ARE_SAYING, LocalDate.of(2023, 10, 20),
        "USA");
    List<String> stated = facts.stream().filter(f -> "USA".equals(f.country()) && f.position() != null)
        .map(f -> f.sentence().substring(0, 20) + " " + f.position()).distinct().toList();
    assertEquals(List.of("**Statement from Pre supports_ukraine", "The Inflation Reduct supports_climate_action"),
        stated, "the President's own statement and the page's own sentence: " + facts);
  }

  @Test
  void aQuestionIsFoundAfterAnyLineTerminatorTheMultiLinePatternKnows() {
    // the patterns are only run on a text with a line that opens with "Q" or "**" after spaces
    for (String end : List.of("\n", "\r\n", "\r", "\u2028", "\u0085")) {
      String text = "MS. JEAN-PIERRE:  Hello." + end + "\u00A0 Q    Will you sanction Russia?" + end + "THE PRESIDENT:  No.";
      ReporterTurns t = ReporterTurns.of(text);
      assertTrue(t.reporterAt(text.indexOf("Will")), "a question after " + end.codePointAt(0));
      assertFalse(t.reporterAt(text.indexOf("No.")));
    }
    assertFalse(ReporterTurns.of("He said Q    Will you sanction Russia?").reporterAt(10), "not a line's start");
    assertTrue(ReporterTurns.someLineOpensWith("a\n  **Name:** \u201cx\u201d", "**"));
    assertFalse(ReporterTurns.someLineOpensWith("a **Name:** \u201cx\u201d", "**"));
    assertFalse(ReporterTurns.someLineOpensWith("", "Q"));
  }
}
