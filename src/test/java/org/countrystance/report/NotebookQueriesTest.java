package org.countrystance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed notebook is valid nbformat 4, carries outputs, and its SQL cells run on a fresh output. */
class NotebookQueriesTest {
  private static final Path NOTEBOOK = Path.of("notebooks-export", NotebookExporter.NAME + ".ipynb");
  private static final Map<String, List<String>> COLUMNS = Map.of(
      "china_ukraine_by_day.sql", List.of("published_date", "position", "polarity", "statements", "articles",
          "unique_stories", "sources", "mean_confidence", "share_of_day"),
      "evidence_sentences.sql", List.of("published_date", "position", "article_id", "sentence_index", "source", "sentence"),
      "top_countries_tone.sql", List.of("published_date", "country", "mentions", "tone_mean"));

  @Test
  void isANotebookOfMarkdownAndCodeCellsWithTablesAndChartsEmbedded() throws Exception {
    JsonNode nb = new ObjectMapper().readTree(NOTEBOOK.toFile());
    assertEquals(4, nb.get("nbformat").asInt());
    assertEquals("python3", nb.get("metadata").get("kernelspec").get("name").asText());
    int svgs = 0;
    int tables = 0;
    for (JsonNode cell : nb.get("cells")) {
      assertTrue(cell.get("source").isArray() && cell.has("metadata") && cell.has("id"), cell.toString());
      if (!cell.get("cell_type").asText().equals("code")) continue;
      assertTrue(cell.has("execution_count") && cell.get("outputs").isArray());
      for (JsonNode out : cell.get("outputs")) {
        if (out.get("data").has("image/svg+xml")) svgs++;
        if (out.get("data").has("text/plain") && out.get("data").has("text/html")) tables++;
      }
    }
    assertEquals(2, svgs);
    assertEquals(COLUMNS.size(), tables);
  }

  @Test
  void sqlCellsAreTheCommittedQueries() throws Exception {
    Map<String, String> cells = sqlCells();
    assertEquals(COLUMNS.keySet(), cells.keySet());
    for (Map.Entry<String, String> c : cells.entrySet()) {
      assertEquals(NotebookExporter.sqlOf(Files.readString(Path.of("conf/queries", c.getKey()))), c.getValue(),
          "notebook is stale for " + c.getKey() + ": regenerate it with NotebookExporter");
    }
  }

  @Test
  void everySqlCellReturnsRowsWithItsColumnsOnAFreshOutput() throws Exception {
    try (Connection duck = DuckDb.open(ReportFixtures.output())) {
      for (Map.Entry<String, String> c : sqlCells().entrySet()) {
        NotebookWriter.Table result = NotebookExporter.run(duck, c.getValue());
        assertEquals(COLUMNS.get(c.getKey()), result.columns(), c.getKey());
        assertFalse(result.rows().isEmpty(), c.getKey() + " returned no rows");
      }
    }
  }

  @Test
  void htmlExportShowsEveryCellAndLoadsNothingFromOutside() throws Exception {
    String html = Files.readString(Path.of("notebooks-export", NotebookExporter.NAME + ".html"));
    assertEquals(2, html.split("<svg", -1).length - 1);
    assertEquals(COLUMNS.size(), html.split("<table class=\"dataframe\">", -1).length - 1);
    for (String external : List.of("<script", "src=", "href=\"http", "url(", "@import", "<link")) {
      assertFalse(html.contains(external), "no external resource: " + external);
    }
  }

  /** query file -> the SQL between the triple quotes of each cell tagged "sql". */
  private static Map<String, String> sqlCells() throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode cell : new ObjectMapper().readTree(NOTEBOOK.toFile()).get("cells")) {
      JsonNode tags = cell.get("metadata").get("tags");
      if (tags == null || !tags.toString().contains("\"sql\"")) continue;
      List<String> lines = new ArrayList<>();
      cell.get("source").forEach(l -> lines.add(l.asText()));
      String source = String.join("", lines);
      int start = source.indexOf("\"\"\"") + 3;
      int end = source.indexOf("\"\"\"", start);
      out.put(cell.get("metadata").get("countrystance_query").asText(), source.substring(start, end).strip());
    }
    return out;
  }
}
