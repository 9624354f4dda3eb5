package org.countrystance.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.countrystance.clean.LanguageIdentifier;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.RejectsTable;

/**
 * The run's counts per stage, put into its manifest: rows read (checked against the input files'
 * footers), rejected by reason, accepted, outside the date range, not annotated, cleaning's character
 * repairs, and rows written per staged table.
 */
public final class RunCounts {
  private RunCounts() {}

  /**
   * Counts from the ingest checkpoint ({@code readRows}: its rows, by its footers), this run's articles and the staged tables into {@code manifest};
   * returns the staged tables' profiles (rows written, duplicate keys, incomplete rows) for the gate.
   * {@code articles} holds, besides those of {@code accepted} (the run's own), the published articles it
   * cleaned again for their titles ({@link TitleWindow}), counted as {@code articles_retitled};
   * {@code retitled} says whether the run cleaned any (false: every article is the run's own, and one
   * pass over them counts them, without the join against {@code accepted} and a second count).
   */
  public static Map<String, TableProfile> record(RunManifest manifest, long readRows, long footerRows,
      StagedTables tables, Dataset<Row> articles, Dataset<Row> accepted, boolean retitled,
      List<String> annotateLanguages) {
    manifest.counts.put("read", readRows);
    if (manifest.counts.get("read") != footerRows) {
      throw new IllegalStateException("read " + manifest.counts.get("read") + " rows but the input files' footers hold "
          + footerRows + ": some file was read twice or not at all");
    }
    long rejected = 0;
    // In reason order, sorted here: an orderBy in the query was two more Spark jobs (a sample and a
    // shuffle) for a dozen rows. Reasons are ASCII names, so String order is Spark's byte order.
    Map<String, Long> byReason = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
    for (Row r : tables.staged(RejectsTable.NAME).groupBy(RejectsTable.REASON).count().collectAsList()) {
      byReason.put(r.isNullAt(0) ? null : r.getString(0), r.getLong(1));
    }
    for (Map.Entry<String, Long> e : byReason.entrySet()) {
      manifest.rejectedByReason.put(e.getKey(), e.getValue());
      rejected += e.getValue();
    }
    Dataset<Row> own = retitled ? TitleWindow.own(articles, accepted) : articles;
    Row a = own.agg(count(lit(1)),
        sum(when(col(ArticlesTable.LANGUAGE).isin(annotateLanguages.toArray()), 0L).otherwise(1L)),
        sum(when(col(ArticlesTable.IS_CANONICAL), 1L).otherwise(0L)),
        sum(when(col(ArticlesTable.LANGUAGE).isNull()
            .or(col(ArticlesTable.LANGUAGE).equalTo(LanguageIdentifier.UNDETERMINED)), 1L).otherwise(0L)),
        sum(col(ArticlesTable.REPAIRED_CHARS).cast("long")), sum(col(ArticlesTable.BAD_CHARS).cast("long")),
        sum(when(col(ArticlesTable.BAD_CHARS).gt(0), 1L).otherwise(0L))).first();
    long ownArticles = a.getLong(0);
    manifest.counts.put("accepted", ownArticles);
    manifest.counts.put("rejected", rejected);
    manifest.counts.put("outside_date_range", manifest.counts.get("read") - ownArticles - rejected);
    manifest.counts.put("articles_retitled", retitled ? articles.count() - ownArticles : 0L);
    manifest.counts.put("not_annotated_language", a.isNullAt(1) ? 0L : a.getLong(1));
    manifest.counts.put("not_annotated_undetermined", a.isNullAt(3) ? 0L : a.getLong(3));
    manifest.counts.put("canonical_articles", a.isNullAt(2) ? 0L : a.getLong(2));
    manifest.counts.put("repaired_chars", a.isNullAt(4) ? 0L : a.getLong(4));
    manifest.counts.put("bad_chars", a.isNullAt(5) ? 0L : a.getLong(5));
    manifest.counts.put("articles_with_bad_chars", a.isNullAt(6) ? 0L : a.getLong(6));
    Map<String, TableProfile> profiles = tables.profiles();
    profiles.forEach((table, p) -> manifest.written.put(table, p.rows()));
    return profiles;
  }
}
