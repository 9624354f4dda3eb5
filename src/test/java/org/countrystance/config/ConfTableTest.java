package org.countrystance.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule table under conf/ is in the one documented format, and the reader says where a table breaks it. */
class ConfTableTest {
  private static final Path CONF = Path.of("conf");

  /** Every .tsv under {@code root}, relative to it, in a stable order. */
  private static List<String> tables(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> p.toString().endsWith(".tsv")).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  /** The failures of reading each table of {@code root} strictly, each naming its file. */
  private static List<String> failures(Path root) throws IOException {
    List<String> failures = new ArrayList<>();
    for (String relative : tables(root)) {
      try {
        ConfTable t = ConfTable.read(root, relative).requireEveryCell();
        if (t.rows().isEmpty()) failures.add(relative + ": a header but no rows");
      } catch (RuntimeException e) {
        failures.add(relative + ": " + e.getMessage());
      }
    }
    return failures;
  }

  @Test
  void everyTableUnderConfParsesWithAHeaderAndACellForEveryColumn() throws IOException {
    List<String> tables = tables(CONF);
    assertTrue(tables.size() >= 30, "expected the rule tables of conf/, found " + tables);
    List<String> failures = failures(CONF);
    if (!failures.isEmpty()) fail("tables under conf/ that do not parse:\n" + String.join("\n", failures));
  }

  @Test
  void theJarShipsEveryTableOfConf() throws IOException {
    for (String relative : tables(CONF)) {
      assertTrue(RuleTables.shipped().names().contains(relative), "conf/" + relative + " is not in the jar's rule tables");
    }
  }

  @Test
  void aRowWithAMissingTabFailsTheWalkNamingTheFileLineAndColumn(@TempDir Path dir) throws IOException {
    Path table = dir.resolve("cleaning/spinner.tsv");
    Files.createDirectories(table.getParent());
    Files.writeString(table, "# a comment\nartefact\trepair\tcase\n\nonce morest\tagainst\tany\nJoined States\tUnited States\n");
    Files.writeString(dir.resolve("good.tsv"), "word\nnot\n");
    assertEquals(List.of("cleaning/spinner.tsv: " + table + " line 5 column 'case': expected 3 tab-separated columns"
        + " [artefact, repair, case], got 2: Joined States\tUnited States"), failures(dir));
  }

  @Test
  void commentsAndBlankLinesAreSkippedAndColumnsAreFoundByName() {
    ConfTable t = ConfTable.parse("t.tsv", new BufferedReader(new StringReader(
        "# header comment\n\n b \ta\n# row comment\n2\t1\n\n4\t3\n")));
    assertEquals(List.of("b", "a"), t.header());
    assertEquals(2, t.rows().size());
    assertEquals(List.of("1", "2"), List.of(t.rowsIn(List.of("a", "b")).get(0)));
    assertEquals(3.0, t.number(1, "a"));
    assertEquals("t.tsv line 7 column 'b'", t.where(1, "b"));
  }

  @Test
  void anUnknownColumnOrABadNumberFailsNamingFileLineAndColumn() {
    ConfTable t = ConfTable.parse("t.tsv", new BufferedReader(new StringReader("word\tweight\nwar\tmany\n")));
    assertEquals("t.tsv line 1: expected column 'score' in the header, got [word, weight]",
        assertThrows(IllegalArgumentException.class, () -> t.column("score")).getMessage());
    assertEquals("t.tsv line 2 column 'weight': expected a whole number, got 'many'",
        assertThrows(IllegalArgumentException.class, () -> t.integer(0, "weight", 10)).getMessage());
    assertEquals("t.tsv: expected a header line, got an empty table",
        assertThrows(IllegalArgumentException.class,
            () -> ConfTable.parse("t.tsv", new BufferedReader(new StringReader("# only a comment\n")))).getMessage());
  }
}
