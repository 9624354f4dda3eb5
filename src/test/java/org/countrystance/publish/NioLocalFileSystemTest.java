package org.countrystance.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local file system the job's session uses (SparkSessionsTest): files and permissions as Hadoop's, set via java.nio. */
class NioLocalFileSystemTest {
  @Test
  void createdFilesAndFoldersGetTheRequestedPermissionsAndChecksums(@TempDir java.nio.file.Path dir) throws Exception {
    Configuration conf = new Configuration();
    FileSystem fs = new NioLocalFileSystem();
    fs.initialize(URI.create("file:///"), conf);
    Path day = new Path(dir.toUri().toString(), "table/published_date=2024-01-01");
    assertTrue(fs.mkdirs(day, new FsPermission((short) 0750)));
    Path file = new Path(day, "part-0.parquet");
    try (FSDataOutputStream out = fs.create(file)) {
      out.writeBytes("rows");
    }
    fs.setPermission(file, new FsPermission((short) 0640));

    java.nio.file.Path local = dir.resolve("table/published_date=2024-01-01");
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(local.resolve("part-0.parquet"))));
    assertTrue(Files.exists(local.resolve(".part-0.parquet.crc")), "checksummed like Hadoop's LocalFileSystem");
    assertEquals(List.of("rows"), Files.readAllLines(local.resolve("part-0.parquet")));
    String folder = PosixFilePermissions.toString(Files.getPosixFilePermissions(local));
    assertEquals("rwx", folder.substring(0, 3));
    assertEquals('-', folder.charAt(6), "others get no access under 0750 (before the umask)");
  }
}
