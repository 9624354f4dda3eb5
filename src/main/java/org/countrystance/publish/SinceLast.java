package org.countrystance.publish;

import java.util.List;
import java.util.Set;
import org.countrystance.config.ConfigException;
import org.countrystance.config.DateRange;
import org.countrystance.ingest.InputFiles;

/**
 * {@code --since-last}: a run takes the input files no succeeded run has read (same path, size and
 * modification time) and records them in its manifest. A file is recorded whole, so the option is
 * refused together with a date range: the rows outside the range would be marked done unpublished.
 */
public final class SinceLast {
  private SinceLast() {}

  /** Refuses --since-last with --date/--from/--to or dates.* (a usage error: exit 2). */
  public static void checkOptions(boolean sinceLast, DateRange dates) {
    if (sinceLast && dates.isBounded()) {
      throw new ConfigException("--since-last cannot be combined with a date range (" + dates
          + " from --date/--from/--to or dates.*): it records whole input files as processed, so the rows"
          + " outside the range would never be published; run --since-last without a range, or a date range"
          + " without --since-last");
    }
  }

  /** The listed files that no succeeded run among {@code runs} has read. */
  public static List<InputFiles.InputFile> newFiles(List<InputFiles.InputFile> files, List<RunManifest> runs) {
    Set<InputFiles.InputFile> done = RunManifest.inputFilesOfSucceededRuns(runs);
    return files.stream().filter(f -> !done.contains(f)).toList();
  }
}
