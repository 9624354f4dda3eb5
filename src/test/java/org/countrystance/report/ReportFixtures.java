package org.countrystance.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.countrystance.aggregate.DailyAggregates;
import org.countrystance.aggregate.Dimensions;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.testing.SparkTestSession;

/**
 * A small published output (14 days of stance statements on three topics) written the way the job
 * writes it: every table partitioned, aggregates computed by DailyAggregates from the mentions.
 */
public final class ReportFixtures {
  public static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);
  public static final int DAYS = 14;
  public static final String RUN_ID = "20230116T020000Z-fixture";
  private static Path output;

  private ReportFixtures() {}

  /** The output root, written once per JVM into a temporary folder. */
  public static synchronized Path output() {
    if (output == null) {
      try {
        output = write(SparkTestSession.get(), Files.createTempDirectory("report-fixture"));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return output;
  }

  /** Writes a sample output root for manual runs: ReportFixtures.main(folder). */
  public static void main(String[] args) {
    System.out.println("wrote " + write(SparkTestSession.get(), Path.of(args[0])));
  }

  public static Path write(SparkSession spark, Path root) {
    Corpus corpus = build();
    Dataset<Row> mentions = spark.createDataFrame(corpus.mentions, MentionsTable.SCHEMA);
    Dataset<Row> articles = spark.createDataFrame(corpus.articles, ArticlesTable.schema());
    write(mentions, root, PublishedTables.MENTIONS);
    write(articles, root, PublishedTables.ARTICLES);
    write(DailyAggregates.countryDaily(mentions), root, PublishedTables.COUNTRY_DAILY);
    write(DailyAggregates.stanceDaily(mentions), root, PublishedTables.STANCE_DAILY);
    write(DailyAggregates.dyadDaily(mentions), root, PublishedTables.DYAD_DAILY);
    write(spark.createDataFrame(rejects(), RejectsTable.SCHEMA), root, PublishedTables.REJECTS);
    write(DailyAggregates.stanceEvidence(mentions, articles), root, PublishedTables.STANCE_EVIDENCE);
    Dimensions dimensions = Dimensions.load(null);
    for (PublishedTables.Table t : PublishedTables.DIMENSIONS) {
      dimensions.dataset(spark, t.name()).coalesce(1).write().mode(SaveMode.Overwrite)
          .parquet(root.resolve(t.name()).toString());
    }
    return root;
  }

  private static void write(Dataset<Row> rows, Path root, PublishedTables.Table table) {
    rows.coalesce(1).write().mode(SaveMode.Overwrite).partitionBy(table.partition())
        .parquet(root.resolve(table.name()).toString());
  }

  /** Rows of the mentions and articles tables, before Spark. */
  static final class Corpus {
    final List<Row> mentions = new ArrayList<>();
    final List<Row> articles = new ArrayList<>();
  }

  static Corpus build() {
    Random random = new Random(7);
    Corpus corpus = new Corpus();
    int serial = 0;
    for (int d = 0; d < DAYS; d++) {
      LocalDate day = FIRST_DAY.plusDays(d);
      for (Statements.Spec spec : Statements.SPECS) {
        int n = random.nextInt(spec.weight() + 1);
        for (int i = 0; i < n; i++) {
          String articleId = String.format("a%04d", ++serial);
          // every fourth article is a syndicated copy of the previous story
          String storyId = serial % 4 == 0 ? String.format("s%04d", serial - 1) : String.format("s%04d", serial);
          String source = Statements.SOURCES[random.nextInt(Statements.SOURCES.length)];
          double drift = (d - DAYS / 2.0) / DAYS * 0.2;
          double tone = clamp(Statements.baseTone(spec.country()) + drift + (random.nextDouble() - 0.5) * 0.3);
          String stated = spec.sentence();
          String background = Statements.background(spec.country(), random);
          corpus.mentions.add(mention(articleId, storyId, serial % 4 != 0, source, 0, stated, 0, spec.country(),
              "speaker", spec.targets(), tone, spec.topic(), spec.position(), spec.polarity(),
              0.55 + random.nextDouble() * 0.4, spec.cue(), day));
          int m = 1;
          for (String target : spec.targets()) {
            corpus.mentions.add(mention(articleId, storyId, serial % 4 != 0, source, 0, stated, m++, target,
                "target", List.of(), tone, null, null, null, null, null, day));
          }
          corpus.mentions.add(mention(articleId, storyId, serial % 4 != 0, source, 1, background, 0,
              spec.country(), "mentioned", List.of(), clamp(tone - 0.1), null, null, null, null, null, day));
          Instant at = day.atTime(6 + random.nextInt(16), random.nextInt(60)).toInstant(ZoneOffset.UTC);
          corpus.articles.add(RowFactory.create(articleId, "https://" + source + "/news/" + articleId, source,
              Statements.title(spec), stated + " " + background, at, day, "en", null, "input/part-0.parquet",
              RUN_ID, false, 0, false, 0, false, false, false, false, 0, 0, storyId, serial % 4 != 0));
        }
      }
    }
    return corpus;
  }

  private static Row mention(String articleId, String storyId, boolean canonical, String source, int sentenceIndex,
      String sentence, int mentionIndex, String country, String role, List<String> targets, double tone,
      String topic, String position, String polarity, Double confidence, String cue, LocalDate day) {
    String surface = Statements.surface(country);
    int start = Math.max(0, sentence.indexOf(surface));
    List<String> topics = topic == null ? List.of() : List.of(topic);
    List<String> cues = cue == null ? List.of() : List.of(cue);
    return RowFactory.create(articleId, storyId, canonical, source, sentenceIndex, sentence, mentionIndex, country,
        surface, "NAME", start, start + surface.length(), role, targets, role.equals("speaker") ? targets : List.of(),
        tone, tone, null, topics, topic, position, polarity, confidence, cues, RUN_ID, day);
  }

  private static List<Row> rejects() {
    return List.of(
        RowFactory.create("ingest", "missing_text", "text is empty", "r1", "https://example.org/r1", "example.org",
            "Empty", null, "2023-01-03T10:00:00Z", "en", null, "input/part-0.parquet", 0L, RUN_ID, "f0"),
        RowFactory.create("ingest", "bad_date", "cannot parse 'yesterday'", "r2", null, "example.org", "Undated",
            "Some text.", "yesterday", "en", null, "input/part-0.parquet", 1L, RUN_ID, "f0"));
  }

  private static double clamp(double v) {
    return Math.max(-1, Math.min(1, v));
  }
}
