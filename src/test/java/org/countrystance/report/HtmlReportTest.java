package org.countrystance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML report's structure: a chart per topic, a bar per stance row, evidence anchors, nothing external. */
class HtmlReportTest {
  private static final LocalDate D1 = LocalDate.of(2023, 1, 2);
  private static final List<String> TOPICS = List.of("ukraine-war", "israel-gaza");

  private static ReportInput.StanceRow row(String topic, String country, LocalDate day, String position,
      String polarity, long n, String... sentences) {
    List<ReportInput.Evidence> ev = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) ev.add(new ReportInput.Evidence("a" + day + country + i, i, "wire.example", sentences[i]));
    return new ReportInput.StanceRow(topic, country, day, position, polarity, n, 0.8, ev);
  }

  private static ReportInput input() {
    return new ReportInput("Test report", "two topics", List.of(
        row("ukraine-war", "CHN", D1, "calls_for_peace", "neutral", 3, "China called for talks."),
        row("ukraine-war", "CHN", D1, "supports_russia", "favor", 1, "China backed Russia's <security> concerns."),
        row("ukraine-war", "CHN", D1.plusDays(2), "calls_for_peace", "neutral", 2, "China urged peace."),
        row("ukraine-war", "USA", D1.plusDays(1), "supports_ukraine", "against", 4, "The US pledged aid."),
        row("israel-gaza", "QAT", D1, "calls_for_ceasefire", "neutral", 2, "Qatar called for a ceasefire.")),
        List.of(new ReportInput.TonePoint("CHN", D1, 0.1, 10), new ReportInput.TonePoint("CHN", D1.plusDays(1), -0.2, 8),
            new ReportInput.TonePoint("USA", D1, 0.05, 12)));
  }

  @Test
  void drawsOneStanceChartPerTopicAndOneToneChart() {
    String html = HtmlReport.render(input(), TOPICS);
    for (String topic : TOPICS) assertEquals(1, count(html, "<svg[^>]*data-topic=\"" + topic + "\""), topic);
    assertEquals(1, count(html, "<svg[^>]*class=\"tone-chart\""));
    assertEquals(2, count(html, "<polyline class=\"tone-line\""));
  }

  @Test
  void drawsABarSegmentForEveryCountryDayAndPositionInTheData() {
    String html = HtmlReport.render(input(), TOPICS);
    Set<String> bars = new HashSet<>();
    Matcher m = Pattern.compile("data-country=\"(\\w+)\" data-day=\"([\\d-]+)\" data-position=\"(\\w+)\"").matcher(html);
    while (m.find()) assertTrue(bars.add(m.group(1) + " " + m.group(2) + " " + m.group(3)), "one bar each: " + m.group());
    assertEquals(Set.of("CHN 2023-01-02 calls_for_peace", "CHN 2023-01-02 supports_russia",
        "CHN 2023-01-04 calls_for_peace", "USA 2023-01-03 supports_ukraine", "QAT 2023-01-02 calls_for_ceasefire"), bars);
  }

  @Test
  void everyBarLinksToAnEvidenceListHoldingItsSentences() {
    String html = HtmlReport.render(input(), TOPICS);
    Set<String> ids = new HashSet<>();
    Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    while (id.find()) ids.add(id.group(1));
    Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    int links = 0;
    while (href.find()) {
      assertTrue(ids.contains(href.group(1)), "anchor resolves: " + href.group(1));
      links++;
    }
    assertTrue(links >= 5);
    int section = html.indexOf("id=\"" + Svg.anchor("ukraine-war", "USA", D1.plusDays(1), "supports_ukraine") + "\"");
    assertTrue(section > 0 && html.indexOf("The US pledged aid.", section) > section);
  }

  @Test
  void escapesSentenceTextAndLoadsNothingFromOutside() {
    String html = HtmlReport.render(input(), TOPICS);
    assertTrue(html.contains("China backed Russia&#39;s &lt;security&gt; concerns."));
    assertFalse(html.contains("<security>"));
    for (String external : List.of("<script", "src=", "href=\"http", "url(", "@import", "<link")) {
      assertFalse(html.contains(external), "no external resource: " + external);
    }
  }

  @Test
  void groupsALongPeriodIntoWeeksStartingOnMonday() {
    List<ReportInput.StanceRow> rows = new ArrayList<>();
    for (int d = 0; d < 90; d += 3) rows.add(row("ukraine-war", "CHN", D1.plusDays(d), "calls_for_peace", "neutral", 1, "s"));
    String html = HtmlReport.render(new ReportInput("t", "s", rows, List.of()), List.of("ukraine-war"));
    Matcher m = Pattern.compile("data-day=\"([\\d-]+)\"").matcher(html);
    int bars = 0;
    while (m.find()) {
      assertEquals(DayOfWeek.MONDAY, LocalDate.parse(m.group(1)).getDayOfWeek());
      bars++;
    }
    assertEquals(13, bars, "90 days from a Monday span 13 weeks");
  }

  @Test
  void saysSoWhenATopicHasNoStatements() {
    String html = HtmlReport.render(input(), List.of("ukraine-war", "climate-action"));
    assertTrue(html.contains("id=\"topic-climate-action\""));
    assertTrue(html.contains("No stance statements on this topic"));
  }

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
