package org.countrystance.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OutputDiff sees equal outputs as equal despite run ids and file layout, and reports real differences. */
class OutputDiffTest {
  private static final StructType ARTICLES = new StructType()
      .add(ArticlesTable.ARTICLE_ID, DataTypes.StringType)
      .add(ArticlesTable.TITLE, DataTypes.StringType)
      .add("tone", DataTypes.DoubleType)
      .add(ArticlesTable.RUN_ID, DataTypes.StringType)
      .add(ArticlesTable.PUBLISHED_DATE, DataTypes.DateType);
  private static final StructType REJECTS = new StructType()
      .add(RejectsTable.REASON, DataTypes.StringType)
      .add(RejectsTable.ARTICLE_ID, DataTypes.StringType)
      .add(RejectsTable.RUN_ID, DataTypes.StringType);

  @TempDir Path dir;

  private final SparkSession spark = SparkTestSession.get();

  private static Row article(String id, String title, double tone, String runId, String day) {
    return RowFactory.create(id, title, tone, runId, LocalDate.parse(day));
  }

  /** Writes an output root: articles by day and rejects by run, in the given number of files. */
  private String output(String name, List<Row> articles, String runId, int files) {
    String root = dir.resolve(name).toString();
    spark.createDataFrame(articles, ARTICLES).repartition(files).write().mode(SaveMode.Overwrite)
        .partitionBy(ArticlesTable.PUBLISHED_DATE).parquet(root + "/" + ArticlesTable.NAME);
    spark.createDataFrame(List.of(RowFactory.create("missing_text", "x9", runId)), REJECTS).write()
        .mode(SaveMode.Overwrite).partitionBy(RejectsTable.RUN_ID).parquet(root + "/" + RejectsTable.NAME);
    return root;
  }

  private static List<Row> corpus(String runId) {
    List<Row> rows = new ArrayList<>();
    rows.add(article("a1", "Talks resume", 0.25, runId, "2023-01-02"));
    rows.add(article("a2", "Ceasefire call", -0.5, runId, "2023-01-02"));
    rows.add(article("a3", "Summit ends", 0.0, runId, "2023-01-03"));
    return rows;
  }

  private OutputDiff.Result diff(String left, String right) {
    return new OutputDiff(spark, Set.of(ArticlesTable.RUN_ID)).compare(left, right);
  }

  @Test
  void outputsWithTheSameRowsAreEqualDespiteOtherRunIdsAndFileLayout() {
    String local = output("local", corpus("run-local"), "run-local", 1);
    String cluster = output("cluster", corpus("run-cluster"), "run-cluster", 3);
    OutputDiff.Result result = diff(local, cluster);
    assertEquals(List.of(), result.differences());
    assertEquals(2, result.compared().size(), "articles and rejects were both compared: " + result.compared());
  }

  @Test
  void reportsARowWhoseTitleDiffersWithTheTableAndTheValue() {
    List<Row> changed = corpus("r2");
    changed.set(1, article("a2", "Ceasefire rejected", -0.5, "r2", "2023-01-02"));
    OutputDiff.Result result = diff(output("l", corpus("r1"), "r1", 1), output("r", changed, "r2", 1));
    assertFalse(result.equal());
    String text = String.join("\n", result.differences());
    assertTrue(text.startsWith("articles: 2 distinct rows"), text);
    assertTrue(text.contains("Ceasefire rejected") && text.contains("Ceasefire call"), text);
  }

  @Test
  void aRowPresentTwiceOnOneSideIsADifference() {
    List<Row> doubled = corpus("r2");
    doubled.add(article("a3", "Summit ends", 0.0, "r2", "2023-01-03"));
    OutputDiff.Result result = diff(output("l", corpus("r1"), "r1", 1), output("r", doubled, "r2", 1));
    assertTrue(result.differences().stream().anyMatch(d -> d.contains("left 1x, right 2x")), result.differences().toString());
  }

  @Test
  void twoFoldersWithoutTablesAreRefusedNotCalledEqual() throws Exception {
    Path left = Files.createDirectories(dir.resolve("empty-left"));
    Path right = Files.createDirectories(dir.resolve("empty-right"));
    PublishError e = assertThrows(PublishError.class, () -> diff(left.toString(), right.toString()));
    assertTrue(e.getMessage().contains("nothing to compare"), e.getMessage());
  }

  @Test
  void aTableMissingFromOneOutputIsADifference() throws Exception {
    String left = output("l", corpus("r1"), "r1", 1);
    String right = output("r", corpus("r2"), "r2", 1);
    Files.createDirectories(Path.of(left, "mentions", "published_date=2023-01-02"));
    Files.writeString(Path.of(left, "mentions", "published_date=2023-01-02", "part-0.parquet"), "not read");
    OutputDiff.Result result = diff(left, right);
    assertTrue(result.differences().contains("mentions: table only in " + left), result.differences().toString());
  }

  @Test
  void aDayPartitionMissingOnOneSideIsADifferenceButRunPartitionsAreNot() throws Exception {
    String left = output("l", corpus("r1"), "r1", 1);
    String right = output("r", corpus("r2"), "r2", 1);
    Files.createDirectories(Path.of(right, ArticlesTable.NAME, "published_date=2023-01-04"));
    OutputDiff.Result result = diff(left, right);
    assertEquals(1, result.differences().size(), result.differences().toString());
    assertTrue(result.differences().get(0).contains("only right [published_date=2023-01-04]"));
  }

  @Test
  void doublesEqualToNineDecimalsAreEqualButLargerChangesAreNot() {
    List<Row> noise = corpus("r2");
    noise.set(0, article("a1", "Talks resume", 0.25 + 1e-13, "r2", "2023-01-02"));
    List<Row> changed = corpus("r3");
    changed.set(0, article("a1", "Talks resume", 0.2501, "r3", "2023-01-02"));
    String base = output("l", corpus("r1"), "r1", 1);
    assertTrue(diff(base, output("noise", noise, "r2", 1)).equal());
    assertFalse(diff(base, output("changed", changed, "r3", 1)).equal());
  }
}
