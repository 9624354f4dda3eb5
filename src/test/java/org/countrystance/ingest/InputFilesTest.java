package org.countrystance.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Input files are read through the raw local file system only when they are local: on an object store the
 * setting would reach the store's cached file system and break the executor's later writes to it (the
 * S3 step of jobs/cluster-it.sh failed so); the footer check on the driver follows the same rule.
 */
class InputFilesTest {
  @Test
  void theRawLocalFileSystemIsAskedForOnlyForLocalFiles() {
    assertEquals(InputFiles.literalReadOptions(),
        InputFiles.readOptions(List.of("/data/in/a:b.parquet", "file:/data/in/c.parquet")));
    assertTrue(InputFiles.readOptions(List.of("s3a://bucket/corpus/part-0.parquet")).isEmpty());
    assertTrue(InputFiles.readOptions(List.of("/data/in/a.parquet", "s3a://bucket/b.parquet")).isEmpty());
  }

  @Test
  void theFooterCheckAsksForTheRawLocalFileSystemOnlyForLocalFiles() {
    Configuration conf = new Configuration(false);
    assertEquals(RawLocalFileSystem.class.getName(),
        InputFiles.readConf(conf, List.of(new InputFiles.InputFile("/data/in/a.parquet", 10, 0))).get("fs.file.impl"));
    assertNull(InputFiles.readConf(conf, List.of(new InputFiles.InputFile("s3a://bucket/b.parquet", 10, 0)))
        .get("fs.file.impl"));
    assertNull(conf.get("fs.file.impl"), "the caller's configuration is left as it was");
  }
}
