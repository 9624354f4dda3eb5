package org.countrystance.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.countrystance.config.JobConfig;
import org.countrystance.config.RuleTables;
import org.countrystance.ingest.InputFiles;

/**
 * The record of one run, written to {@code _runs/<run_id>.json}: what it read, what it accepted,
 * rejected and wrote (per stage and per reason), how long each stage took, what the quality checks
 * said, and whether it published. Later runs read earlier manifests (incremental input, trailing
 * row-count medians).
 */
public final class RunManifest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public String runId;
  public String status = "running";
  public String version;
  public String startedAt;
  public String finishedAt;
  public String configHash;
  /** Hash of the rule tables the run used, and where they came from ("jar" or rules.conf-dir). */
  public String rulesHash;
  public String rulesSource;
  public String inputPath;
  public String outputPath;
  public String dateRange;
  public boolean sinceLast;
  public List<Map<String, Object>> inputFiles = new ArrayList<>();
  public Map<String, Long> counts = new LinkedHashMap<>();
  public Map<String, Long> rejectedByReason = new LinkedHashMap<>();
  public Map<String, Long> written = new LinkedHashMap<>();
  /**
   * output.format = delta: the Delta version this run's commit made of each table (absent for plain
   * Parquet). Reading each table AS OF its version gives this run's state of all tables at once.
   */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
  public Map<String, Long> tableVersions = new LinkedHashMap<>();
  public Map<String, Long> stageMillis = new LinkedHashMap<>();
  public List<String> touchedDays = new ArrayList<>();
  public List<Map<String, Object>> qualityChecks = new ArrayList<>();
  public List<String> recovery = new ArrayList<>();
  public String error;

  /** A run id: its UTC start second and a random suffix, e.g. {@code 20231105T023000Z-3fa2c1}. */
  public static String newRunId(java.time.Instant now) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC)
        .format(now) + "-" + String.format("%06x", java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 24));
  }

  /** The manifest of a run starting now: its id, version, start time and what it was asked to do. */
  public static RunManifest begin(String runId, String version, java.time.Instant started, JobConfig config) {
    RunManifest m = new RunManifest();
    m.runId = runId;
    m.version = version;
    m.startedAt = started.toString();
    m.configHash = config.configHash();
    m.inputPath = config.inputPath();
    m.outputPath = config.outputPath();
    m.dateRange = config.dates().toString();
    m.sinceLast = config.sinceLast();
    return m;
  }

  /** Records which rule tables the run used: their hash and where they came from. */
  public void recordRules(RuleTables rules) {
    rulesHash = rules.hash();
    rulesSource = rules.origin();
  }

  public void write(OutputLayout layout, Configuration conf) {
    try {
      FileSystem fs = layout.root().getFileSystem(conf);
      fs.mkdirs(layout.runs());
      Path target = layout.manifest(runId);
      Path tmp = new Path(layout.runs(), "." + runId + ".json.tmp");
      try (OutputStream out = fs.create(tmp, true)) {
        JSON.writeValue(out, this);
      }
      fs.delete(target, false);
      if (!fs.rename(tmp, target)) throw new IOException("rename to " + target + " failed");
    } catch (IOException e) {
      throw new PublishError("cannot write run manifest for " + runId, e);
    }
  }

  public static RunManifest read(FileSystem fs, Path file) throws IOException {
    try (var in = fs.open(file)) {
      return JSON.readValue((java.io.InputStream) in, RunManifest.class);
    }
  }

  /** Every readable manifest under the output root, oldest run first (run ids sort by time). */
  public static List<RunManifest> all(OutputLayout layout, Configuration conf) {
    List<RunManifest> out = new ArrayList<>();
    try {
      FileSystem fs = layout.root().getFileSystem(conf);
      if (!fs.exists(layout.runs())) return out;
      for (FileStatus s : fs.listStatus(layout.runs())) {
        String name = s.getPath().getName();
        if (name.endsWith(".json") && !name.startsWith(".")) out.add(read(fs, s.getPath()));
      }
    } catch (IOException e) {
      throw new PublishError("cannot read run manifests under " + layout.runs(), e);
    }
    out.sort((a, b) -> a.runId.compareTo(b.runId));
    return out;
  }

  /** Records one input file this run reads (path, size, modification time; rows and identity by its footer). */
  public void recordInputFile(InputFiles.InputFile f, InputFiles.Footer footer) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", f.path());
    m.put("size", f.size());
    m.put("modified_at", f.modifiedAt());
    m.put("rows", footer.rows());
    m.put("file_id", footer.id());
    inputFiles.add(m);
  }

  /** Input files (path, size, modification time) that the succeeded runs among {@code runs} read. */
  public static Set<InputFiles.InputFile> inputFilesOfSucceededRuns(List<RunManifest> runs) {
    Set<InputFiles.InputFile> done = new HashSet<>();
    for (RunManifest m : runs) {
      if (!"succeeded".equals(m.status)) continue;
      for (Map<String, Object> f : m.inputFiles) {
        done.add(new InputFiles.InputFile((String) f.get("path"), ((Number) f.get("size")).longValue(),
            ((Number) f.get("modified_at")).longValue()));
      }
    }
    return done;
  }
}
