package org.countrystance.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.countrystance.config.QualityCheckSettings;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.CountryDailyTable;
import org.countrystance.tables.DyadDailyTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.tables.StanceDailyTable;
import org.countrystance.tables.StanceEvidenceTable;

/**
 * The published tables as one run stages them: which tables there are and their schemas, this run's
 * rows merged with the published rows of the days it touches, and the quality checks on what was
 * staged. Wraps the table-agnostic {@link TableStager}.
 */
public final class StagedTables {
  /** Every table a run publishes, in the order they are staged. */
  public static final List<String> PUBLISHED = List.of(ArticlesTable.NAME, RejectsTable.NAME,
      MentionsTable.NAME, CountryDailyTable.NAME, StanceDailyTable.NAME, DyadDailyTable.NAME, StanceEvidenceTable.NAME);

  private final TableStager stager;
  /** What the run changes in published articles besides its own (null: only its own). */
  private CarryOver carryOver;

  public StagedTables(TableStager stager) {
    this.stager = stager;
  }

  /** The published articles this run replaces or re-stories: {@link #stageMerged} and {@link #stageRejects} use it. */
  public void carryOver(CarryOver carryOver) {
    this.carryOver = carryOver;
  }

  /** A published table's schema: a table with no rows this run has no file to infer one from. */
  public static StructType schemaOf(String table) {
    return switch (table) {
      case ArticlesTable.NAME -> ArticlesTable.schema();
      case RejectsTable.NAME -> RejectsTable.SCHEMA;
      case MentionsTable.NAME -> MentionsTable.SCHEMA;
      case CountryDailyTable.NAME -> CountryDailyTable.SCHEMA;
      case StanceDailyTable.NAME -> StanceDailyTable.SCHEMA;
      case DyadDailyTable.NAME -> DyadDailyTable.SCHEMA;
      case StanceEvidenceTable.NAME -> StanceEvidenceTable.SCHEMA;
      default -> throw new IllegalArgumentException("not a published table: " + table);
    };
  }

  /** This run's staged rows of a table. */
  public Dataset<Row> staged(String table) {
    return stager.readStaged(table, schemaOf(table));
  }

  /**
   * Stages a per-article table (articles, mentions): this run's rows plus the published rows of the
   * touched days that belong to other articles, so a reprocessed article replaces all of its rows
   * (even when it now has none) and other articles stay; less the articles the {@link CarryOver}
   * replaces, with the stories it changes. Every touched day gets a partition.
   */
  public void stageMerged(String table, String partition, Dataset<Row> incoming, Dataset<Row> batchArticles,
      Set<LocalDate> days) {
    StructType schema = schemaOf(table);
    Dataset<Row> rows = incoming.select(columns(schema));
    Dataset<Row> published = stager.readPublished(table, schema);
    if (published != null && !days.isEmpty()) {
      Dataset<Row> sameDays = published.where(col(ArticlesTable.PUBLISHED_DATE).isin(days.toArray()));
      Dataset<Row> ids = batchArticles.select(col(ArticlesTable.ARTICLE_ID)).distinct();
      Dataset<Row> kept = carryOver != null ? carryOver.kept(sameDays, ids)
          : sameDays.join(ids, sameDays.col(ArticlesTable.ARTICLE_ID).equalTo(ids.col(ArticlesTable.ARTICLE_ID)), "left_anti");
      rows = kept.unionByName(rows);
    }
    stager.stage(rows, table, schema, partition);
    stager.ensurePartitions(table, partition, days);
  }

  /** Stages a daily table computed from whole days; every touched day gets a partition. */
  private void stageDaily(String table, Dataset<Row> rows, Set<LocalDate> days) {
    stager.stage(rows, table, schemaOf(table), CountryDailyTable.PARTITION);
    stager.ensurePartitions(table, CountryDailyTable.PARTITION, days);
  }

  /**
   * Stages several daily tables (name to rows) side by side: each is a read of the staged mentions,
   * a shuffle and a write, and one after another left a core idle while a single task finished.
   */
  public void stageDaily(Map<String, Dataset<Row>> tables, Set<LocalDate> days) {
    Map<String, Callable<Void>> writes = new LinkedHashMap<>();
    tables.forEach((table, rows) -> writes.put(table, () -> {
      stageDaily(table, rows, days);
      return null;
    }));
    sideBySide(writes, "staging the daily tables");
  }

  /**
   * Stages the rejects of the files this run read, a partition per file identity: every file read
   * gets one (empty when none of its rows was rejected), so publishing replaces what an earlier run,
   * an interrupted one, or a run over the file under another name published for it.
   */
  public void stageRejects(Dataset<Row> rejects, Collection<String> fileIds) {
    stager.stage(rejects, RejectsTable.NAME, RejectsTable.SCHEMA, RejectsTable.PARTITION);
    stager.ensurePartitions(RejectsTable.NAME, RejectsTable.PARTITION, fileIds);
    if (carryOver != null) stager.retirePartitions(RejectsTable.NAME, RejectsTable.PARTITION, carryOver.retiredFileIds());
  }

  /** Each table's key (empty: none) and the columns every row must have (empty: none checked). */
  private record Shape(List<String> key, List<String> required) {}

  private static Shape shapeOf(String table) {
    return switch (table) {
      case ArticlesTable.NAME -> new Shape(List.of(ArticlesTable.ARTICLE_ID),
          List.of(ArticlesTable.PUBLISHED_DATE, ArticlesTable.PUBLISHED_AT));
      case RejectsTable.NAME -> new Shape(List.of(RejectsTable.INPUT_FILE_ID, RejectsTable.ROW_INDEX), List.of());
      case MentionsTable.NAME -> new Shape(List.of(MentionsTable.ARTICLE_ID, MentionsTable.SENTENCE_INDEX,
          MentionsTable.MENTION_INDEX), List.of(MentionsTable.PUBLISHED_DATE, MentionsTable.COUNTRY));
      case CountryDailyTable.NAME -> new Shape(List.of(CountryDailyTable.PUBLISHED_DATE, CountryDailyTable.COUNTRY),
          List.of());
      case StanceDailyTable.NAME -> new Shape(List.of(StanceDailyTable.PUBLISHED_DATE, StanceDailyTable.COUNTRY,
          StanceDailyTable.TOPIC, StanceDailyTable.POSITION), List.of());
      case DyadDailyTable.NAME -> new Shape(List.of(DyadDailyTable.PUBLISHED_DATE, DyadDailyTable.SOURCE_COUNTRY,
          DyadDailyTable.TARGET_COUNTRY), List.of());
      case StanceEvidenceTable.NAME -> new Shape(List.of(StanceEvidenceTable.PUBLISHED_DATE,
          StanceEvidenceTable.ARTICLE_ID, StanceEvidenceTable.SENTENCE_INDEX, StanceEvidenceTable.COUNTRY,
          StanceEvidenceTable.TOPIC, StanceEvidenceTable.POSITION), List.of());
      default -> throw new IllegalArgumentException("not a published table: " + table);
    };
  }

  /**
   * The staged tables' rows written, duplicate keys and incomplete rows (in {@link #PUBLISHED} order):
   * the manifest's counts and the gate's key and completeness checks share it. One query over all the
   * tables ({@link TableProfile#of(Map)}): three Spark jobs, where a query per table was three each.
   */
  public Map<String, TableProfile> profiles() {
    Map<String, TableProfile.Shape> shapes = new LinkedHashMap<>();
    for (String table : PUBLISHED) {
      Shape shape = shapeOf(table);
      shapes.put(table, new TableProfile.Shape(staged(table), shape.key(), shape.required()));
    }
    return TableProfile.of(shapes);
  }

  /**
   * Runs independent Spark actions on threads of their own (Spark schedules jobs of several threads
   * at once) and returns their results in the given order. Every action is waited for, so that none
   * still writes when the caller cleans up after a failure; then the first failure, in the given
   * order, is rethrown as if the action had run on this thread.
   */
  static <T> Map<String, T> sideBySide(Map<String, Callable<T>> actions, String what) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, actions.size()));
    try {
      Map<String, Future<T>> pending = new LinkedHashMap<>();
      actions.forEach((name, action) -> pending.put(name, pool.submit(action)));
      Map<String, T> results = new LinkedHashMap<>();
      RuntimeException failure = null;
      for (Map.Entry<String, Future<T>> e : pending.entrySet()) {
        try {
          results.put(e.getKey(), result(e.getValue(), what));
        } catch (RuntimeException x) {
          if (failure == null) failure = x;
        }
      }
      if (failure != null) throw failure;
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The action's result, or the exception it threw, as if it had run on this thread. */
  private static <T> T result(Future<T> action, String what) {
    try {
      return action.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * The quality checks on what this run staged: run size against the trailing median of earlier
   * runs, valid country codes (of the mentions, read from the staged country_daily), unique keys of
   * every table that has one (for the per-article tables, over the staged rows and the published rows
   * the commit keeps), complete rows of the per-article tables; {@code profiles} from {@link #profiles}.
   */
  public QualityGate check(Map<String, QualityCheckSettings> settings, long accepted, List<RunManifest> earlier,
      Set<String> countryCodes, Map<String, TableProfile> profiles, Set<LocalDate> touched) {
    QualityGate gate = new QualityGate(settings);
    gate.rowCountAgainstTrailingMedian(accepted, earlier);
    // The mentions' codes as staged country_daily holds them: that table groups every staged mention by
    // day and country (DailyAggregates.countryDaily, no filter), so it has exactly the mentions' codes,
    // null included, in a few thousand rows where the mentions are hundreds of thousands.
    gate.validCountryCodes(MentionsTable.NAME, staged(CountryDailyTable.NAME).select(
        col(CountryDailyTable.COUNTRY).as(MentionsTable.COUNTRY)), MentionsTable.COUNTRY, countryCodes);
    for (String table : PUBLISHED) {
      Shape shape = shapeOf(table);
      if (shape.key().isEmpty()) continue;
      TableProfile p = profiles.get(table);
      long kept = PER_ARTICLE.contains(table) ? keysAlsoPublishedElsewhere(table, shape.key(), touched) : 0;
      gate.uniqueKey(table, new TableProfile(p.rows(), p.duplicateKeys() + kept, p.incomplete()), shape.key());
    }
    for (String table : PUBLISHED) {
      Shape shape = shapeOf(table);
      if (!shape.required().isEmpty()) gate.complete(table, profiles.get(table), shape.required());
    }
    return gate;
  }

  /** The per-article tables: a row's key holds no day, so one article could be published on two days. */
  private static final Set<String> PER_ARTICLE = Set.of(ArticlesTable.NAME, MentionsTable.NAME);

  /**
   * Keys of staged rows that published rows on days this run does not replace also hold: after the
   * commit both would be live (an article re-dated by a re-scrape, published on its old and new day).
   */
  private long keysAlsoPublishedElsewhere(String table, List<String> key, Set<LocalDate> touched) {
    Dataset<Row> published = stager.readPublished(table, schemaOf(table));
    if (published == null) return 0;
    Dataset<Row> kept = touched.isEmpty() ? published
        : published.where(org.apache.spark.sql.functions.not(col(ArticlesTable.PUBLISHED_DATE).isin(touched.toArray())));
    Column[] keys = key.stream().map(k -> col(k)).toArray(Column[]::new);
    Column[] stagedKeys = key.stream().map(k -> col(k).as("_staged_" + k)).toArray(Column[]::new);
    Column same = lit(true);
    for (String k : key) same = same.and(col(k).equalTo(col("_staged_" + k)));
    return kept.select(keys).distinct().join(staged(table).select(stagedKeys).distinct(), same).count();
  }

  private static Column[] columns(StructType schema) {
    return Arrays.stream(schema.fieldNames()).map(n -> col(n)).toArray(Column[]::new);
  }
}
