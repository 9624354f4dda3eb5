package org.countrystance.publish;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.clean.CleanStage;
import org.countrystance.config.JobConfig;
import org.countrystance.dedup.StoryWindow;
import org.countrystance.ingest.InputContract;
import org.countrystance.ingest.InputFiles;
import org.countrystance.ingest.RawInput;
import org.countrystance.tables.ArticlesTable;

/**
 * The published articles a nightly run learns title affixes from besides its own, so that it learns
 * what a full recompute learns ({@link CleanStage#apply(Dataset, org.countrystance.clean.CleaningRules,
 * Dataset)}): the articles of the run's sources (and of the sources of the articles it replaces) dated
 * within {@code dedup.window-days} of its first and last day, less those it replaces, with their title,
 * text and declared language read again from their input files (a published title has lost the affixes
 * cleaning cut, so it cannot be counted). An article whose input file is gone is left out.
 */
public final class TitleWindow {
  private static final String SRC = "_window_source";
  private static final String ID = "_window_id";
  private static final String RAW = "_raw_";

  private TitleWindow() {}

  /**
   * Rows of {@link ArticlesTable#INGESTED} (raw title, text and language; {@code runId}) followed by
   * {@link CleanStage#PUBLISHED_TITLE}; null when nothing is published or no input file holds one.
   */
  public static Dataset<Row> of(SparkSession spark, Dataset<Row> published, Dataset<Row> accepted,
      InputFiles.Listing listing, JobConfig config, String runId) {
    if (published == null) return null;
    Row span = accepted.agg(min(ArticlesTable.PUBLISHED_DATE), max(ArticlesTable.PUBLISHED_DATE)).first();
    if (span.isNullAt(0)) return null;
    int days = config.dedup().windowDays();
    LocalDate from = StoryWindow.day(span.get(0)).minusDays(days);
    LocalDate to = StoryWindow.day(span.get(1)).plusDays(days);
    // What the run replaces (CarryOver's rule): article_ids it brings, articles of the files it reads.
    Dataset<Row> ids = accepted.select(col(ArticlesTable.ARTICLE_ID).as(ID)).distinct();
    Column readAgain = col(ArticlesTable.INPUT_FILE).isin(listing.files().stream()
        .map(InputFiles.InputFile::path).toArray()).and(CarryOver.inRange(config.dates()));
    Dataset<Row> brought = published.join(ids, col(ArticlesTable.ARTICLE_ID).equalTo(col(ID)), "left_semi");
    Dataset<Row> sources = accepted.select(col(ArticlesTable.SOURCE).as(SRC))
        .union(brought.select(col(ArticlesTable.SOURCE).as(SRC)))
        .union(published.where(readAgain).select(col(ArticlesTable.SOURCE).as(SRC)))
        .where(col(SRC).isNotNull()).distinct();
    Dataset<Row> window = published.where(col(ArticlesTable.PUBLISHED_DATE).between(lit(from), lit(to)))
        .join(broadcast(sources), col(ArticlesTable.SOURCE).equalTo(col(SRC)), "left_semi")
        .join(ids, col(ArticlesTable.ARTICLE_ID).equalTo(col(ID)), "left_anti")
        .where(not(readAgain));
    Set<String> held = window.select(ArticlesTable.INPUT_FILE).distinct().collectAsList().stream()
        .map(r -> r.getString(0)).collect(Collectors.toSet());
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<InputFiles.InputFile> files = InputFiles.list(config.inputPath(), hadoop).stream()
        .filter(f -> held.contains(f.path())).toList();
    if (files.isEmpty()) return null;
    Dataset<Row> raw = RawInput.read(spark, InputFiles.check(files, config.columns(), hadoop), config.columns())
        .select(col(InputContract.ARTICLE_ID).as(RAW + "id"), col(RawInput.INPUT_FILE).as(RAW + "file"),
            col(InputContract.URL).as(RAW + "url"), col(InputContract.TITLE).as(RAW + "title"),
            col(InputContract.TEXT).as(RAW + "text"), col(InputContract.LANGUAGE).as(RAW + "language"));
    // The published copy's row of its file: same article_id and url (a second row of one article_id in
    // one file is a duplicate_id reject; the url tells them apart unless both rows share it).
    Dataset<Row> joined = window.join(raw, col(ArticlesTable.ARTICLE_ID).equalTo(col(RAW + "id"))
        .and(col(ArticlesTable.INPUT_FILE).equalTo(col(RAW + "file")))
        .and(col(ArticlesTable.URL).eqNullSafe(col(RAW + "url"))))
        .dropDuplicates(ArticlesTable.ARTICLE_ID);
    Column[] out = Arrays.stream(ArticlesTable.INGESTED.fieldNames()).map(n -> switch (n) {
      case ArticlesTable.TITLE, ArticlesTable.TEXT, ArticlesTable.LANGUAGE -> col(RAW + n).as(n);
      case ArticlesTable.RUN_ID -> lit(runId).as(n);
      default -> col(n);
    }).toArray(Column[]::new);
    Column[] withPublished = Arrays.copyOf(out, out.length + 1);
    withPublished[out.length] = col(ArticlesTable.TITLE).as(CleanStage.PUBLISHED_TITLE);
    return joined.select(withPublished);
  }

  /** A run's own articles among {@code articles}: without the published ones it cleaned again. */
  public static Dataset<Row> own(Dataset<Row> articles, Dataset<Row> accepted) {
    return articles.join(accepted.select(col(ArticlesTable.ARTICLE_ID).as(ID)),
        col(ArticlesTable.ARTICLE_ID).equalTo(col(ID)), "left_semi");
  }
}
