package org.countrystance.publish;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.countrystance.config.QualityCheckSettings;
import org.countrystance.config.QualityCheckSettings.Level;

/**
 * Checks the staged tables before anything is published: row count against the trailing median of
 * earlier runs, valid ISO3 codes, unique keys, complete dates, the share of articles left unannotated. A failed check at level error stops
 * publication; at level warn it is recorded in the manifest.
 */
public final class QualityGate {
  /** One check's result, as recorded in the manifest. */
  public record Check(String name, Level level, boolean passed, String message) {
    public Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", name);
      m.put("level", level.name().toLowerCase());
      m.put("passed", passed);
      m.put("message", message);
      return m;
    }

    public boolean blocks() {
      return !passed && level == Level.ERROR;
    }
  }

  private final Map<String, QualityCheckSettings> settings;
  private final List<Check> checks = new ArrayList<>();

  public QualityGate(Map<String, QualityCheckSettings> settings) {
    this.settings = settings;
  }

  public List<Check> checks() {
    return checks;
  }

  public boolean blocks() {
    return checks.stream().anyMatch(Check::blocks);
  }

  /** Accepted rows against the median of the last N successful runs that accepted anything. */
  public void rowCountAgainstTrailingMedian(long accepted, List<RunManifest> earlier) {
    QualityCheckSettings s = settings.get("row-count-vs-trailing-median");
    if (s.level() == Level.OFF) return;
    List<Long> counts = earlier.stream()
        .filter(m -> "succeeded".equals(m.status) && m.counts.getOrDefault("accepted", 0L) > 0)
        .map(m -> m.counts.get("accepted")).toList();
    counts = counts.subList(Math.max(0, counts.size() - s.runs()), counts.size());
    if (counts.isEmpty()) {
      record("row-count-vs-trailing-median", s.level(), true, "no earlier successful runs to compare with");
      return;
    }
    List<Long> sorted = counts.stream().sorted().toList();
    double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
    boolean ok = accepted >= s.minFraction() * median;
    record("row-count-vs-trailing-median", s.level(), ok, String.format(
        "accepted %d rows; median of the last %d runs %.0f; minimum %.0f%%", accepted, counts.size(), median,
        100 * s.minFraction()));
  }

  /** Every country code is one the gazetteer knows. */
  public void validCountryCodes(String table, Dataset<Row> rows, String column, Set<String> valid) {
    QualityCheckSettings s = settings.get("valid-country-codes");
    if (s.level() == Level.OFF) return;
    List<Row> bad = rows.select(col(column)).distinct()
        .where(col(column).isNull().or(not(col(column).isin(valid.toArray())))).limit(5).collectAsList();
    record("valid-country-codes:" + table + "." + column, s.level(), bad.isEmpty(),
        bad.isEmpty() ? "all codes valid" : "unknown codes, e.g. " + bad);
  }

  /**
   * Articles that cleaning or annotation threw on, as a share of the rows read: a warning above
   * warn-above, the check's level above error-above.
   */
  public void processingErrors(long errors, long read) {
    QualityCheckSettings s = settings.get("processing-errors");
    if (s.level() == Level.OFF) return;
    double share = read == 0 ? 0 : (double) errors / read;
    boolean aboveError = share > s.errorAbove();
    Level level = aboveError ? s.level() : Level.WARN;
    record("processing-errors", level, !aboveError && share <= s.warnAbove(), String.format(
        "%d of %d rows read failed in clean or annotate (%.4f%%); warn above %.4f%%, %s above %.4f%%", errors,
        read, 100 * share, 100 * s.warnAbove(), s.level().name().toLowerCase(), 100 * s.errorAbove()));
  }

  /** No two rows share the table's key ({@code profile} counted the keys held by more than one row). */
  public void uniqueKey(String table, TableProfile profile, List<String> key) {
    QualityCheckSettings s = settings.get("unique-keys");
    if (s.level() == Level.OFF) return;
    long dupes = profile.duplicateKeys();
    record("unique-keys:" + table, s.level(), dupes == 0,
        dupes == 0 ? "key " + String.join(",", key) + " is unique" : dupes + " keys appear more than once");
  }

  /** No row lacks its date (or another column that every row must have; {@code profile} counted them). */
  public void complete(String table, TableProfile profile, List<String> columns) {
    QualityCheckSettings s = settings.get("complete-dates");
    if (s.level() == Level.OFF) return;
    long missing = profile.incomplete();
    record("complete:" + table, s.level(), missing == 0,
        missing == 0 ? String.join(",", columns) + " complete" : missing + " rows lack " + String.join(" or ", columns));
  }

  /**
   * Accepted articles no annotation stage analysed, as a share of accepted ones, from the run's counts
   * ({@code accepted}, {@code not_annotated_language}, of which {@code not_annotated_undetermined}).
   */
  public void notAnnotatedShare(Map<String, Long> counts) {
    QualityCheckSettings s = settings.get("not-annotated-share");
    if (s == null || s.level() == Level.OFF) return;
    long accepted = counts.getOrDefault("accepted", 0L);
    long missed = counts.getOrDefault("not_annotated_language", 0L);
    long undetermined = counts.getOrDefault("not_annotated_undetermined", 0L);
    double share = accepted == 0 ? 0 : (double) missed / accepted;
    record("not-annotated-share", s.level(), share <= s.maxShare(), String.format(java.util.Locale.ROOT,
        "%d of %d accepted articles (%.1f%%) not annotated: %d language undetermined, %d another language;"
            + " maximum %.0f%%", missed, accepted, 100 * share, undetermined, missed - undetermined,
        100 * s.maxShare()));
  }

  private void record(String name, Level level, boolean passed, String message) {
    checks.add(new Check(name, level, passed, message));
  }
}
