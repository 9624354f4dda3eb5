package org.countrystance;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.RuleTables;
import org.countrystance.tables.MentionsTable;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run with rules.conf-dir (as a Hadoop path) uses the edited tables everywhere and records which. */
class RulesConfDirJobTest {
  static SparkSession spark;
  @TempDir static Path dir;
  static Path input;
  static Path edited;

  @BeforeAll
  static void writeInputAndAnEditedCopyOfConf() throws IOException {
    spark = SparkTestSession.get();
    input = new InputFixtures()
        .add("f1", "Freedonia", "Freedonia called for peace talks between Russia and Ukraine on Monday.", "2023-01-02T10:00:00Z")
        .write(spark, dir.resolve("input"));
    edited = dir.resolve("conf-edited");
    org.countrystance.config.ConfCopy.into(edited);
    Files.writeString(edited.resolve("gazetteer/aliases.tsv"), "FRA\tFreedonia\tNAME\tcapitalized\tcurated\n",
        StandardOpenOption.APPEND);
  }

  private static List<String> countriesOfFreedonia(Path out) {
    return Tables.read(out, MentionsTable.NAME, MentionsTable.SCHEMA).where(col(MentionsTable.SURFACE).equalTo("Freedonia"))
        .select(MentionsTable.COUNTRY).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
  }

  @Test
  void anEditedCopyOfConfGivenAsAHadoopPathTakesEffectAndItsHashIsInTheManifest() {
    String confDir = edited.toUri().toString();
    assertTrue(confDir.startsWith("file:/"), confDir);
    Path out = dir.resolve("out-edited");

    RunOutcome outcome = CountryStanceJob.run(spark, ConfigLoader.load(null, List.of("rules.conf-dir=" + confDir))
        .withPaths(input.toString(), out.toString()));

    assertEquals(RunOutcome.OK, outcome.exitCode(), String.valueOf(outcome.manifest().error));
    assertEquals(List.of("FRA"), countriesOfFreedonia(out), "the edited alias reached the annotator");
    assertEquals(RuleTables.local(edited).hash(), outcome.manifest().rulesHash);
    assertNotEquals(RuleTables.shipped().hash(), outcome.manifest().rulesHash);
    assertEquals(confDir, outcome.manifest().rulesSource);

    Path plain = dir.resolve("out-shipped");
    RunOutcome shipped = CountryStanceJob.run(spark, ConfigLoader.load(null, List.of())
        .withPaths(input.toString(), plain.toString()));
    assertEquals(RunOutcome.OK, shipped.exitCode(), String.valueOf(shipped.manifest().error));
    assertEquals(List.of(), countriesOfFreedonia(plain), "the jar's tables know no Freedonia");
    assertEquals(RuleTables.shipped().hash(), shipped.manifest().rulesHash);
    assertEquals("jar", shipped.manifest().rulesSource);
  }

  @Test
  void aFolderThatIsNotThereIsAUsageErrorNamingIt() {
    RunOutcome outcome = CountryStanceJob.run(spark, ConfigLoader.load(null, List.of("rules.conf-dir=" + dir.resolve("nope")))
        .withPaths(input.toString(), dir.resolve("out-nope").toString()));
    assertEquals(RunOutcome.USAGE, outcome.exitCode());
    assertTrue(outcome.manifest().error.contains("nope: no such folder"), outcome.manifest().error);
  }
}
