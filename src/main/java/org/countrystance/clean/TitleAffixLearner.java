package org.countrystance.clean;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.tables.ArticlesTable;

/**
 * Learns, per source, the title prefix/suffix segments that recur across that source's titles
 * ("… – MALI24"): a segment split off by {@link TitleCleaner#SEPARATORS} counts when it opens or ends
 * at least {@code minTitles} distinct titles and at least {@code minShare} of them. The result is small
 * (a few segments per source) and is collected to the driver for broadcasting.
 */
public final class TitleAffixLearner {
  /** Longer segments are headlines, not site names. */
  static final int MAX_SEGMENT_WORDS = 6;
  private static final StructType RECURRING = new StructType()
      .add("source", DataTypes.StringType)
      .add("segment", DataTypes.StringType);

  private TitleAffixLearner() {}

  /**
   * One shuffle: each source's titles meet sorted in one task, which streams them source by source
   * (memory holds one source's segment counts, never all titles) and emits the recurring segments.
   */
  public static Map<String, Set<String>> learn(Dataset<Row> articles, int minTitles, double minShare) {
    Dataset<Row> titles = articles
        .select(col(ArticlesTable.SOURCE).as("source"), col(ArticlesTable.TITLE).as("title"))
        .where(col("source").isNotNull().and(col("title").isNotNull()))
        .repartition(col("source"))
        .sortWithinPartitions("source", "title");
    Dataset<Row> recurring = titles.mapPartitions((MapPartitionsFunction<Row, Row>) rows ->
        recurring(rows, minTitles, minShare), Encoders.row(RECURRING));
    Map<String, Set<String>> bySource = new HashMap<>();
    for (Row r : recurring.collectAsList()) {
      bySource.computeIfAbsent(r.getString(0), k -> new HashSet<>()).add(r.getString(1));
    }
    return bySource;
  }

  /**
   * The same without Spark, over titles already grouped by source (null sources and titles left out by
   * the caller): each source's titles sorted and counted as {@link #learn(Dataset, int, double)} counts them.
   */
  public static Map<String, Set<String>> learn(Map<String, ? extends Collection<String>> titlesBySource,
      int minTitles, double minShare) {
    Map<String, Set<String>> bySource = new HashMap<>();
    titlesBySource.forEach((source, titles) -> {
      SourceTitles counted = new SourceTitles(source);
      titles.stream().sorted().forEach(counted::add);
      Set<String> segments = counted.recurring(minTitles, minShare);
      if (!segments.isEmpty()) bySource.put(source, segments);
    });
    return bySource;
  }

  /** (source, segment) rows for (source, title) rows sorted by source then title. */
  static Iterator<Row> recurring(Iterator<Row> sorted, int minTitles, double minShare) {
    List<Row> out = new ArrayList<>();
    SourceTitles current = null;
    while (sorted.hasNext()) {
      Row r = sorted.next();
      String source = r.getString(0);
      if (current == null || !current.source.equals(source)) {
        if (current != null) emit(current, minTitles, minShare, out);
        current = new SourceTitles(source);
      }
      current.add(r.getString(1));
    }
    if (current != null) emit(current, minTitles, minShare, out);
    return out.iterator();
  }

  private static void emit(SourceTitles source, int minTitles, double minShare, List<Row> out) {
    for (String segment : source.recurring(minTitles, minShare)) out.add(RowFactory.create(source.source, segment));
  }

  /** One source's distinct titles, counted: how many there are and how many each affix opens or ends. */
  static final class SourceTitles {
    final String source;
    private int titles;
    private String last;
    private final Map<String, Integer> segmentTitles = new HashMap<>();

    SourceTitles(String source) {
      this.source = source;
    }

    /** Adds a title given in sorted order: a repeat of the previous one is the same title, not counted again. */
    void add(String title) {
      if (title.equals(last)) return;
      last = title;
      titles++;
      for (String key : affixKeys(title)) segmentTitles.merge(key, 1, Integer::sum);
    }

    /** Segments in at least minTitles titles and at least minShare of them. */
    Set<String> recurring(int minTitles, double minShare) {
      Set<String> out = new HashSet<>();
      segmentTitles.forEach((key, n) -> {
        if (n >= minTitles && n >= titles * minShare) out.add(key);
      });
      return out;
    }
  }

  /** The keys of a title's first and last segments when it has separators (one key if they agree). */
  static Set<String> affixKeys(String title) {
    String[] parts = TitleCleaner.segments(title);
    Set<String> keys = new LinkedHashSet<>(2);
    if (parts.length >= 2) {
      for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
        String key = TitleCleaner.segmentKey(part);
        if (!key.isEmpty() && BoilerplateClassifier.wordCount(part) <= MAX_SEGMENT_WORDS) keys.add(key);
      }
    }
    return keys;
  }
}
