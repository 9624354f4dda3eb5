package org.countrystance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report over an output with stance_evidence and the dimension tables: labels instead of ids,
 * evidence linked to its article, and a syndicated sentence listed once with its number of copies.
 */
class ReportLabelsAndEvidenceTest {
  private static ReportInput input;

  @BeforeAll
  static void load() {
    input = new ReportData(SparkTestSession.get(), ReportFixtures.output().toString())
        .load(List.of("ukraine-war"), new ReportData.Limits(366, 3, 3, 3), "t");
  }

  @Test
  void aSentenceCarriedBySeveralCopiesIsListedOnceWithItsCount() {
    boolean sawCopies = false;
    for (ReportInput.StanceRow row : input.stance()) {
      Set<String> sentences = new HashSet<>();
      long copies = 0;
      for (ReportInput.Evidence e : row.evidence()) {
        assertTrue(sentences.add(e.sentence()), "listed once: " + e.sentence() + " in " + row);
        copies += e.copies();
        sawCopies |= e.copies() > 1;
      }
      assertFalse(row.evidence().isEmpty(), "every row has evidence: " + row);
      // the fixture's statements of one country, day and position share one sentence per spec
      if (sentences.size() == 1) assertEquals(row.statements(), copies, "every copy counted: " + row);
    }
    assertTrue(sawCopies, "the fixture holds syndicated statements");
  }

  @Test
  void evidenceLinksToItsArticleWithTitleAndDateAndTheReportUsesLabels() {
    for (ReportInput.StanceRow row : input.stance()) {
      for (ReportInput.Evidence e : row.evidence()) {
        assertTrue(e.url().startsWith("https://") && e.url().endsWith("/" + e.articleId()), e.toString());
        assertFalse(e.title() == null || e.title().isBlank(), e.toString());
        assertEquals(row.day(), e.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), e.toString());
      }
    }
    String html = HtmlReport.render(input, List.of("ukraine-war"));
    assertTrue(html.contains("<h2>Topic: Russia&#39;s war in Ukraine</h2>"), "topic label");
    assertTrue(html.contains("<h3>China (CHN)</h3>"), "country label");
    assertTrue(html.contains("Calls for peace talks"), "position label");
    assertTrue(html.contains("<a href=\"https://"), "evidence links to its article");
    assertTrue(html.contains("syndicated copies"), "copy counts are shown");
  }

  @Test
  void onlyWebLinksBecomeClickable() {
    ReportInput.Evidence bad = new ReportInput.Evidence("a1", 0, "x", "China urged peace.", "javascript:alert(1)",
        "Title", null, 1);
    ReportInput one = new ReportInput("t", "s", List.of(new ReportInput.StanceRow("ukraine-war", "CHN",
        java.time.LocalDate.of(2023, 1, 2), "calls_for_peace", "neutral", 1, 0.9, List.of(bad))), List.of());
    String html = HtmlReport.render(one, List.of("ukraine-war"));
    assertTrue(html.contains("China urged peace."));
    assertFalse(html.contains("javascript:"), "not a link");
  }
}
