package org.countrystance;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigLoader;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * input.author-by-source: the articles of a declared official source speak for its country in the first
 * person when the input names no author; the input's own author_country, other sources and rejects are
 * left as they were.
 */
class AuthorBySourceJobTest {
  static final String STATEMENT = "We condemn Russia's war of aggression against Ukraine and we support the "
      + "sovereignty and territorial integrity of Ukraine.";
  static SparkSession spark;
  @TempDir static Path dir;
  static Path out;
  static RunOutcome outcome;

  @BeforeAll
  static void runWithOneDeclaredSource() {
    spark = SparkTestSession.get();
    Path input = new InputFixtures()
        .add("declared", "Statement", bytes(STATEMENT), "2023-02-24T10:00:00Z", " Gov.Example ", null)
        .add("own-author", "Statement", bytes(STATEMENT), "2023-02-24T11:00:00Z", "gov.example", "FRA")
        .add("other-source", "Statement", bytes(STATEMENT), "2023-02-24T12:00:00Z", "news.example", null)
        .add("rejected", "Statement", bytes(STATEMENT), "not a date", "gov.example", null)
        .write(spark, dir.resolve("input"));
    out = dir.resolve("out");
    outcome = CountryStanceJob.run(spark, ConfigLoader.load(null,
        List.of("input.author-by-source.\"gov.example\"=USA")).withPaths(input.toString(), out.toString()));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aDeclaredSourceGivesItsArticlesWithoutAnAuthorItsCountryAndNothingElse() {
    assertEquals(RunOutcome.OK, outcome.exitCode(), String.valueOf(outcome.manifest().error));
    Map<String, String> authors = new HashMap<>();
    for (Row r : Tables.read(out, ArticlesTable.NAME, ArticlesTable.schema()).collectAsList()) {
      authors.put(r.getAs(ArticlesTable.ARTICLE_ID), r.getAs(ArticlesTable.AUTHOR_COUNTRY));
    }
    Map<String, String> expected = new HashMap<>();
    expected.put("declared", "USA");
    expected.put("own-author", "FRA");
    expected.put("other-source", null);
    assertEquals(expected, authors);

    List<Row> rejects = Tables.read(out, RejectsTable.NAME, RejectsTable.SCHEMA).collectAsList();
    assertEquals(1, rejects.size());
    assertNull(rejects.get(0).getAs(RejectsTable.AUTHOR_COUNTRY), "a reject keeps the input's fields");
  }

  @Test
  void theFirstPersonStatementsOfADeclaredSourceAreItsCountrysPositions() {
    Map<String, TreeSet<String>> positions = new HashMap<>();
    for (Row r : Tables.read(out, MentionsTable.NAME, MentionsTable.SCHEMA)
        .where(col(MentionsTable.POSITION).isNotNull()).collectAsList()) {
      positions.computeIfAbsent(r.getAs(MentionsTable.ARTICLE_ID), k -> new TreeSet<>())
          .add(r.getAs(MentionsTable.COUNTRY) + " " + r.getAs(MentionsTable.POSITION));
    }
    assertTrue(positions.getOrDefault("declared", new TreeSet<>()).contains("USA supports_ukraine"),
        positions.toString());
    assertTrue(positions.getOrDefault("own-author", new TreeSet<>()).contains("FRA supports_ukraine"),
        positions.toString());
    assertFalse(positions.getOrDefault("own-author", new TreeSet<>()).contains("USA supports_ukraine"),
        positions.toString());
    assertFalse(positions.getOrDefault("other-source", new TreeSet<>()).stream()
        .anyMatch(p -> p.endsWith("supports_ukraine") && !p.startsWith("UKR")), positions.toString());
  }
}
