package org.countrystance.sample;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCorpusWriterTest {
  private static final int N = 2_000;
  private static final int ROWS_PER_FILE = 500;
  private static final GeneratorSettings SETTINGS = GeneratorSettings.defaults().withArticles(N);

  @TempDir
  static Path dir;
  private static String output;

  @BeforeAll
  static void writeCorpus() {
    output = dir.resolve("corpus").toString();
    SampleCorpusWriter.write(SparkTestSession.get(), SETTINGS, output, ROWS_PER_FILE);
  }

  private static Dataset<Row> read(StructType schema) {
    return SparkTestSession.get().read().schema(schema).parquet(output);
  }

  @Test
  void writesEveryRowInOneFilePerRowsPerFileIndices() throws IOException {
    assertEquals(N, read(SampleCorpusSchema.SCHEMA).count());
    try (Stream<Path> files = Files.list(Path.of(output))) {
      long parquetFiles = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).count();
      assertEquals(N / ROWS_PER_FILE, parquetFiles);
    }
  }

  @Test
  void storesTheColumnsOfTheInputContractAndTheTruth() {
    StructType written = SparkTestSession.get().read().parquet(output).schema();
    for (String column : List.of("article_id", "url", "title", "text", "published_at", "source", "language",
        "author_country", "truth_story", "truth_defects", "truth_stances")) {
      StructField f = written.apply(column);
      boolean array = column.equals("truth_defects") || column.equals("truth_stances");
      assertEquals(array ? DataTypes.createArrayType(DataTypes.StringType) : DataTypes.StringType,
          f.dataType(), column);
    }
  }

  @Test
  void keepsInvalidUtf8TextAsRawBytes() {
    StructType binaryText = new StructType(java.util.Arrays.stream(SampleCorpusSchema.SCHEMA.fields())
        .map(f -> f.name().equals("text") ? new StructField("text", DataTypes.BinaryType, true, f.metadata()) : f)
        .toArray(StructField[]::new));
    List<Row> invalid = read(binaryText)
        .where(array_contains(col("truth_defects"), "bad_row:invalid_utf8")).select("text").collectAsList();
    assertFalse(invalid.isEmpty());
    for (Row r : invalid) assertFalse(ArticleGeneratorTest.validUtf8((byte[]) r.get(0)));
    List<Row> others = read(binaryText)
        .where(col("text").isNotNull().and(functions.not(array_contains(col("truth_defects"), "bad_row:invalid_utf8"))))
        .select("text").collectAsList();
    long missing = read(binaryText).where(col("text").isNull()).count();
    assertTrue(missing > 0, "rows with a missing text are written as nulls");
    assertEquals(N - invalid.size() - missing, others.size());
    for (Row r : others) assertTrue(ArticleGeneratorTest.validUtf8((byte[]) r.get(0)));
  }

  @Test
  void rowsMatchTheGeneratorAndCarryTheirTruth() {
    ArticleGenerator generator = new ArticleGenerator(SETTINGS);
    for (long i : new long[] {0, 7, 1234, N - 1}) {
      GeneratedArticle expected = generator.generate(i);
      Row row = read(SampleCorpusSchema.SCHEMA).where(col("url").equalTo(expected.url())).first();
      assertEquals(expected.title(), row.getAs("title"));
      assertEquals(expected.text(), row.getAs("text"));
      assertEquals(expected.truthStory(), row.getAs("truth_story"));
      assertEquals(expected.truthStances(), row.getList(row.fieldIndex("truth_stances")));
    }
    long null_ids = read(SampleCorpusSchema.SCHEMA).where(col("article_id").isNull()).count();
    assertTrue(null_ids > 0, "bad rows with a missing id are written as nulls");
  }
}
