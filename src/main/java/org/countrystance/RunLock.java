package org.countrystance;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A lock object in the output store ({@code <output>/_lock}), created with create-if-absent, so two
 * runs never overlap even from different hosts (HDFS and local file systems create atomically). It
 * names its holder; a lock left by a killed run is removed by hand once that process is gone.
 */
final class RunLock implements AutoCloseable {
  static final String NAME = "_lock";
  private final FileSystem fs;
  private final Path path;

  private RunLock(FileSystem fs, Path path) {
    this.fs = fs;
    this.path = path;
  }

  /** The lock, or null when another run holds it ({@code holder} then receives who). */
  static RunLock tryAcquire(String output, Configuration conf, StringBuilder holder) throws IOException {
    Path path = new Path(output, NAME);
    FileSystem fs = path.getFileSystem(conf);
    fs.mkdirs(path.getParent());
    try (FSDataOutputStream out = fs.create(path, false)) {
      out.write(("host=" + InetAddress.getLocalHost().getHostName() + " process=" + ManagementFactory.getRuntimeMXBean()
          .getName() + " since=" + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      holder.append(path).append(" held by ").append(read(fs, path));
      return null;
    } catch (IOException e) {
      if (!fs.exists(path)) throw e;
      holder.append(path).append(" held by ").append(read(fs, path));
      return null;
    }
    return new RunLock(fs, path);
  }

  private static String read(FileSystem fs, Path path) {
    try (InputStream in = fs.open(path)) {
      return new String(in.readNBytes(1000), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws IOException {
    fs.delete(path, false);
  }
}
