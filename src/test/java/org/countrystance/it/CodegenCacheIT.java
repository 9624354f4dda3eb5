package org.countrystance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.countrystance.testing.ChildJvm;
import org.countrystance.testing.CodegenCacheProbe;
import org.countrystance.testing.ItRuns;
import org.junit.jupiter.api.Test;

/**
 * The job's session keeps the classes it generated (a run generates about 270): 60 queries of 120
 * generated classes, run again in the same JVM, compile nothing, where Spark's default of 100 entries
 * compiled them again. Child JVMs, since the cache is sized once per JVM.
 */
class CodegenCacheIT {
  private static final int QUERIES = 60;

  private static long recompiled(String name, String... overrides) throws Exception {
    Path log = ItRuns.work("codegen-cache-" + name + ".log");
    String[] args = new String[overrides.length + 1];
    args[0] = Integer.toString(QUERIES);
    System.arraycopy(overrides, 0, args, 1, overrides.length);
    assertEquals(0, ChildJvm.start(log, List.of("-Xmx1g"), CodegenCacheProbe.class.getName(), args).waitFor(),
        "see " + log);
    Matcher m = Pattern.compile("recompiled=(\\d+)").matcher(Files.readString(log));
    assertTrue(m.find(), "no count in " + log);
    return Long.parseLong(m.group(1));
  }

  @Test
  void queriesRunAgainInTheSameJvmCompileNothing() throws Exception {
    assertEquals(0, recompiled("job-settings"), "the job's session");
    assertTrue(recompiled("spark-default", "spark.conf.\"spark.sql.codegen.cache.maxEntries\"=100") >= QUERIES / 2,
        "with Spark's default the probe sees the classes compiled again");
  }
}
