package org.countrystance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.SqlFiles;
import org.junit.jupiter.api.Test;

/** The committed DDL files are what the generator writes, and the Spark SQL one really creates the tables. */
class DdlGeneratorTest {
  @Test
  void committedSparkDdlIsTheGeneratedText() throws Exception {
    assertEquals(DdlGenerator.sparkSql(), Files.readString(Path.of("conf/ddl", DdlGenerator.SPARK_FILE)),
        "conf/ddl is stale: run DdlGenerator (see src/site/markdown/querying.md)");
  }

  @Test
  void committedTrinoDdlIsTheGeneratedText() throws Exception {
    assertEquals(DdlGenerator.trinoHive(), Files.readString(Path.of("conf/ddl", DdlGenerator.TRINO_FILE)),
        "conf/ddl is stale: run DdlGenerator (see src/site/markdown/querying.md)");
  }

  @Test
  void committedDeltaDdlFilesAreTheGeneratedText() throws Exception {
    assertEquals(DeltaDdl.sparkSql(), Files.readString(Path.of("conf/ddl", DeltaDdl.SPARK_FILE)),
        "conf/ddl is stale: run DdlGenerator");
    assertEquals(DeltaDdl.trino(), Files.readString(Path.of("conf/ddl", DeltaDdl.TRINO_FILE)),
        "conf/ddl is stale: run DdlGenerator");
  }

  @Test
  void trinoDdlDeclaresPartitionColumnsLastAndEvidenceAsRows() {
    String ddl = DdlGenerator.trinoHive();
    assertTrue(ddl.contains("evidence ARRAY(ROW(article_id VARCHAR, sentence_index INTEGER)),\n  published_date DATE)"));
    assertTrue(ddl.contains("published_at TIMESTAMP,"));
    assertTrue(ddl.contains("mentions BIGINT"));
    assertEquals(PublishedTables.ALL.size(), ddl.split(java.util.regex.Pattern.quote("\nCALL system.sync_partition_metadata(schema_name"), -1).length - 1);
  }

  @Test
  void sparkDdlCreatesQueryableTablesOverAnOutputRootAndDroppingThemKeepsTheData() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path root = ReportFixtures.output();
    String db = "ddl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Path dbDir = Files.createTempDirectory("ddl-test-db");
    String before = spark.catalog().currentDatabase();
    spark.sql("CREATE DATABASE " + db + " LOCATION '" + dbDir.toUri() + "'");
    try {
      spark.sql("USE " + db);
      spark.sql("SET OUTPUT=" + root.toUri().toString().replaceAll("/$", ""));
      for (String statement : SqlFiles.statements(Files.readString(Path.of("conf/ddl", DdlGenerator.SPARK_FILE)))) {
        spark.sql(statement);
      }
      for (PublishedTables.Table t : PublishedTables.ALL) {
        long direct = spark.read().schema(t.schema()).parquet(root.resolve(t.name()).toString()).count();
        long viaTable = spark.sql("SELECT COUNT(*) FROM " + db + "." + t.name()).first().getLong(0);
        assertTrue(direct > 0, t.name() + " fixture is empty");
        assertEquals(direct, viaTable, t.name() + " read through its CREATE TABLE");
      }
      assertEquals(ReportFixtures.DAYS, spark.sql("SHOW PARTITIONS " + db + ".stance_daily").count());
      long chinaDay = spark.sql("SELECT SUM(statements) FROM " + db + ".stance_daily WHERE country = 'CHN' "
          + "AND published_date = DATE '" + ReportFixtures.FIRST_DAY + "'").first().getLong(0);
      long chinaFacts = spark.read().schema(PublishedTables.MENTIONS.schema())
          .parquet(root.resolve("mentions").toString())
          .where("country = 'CHN' AND position IS NOT NULL AND published_date = DATE '" + ReportFixtures.FIRST_DAY + "'")
          .select("article_id", "sentence", "topic", "position").distinct().count();
      assertEquals(chinaFacts, chinaDay);
    } finally {
      spark.sql("USE " + before);
      spark.sql("DROP DATABASE IF EXISTS " + db + " CASCADE");
      spark.conf().unset("OUTPUT");
    }
    assertTrue(Files.isDirectory(root.resolve("stance_daily")), "external tables: DROP keeps the data");
  }
}
