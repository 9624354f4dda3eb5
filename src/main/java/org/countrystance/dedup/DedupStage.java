package org.countrystance.dedup;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Comparator;
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
 * give candidate pairs, kept when their 4-bit sketches ({@link MinHasher#sketch}) agree on at least
 * {@link DedupSettings#lowestSimilarity} of values and then verified on the full signatures and the
 * shingle counts ({@link DedupSettings#sameStory}: estimated Jaccard >= threshold, or a near-complete
 * containment above a lower floor); (4) connected components of the verified pairs; (5) the smallest
 * rank key of a component is its canonical article, whose article_id is the story_id. No step
 * compares all pairs: the cost grows with articles times bands. The sketch check inside the bucket
 * drops the pairs that only share a few sentences (same topic, another story) before they are joined
 * with their signatures; they outnumber the copies more and more as a corpus grows, and it never drops
 * a pair that the full check would keep.
 */
public final class DedupStage {
  private static final StructType BANDED = new StructType()
      .add("band", DataTypes.IntegerType, false)
      .add("bucket", DataTypes.LongType, false)
      .add("rank_key", DataTypes.StringType, false)
      .add("sketch", DataTypes.BinaryType, false);
  private static final StructType PAIRS = new StructType()
      .add("src", DataTypes.StringType, false)
      .add("dst", DataTypes.StringType, false);
  /** Shifts epoch microseconds of any date since year 0 to a positive number for zero-padded sorting. */
  private static final long MICROS_OFFSET = 100_000_000_000_000_000L;

  private DedupStage() {}

  /** Columns {@link #sign} appends: rank key, exact key of the normalised text, MinHash signature, distinct shingles. */
  public static final StructType SIGNATURE_COLUMNS = new StructType()
      .add("rank_key", DataTypes.StringType, false)
      .add("exact_key", DataTypes.StringType, false)
      .add("signature", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("shingles", DataTypes.IntegerType, false);

  /** With local checkpoints ({@link LineageCut#inExecutors()}): for local mode and tests. */
  public static Dataset<Row> apply(Dataset<Row> cleaned, DedupSettings settings) {
    return apply(cleaned, settings, LineageCut.inExecutors());
  }

  /** Cleaned articles in, the same rows with story_id and is_canonical appended out; {@code cut} keeps plans small. */
  public static Dataset<Row> apply(Dataset<Row> cleaned, DedupSettings settings, LineageCut cut) {
    Dataset<Row> signed = cut.apply(sign(cleaned, settings), "signed");
    return withStoryIds(signed, storyIds(signed, settings, cut), cleaned.columns());
  }

  /** The schema {@link #sign} gives: every column of {@code cleaned} followed by the signature columns. */
  public static StructType signedSchema(StructType cleaned) {
    StructType out = cleaned;
    for (StructField f : SIGNATURE_COLUMNS.fields()) out = out.add(f);
    return out;
  }

  /**
   * Step 1 alone, as a narrow map: every column of {@code cleaned} followed by
   * {@link #SIGNATURE_COLUMNS}. The job runs it in the same pass as cleaning and persists the result,
   * so that the text is cleaned and shingled once.
   */
  public static Dataset<Row> sign(Dataset<Row> cleaned, DedupSettings settings) {
    requireSchema(cleaned.schema());
    MinHasher hasher = new MinHasher(settings);
    StructType out = signedSchema(cleaned.schema());
    int id = cleaned.schema().fieldIndex(ArticlesTable.ARTICLE_ID);
    int at = cleaned.schema().fieldIndex(ArticlesTable.PUBLISHED_AT);
    int text = cleaned.schema().fieldIndex(ArticlesTable.TEXT);
    return cleaned.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> sign(rows, hasher, id, at, text),
        Encoders.row(out));
  }

  /**
   * Steps 2-5 over signed rows (see {@link #sign}): one row (article_id, story_id, is_canonical) per
   * input row. Reads only the key and signature columns.
   */
  public static Dataset<Row> storyIds(Dataset<Row> signed, DedupSettings settings, LineageCut cut) {
    // 2. Exact copies: each article points at the earliest article with the same normalised text.
    Dataset<Row> withRep = signed.select(col(ArticlesTable.ARTICLE_ID), col("rank_key"), col("exact_key"), col("signature"),
            col("shingles"))
        .withColumn("rep_key", min("rank_key").over(Window.partitionBy("exact_key")));
    Dataset<Row> reps = withRep.where(col("rank_key").equalTo(col("rep_key"))).select("rank_key", "signature", "shingles");

    // 3. Candidate pairs from LSH buckets, verified by estimated Jaccard.
    Dataset<Row> candidates = candidates(reps, settings);
    Dataset<Row> a = reps.select(col("rank_key").as("src"), col("signature").as("sig_a"), col("shingles").as("n_a"));
    Dataset<Row> b = reps.select(col("rank_key").as("dst"), col("signature").as("sig_b"), col("shingles").as("n_b"));
    Dataset<Row> edges = candidates.join(a, "src").join(b, "dst")
        .filter((FilterFunction<Row>) r -> settings.sameStory(MinHasher.similarity(ints(r, "sig_a"), ints(r, "sig_b")),
            r.getInt(r.fieldIndex("n_a")), r.getInt(r.fieldIndex("n_b"))))
        .select("src", "dst");

    // 4. Components of the verified pairs; a representative without pairs is its own story.
    Dataset<Row> components = ConnectedComponents.labels(edges, settings.maxRounds(), cut);
    Dataset<Row> story = withRep.select("article_id", "rank_key", "rep_key")
        .join(components, col("rep_key").equalTo(col("vertex")), "left")
        .select(col("article_id"), col("rank_key"), coalesce(col("label"), col("rep_key")).as("canonical_key"));

    // 5. story_id = the canonical article's id; exactly one row per input row.
    return story.select(
            col("article_id").as(DEDUP_ARTICLE_ID),
            substring_index(col("canonical_key"), "|", -1).as(ArticlesTable.STORY_ID),
            col("rank_key").equalTo(col("canonical_key")).as(ArticlesTable.IS_CANONICAL))
        .dropDuplicates(DEDUP_ARTICLE_ID);
  }

  /**
   * Distinct pairs (src, dst), src < dst, of rank keys of {@code reps} (rank_key, signature) that share
   * an LSH bucket and whose sketches agree on at least {@link DedupSettings#lowestSimilarity} of values.
   */
  static Dataset<Row> candidates(Dataset<Row> reps, DedupSettings settings) {
    MinHasher hasher = new MinHasher(settings);
    Dataset<Row> banded = reps.flatMap((FlatMapFunction<Row, Row>) r -> bands(r, hasher), Encoders.row(BANDED));
    return banded.groupBy("band", "bucket").agg(collect_list(struct("rank_key", "sketch")).as("members"))
        .where(size(col("members")).gt(1))
        .flatMap((FlatMapFunction<Row, Row>) r -> pairs(r, settings), Encoders.row(PAIRS))
        .distinct();
  }

  /** {@code rows}' given columns followed by story_id and is_canonical from {@link #storyIds}. */
  public static Dataset<Row> withStoryIds(Dataset<Row> rows, Dataset<Row> ids, String[] columns) {
    List<Column> out = new ArrayList<>();
    for (String c : columns) out.add(rows.col(c));
    out.add(col(ArticlesTable.STORY_ID));
    out.add(col(ArticlesTable.IS_CANONICAL));
    return rows.join(ids, rows.col(ArticlesTable.ARTICLE_ID).equalTo(ids.col(DEDUP_ARTICLE_ID)), "left")
        .select(out.toArray(new Column[0]));
  }

  static final String DEDUP_ARTICLE_ID = "dedup_article_id";

  /** What {@link #storyIds} returns: one row per article (its id, its story, whether it is canonical). */
  public static final StructType STORY_IDS = new StructType()
      .add(DEDUP_ARTICLE_ID, DataTypes.StringType, false)
      .add(ArticlesTable.STORY_ID, DataTypes.StringType, false)
      .add(ArticlesTable.IS_CANONICAL, DataTypes.BooleanType, false);

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

  private static Iterator<Row> sign(Iterator<Row> rows, MinHasher hasher, int id, int at, int text) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row r = rows.next();
        MinHasher.Signed signed = hasher.sign(r.isNullAt(text) ? null : r.getString(text));
        int[] sig = signed.signature();
        Integer[] boxed = new Integer[sig.length];
        for (int i = 0; i < sig.length; i++) boxed[i] = sig[i];
        Object[] v = new Object[r.size() + SIGNATURE_COLUMNS.size()];
        for (int i = 0; i < r.size(); i++) v[i] = r.get(i);
        v[r.size()] = rankKey(r.getAs(at), r.getString(id));
        v[r.size() + 1] = signed.exactKey();
        v[r.size() + 2] = boxed;
        v[r.size() + 3] = signed.shingles();
        return RowFactory.create(v);
      }
    };
  }

  /**
   * Sorts copies by publication time, then article_id: zero-padded epoch microseconds shifted to be
   * positive for any date since year 0, a bar, and the id.
   */
  static String rankKey(Object publishedAt, String articleId) {
    java.time.Instant at = publishedAt instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) publishedAt;
    long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
    return String.format("%020d|%s", micros + MICROS_OFFSET, articleId);
  }

  private static Iterator<Row> bands(Row r, MinHasher hasher) {
    int[] sig = ints(r, "signature");
    long[] keys = hasher.bandKeys(sig);
    String rankKey = r.getString(r.fieldIndex("rank_key"));
    byte[] sketch = MinHasher.sketch(sig);
    List<Row> out = new ArrayList<>(keys.length);
    for (int b = 0; b < keys.length; b++) out.add(RowFactory.create(b, keys[b], rankKey, sketch));
    return out.iterator();
  }

  private static Iterator<Row> pairs(Row r, DedupSettings s) {
    List<Row> members = new ArrayList<>(r.<Row>getList(r.fieldIndex("members")));
    members.sort(Comparator.comparing((Row m) -> m.getString(0)));
    List<Row> out = new ArrayList<>();
    for (int[] p : CandidatePairs.of(members.size(), s.maxBucket(), s.window())) {
      Row a = members.get(p[0]);
      Row b = members.get(p[1]);
      if (MinHasher.sketchSimilarity((byte[]) a.get(1), (byte[]) b.get(1), s.numHashes()) >= s.lowestSimilarity()) {
        out.add(RowFactory.create(a.getString(0), b.getString(0)));
      }
    }
    return out.iterator();
  }

  private static int[] ints(Row r, String field) {
    List<Integer> list = r.getList(r.fieldIndex(field));
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) out[i] = list.get(i);
    return out;
  }
}
