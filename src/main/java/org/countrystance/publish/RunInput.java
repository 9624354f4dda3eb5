package org.countrystance.publish;

import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.JobConfig;
import org.countrystance.ingest.InputError;
import org.countrystance.ingest.InputFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The input files a run reads, listed and checked once (names taken literally): every Parquet file
 * under the input path, or with {@code --since-last} those no succeeded run has read. Each is
 * recorded in the manifest with its footer's rows.
 */
public final class RunInput {
  private static final Logger LOG = LoggerFactory.getLogger(RunInput.class);
  /** The {@link InputError} message of a --since-last run that finds nothing new (exit 0, not 3). */
  public static final String NOTHING_NEW = "no input files arrived since the last successful run";

  private RunInput() {}

  /**
   * Lists and checks the run's input files; a file that holds a published copy (or duplicate_id
   * reject) of an article the run brings is read again ({@link CarryOver#filesToReadAgain}).
   */
  public static InputFiles.Listing list(SparkSession spark, JobConfig config, OutputLayout layout, RunManifest manifest) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<InputFiles.InputFile> all = InputFiles.list(config.inputPath(), hadoop);
    List<InputFiles.InputFile> files = all;
    if (config.sinceLast()) {
      int before = files.size();
      files = SinceLast.newFiles(files, RunManifest.all(layout, hadoop));
      LOG.info("--since-last: {} of {} input files are new", files.size(), before);
      manifest.counts.put("input_files_skipped_as_processed", (long) (before - files.size()));
    }
    if (files.isEmpty()) {
      throw new InputError(config.sinceLast() ? NOTHING_NEW : "no Parquet files under input path " + config.inputPath());
    }
    InputFiles.Listing fresh = InputFiles.check(files, config.columns(), hadoop);
    List<InputFiles.InputFile> again = CarryOver.filesToReadAgain(spark, layout, fresh, all, config.columns());
    manifest.counts.put("input_files_read_again", (long) again.size());
    if (!again.isEmpty()) files = Stream.concat(files.stream(), again.stream()).toList();
    InputFiles.Listing listing = again.isEmpty() ? fresh : InputFiles.check(files, config.columns(), hadoop);
    if (!listing.ignoredColumns().isEmpty()) {
      LOG.info("ignoring input columns not in the contract: {}", listing.ignoredColumns());
    }
    files.forEach(f -> manifest.recordInputFile(f, listing.footers().get(f.path())));
    return listing;
  }

  /** The ids of the listed files (what the run replaces the rejects of). */
  public static List<String> fileIds(InputFiles.Listing listing) {
    return listing.footers().values().stream().map(InputFiles.Footer::id).distinct().toList();
  }
}
