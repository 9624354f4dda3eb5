package org.countrystance.dedup;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.countrystance.tables.ArticlesTable;

/**
 * The de-duplication stage: adds {@link ArticlesTable#DEDUP_COLUMNS}. Steps: (1) per article a rank
 * key (published_at, then article_id), an exact key of the normalised text and a MinHash signature;
 * (2) exact copies collapse onto their earliest copy; (3) LSH band buckets of those representatives
 * give candidate pairs, verified by estimated Jaccard >= threshold; (4) connected components of the
 * verified pairs; (5) the smallest rank key of a component is its canonical article, whose article_id
 * is the story_id. No step compares all pairs: the cost grows with articles times bands.
 */
public final class DedupStage {
  private static final StructType SIGNED = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("rank_key", DataTypes.StringType, false)
      .add("exact_key", DataTypes.StringType, false)
      .add("signature", DataTypes.createArrayType(DataTypes.IntegerType, false), false);
  private static final StructType BANDED = new StructType()
      .add("band", DataTypes.IntegerType, false)
      .add("bucket", DataTypes.LongType, false)
      .add("rank_key", DataTypes.StringType, false);
  private static final StructType PAIRS = new StructType()
      .add("src", DataTypes.StringType, false)
      .add("dst", DataTypes.StringType, false);
  /** Shifts epoch microseconds of any date since year 0 to a positive number for zero-padded sorting. */
  private static final long MICROS_OFFSET = 100_000_000_000_000_000L;

  private DedupStage() {}

  /** With local checkpoints ({@link LineageCut#inExecutors()}): for local mode and tests. */
  public static Dataset<Row> apply(Dataset<Row> cleaned, DedupSettings settings) {
    return apply(cleaned, settings, LineageCut.inExecutors());
  }

  /** Cleaned articles in, the same rows with story_id and is_canonical out; {@code cut} keeps plans small. */
  public static Dataset<Row> apply(Dataset<Row> cleaned, DedupSettings settings, LineageCut cut) {
    requireSchema(cleaned.schema());
    MinHasher hasher = new MinHasher(settings);

    // 1. Rank key, exact key and signature per article.
    Dataset<Row> signed = cut.apply(cleaned
        .select(col(ArticlesTable.ARTICLE_ID),
            format_string("%020d|%s", unix_micros(col(ArticlesTable.PUBLISHED_AT)).plus(MICROS_OFFSET),
                col(ArticlesTable.ARTICLE_ID)).as("rank_key"),
            col(ArticlesTable.TEXT))
        .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> sign(rows, hasher), Encoders.row(SIGNED)),
        "signed");

    // 2. Exact copies: each article points at the earliest article with the same normalised text.
    Dataset<Row> withRep = signed.withColumn("rep_key", min("rank_key").over(Window.partitionBy("exact_key")));
    Dataset<Row> reps = withRep.where(col("rank_key").equalTo(col("rep_key"))).select("rank_key", "signature");

    // 3. Candidate pairs from LSH buckets, verified by estimated Jaccard.
    Dataset<Row> banded = reps.flatMap((FlatMapFunction<Row, Row>) r -> bands(r, hasher), Encoders.row(BANDED));
    Dataset<Row> candidates = banded.groupBy("band", "bucket").agg(collect_list("rank_key").as("members"))
        .where(size(col("members")).gt(1))
        .flatMap((FlatMapFunction<Row, Row>) r -> pairs(r, settings), Encoders.row(PAIRS))
        .distinct();
    Dataset<Row> a = reps.select(col("rank_key").as("src"), col("signature").as("sig_a"));
    Dataset<Row> b = reps.select(col("rank_key").as("dst"), col("signature").as("sig_b"));
    double threshold = settings.threshold();
    Dataset<Row> edges = candidates.join(a, "src").join(b, "dst")
        .filter((FilterFunction<Row>) r -> MinHasher.similarity(ints(r, "sig_a"), ints(r, "sig_b")) >= threshold)
        .select("src", "dst");

    // 4. Components of the verified pairs; a representative without pairs is its own story.
    Dataset<Row> components = ConnectedComponents.labels(edges, settings.maxRounds(), cut);
    Dataset<Row> story = withRep.select("article_id", "rank_key", "rep_key")
        .join(components, col("rep_key").equalTo(col("vertex")), "left")
        .select(col("article_id"), col("rank_key"), coalesce(col("label"), col("rep_key")).as("canonical_key"));

    // 5. story_id = the canonical article's id; exactly one row per input row.
    Dataset<Row> ids = story.select(
            col("article_id").as("dedup_article_id"),
            substring_index(col("canonical_key"), "|", -1).as(ArticlesTable.STORY_ID),
            col("rank_key").equalTo(col("canonical_key")).as(ArticlesTable.IS_CANONICAL))
        .dropDuplicates("dedup_article_id");
    List<Column> out = new ArrayList<>();
    for (String c : cleaned.columns()) out.add(cleaned.col(c));
    out.add(col(ArticlesTable.STORY_ID));
    out.add(col(ArticlesTable.IS_CANONICAL));
    return cleaned.join(ids, cleaned.col(ArticlesTable.ARTICLE_ID).equalTo(ids.col("dedup_article_id")), "left")
        .select(out.toArray(new Column[0]));
  }

  static void requireSchema(StructType actual) {
    StructType needed = new StructType()
        .add(ArticlesTable.ARTICLE_ID, DataTypes.StringType)
        .add(ArticlesTable.TEXT, DataTypes.StringType)
        .add(ArticlesTable.PUBLISHED_AT, DataTypes.TimestampType);
    for (StructField expected : needed.fields()) {
      StructField got = null;
      for (StructField f : actual.fields()) if (f.name().equals(expected.name())) got = f;
      if (got == null || !got.dataType().equals(expected.dataType())) {
        throw new IllegalArgumentException("dedup: expected column " + expected.name() + " "
            + expected.dataType().simpleString() + ", got "
            + (got == null ? "no such column" : got.dataType().simpleString()) + " in " + actual.simpleString());
      }
    }
  }

  private static Iterator<Row> sign(Iterator<Row> rows, MinHasher hasher) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row r = rows.next();
        String text = r.isNullAt(2) ? "" : r.getString(2);
        int[] sig = hasher.signature(text);
        Integer[] boxed = new Integer[sig.length];
        for (int i = 0; i < sig.length; i++) boxed[i] = sig[i];
        return RowFactory.create(r.getString(0), r.getString(1), MinHasher.exactKey(text), boxed);
      }
    };
  }

  private static Iterator<Row> bands(Row r, MinHasher hasher) {
    int[] sig = ints(r, "signature");
    long[] keys = hasher.bandKeys(sig);
    List<Row> out = new ArrayList<>(keys.length);
    for (int b = 0; b < keys.length; b++) out.add(RowFactory.create(b, keys[b], r.getString(r.fieldIndex("rank_key"))));
    return out.iterator();
  }

  private static Iterator<Row> pairs(Row r, DedupSettings s) {
    List<String> members = r.getList(r.fieldIndex("members"));
    List<Row> out = new ArrayList<>();
    for (String[] p : CandidatePairs.of(members, s.maxBucket(), s.window())) out.add(RowFactory.create(p[0], p[1]));
    return out.iterator();
  }

  private static int[] ints(Row r, String field) {
    List<Integer> list = r.getList(r.fieldIndex(field));
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) out[i] = list.get(i);
    return out;
  }
}
