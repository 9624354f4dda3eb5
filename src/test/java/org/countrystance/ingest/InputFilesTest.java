package org.countrystance.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input files are read through the raw local file system only when they are local: on an object store the
 * setting would reach the store's cached file system and break the executor's later writes to it (the
 * S3 step of jobs/cluster-it.sh failed so).
 */
class InputFilesTest {
  @Test
  void theRawLocalFileSystemIsAskedForOnlyForLocalFiles() {
    assertEquals(InputFiles.literalReadOptions(),
        InputFiles.readOptions(List.of("/data/in/a:b.parquet", "file:/data/in/c.parquet")));
    assertTrue(InputFiles.readOptions(List.of("s3a://bucket/corpus/part-0.parquet")).isEmpty());
    assertTrue(InputFiles.readOptions(List.of("/data/in/a.parquet", "s3a://bucket/b.parquet")).isEmpty());
  }
}
