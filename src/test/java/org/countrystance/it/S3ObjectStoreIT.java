package org.countrystance.it;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.publish.FaultInjection;
import org.countrystance.publish.OutputDiff;
import org.countrystance.publish.PublishedReads;
import org.countrystance.publish.RunManifest;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.testing.ChildJvm;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.ItRuns;
import org.countrystance.testing.S3Server;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 27, point 2: the job with input and output on s3a://, against a real S3 API server (S3Proxy
 * on 127.0.0.1, a temporary folder behind it), in both output formats. Credentials reach the job only
 * through the environment (S3A's default provider chain) and must not show up in logs or manifests.
 * The tests run in order on one bucket: each Delta step starts from the state the previous one left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class S3ObjectStoreIT {
  private static final String BUCKET = "country-stance-it";
  private static final String INPUT = "s3a://" + BUCKET + "/corpus";
  /** Compared with the local run: input_file holds the path the file was read from. */
  private static final Set<String> PER_RUN = Set.of(ArticlesTable.RUN_ID, ArticlesTable.INPUT_FILE);
  private static S3Server s3;
  private static FileSystem fs;
  private static final List<Path> LOGS = new ArrayList<>();

  @BeforeAll
  static void startServerAndUploadTheCorpus() throws Exception {
    s3 = S3Server.start(ItRuns.work("s3"), BUCKET);
    Configuration hadoop = SparkTestSession.get().sparkContext().hadoopConfiguration();
    s3.configure(hadoop);
    fs = new org.apache.hadoop.fs.Path(INPUT).getFileSystem(hadoop);
    FileSystem local = FileSystem.getLocal(hadoop);
    assertTrue(FileUtil.copy(local, new org.apache.hadoop.fs.Path(ItRuns.corpus().toString()), fs,
        new org.apache.hadoop.fs.Path(INPUT), false, hadoop));
  }

  @AfterAll
  static void stopServer() {
    if (s3 != null) s3.close();
  }

  private static String[] jobArgs(String output, String... extra) {
    List<String> args = new ArrayList<>(List.of("run", "--input", INPUT, "--output", output, "--master", "local[2]"));
    args.addAll(s3.jobOptions());
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  private static int run(String name, String output, String... extra) throws Exception {
    Path log = ItRuns.work("s3-" + name + ".log");
    LOGS.add(log);
    return ChildJvm.start(log, ItRuns.HEAP, s3.environment(), "org.countrystance.Main", jobArgs(output, extra))
        .waitFor();
  }

  private static boolean exists(String path) {
    try {
      return fs.exists(new org.apache.hadoop.fs.Path(path));
    } catch (IOException e) {
      return false;
    }
  }

  /** Each commit's user metadata (the run id), by version. */
  private static List<String> userMetadata(String table) {
    return SparkTestSession.get().sql("DESCRIBE HISTORY delta.`" + table + "`").orderBy("version")
        .select("userMetadata").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
  }

  private static void assertEqualsLocalRun(String output) throws Exception {
    OutputDiff.Result diff = new OutputDiff(SparkTestSession.get(), PER_RUN)
        .compare(ItRuns.cleanOutput().toString(), output);
    assertTrue(diff.equal(), String.join("\n", diff.differences()));
    assertEquals(10, diff.compared().size(), diff.compared().toString());
  }

  @Test
  @Order(1)
  void plainParquetOnS3HoldsTheTablesOfTheLocalRun() throws Exception {
    String out = "s3a://" + BUCKET + "/parquet";
    assertEquals(0, run("parquet", out), "see " + LOGS.get(LOGS.size() - 1));
    assertEqualsLocalRun(out);
  }

  @Test
  @Order(2)
  void deltaOnS3HoldsTheTablesOfTheLocalRunAndSinceLastReplacesOnlyTheNewFilesDay() throws Exception {
    SparkSession spark = SparkTestSession.get();
    String out = "s3a://" + BUCKET + "/delta";
    assertEquals(0, run("delta", out, "--format", "delta"), "see " + LOGS.get(LOGS.size() - 1));
    assertEqualsLocalRun(out);
    Dataset<Row> before = articles(out);
    List<String> firstRows = Tables.sortedRows(before);

    assertEquals(0, run("delta-nothing-new", out, "--format", "delta", "--since-last"));
    assertEquals("nothing_new", latestManifest(out).status, "every S3 input file was listed as processed");

    Path late = ItRuns.work("s3-late-file");
    new InputFixtures().add("s3-late", "Late arrival", "Chile called for peace talks between Russia and Ukraine.",
        "2023-01-02T18:00:00Z").write(spark, late);
    assertTrue(FileUtil.copy(FileSystem.getLocal(fs.getConf()), new org.apache.hadoop.fs.Path(late.toString()), fs,
        new org.apache.hadoop.fs.Path(INPUT + "/late"), false, fs.getConf()));
    assertEquals(0, run("delta-since-last", out, "--format", "delta", "--since-last"), "see " + LOGS.get(LOGS.size() - 1));
    RunManifest incremental = latestManifest(out);
    assertEquals("succeeded", incremental.status);
    assertEquals(List.of("2023-01-02"), incremental.touchedDays);
    assertEquals(1L, incremental.tableVersions.get(ArticlesTable.NAME), "version 0 was the full run");

    for (String table : List.of(ArticlesTable.NAME, "mentions", "country_daily")) {
      assertEquals(Set.of("published_date=2023-01-02"), partitionsTouchedBy(out + "/" + table, 1),
          table + ": the commit added and removed files of the new file's day only");
    }
    List<String> now = Tables.sortedRows(articles(out).where("article_id <> 's3-late'"));
    Tables.assertSameRows(firstRows, now);
    assertEquals(1, articles(out).where("article_id = 's3-late'").count());
    Dataset<Row> asOfFirst = spark.read().format("delta").option("versionAsOf", 0).load(out + "/" + ArticlesTable.NAME)
        .select(ArticlesTable.schema().fieldNames()[0], restOf(ArticlesTable.schema().fieldNames()));
    Tables.assertSameRows(firstRows, Tables.sortedRows(asOfFirst));
  }

  @Test
  @Order(3)
  void aKillDuringTheDeltaCommitLeavesThePreviousVersionsReadableAndTheNextRunFinishesIt() throws Exception {
    SparkSession spark = SparkTestSession.get();
    String out = "s3a://" + BUCKET + "/delta";
    List<String> before = Tables.sortedRows(articles(out));
    long articlesVersion = latestManifest(out).tableVersions.get(ArticlesTable.NAME);
    String[] args = jobArgs(out, "--format", "delta", "--date", "2023-01-03");
    Path log = ItRuns.work("s3-delta-killed.log");
    LOGS.add(log);
    ChildJvm killed = ChildJvm.start(log, List.of("-Xmx1500m", "-D" + FaultInjection.SLOW_PROPERTY + "=commit=60000"),
        s3.environment(), "org.countrystance.Main", args);
    String articlesNext = out + "/articles/_delta_log/" + String.format("%020d.json", articlesVersion + 1);
    assertTrue(killed.killWhen(() -> exists(articlesNext)), "killed after the articles commit; see " + log);

    String killedRun = userMetadata(out + "/articles").get((int) articlesVersion + 1);
    assertEquals(articlesVersion + 1, userMetadata(out + "/rejects").size(), "rejects not committed yet");
    Dataset<Row> previous = spark.read().format("delta").option("versionAsOf", articlesVersion)
        .load(out + "/" + ArticlesTable.NAME).select(ArticlesTable.schema().fieldNames()[0],
            restOf(ArticlesTable.schema().fieldNames()));
    Tables.assertSameRows(before, Tables.sortedRows(previous));
    assertEquals(before.size(), articles(out).count(), "the killed run's articles commit is readable too");

    Path rerunLog = ItRuns.work("s3-delta-after-kill.log");
    LOGS.add(rerunLog);
    assertEquals(0, ChildJvm.start(rerunLog, ItRuns.HEAP, s3.environment(), "org.countrystance.Main", args).waitFor(),
        "see " + rerunLog);
    assertTrue(Files.readString(rerunLog).contains("finished the interrupted commit of run " + killedRun));
    String rerun = latestManifest(out).runId;
    for (String table : org.countrystance.publish.StagedTables.PUBLISHED) {
      List<String> runs = userMetadata(out + "/" + table);
      assertEquals(List.of(killedRun, rerun), runs.subList(runs.size() - 2, runs.size()),
          table + ": the killed run's commit made once (finished by recovery, or kept), then the rerun's");
    }
    assertEquals(before.size(), articles(out).count());
  }

  @Test
  @Order(4)
  void theSecretKeyIsNeitherInTheLogsNorInTheManifests() throws Exception {
    assertFalse(LOGS.isEmpty());
    for (Path log : LOGS) {
      assertFalse(Files.readString(log).contains(s3.secretKey()), log.toString());
    }
    for (String root : List.of("parquet", "delta")) {
      for (FileStatus m : fs.listStatus(new org.apache.hadoop.fs.Path("s3a://" + BUCKET + "/" + root + "/_runs"))) {
        try (var in = fs.open(m.getPath())) {
          assertFalse(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(s3.secretKey()), m.getPath().toString());
        }
      }
    }
  }

  private static Dataset<Row> articles(String out) {
    return PublishedReads.read(SparkTestSession.get(), new org.apache.hadoop.fs.Path(out, ArticlesTable.NAME),
        ArticlesTable.schema());
  }

  private static String[] restOf(String[] names) {
    return java.util.Arrays.copyOfRange(names, 1, names.length);
  }

  private static RunManifest latestManifest(String out) throws IOException {
    RunManifest latest = null;
    for (RunManifest m : RunManifest.all(org.countrystance.publish.OutputLayout.of(out), fs.getConf())) {
      if (latest == null || m.runId.compareTo(latest.runId) > 0) latest = m;
    }
    return latest;
  }

  /** The partition values of every file a Delta commit added or removed, as col=value. */
  private static Set<String> partitionsTouchedBy(String table, long version) throws IOException {
    Set<String> parts = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    try (var in = fs.open(new org.apache.hadoop.fs.Path(table + "/_delta_log/" + String.format("%020d.json", version)))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        JsonNode action = json.readTree(line);
        for (String kind : List.of("add", "remove")) {
          if (!action.has(kind)) continue;
          action.get(kind).get("partitionValues").fields()
              .forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
        }
      }
    }
    return parts;
  }
}
