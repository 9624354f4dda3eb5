package org.countrystance.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleCleanerTest {
  private static final CleaningRules RULES = CleaningRules.loadDefault();
  private final ArticleCleaner cleaner = new ArticleCleaner(RULES);

  /** A fixture: "Title: …", "Source: …" (raw only), a "---" line, then the text. */
  record Fixture(String title, String source, String text) {
    static Fixture read(String name) throws IOException {
      try (InputStream in = ArticleCleanerTest.class.getResourceAsStream("/ArticleCleanerTest/" + name)) {
        String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int sep = all.indexOf("\n---\n");
        String title = null;
        String source = null;
        for (String line : all.substring(0, sep).split("\n")) {
          if (line.startsWith("Title: ")) title = line.substring(7);
          if (line.startsWith("Source: ")) source = line.substring(8);
        }
        return new Fixture(title, source, all.substring(sep + 5));
      }
    }
  }

  private CleanedArticle cleanFixture(String name) throws IOException {
    Fixture raw = Fixture.read(name + ".raw");
    return cleaner.clean(raw.title(), raw.text(), raw.source());
  }

  @ParameterizedTest
  @ValueSource(strings = {"mali24_spun", "whitehouse_wrapped", "html_scrape", "repeated_lede", "french_article",
      "mali24_one_line", "blog_one_line"})
  void cleansFixtureArticleToExactlyTheExpectedText(String name) throws IOException {
    Fixture expected = Fixture.read(name + ".expected");
    CleanedArticle cleaned = cleanFixture(name);
    assertEquals(expected.title(), cleaned.title());
    assertEquals(expected.text().strip(), cleaned.text());
  }

  @Test
  void recordsEveryChangeToASpunBlogPostAsFlagsAndCounts() throws IOException {
    CleanedArticle c = cleanFixture("mali24_spun");
    assertEquals(6, c.spinRepairs(), "title 1 + body 5");
    assertEquals(18, c.boilerplateLines(), "share 5, source 1, related 4, comment form 8");
    assertTrue(c.repairedSpin());
    assertTrue(c.removedBoilerplate());
    assertTrue(c.cleanedTitle());
    assertFalse(c.removedRepeatedParagraph());
    assertFalse(c.reflowed());
    assertFalse(c.decodedMarkup());
    assertEquals("en", c.language());
  }

  @Test
  void cutsWidgetsAndTheCommentFormOutOfAPageScrapedIntoOneLine() throws IOException {
    CleanedArticle c = cleanFixture("mali24_one_line");
    assertEquals(14, c.boilerplateLines(), "share label and links, bare Source:, Related list, comment form 9, spam 1");
    assertEquals(6, c.spinRepairs(), "the same repairs as the multi-line page");
    assertFalse(c.reflowed());
  }

  @Test
  void cutsMenusStampsLinksTagsAndPageNumbersOutOfALongOneLineBlogPage() throws IOException {
    CleanedArticle c = cleanFixture("blog_one_line");
    assertEquals(10, c.boilerplateLines(), "menu, time stamp, byline, dated link, page numbers, headline menu, tags, "
        + "most-read links, previous post, comment form");
    assertEquals("en", c.language());
  }

  @Test
  void flagsReflowMarkupAndTheEndMarkerOfAWrappedPressRelease() throws IOException {
    CleanedArticle c = cleanFixture("whitehouse_wrapped");
    assertTrue(c.reflowed());
    assertTrue(c.decodedMarkup());
    assertEquals(1, c.boilerplateLines(), "the ### end marker");
    assertFalse(c.cleanedTitle());
  }

  @Test
  void repairsSpinnerArtefactsOnWordBoundariesKeepingTheirCase() {
    SpinRepairer spin = new SpinRepairer(RULES.spinner);
    SpinRepairer.Repaired r = spin.repair(
        "They voted once morest it. Once morest the odds. ONCE MOREST ALL. once\n morest again.");
    assertEquals("They voted against it. Against the odds. AGAINST ALL. against again.", r.text());
    assertEquals(4, r.repairs());
    SpinRepairer.Repaired inside = spin.repair("Nonce morest, once morestly and meanwhilsts stay.");
    assertEquals("Nonce morest, once morestly and meanwhilsts stay.", inside.text());
    assertEquals(0, inside.repairs());
  }

  @Test
  void leavesOrdinaryEnglishAloneWhereATorturedPhraseIsCaseExact() {
    SpinRepairer spin = new SpinRepairer(RULES.spinner);
    String text = "Three companies joined states in suing; the Joined States are a spun United States.";
    assertEquals("Three companies joined states in suing; the United States are a spun United States.",
        spin.repair(text).text());
  }

  @Test
  void repairsEverySubstringAndNameArtefactButNotTheEnglishThatResemblesThem() {
    SpinRepairer spin = new SpinRepairer(RULES.spinner);
    SpinRepairer.Repaired r = spin.repair("At any timeyone at the United International locations agreed; sevat any timeal "
        + "envoys said curiosity charges would nat any time rise, whenat any time the UN Safety Committee met.");
    assertEquals("Everyone at the United Nations agreed; several envoys said interest rates would never rise, "
        + "whenever the UN Security Council met.", r.text());
    assertEquals(7, r.repairs());
    // Seen in the White House corpus, or plain English: none of it is spun.
    String english = "The Youth Health & Safety Committee met at Fleet Readiness Center East; call Nat any time, "
        + "said those in opposition to it, towards the end of the week.";
    assertEquals(english, spin.repair(english).text());
  }

  @Test
  void removesShareWidgetLinesButKeepsProseMentioningTwitterAndComments() {
    String text = "Share:\nFacebook\nTwitter\n\n"
        + "The minister said on Twitter that she would leave a reply to the comments of the opposition.\n\n"
        + "Source: Reuters\n\nSource:\n\nRead more\n";
    CleanedArticle c = cleaner.clean("t", text, "example.com");
    assertEquals("The minister said on Twitter that she would leave a reply to the comments of the opposition."
        + "\n\nSource: Reuters", c.text());
    assertEquals(5, c.boilerplateLines());
  }

  @Test
  void reflowsWrappedLinesWithoutMergingParagraphsOrListItems() {
    String text = "The delegation met with officials from the ministries of foreign affairs\n"
        + "and defence to discuss the situation at the border and the talks planned\n"
        + "for next month in Geneva between the two governments and their allies.\n"
        + "\n"
        + "The statement listed three demands:\n"
        + "1. An immediate ceasefire along the whole of the contact line, monitored\n"
        + "   by international observers.\n"
        + "2. The release of prisoners.\n"
        + "\n"
        + "Thank you.\n"
        + "Next question, please, from the gentleman in the third row of the hall.\n";
    CleanedArticle c = cleaner.clean("t", text, "example.com");
    assertEquals("The delegation met with officials from the ministries of foreign affairs and defence to "
        + "discuss the situation at the border and the talks planned for next month in Geneva between the "
        + "two governments and their allies.\n\n"
        + "The statement listed three demands:\n\n"
        + "1. An immediate ceasefire along the whole of the contact line, monitored by international observers.\n\n"
        + "2. The release of prisoners.\n\n"
        + "Thank you.\n\n"
        + "Next question, please, from the gentleman in the third row of the hall.", c.text());
    assertTrue(c.reflowed());
  }

  @Test
  void leavesUnwrappedOneParagraphPerLineTextAsParagraphs() {
    String text = "First paragraph of a scraped page, kept on one line by the scraper.\n"
        + "Second paragraph, also on its own line, which is short.\n"
        + "Third paragraph of the same article, long enough to look like prose in a newspaper page.";
    CleanedArticle c = cleaner.clean("t", text, "example.com");
    assertEquals(3, c.text().split("\n\n").length);
    assertFalse(c.reflowed());
  }

  @Test
  void dropsARestatedLedeButKeepsShortLinesThatRepeat() throws IOException {
    CleanedArticle c = cleanFixture("repeated_lede");
    assertEquals(2, c.repeatedParagraphs(), "the restated lede and the exact repeat");
    assertTrue(c.removedRepeatedParagraph());
    assertEquals(2, c.text().split("Thank you\\.", -1).length - 1);
  }

  @Test
  void stripsTitleAffixesNamingTheSourceOrLearnedForIt() {
    ArticleCleaner learned = new ArticleCleaner(RULES, Map.of("nytimes.com", Set.of("thenewyorktimes")));
    assertEquals("Sony names new chief", learned.clean("Sony names new chief - The New York Times", "x", "nytimes.com").title());
    assertEquals("Sony names new chief", cleaner.clean("Reuters | Sony names new chief", "x", "reuters.com").title());
    assertEquals("Sony names new chief - The New York Times",
        cleaner.clean("Sony names new chief - The New York Times", "x", "nytimes.com").title());
    CleanedArticle kept = cleaner.clean("United States – Japan Joint Statement", "x", "whitehouse.gov");
    assertEquals("United States – Japan Joint Statement", kept.title());
    assertFalse(kept.cleanedTitle());
    assertEquals("MALI24", cleaner.clean("MALI24", "x", "mali24.com").title(), "never strips the whole title");
  }

  @Test
  void decodesEntitiesAndTagsAndReducesMarkdownToText() {
    String text = "<p>Prices rose 5&nbsp;% &amp; wages fell &#x2014; see the <a href=\"/x\">report</a>.</p>"
        + "<!-- ad --><p>**Bold** claim, _emphasis_, [a link](https://example.org/a_(b)) and "
        + "![chart](https://example.org/c.png)an image; snake_case and 3 < 4 > 2 stay.</p>";
    CleanedArticle c = cleaner.clean("A &quot;quoted&quot; <em>title</em>", text, "example.com");
    assertEquals("Prices rose 5 % & wages fell — see the report.\n\n"
        + "Bold claim, emphasis, a link and an image; snake_case and 3 < 4 > 2 stay.", c.text());
    assertEquals("A \"quoted\" title", c.title());
    assertTrue(c.decodedMarkup());
  }

  @Test
  void appliesNfkcButKeepsTypographicQuotesAndDashes() {
    String text = "The \uFF35\uFF2E\u00A0envoy\u2019s \u201Cﬁnal\u201D plan \u2013 a 2\u20443 majority\u200B \u2014 failed\u2026";
    assertEquals("The UN envoy\u2019s \u201Cfinal\u201D plan \u2013 a 2\u20443 majority \u2014 failed...",
        cleaner.clean("t", text, "example.com").text());
  }

  @Test
  void anAcuteAccentTypedForAnApostropheIsOneBeforeNfkcCouldSplitIt() {
    CleanedArticle a = cleaner.clean("t", "Russia\u00B4s war isn\u00B4t over, and the Ukrainians\u00B4 pride holds.",
        "example.com");
    assertEquals("Russia's war isn't over, and the Ukrainians' pride holds.", a.text());
    assertEquals(3, a.repairedChars());
  }

  @Test
  void identifiesFrenchAndSaysUndeterminedForTooLittleText() throws IOException {
    assertEquals("fr", cleanFixture("french_article").language());
    assertEquals("und", cleaner.clean("t", "Ok, 12 34.", "example.com").language());
    assertEquals("de", cleaner.clean("t", "Die Bundesregierung hat am Dienstag neue Hilfen für die "
        + "Ukraine beschlossen, teilte ein Sprecher in Berlin mit.", "example.com").language());
  }

  @Test
  void keepsTemplatedLinesAboutDifferentPeopleAndCountries() {
    String text = "Pamela M. Tremont, of Virginia, a Career Member of the Senior Foreign Service, Class of "
        + "Minister-Counselor, to be Ambassador Extraordinary and Plenipotentiary of the United States of America "
        + "to the Republic of Zimbabwe.\n\n"
        + "Eric W. Kneedler, of Pennsylvania, a Career Member of the Senior Foreign Service, Class of "
        + "Minister-Counselor, to be Ambassador Extraordinary and Plenipotentiary of the United States of America "
        + "to the Republic of Rwanda.\n\n"
        + "Thomas Safran, Member, President's Advisory Committee on the Arts\n\n"
        + "Andrew Tavakoli, Member, President's Advisory Committee on the Arts";
    CleanedArticle c = cleaner.clean("t", text, "whitehouse.gov");
    assertEquals(0, c.repeatedParagraphs());
    assertEquals(4, c.text().split("\n\n").length);
  }

  @Test
  void keepsProseThatOnlyLooksLikeACopyrightLineOrARelatedHeader() {
    String text = "(c) Consistent with section 4 of the order, agencies shall report within 30 days.\n\n"
        + "Related Programs Appropriations Act, 2023\n\n"
        + "The act funds the State Department.\n\n"
        + "Copyright 2024 Example News. All rights reserved.";
    CleanedArticle c = cleaner.clean("t", text, "example.com");
    assertEquals("(c) Consistent with section 4 of the order, agencies shall report within 30 days.\n\n"
        + "Related Programs Appropriations Act, 2023\n\nThe act funds the State Department.", c.text());
    assertEquals(1, c.boilerplateLines());
  }
}
