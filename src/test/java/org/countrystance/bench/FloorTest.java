package org.countrystance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorTest {
  @TempDir
  Path dir;

  @Test
  void countsTheArticlesAndWhitespaceSeparatedWordsOfATinyParquetCorpus() {
    SparkSession spark = SparkTestSession.get();
    StructType schema = new StructType().add("article_id", DataTypes.StringType)
        .add(ArticlesTable.TEXT, DataTypes.StringType, true);
    String path = dir.resolve("corpus").toString();
    spark.createDataFrame(List.of(
        RowFactory.create("a", "Russia and Ukraine"),
        RowFactory.create("b", "  leading,  trailing\tand\nwrapped lines  "),
        RowFactory.create("c", ""),
        RowFactory.create("d", null),
        RowFactory.create("e", "one")), schema).repartition(2).write().parquet(path);

    Floor.Result r = Floor.run(spark, path);

    assertEquals(5, r.articles());
    assertEquals(3 + 5 + 0 + 0 + 1, r.words());
  }

  @Test
  void aWordIsAMaximalRunOfNonWhitespaceAsJavaSplitWouldCutIt() {
    for (String text : List.of("a b", " x\t\ty\r\nz ", "don't stop-gap", "\u00e9t\u00e9 \u4e2d\u6587")) {
      long expected = Arrays.stream(text.trim().split("\\s+")).filter(s -> !s.isEmpty()).count();
      assertEquals(expected, Floor.words(text), text);
    }
    assertEquals(0, Floor.words("   "));
    assertEquals(0, Floor.words(null));
  }
}
