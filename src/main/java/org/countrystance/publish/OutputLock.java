package org.countrystance.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer per output: a run holds {@code _lock} in the output root (run id, host, pid, start
 * time), created atomically so that of two runs exactly one gets it. A lock whose run is dead is
 * taken over: on the same host when its process is gone, from another host when its heartbeat (the
 * file's modification time, renewed every minute) is older than {@link #STALE_AFTER}.
 */
public final class OutputLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OutputLock.class);
  /** How long a lock from another host may go without a heartbeat before it counts as dead. */
  public static final Duration STALE_AFTER = Duration.ofMinutes(10);
  static final Duration HEARTBEAT = Duration.ofMinutes(1);
  public static final String NAME = "_lock";

  private final FileSystem fs;
  private final Path path;
  private final String runId;
  private final ScheduledExecutorService heartbeat;

  /** Another live run holds the output; the message says which, and what to do if it is in fact dead. */
  public static final class Held extends RuntimeException {
    Held(String message) {
      super(message);
    }
  }

  private OutputLock(FileSystem fs, Path path, String runId) {
    this.fs = fs;
    this.path = path;
    this.runId = runId;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "output-lock-heartbeat");
      t.setDaemon(true);
      return t;
    });
    heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Takes the output's lock for {@code runId}, taking over a dead run's lock; {@link Held} if a live run has it. */
  public static OutputLock acquire(OutputLayout layout, Configuration conf, String runId, Instant started) {
    Path path = new Path(layout.root(), NAME);
    try {
      FileSystem fs = path.getFileSystem(conf);
      fs.mkdirs(layout.root());
      Properties mine = new Properties();
      mine.setProperty("run_id", runId);
      mine.setProperty("host", host());
      mine.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
      mine.setProperty("started_at", started.toString());
      for (int attempt = 0; attempt < 2; attempt++) {
        if (create(fs, path, mine)) return new OutputLock(fs, path, runId);
        Properties holder = read(fs, path);
        if (holder == null) {
          throw new Held("output " + layout.root() + ": the lock " + path + " exists but holds no run (being written"
              + " by a starting run, or left corrupt); not starting. If no run is active, remove it");
        }
        String why = deadBecause(fs, path, holder);
        if (why == null) {
          throw new Held("output " + layout.root() + " is locked by run " + holder.getProperty("run_id") + " on host "
              + holder.getProperty("host") + " (pid " + holder.getProperty("pid") + ", started "
              + holder.getProperty("started_at") + "); not starting. If that run is dead, remove " + path);
        }
        takeOver(fs, path, holder, runId, why);
      }
      throw new Held("output " + layout.root() + ": another run took the lock " + path + " at the same moment");
    } catch (IOException e) {
      throw new PublishError("cannot take the output lock " + path + ": " + e.getMessage(), e);
    }
  }

  /** Releases the lock if this run still holds it. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      Properties holder = read(fs, path);
      if (holder != null && runId.equals(holder.getProperty("run_id"))) fs.delete(path, false);
    } catch (IOException e) {
      LOG.warn("could not release the output lock {}: {}", path, e.getMessage());
    }
  }

  private void beat() {
    try {
      fs.setTimes(path, System.currentTimeMillis(), -1);
    } catch (IOException | RuntimeException e) {
      LOG.warn("output lock heartbeat failed: {}", e.getMessage());
    }
  }

  /**
   * Creates the lock with its content, or returns false when it exists. Locally the content is
   * written to a private file first and hard-linked into place (atomic, fails if the lock exists);
   * elsewhere create-if-absent is atomic (HDFS) and a reader may see it empty for an instant.
   */
  private static boolean create(FileSystem fs, Path path, Properties content) throws IOException {
    byte[] bytes = text(content).getBytes(StandardCharsets.UTF_8);
    if ("file".equals(fs.getUri().getScheme())) {
      java.nio.file.Path lock = java.nio.file.Path.of(path.toUri().getPath());
      java.nio.file.Path tmp = lock.resolveSibling(NAME + "." + content.getProperty("run_id") + ".tmp");
      Files.write(tmp, bytes);
      try {
        Files.createLink(lock, tmp);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    try (OutputStream out = fs.create(path, false)) {
      out.write(bytes);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
  }

  /** Why the holder is dead, or null while it may be alive (an unreadable lock counts as alive). */
  private static String deadBecause(FileSystem fs, Path path, Properties holder) throws IOException {
    if (host().equals(holder.getProperty("host"))) {
      long pid;
      try {
        pid = Long.parseLong(holder.getProperty("pid", ""));
      } catch (NumberFormatException e) {
        return null;
      }
      boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      return alive ? null : "its process " + pid + " on this host is gone";
    }
    FileStatus s = fs.getFileStatus(path);
    Duration silent = Duration.ofMillis(System.currentTimeMillis() - s.getModificationTime());
    return silent.compareTo(STALE_AFTER) > 0 ? "no heartbeat for " + silent.toMinutes() + " min" : null;
  }

  /**
   * Moves the dead run's lock aside under a name of this run's own, then checks that what it moved
   * is the lock it judged dead: if another run replaced it meanwhile, that lock is put back.
   */
  private static void takeOver(FileSystem fs, Path path, Properties dead, String runId, String why) throws IOException {
    Path aside = new Path(path.getParent(), NAME + ".stale-" + runId);
    if (!fs.rename(path, aside)) return;
    Properties moved = read(fs, aside);
    if (moved != null && dead.getProperty("run_id").equals(moved.getProperty("run_id"))) {
      LOG.warn("output lock: took over the lock of run {} ({})", dead.getProperty("run_id"), why);
      fs.delete(aside, false);
    } else if (!fs.exists(path)) {
      fs.rename(aside, path);
    }
  }

  private static Properties read(FileSystem fs, Path path) throws IOException {
    try (var in = fs.open(path)) {
      Properties p = new Properties();
      p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      return p.getProperty("run_id") == null ? null : p;
    } catch (java.io.FileNotFoundException e) {
      return null;
    }
  }

  private static String text(Properties p) {
    StringBuilder sb = new StringBuilder();
    for (String k : new String[] {"run_id", "host", "pid", "started_at"}) sb.append(k).append('=').append(p.getProperty(k)).append('\n');
    return sb.toString();
  }

  static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }
}
