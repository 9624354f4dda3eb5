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
}
