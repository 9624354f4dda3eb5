package org.countrystance.sample;

import static org.apache.spark.sql.functions.col;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the sample corpus as Parquet: one Spark partition (one file) per {@code rowsPerFile} row
 * indices, each partition generating its rows lazily, so the driver holds nothing and an executor one row.
 */
public final class SampleCorpusWriter {
  public static final int DEFAULT_ROWS_PER_FILE = 50_000;

  private SampleCorpusWriter() {}

  public static void write(SparkSession spark, GeneratorSettings settings, String outputPath) {
    write(spark, settings, outputPath, DEFAULT_ROWS_PER_FILE);
  }

  public static void write(SparkSession spark, GeneratorSettings settings, String outputPath, int rowsPerFile) {
    corpus(spark, settings, rowsPerFile).write().mode(SaveMode.Overwrite).parquet(outputPath);
  }

  /** The corpus as a lazy Dataset with {@link SampleCorpusSchema#SCHEMA}. */
  public static Dataset<Row> corpus(SparkSession spark, GeneratorSettings settings, int rowsPerFile) {
    if (rowsPerFile < 1) throw new IllegalArgumentException("rowsPerFile must be >= 1, got " + rowsPerFile);
    int partitions = (int) Math.max(1, (settings.articles() + rowsPerFile - 1) / rowsPerFile);
    StructType generated = SampleCorpusSchema.generatedRows();
    Dataset<Row> rows = spark.range(0, settings.articles(), 1, partitions)
        .mapPartitions(new GenerateRows(settings), Encoders.row(generated));
    Column[] columns = new Column[SampleCorpusSchema.SCHEMA.size()];
    for (int i = 0; i < columns.length; i++) {
      String name = SampleCorpusSchema.SCHEMA.fields()[i].name();
      columns[i] = name.equals(SampleCorpusSchema.TEXT)
          ? col(SampleCorpusSchema.TEXT_BYTES).cast("string").as(SampleCorpusSchema.TEXT)
          : col(name);
    }
    return rows.select(columns);
  }

  /** Generates the rows of one range partition on the executor, one at a time. */
  private static final class GenerateRows implements MapPartitionsFunction<Long, Row> {
    private final GeneratorSettings settings;

    GenerateRows(GeneratorSettings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Long> indices) {
      ArticleGenerator generator = new ArticleGenerator(settings);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return indices.hasNext();
        }

        @Override
        public Row next() {
          return toRow(generator.generate(indices.next()));
        }
      };
    }
  }

  static Row toRow(GeneratedArticle a) {
    return RowFactory.create(a.articleId(), a.url(), a.title(), a.textBytes(), a.publishedAt(), a.source(),
        a.language(), a.authorCountry(), a.truthStory(), a.truthDefects().toArray(new String[0]),
        a.truthStances().toArray(new String[0]));
  }
}
