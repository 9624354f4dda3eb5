package org.countrystance.publish;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.config.DateRange;
import org.countrystance.config.InputColumns;
import org.countrystance.ingest.InputContract;
import org.countrystance.ingest.InputFiles;
import org.countrystance.ingest.RawInput;
import org.countrystance.ingest.RejectReason;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.RejectsTable;

/**
 * What a run changes in the published articles besides its own: the published articles it replaces
 * (an article_id it brings again, or an article of an input file it reads again that the file no longer
 * holds: removal propagates) and the published articles whose story its articles change. Their days
 * are published again, so the output equals a full recompute of the same input files.
 */
public final class CarryOver {
  /** Published articles a run replaces or retracts: article_id, published_date, story_id. */
  public static final StructType REPLACED = new StructType()
      .add(ArticlesTable.ARTICLE_ID, DataTypes.StringType, false)
      .add(ArticlesTable.PUBLISHED_DATE, DataTypes.DateType, false)
      .add(ArticlesTable.STORY_ID, DataTypes.StringType, false);
  /** Published articles kept with a new story: article_id, published_date, story_id, is_canonical. */
  public static final StructType RESTORIED = REPLACED.add(ArticlesTable.IS_CANONICAL, DataTypes.BooleanType, false);

  private static final String ID = "_carried_id";
  private static final String NEW_STORY = "_new_story";
  private static final String NEW_CANONICAL = "_new_canonical";
  private static final String READ_FILE = "_read_file";

  private final Dataset<Row> replaced;
  private final Dataset<Row> restoried;
  private final List<String> retiredFileIds;

  private CarryOver(Dataset<Row> replaced, Dataset<Row> restoried, List<String> retiredFileIds) {
    this.replaced = replaced;
    this.restoried = restoried;
    this.retiredFileIds = retiredFileIds;
  }

  /**
   * The published articles ({@code published}, null when none) a run replaces: those whose article_id
   * is among its {@code accepted} articles, and those of the input files it reads on days of its range
   * (a file read again holds all of its articles: a row removed from it is retracted). Kept as one of
   * the run's intermediates.
   */
  public static CarryOver of(TableStager stager, Dataset<Row> published, Dataset<Row> accepted,
      InputFiles.Listing listing, DateRange dates) {
    if (published == null) return new CarryOver(null, null, List.of());
    SparkSession spark = published.sparkSession();
    Dataset<Row> ids = accepted.select(col(ArticlesTable.ARTICLE_ID).as(ID)).distinct();
    Dataset<Row> read = spark.createDataFrame(paths(listing).stream().map(p -> RowFactory.create(p)).toList(),
        new StructType().add(READ_FILE, DataTypes.StringType));
    Dataset<Row> again = published.join(broadcast(read), col(ArticlesTable.INPUT_FILE).equalTo(col(READ_FILE)))
        .where(inRange(dates));
    Dataset<Row> brought = published.join(ids, col(ArticlesTable.ARTICLE_ID).equalTo(col(ID)));
    Dataset<Row> replaced = again.select(columns(REPLACED)).union(brought.select(columns(REPLACED))).distinct();
    return new CarryOver(stager.checkpoint(replaced, "replaced", REPLACED), null,
        earlierVersions(RunManifest.all(stager.layout(), stager.hadoop()), listing));
  }

  /** As this, and the published articles kept with a new story ({@link #RESTORIED}; null: none). */
  public CarryOver withRestoried(TableStager stager, Dataset<Row> changed) {
    return changed == null ? this
        : new CarryOver(replaced, stager.checkpoint(changed, "restoried", RESTORIED), retiredFileIds);
  }

  /** The published articles this run replaces or retracts ({@link #REPLACED}), null when nothing is published. */
  public Dataset<Row> replaced() {
    return replaced;
  }

  /**
   * Identities (footer ids) of earlier versions of the files this run reads, as succeeded runs recorded
   * them: same path, other content. Their rejects partitions are removed: the rows they came from are gone.
   */
  List<String> retiredFileIds() {
    return retiredFileIds;
  }

  private static List<String> earlierVersions(List<RunManifest> runs, InputFiles.Listing listing) {
    Set<String> read = new java.util.HashSet<>(paths(listing));
    Set<String> current = listing.footers().values().stream().map(InputFiles.Footer::id).collect(Collectors.toSet());
    Set<String> earlier = new TreeSet<>();
    for (RunManifest m : runs) {
      if (!"succeeded".equals(m.status)) continue;
      for (Map<String, Object> f : m.inputFiles) {
        Object id = f.get("file_id");
        if (read.contains((String) f.get("path")) && id != null && !current.contains(id)) earlier.add((String) id);
      }
    }
    return List.copyOf(earlier);
  }

  /**
   * Input files a {@code --since-last} run reads again besides the new ones: files of {@code all} that
   * hold a published copy or a duplicate_id reject of an article_id the run's files bring or published
   * before. A full recompute decides between the copies of an article_id by reading all of them (the
   * earliest is kept, the others are duplicate_id rejects in their own files' rejects), so the run reads
   * them all: a copy dated earlier than the published one moves the article to its day, and a copy
   * rejected beside a copy that its file no longer holds is published. One round: the files read again
   * bring no further files. A file no longer in the input is not read (its published copy is replaced).
   */
  public static List<InputFiles.InputFile> filesToReadAgain(SparkSession spark, OutputLayout layout,
      InputFiles.Listing listing, List<InputFiles.InputFile> all, InputColumns columns) {
    Dataset<Row> published = PublishedReads.read(spark, layout.table(ArticlesTable.NAME), ArticlesTable.schema());
    if (published == null || listing.files().size() == all.size()) return List.of();
    Object[] read = paths(listing).toArray();
    Dataset<Row> ids = RawInput.read(spark, listing, columns).select(col(InputContract.ARTICLE_ID).as(ID))
        .union(published.where(col(ArticlesTable.INPUT_FILE).isin(read)).select(col(ArticlesTable.ARTICLE_ID).as(ID)))
        .distinct();
    Dataset<Row> holders = published.select(col(ArticlesTable.ARTICLE_ID), col(ArticlesTable.INPUT_FILE));
    Dataset<Row> rejects = PublishedReads.read(spark, layout.table(RejectsTable.NAME), RejectsTable.SCHEMA);
    if (rejects != null) {
      holders = holders.union(rejects.where(col(RejectsTable.REASON).equalTo(RejectReason.DUPLICATE_ID.code()))
          .select(col(RejectsTable.ARTICLE_ID), col(RejectsTable.INPUT_FILE)));
    }
    Set<String> files = holders.where(not(col(ArticlesTable.INPUT_FILE).isin(read)))
        .join(ids, col(ArticlesTable.ARTICLE_ID).equalTo(col(ID)))
        .select(ArticlesTable.INPUT_FILE).distinct().collectAsList().stream()
        .map(r -> r.getString(0)).collect(Collectors.toSet());
    return all.stream().filter(f -> files.contains(f.path())).toList();
  }

  /** The days a run publishes: its articles' days, and the days of the articles it replaces or re-stories. */
  public Set<LocalDate> touchedDays(Set<LocalDate> batchDays) {
    Set<LocalDate> days = new TreeSet<>(batchDays);
    for (Dataset<Row> d : new Dataset[] {replaced, restoried}) {
      if (d == null) continue;
      for (Row r : d.select(ArticlesTable.PUBLISHED_DATE).distinct().collectAsList()) {
        days.add(org.countrystance.dedup.StoryWindow.day(r.get(0)));
      }
    }
    return days;
  }

  /**
   * The published rows of a per-article table ({@code sameDays}, rows of the days the run publishes)
   * that stay: without the articles of {@code batchIds} (article_id) and the replaced ones, with the
   * story_id and is_canonical of a re-storied article updated.
   */
  Dataset<Row> kept(Dataset<Row> sameDays, Dataset<Row> batchIds) {
    Dataset<Row> gone = batchIds.select(col(ArticlesTable.ARTICLE_ID).as(ID));
    if (replaced != null) gone = gone.union(replaced.select(col(ArticlesTable.ARTICLE_ID).as(ID)));
    Dataset<Row> kept = sameDays.join(gone.distinct(), col(ArticlesTable.ARTICLE_ID).equalTo(col(ID)), "left_anti");
    if (restoried == null) return kept;
    String[] order = kept.columns();
    Dataset<Row> update = restoried.select(col(ArticlesTable.ARTICLE_ID).as(ID),
        col(ArticlesTable.STORY_ID).as(NEW_STORY), col(ArticlesTable.IS_CANONICAL).as(NEW_CANONICAL));
    Map<String, Column> replacedColumns = Map.of(
        ArticlesTable.STORY_ID, coalesce(col(NEW_STORY), col(ArticlesTable.STORY_ID)),
        ArticlesTable.IS_CANONICAL, coalesce(col(NEW_CANONICAL), col(ArticlesTable.IS_CANONICAL)));
    Function<String, Column> pick = c -> replacedColumns.containsKey(c) ? replacedColumns.get(c).as(c) : col(c);
    return kept.join(update, col(ArticlesTable.ARTICLE_ID).equalTo(col(ID)), "left")
        .select(java.util.Arrays.stream(order).map(pick).toArray(Column[]::new));
  }

  /** Whether an article's published_date is in the run's date range. */
  static Column inRange(DateRange dates) {
    Column in = lit(true);
    if (dates.from() != null) in = in.and(col(ArticlesTable.PUBLISHED_DATE).geq(lit(dates.from())));
    if (dates.to() != null) in = in.and(col(ArticlesTable.PUBLISHED_DATE).leq(lit(dates.to())));
    return in;
  }

  private static List<String> paths(InputFiles.Listing listing) {
    return listing.files().stream().map(InputFiles.InputFile::path).toList();
  }

  private static Column[] columns(StructType schema) {
    return java.util.Arrays.stream(schema.fieldNames()).map(n -> col(n)).toArray(Column[]::new);
  }
}
