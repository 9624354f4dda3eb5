package org.countrystance.config;

import java.util.Locale;

/** How the published tables are stored: plain Parquet day folders, or Delta Lake tables. */
public enum OutputFormat {
  /** Hive-style day folders swapped in by renames (atomic on HDFS and local disks). */
  PARQUET,
  /** Delta Lake tables: one transaction-log commit per table and run (atomic on object stores too). */
  DELTA;

  /** The setting's value ("parquet" or "delta", any case); anything else is a ConfigException. */
  public static OutputFormat parse(String key, String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(key + ": expected parquet or delta, got '" + value.trim() + "'");
    }
  }

  /** The setting's spelling, as in conf/application.conf. */
  public String setting() {
    return name().toLowerCase(Locale.ROOT);
  }
}
