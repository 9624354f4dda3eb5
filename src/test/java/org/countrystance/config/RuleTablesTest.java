package org.countrystance.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countrystance.clean.CleaningRules;
import org.countrystance.stance.StanceRules;
import org.countrystance.stance.TopicCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule tables as one artifact: read once, hashed, tables read by column name with located errors. */
class RuleTablesTest {
  @Test
  void theJarsTablesAreConfsTablesAndAnEditChangesTheHash(@TempDir Path dir) throws IOException {
    RuleTables shipped = RuleTables.shipped();
    assertTrue(shipped.names().containsAll(List.of("stance/cues.tsv", "gazetteer/aliases.tsv", "cleaning/boilerplate.tsv",
        "lexicon/valence.tsv", "topics.conf")), shipped.names().toString());
    assertTrue(shipped.names().stream().noneMatch(n -> n.equals("application.conf") || n.endsWith(".sql")));
    Path copy = ConfCopy.into(dir);
    RuleTables same = RuleTables.local(copy);
    assertEquals(shipped.names(), same.names());
    assertEquals(shipped.hash(), same.hash(), "an unedited copy of conf/ is the same rules");

    Files.writeString(copy.resolve("stance/negators.tsv"), "phrase\nnot\nnever\n");
    RuleTables edited = RuleTables.local(copy);
    assertNotEquals(shipped.hash(), edited.hash());
    assertEquals(copy.toAbsolutePath().toUri().toString().replaceAll("/+$", "") + "/stance/negators.tsv",
        edited.describe("stance/negators.tsv"));
  }

  @Test
  void aPositionalReaderGetsTheShippedColumnOrderWhateverTheFilesOrder(@TempDir Path dir) throws IOException {
    Path copy = ConfCopy.into(dir);
    Path cues = copy.resolve("stance/cues.tsv");
    List<String> reversed = new ArrayList<>();
    for (String line : Files.readAllLines(cues)) {
      if (line.startsWith("#") || line.isBlank()) {
        reversed.add(line);
        continue;
      }
      List<String> cells = new ArrayList<>(List.of(line.split("\t", -1)));
      java.util.Collections.reverse(cells);
      reversed.add(String.join("\t", cells));
    }
    Files.write(cues, reversed);

    List<String[]> shipped = ConfTable.ordered(RuleTables.shipped(), "stance/cues.tsv");
    List<String[]> reordered = ConfTable.ordered(RuleTables.local(copy), "stance/cues.tsv");
    assertEquals(shipped.size(), reordered.size());
    for (int i = 0; i < shipped.size(); i++) assertEquals(List.of(shipped.get(i)), List.of(reordered.get(i)));
    StanceRules.load(RuleTables.local(copy), TopicCatalog.loadDefault());
  }

  @Test
  void aMissingColumnFailsNamingTheFileTheHeaderLineAndTheColumn(@TempDir Path dir) throws IOException {
    Path copy = ConfCopy.into(dir);
    Path negators = copy.resolve("stance/negators.tsv");
    Files.writeString(negators, "# negators\nword\nnot\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConfTable.ordered(RuleTables.local(copy), "stance/negators.tsv"));
    assertTrue(e.getMessage().endsWith("/stance/negators.tsv line 2: expected column 'phrase' in the header, got [word]"),
        e.getMessage());
  }

  @Test
  void aBadCellFailsNamingTheFileTheLineAndTheColumn(@TempDir Path dir) throws IOException {
    Path copy = ConfCopy.into(dir);
    Path boilerplate = copy.resolve("cleaning/boilerplate.tsv");
    List<String> lines = new ArrayList<>(Files.readAllLines(boilerplate));
    int header = 0;
    while (lines.get(header).startsWith("#") || lines.get(header).isBlank()) header++;
    List<String> columns = List.of(lines.get(header).split("\t", -1));
    String[] row = lines.get(header + 1).split("\t", -1);
    row[columns.indexOf("max_words")] = "many";
    lines.set(header + 1, String.join("\t", row));
    Files.write(boilerplate, lines);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CleaningRules.load(RuleTables.local(copy)));
    assertTrue(e.getMessage().endsWith("/cleaning/boilerplate.tsv line " + (header + 2)
        + " column 'max_words': expected a whole number, got 'many'"), e.getMessage());
  }

  @Test
  void aFolderWithoutATableFailsNamingIt(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("stance"));
    Files.writeString(dir.resolve("stance/negators.tsv"), "phrase\nnot\n");
    ConfigException e = assertThrows(ConfigException.class,
        () -> CleaningRules.load(RuleTables.local(dir)));
    assertTrue(e.getMessage().contains("/cleaning/boilerplate.tsv: no such rule table"), e.getMessage());
    ConfigException none = assertThrows(ConfigException.class,
        () -> RuleTables.load(dir.resolve("absent").toString(), new org.apache.hadoop.conf.Configuration(false)));
    assertTrue(none.getMessage().endsWith("absent: no such folder"), none.getMessage());
  }
}
