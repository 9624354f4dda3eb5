package org.countrystance.clean;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
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
  private static final StructType SEGMENTS = new StructType()
      .add("source", DataTypes.StringType)
      .add("segment", DataTypes.StringType)
      .add("title", DataTypes.StringType);

  private TitleAffixLearner() {}

  public static Map<String, Set<String>> learn(Dataset<Row> articles, int minTitles, double minShare) {
    Dataset<Row> titles = articles
        .select(col(ArticlesTable.SOURCE).as("source"), col(ArticlesTable.TITLE).as("title"))
        .where(col("source").isNotNull().and(col("title").isNotNull()));
    Dataset<Row> segments = titles.flatMap((FlatMapFunction<Row, Row>) TitleAffixLearner::affixes,
        Encoders.row(SEGMENTS));
    Dataset<Row> recurring = segments.groupBy("source", "segment").agg(countDistinct("title").as("n"))
        .join(titles.groupBy("source").agg(countDistinct("title").as("total")), "source")
        .where(col("n").geq(minTitles).and(col("n").geq(col("total").multiply(minShare))));
    Map<String, Set<String>> bySource = new HashMap<>();
    for (Row r : recurring.select("source", "segment").collectAsList()) {
      bySource.computeIfAbsent(r.getString(0), k -> new HashSet<>()).add(r.getString(1));
    }
    return bySource;
  }

  /** The first and last segments of a title with separators, as (source, segment key, title). */
  static java.util.Iterator<Row> affixes(Row r) {
    String source = r.getString(0);
    String title = r.getString(1);
    String[] parts = TitleCleaner.segments(title);
    List<Row> out = new ArrayList<>(2);
    if (parts.length >= 2) {
      for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
        String key = TitleCleaner.segmentKey(part);
        if (!key.isEmpty() && BoilerplateClassifier.wordCount(part) <= MAX_SEGMENT_WORDS) {
          out.add(RowFactory.create(source, key, title));
        }
      }
    }
    return out.iterator();
  }
}
