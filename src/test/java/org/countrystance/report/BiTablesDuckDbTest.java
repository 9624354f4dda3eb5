package org.countrystance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a BI tool sees through DuckDB: labels from the dimension tables and flat, linked evidence. */
class BiTablesDuckDbTest {
  private static Connection duck;

  @BeforeAll
  static void open() throws Exception {
    Path root = ReportFixtures.output();
    duck = DuckDb.open(root);
  }

  @AfterAll
  static void close() throws Exception {
    duck.close();
  }

  @Test
  void everyStatementOfStanceDailyIsOneFlatEvidenceRow() throws Exception {
    String daily = "SELECT published_date, country, topic, position, statements FROM stance_daily ORDER BY 1, 2, 3, 4";
    String flat = "SELECT published_date, country, topic, position, COUNT(*) FROM stance_evidence "
        + "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4";
    List<String> expected = DuckDb.rows(duck, daily);
    assertFalse(expected.isEmpty());
    assertEquals(expected, DuckDb.rows(duck, flat));
  }

  @Test
  void evidenceCarriesItsArticlesUrlTitleSourceAndTime() throws Exception {
    assertEquals(List.of("0"), DuckDb.rows(duck, "SELECT COUNT(*) FROM stance_evidence e JOIN articles a "
        + "USING (article_id) WHERE e.url IS DISTINCT FROM a.url OR e.title IS DISTINCT FROM a.title "
        + "OR e.source IS DISTINCT FROM a.source OR e.published_at IS DISTINCT FROM a.published_at "
        + "OR e.published_date IS DISTINCT FROM a.published_date"));
    assertEquals(List.of("0"), DuckDb.rows(duck, "SELECT COUNT(*) FROM stance_evidence WHERE url IS NULL "
        + "OR title IS NULL OR published_at IS NULL OR sentence IS NULL"));
    assertEquals(List.of("https://"), DuckDb.rows(duck, "SELECT DISTINCT left(url, 8) FROM stance_evidence"));
  }

  @Test
  void everyCodeAndIdOfTheStanceTablesHasALabel() throws Exception {
    String unlabelled = "SELECT COUNT(*) FROM stance_daily s LEFT JOIN countries c ON c.iso3 = s.country "
        + "LEFT JOIN topics t ON t.topic = s.topic LEFT JOIN positions p ON p.topic = s.topic AND p.position = s.position "
        + "WHERE c.name IS NULL OR c.region IS NULL OR t.label IS NULL OR p.label IS NULL OR p.polarity <> s.polarity";
    assertEquals(List.of("0"), DuckDb.rows(duck, unlabelled));
    List<String> china = DuckDb.rows(duck, "SELECT iso2, name, region FROM countries WHERE iso3 = 'CHN'");
    assertEquals(List.of("CN|China|Asia"), china);
    List<String> labels = DuckDb.rows(duck, "SELECT DISTINCT p.label FROM stance_evidence e JOIN positions p "
        + "USING (topic, position) WHERE e.country = 'CHN' ORDER BY 1");
    assertFalse(labels.isEmpty());
    for (String label : labels) assertFalse(label.contains("_"), "a label, not an id: " + label);
    assertTrue(DuckDb.rows(duck, "SELECT COUNT(*) FROM countries").get(0).equals("250"));
  }
}
