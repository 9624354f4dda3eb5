package org.countrystance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countrystance.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
  private static final List<String> SHARED_ROWS = List.of(
      "tone: Pearson r, NYT editorial sentences (dev half)",
      "tone: 3-class macro-F1, NYT editorial sentences (dev half)",
      "tone toward target: macro-F1 / accuracy, NewsMTSC devtest_mt",
      "sentence tone as the target's: macro-F1 / accuracy, NewsMTSC devtest_mt",
      "tone near the target (distance-weighted): macro-F1 / accuracy, NewsMTSC devtest_mt",
      "countries: precision, PLOVER actors (dev half)",
      "countries: recall, PLOVER actors (dev half)",
      "roles: precision, PLOVER source/target (dev half)",
      "roles: recall, PLOVER source/target (dev half)",
      "countries: detection recall, any role (dev half)",
      "stance: ES-11/1 vote macro-F1 from UN General Debate 2023 speeches' own statements",
      "stance: stated positions P / R, real sentences (dev half)",
      "countries; roles: P / R, hand-labelled real sentences (dev half)",
      "countries; roles: P / R, hand-labelled real sentences (test half)",
      "tone toward country: macro-F1 / accuracy, hand-labelled real sentences (dev half)",
      "tone toward country: macro-F1 / accuracy, hand-labelled real sentences (test half)",
      "stance: stated positions P / R, real sentences (test half)",
      "syntax: UPOS accuracy, UD English EWT test (OpenNLP UD model)",
      "focus country: accuracy, CLIFF hand-coded pages",
      "focus country: accuracy by CLIFF's protocol (gold among tied top countries)");
  private static final List<String> POSITIONS = List.of("supports_russia", "supports_ukraine", "calls_for_peace",
      "supports_israel", "supports_palestinians", "calls_for_ceasefire", "supports_climate_action",
      "opposes_climate_action", "neutral_noncommittal", "none");

  @TempDir
  Path empty;

  @Test
  void printsOneTableWithARowForEveryEvaluationOnTheSharedData() {
    SharedData.require(EvalCommand.NYT);
    SharedData.require(EvalCommand.NEWSMTSC);
    SharedData.require(EvalCommand.PLOVER);
    EvalCommand.CLIFF.forEach(SharedData::require);

    String out = run(SharedData.root());

    System.out.print(out);
    for (String metric : SHARED_ROWS) assertTrue(out.contains("| " + metric + " "), "no row " + metric);
    assertTrue(out.contains("| stance: accuracy, dev split of the stance set "), out);
    assertTrue(out.contains("| stance: accuracy, heldout split of the stance set "), out);
    for (String p : POSITIONS) {
      assertTrue(out.contains("| stance: " + p + " precision / recall (dev split) "), "no row for " + p);
    }
    assertFalse(out.contains(EvalCommand.SKIPPED), out);
    assertTrue(out.contains("VADER 0.509 on this half"), "the reference column holds VADER's numbers");
  }

  @Test
  void keepsEveryRowAndNamesTheMissingFilesWhenTheSharedDataIsAbsent() {
    List<String> skips = new ArrayList<>();
    List<EvalCommand.Row> rows = EvalCommand.table(empty, skips);

    for (String metric : SHARED_ROWS) {
      EvalCommand.Row row = rows.stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow();
      assertEquals(EvalCommand.SKIPPED, row.ours(), metric);
      assertTrue(row.reference().contains("absent"), row.reference());
    }
    // NYT, NewsMTSC, PLOVER, CLIFF, the real-text roles set, the real-text tone set, the UNGD votes, the real-text
    // stance set and the UD treebank
    assertEquals(9, skips.size(), skips.toString());
    assertTrue(skips.get(0).contains("nyt_editorial_snippets.dev.tsv"), skips.get(0));
    // the stance set ships in the jar: scored even without the shared folder
    assertTrue(rows.stream().anyMatch(r -> r.metric().startsWith("stance: accuracy") && !r.ours().equals("skipped")));
  }

  @Test
  void refusesAMissingOrUnpairedSampleFolderBeforeAnyEvaluationRuns() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new EvalCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));

    assertEquals(2, cli.execute("--shared", empty.toString(), "--sample-corpus", empty.toString()));
    assertTrue(err.toString().contains("go together"), err.toString());

    String missing = empty.resolve("no-such-output").toString();
    assertEquals(2, cli.execute("--shared", empty.toString(), "--sample-corpus", empty.toString(),
        "--sample-output", missing));
    assertTrue(err.toString().contains("no such folder: " + missing), err.toString());
    assertEquals("", out.toString(), "no table is printed");
  }

  @Test
  void scoresMoreGeneralDebateSpeechesGivenWithUngdAgainstTheVotes() throws Exception {
    // a shared folder holding only the votes, and three speeches of another year written as Parquet by DuckDB
    Path votes = empty.resolve(EvalCommand.VOTES);
    java.nio.file.Files.createDirectories(votes.getParent());
    java.nio.file.Files.writeString(votes, "iso3\tname\tvote\nPOL\tPoland\tyes\nBLR\tBelarus\tno\n"
        + "IND\tIndia\tabstain\n");
    Path speeches = empty.resolve("ungd_2022.parquet");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement st = c.createStatement()) {
      st.execute("COPY (SELECT * FROM (VALUES"
          + " ('ungd77-POL', 'We condemn Russia''s aggression against Ukraine.', '2022-09-20', 'POL'),"
          + " ('ungd77-BLR', 'We reaffirm our rejection of the imposition of unilateral sanctions against the Russian"
          + " Federation.', '2022-09-20', 'BLR'),"
          + " ('ungd77-IND', 'We call for dialogue and negotiations to end the war in Ukraine.', '2022-09-20', 'IND'))"
          + " AS t(article_id, text, published_at, author_country)) TO '" + speeches + "' (FORMAT parquet)");
    }
    StringWriter text = new StringWriter();
    CommandLine cli = new CommandLine(new EvalCommand());
    cli.setOut(new PrintWriter(text));

    assertEquals(0, cli.execute("--shared", empty.toString(), "--ungd",
        speeches + "," + empty.resolve("none.parquet")));

    String out = text.toString();
    String row = out.lines().filter(l -> l.contains("speeches of ungd_2022.parquet")).findFirst().orElseThrow();
    assertTrue(row.contains("| 1.000 (accuracy 1.000, n=3)"), row);
    assertTrue(row.contains("always yes: accuracy 0.333"), row);
    String absent = out.lines().filter(l -> l.contains("speeches of none.parquet")).findFirst().orElseThrow();
    assertTrue(absent.contains(EvalCommand.SKIPPED) && absent.contains("none.parquet absent"), absent);
  }

  @Test
  void scoresMoreHandCodedPagesGivenWithCliff() throws Exception {
    Path pages = empty.resolve("more-pages.json");
    java.nio.file.Files.writeString(pages, "[{\"handCodedCountryCode\": \"FR\", \"mediacloudId\": \"1\", \"text\":"
        + " \"France raised its tariffs. French farmers in Lyon protested, and Germany was mentioned once.\"},"
        + " {\"handCodedCountryCode\": \"KE\", \"mediacloudId\": \"2\", \"text\": \"Brazil won the match.\"}]");
    StringWriter text = new StringWriter();
    CommandLine cli = new CommandLine(new EvalCommand());
    cli.setOut(new PrintWriter(text));

    assertEquals(0, cli.execute("--shared", empty.toString(), "--cliff", pages.toString()));

    String row = text.toString().lines().filter(l -> l.contains("pages of more-pages.json")).findFirst().orElseThrow();
    assertTrue(row.contains("| 0.500 (1/2) / 0.500 (1/2)"), row);
  }

  @Test
  void aSpeechFileWithADateColumnThatIsNotTextIsAClearError() throws Exception {
    Path speeches = empty.resolve("dated.parquet");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement st = c.createStatement()) {
      st.execute("COPY (SELECT 'We condemn the war in Ukraine.' AS text, DATE '2022-09-20' AS published_at,"
          + " 'POL' AS author_country) TO '" + speeches + "' (FORMAT parquet)");
    }
    Path votes = empty.resolve("votes.tsv");
    java.nio.file.Files.writeString(votes, "iso3\tname\tvote\nPOL\tPoland\tyes\n");

    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> UngdStanceEvaluation.evaluate(speeches, votes, null));
    assertTrue(e.getMessage().contains("column published_at") && e.getMessage().contains("expected text"),
        e.getMessage());
  }

  @Test
  void aSpeechIsReadAsOfTheDayItWasGiven() {
    Path f = Path.of("speeches.parquet");
    assertEquals(java.time.LocalDate.of(2022, 9, 20), UngdStanceEvaluation.day("2022-09-20", f));
    assertEquals(java.time.LocalDate.of(2022, 9, 20), UngdStanceEvaluation.day("2022-09-20 14:00:00", f));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> UngdStanceEvaluation.day("20 September 2022", f));
    assertTrue(e.getMessage().contains("published_at '20 September 2022' is no date"), e.getMessage());
  }

  private static String run(Path shared) {
    StringWriter text = new StringWriter();
    CommandLine cli = new CommandLine(new EvalCommand());
    cli.setOut(new PrintWriter(text));
    assertEquals(0, cli.execute("--shared", shared.toString()));
    return text.toString();
  }
}
