package org.countrystance.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.OutputFormat;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;

/**
 * Publishes staged table partitions into the live tables. Each day's directory is swapped in with
 * renames (atomic on HDFS and local file systems), so a reader sees either the old day or the new
 * day, never part of one. A journal written before the first move lets the next run finish a commit
 * that a crash interrupted; staging left by a run that died before committing is discarded. With
 * {@code output.format = delta} the same journal and staging are kept, and {@link DeltaCommit} makes
 * the moves: one Delta commit per table instead of renames.
 */
public final class StagedPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(StagedPublisher.class);
  private final OutputLayout layout;
  private final FileSystem fs;
  /** Null for plain Parquet output. */
  private final DeltaCommit delta;

  public StagedPublisher(OutputLayout layout, Configuration conf) {
    this(layout, conf, null);
  }

  /** A publisher for the layout's format; Delta commits write through the session. */
  public StagedPublisher(SparkSession spark, OutputLayout layout, long maxRowsPerFile) {
    this(layout, spark.sparkContext().hadoopConfiguration(),
        layout.format() == OutputFormat.DELTA ? new DeltaCommit(spark, layout, maxRowsPerFile) : null);
  }

  private StagedPublisher(OutputLayout layout, Configuration conf, DeltaCommit delta) {
    this.layout = layout;
    this.delta = delta;
    try {
      this.fs = layout.root().getFileSystem(conf);
    } catch (IOException e) {
      throw new PublishError("cannot open output file system for " + layout.root(), e);
    }
  }

  /** A staged partition holding this file is removed from the live table instead of swapped in. */
  public static final String RETIRED = "_RETIRED";

  /** One partition directory to swap in: table, and the partition's directory name (col=value). */
  public record Move(String table, String partition) {}

  /** Finishes interrupted commits and removes what crashed or finished runs left behind. */
  public List<String> recover() {
    List<String> actions = new ArrayList<>();
    PublishedReads.checkFormat(layout, java.util.stream.Stream.concat(StagedTables.PUBLISHED.stream(),
        org.countrystance.tables.DimensionTables.ALL.stream()).toList(), fs.getConf());
    try {
      if (fs.exists(layout.stagingRoot())) {
        for (FileStatus run : fs.listStatus(layout.stagingRoot())) {
          String runId = run.getPath().getName();
          if (fs.exists(layout.commitJournal(runId))) {
            applyMoves(runId, readJournal(runId));
            actions.add("finished the interrupted commit of run " + runId);
          } else {
            actions.add("discarded the uncommitted staging of run " + runId);
          }
          fs.delete(run.getPath(), true);
        }
        fs.delete(layout.stagingRoot(), true);
      }
      Path trash = new Path(layout.root(), "_trash");
      if (fs.exists(trash)) fs.delete(trash, true);
    } catch (IOException e) {
      throw new PublishError("cannot recover the output folder " + layout.root(), e);
    }
    actions.forEach(a -> LOG.warn("recovery: " + a));
    return actions;
  }

  /** The partition directories a run staged for each of {@code tables}, table by table. */
  public List<Move> stagedPartitions(String runId, List<String> tables) {
    List<Move> moves = new ArrayList<>();
    for (String table : tables) moves.addAll(stagedPartitions(runId, table));
    return moves;
  }

  /** The partition directories a run staged for a table (empty when it staged none). */
  public List<Move> stagedPartitions(String runId, String table) {
    List<Move> moves = new ArrayList<>();
    try {
      Path staged = layout.stagedTable(runId, table);
      if (!fs.exists(staged)) return moves;
      for (FileStatus s : fs.listStatus(staged)) {
        String name = s.getPath().getName();
        if (s.isDirectory() && name.contains("=") && !name.startsWith("_") && !name.startsWith(".")) {
          moves.add(new Move(table, name));
        }
      }
    } catch (IOException e) {
      throw new PublishError("cannot list staged table " + table, e);
    }
    moves.sort((a, b) -> a.partition().compareTo(b.partition()));
    return moves;
  }

  /** Commits every staged partition of the published tables of a run; returns the Delta versions, if any. */
  public Map<String, Long> commitStaged(String runId) {
    return commit(runId, stagedPartitions(runId, StagedTables.PUBLISHED));
  }

  /**
   * Swaps every staged partition into place, then removes the run's staging and trash; returns the
   * Delta version each table's commit made (empty for plain Parquet).
   */
  public Map<String, Long> commit(String runId, List<Move> moves) {
    try {
      writeJournal(runId, moves);
      Map<String, Long> versions = applyMoves(runId, moves);
      fs.delete(layout.staging(runId), true);
      fs.delete(layout.trash(runId), true);
      deleteIfEmpty(layout.stagingRoot());
      deleteIfEmpty(layout.trash(runId).getParent());
      return versions;
    } catch (IOException e) {
      throw new PublishError("commit of run " + runId + " failed; the next run finishes it", e);
    }
  }

  /** Drops a run's staging without publishing anything (quality gate refused, or the run failed). */
  public void abandon(String runId) {
    try {
      fs.delete(layout.staging(runId), true);
      deleteIfEmpty(layout.stagingRoot());
    } catch (IOException e) {
      LOG.warn("could not remove staging of run " + runId + ": " + e.getMessage());
    }
  }

  /** Idempotent: a move already done (staged dir gone) is skipped, so a rerun after a crash is safe. */
  private Map<String, Long> applyMoves(String runId, List<Move> moves) throws IOException {
    if (delta != null) return delta.commit(runId, moves);
    for (Move m : moves) {
      Path staged = new Path(layout.stagedTable(runId, m.table()), m.partition());
      if (!fs.exists(staged)) continue;
      Path live = new Path(layout.table(m.table()), m.partition());
      Path old = new Path(new Path(layout.trash(runId), m.table()), m.partition());
      fs.mkdirs(live.getParent());
      if (fs.exists(live)) {
        fs.mkdirs(old.getParent());
        if (fs.exists(old)) fs.delete(old, true);
        rename(live, old);
      }
      if (fs.exists(new Path(staged, RETIRED))) fs.delete(staged, true);
      else rename(staged, live);
      FaultInjection.pause(FaultInjection.COMMIT);
    }
    return Map.of();
  }

  private void deleteIfEmpty(Path dir) throws IOException {
    if (fs.exists(dir) && fs.listStatus(dir).length == 0) fs.delete(dir, false);
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) throw new IOException("rename " + from + " -> " + to + " failed");
  }

  private void writeJournal(String runId, List<Move> moves) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Move m : moves) sb.append(m.table()).append('\t').append(m.partition()).append('\n');
    Path tmp = new Path(layout.staging(runId), "_COMMIT.tmp");
    try (OutputStream out = fs.create(tmp, true)) {
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    rename(tmp, layout.commitJournal(runId));
  }

  private List<Move> readJournal(String runId) throws IOException {
    List<Move> moves = new ArrayList<>();
    try (var in = fs.open(layout.commitJournal(runId))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        int tab = line.indexOf('\t');
        if (tab > 0) moves.add(new Move(line.substring(0, tab), line.substring(tab + 1)));
      }
    }
    return moves;
  }
}
