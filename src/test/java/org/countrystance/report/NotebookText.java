package org.countrystance.report;

import java.nio.file.Path;

/** The prose and Python of the China/Ukraine notebook (its SQL comes from conf/queries). */
final class NotebookText {
  static final String INTRO = """
      # China's stated position on the Ukraine war, by day

      This notebook reads the country-stance output tables with **DuckDB** (only its built-in Parquet reader)
      and answers one analyst question: *what position did China state on Russia's war in Ukraine, day by day,
      and which sentences say so?*

      - `stance_daily` has one row per UTC day, speaking country, topic and position, with `evidence`:
        the most confident (`article_id`, `sentence_index`) pairs behind the row.
      - `mentions` holds every sentence with a country mention, so evidence pairs join to their text.
      - `country_daily` has mention counts and mean tone per day and country.

      Tables read from `%s`. To run it yourself: `pip install duckdb pandas matplotlib`, set `OUTPUT`
      below to your output root, and run all cells.

      *How this file was produced:* its outputs were computed by `org.countrystance.report.NotebookExporter`
      (DuckDB JDBC running exactly these SQL cells) and its charts drawn by the project's SVG renderer, because
      no Python kernel was available where it was generated. Re-running it in Jupyter recomputes them with
      duckdb, pandas and matplotlib.
      """;

  static final String BY_DAY = """
      ## China's position by day

      One row per day and position. `statements` counts sentences in which China is the speaker and the
      stance rules recognised a position on `ukraine-war`; `unique_stories` counts syndicated copies once;
      `share_of_day` is the position's share of China's statements that day. The same SQL runs unchanged
      in Spark SQL and Trino (`conf/queries/china_ukraine_by_day.sql`).
      """;

  static final String CHART = """
      ### The position mix over time

      Statements per day stacked by position: red favours Russia's war (`supports_russia`), blue
      opposes it (`supports_ukraine`), green and grey are neutral (`calls_for_peace`, `neutral_noncommittal`).
      """;

  static final String EVIDENCE = """
      ## The sentences behind each day

      Unnest `evidence` and join to `mentions` on the day, `article_id` and `sentence_index`. In a BI
      tool this is the drill-through of a bar: add the bar's `published_date` and `position` as filters.
      """;

  static final String TONE = """
      ## Tone of the most mentioned countries

      Daily mean sentence tone (-1 negative … +1 positive) of the sentences mentioning each of the five
      most mentioned countries (`country_daily.tone_mean`).
      """;

  static final String CAVEATS = """
      ## Reading these numbers

      - A statement is a sentence where the country speaks or acts (a ministry, its leader, its capital as
        metonym); reported accusations and denials are not counted as the country's own position.
      - Counts depend on coverage: a day with more articles about China shows more statements. Compare
        shares (`share_of_day`) rather than raw counts across days with very different coverage.
      - Every number traces to sentences: use the evidence query before quoting a position.
      """;

  static final String STANCE_PLOT = """
      import matplotlib.pyplot as plt

      colours = {"supports_russia": "#c0392b", "supports_ukraine": "#2e6db4",
                 "calls_for_peace": "#3a9d5d", "neutral_noncommittal": "#9e9e9e"}
      mix = china_by_day.pivot_table(index="published_date", columns="position", values="statements",
                                     aggfunc="sum", fill_value=0)
      mix.plot(kind="bar", stacked=True, figsize=(12, 3),
               color=[colours.get(p, "#c9a227") for p in mix.columns],
               title="China on ukraine-war: statements per day by position")
      plt.show()""";

  static final String TONE_PLOT = """
      tone.pivot(index="published_date", columns="country", values="tone_mean").plot(
          figsize=(12, 4), title="Daily mean tone of the most mentioned countries")
      plt.axhline(0, color="#888")
      plt.show()""";

  private NotebookText() {}

  /** The first code cell: one DuckDB view per table over the output root's Parquet files. */
  static String setup(Path root) {
    StringBuilder tables = new StringBuilder();
    for (PublishedTables.Table t : PublishedTables.ALL) {
      if (tables.length() > 0) tables.append(",\n          ");
      tables.append("(\"").append(t.name()).append("\", \"").append(t.partition()).append("\", \"")
          .append(DdlGenerator.trinoType(t.schema().apply(t.partition()).dataType())).append("\")");
    }
    return """
        import duckdb

        OUTPUT = "%s"  # the job's output root (holds stance_daily/, mentions/, ...)
        con = duckdb.connect()
        for table, partition, kind in [%s]:
            con.execute(f\"\"\"CREATE OR REPLACE VIEW {table} AS SELECT * FROM read_parquet(
                '{OUTPUT}/{table}/**/*.parquet', hive_partitioning = true,
                hive_types = {{'{partition}': {kind}}})\"\"\")""".formatted(root, tables);
  }
}
