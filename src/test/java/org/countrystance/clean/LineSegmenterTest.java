package org.countrystance.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-line boilerplate rules alone: what a one-line scrape loses, and the prose that must stay. */
class LineSegmenterTest {
  private static final CleaningRules RULES = CleaningRules.loadDefault();
  private final LineSegmenter segmenter = new LineSegmenter(RULES.inlineBoilerplate, RULES.headlineWords);

  @Test
  void cutsAShareWidgetAndACommentFormOutOfAShortLine() {
    LineSegmenter.Segmented s = segmenter.segment("Share this: Facebook Twitter Email The council approved the budget "
        + "on Monday. Leave a Reply Cancel reply Your email address will not be published. Post Comment");
    assertEquals(List.of("The council approved the budget on Monday."), s.kept());
    assertEquals(6, s.removed());
  }

  @Test
  void keepsProseThatContainsTheCueWords() {
    String prose = "Share prices fell after the vote. Related concerns were raised by the opposition. Leave a reply "
        + "to the letter, the union told members. Your email address will not be published in the register, the "
        + "ministry promised every trader who complained about the levy. Facebook, Twitter and Telegram were "
        + "blocked. Source: the ministry. By NATO standards the army is small. Follow us on this road, he said.";
    assertEquals(new LineSegmenter.Segmented(List.of(prose), 0), segmenter.segment(prose));
  }

  @Test
  void keepsALongParagraphOfOfficialProseWithNameListsAndDatesUnchanged() {
    String prose = "The Secretary of State, the Secretary of the Treasury, the Secretary of Defense, the Attorney "
        + "General, the Secretary of Homeland Security, and the Administrator of General Services shall each review "
        + "all programs and authorities within 90 days. Executive Order 14038 (August 9, 2021) expanded the scope of "
        + "the national emergency declared in Executive Order 13405 of June 16, 2006. Secretary of Homeland Security "
        + "Alejandro N. Mayorkas, Deputy Secretary of Defense Kathleen Hicks, and Assistant to the President Julie "
        + "Chavez Rodriguez provided updates. The Department of Health and Human Services Centers for Disease Control "
        + "and Prevention Advisory Committee on Immunization Practices will meet on March 3, 2023, to review the "
        + "data. The Department of State, Foreign Operations, and Related Programs Appropriations Act, 2023 funds "
        + "the embassy. In 2021, the Administration: expanded access to care in rural areas of Alaska, Hawaii, "
        + "Montana, New Mexico and North Dakota, and it plans to do more with the States, Tribes and Territories "
        + "in the coming year. Thank you all. God bless you, and may God protect our troops. Q Or —";
    assertTrue(prose.split(" ").length >= 150, "a long line, so the headline rules apply");
    assertEquals(List.of(prose), segmenter.segment(prose).kept());
  }

  @Test
  void neverTakesThePageTitleGluedToTheStartOfALine() {
    String title = "Supreme Court Ruling Could Revive Health Care Fight for the 2012 Campaign Season in the Battleground "
        + "States of Ohio and Florida ";
    String body = "On Wednesday, the administration agreed to seek a swift review of the health care law. ".repeat(12);
    String line = (title + body).strip();
    assertEquals(List.of(line), segmenter.segment(line).kept());
  }

  @Test
  void appliesHeadlineRulesToLongLinesOnly() {
    String shortLine = "The minister resigned on Monday. Ghana Cuts Forecast Nigeria Raises Rates Kenya Issues New Bond "
        + "Senegal Finds More Gas Egypt Devalues Its Pound Most Popular This Week Analysts said it was expected.";
    assertEquals(List.of(shortLine), segmenter.segment(shortLine).kept());
  }

  @Test
  void rejectsAMalformedRuleNamingIt() {
    IllegalArgumentException extent = assertThrows(IllegalArgumentException.class, () -> new LineSegmenter(
        List.of(new LineSegmenter.Rule("share", "sideways", "start", 0, "Share")), RULES.headlineWords));
    assertTrue(extent.getMessage().contains("got sideways"), extent.getMessage());
    IllegalArgumentException context = assertThrows(IllegalArgumentException.class, () -> new LineSegmenter(
        List.of(new LineSegmenter.Rule("share", "label", "somewhere", 0, "Share")), RULES.headlineWords));
    assertTrue(context.getMessage().contains("got somewhere"), context.getMessage());
  }
}
