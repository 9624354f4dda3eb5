package org.countrystance;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.types.StructType;
import org.countrystance.aggregate.DailyAggregates;
import org.countrystance.annotate.AnnotateStage;
import org.countrystance.clean.CleanStage;
import org.countrystance.clean.CleaningRules;
import org.countrystance.clean.LanguageIdentifier;
import org.countrystance.country.Gazetteer;
import org.countrystance.dedup.DedupSettings;
import org.countrystance.dedup.DedupStage;
import org.countrystance.dedup.LineageCut;
import org.countrystance.dedup.StoryWindow;
import org.countrystance.publish.QualityGate;
import org.countrystance.tables.CountryDailyTable;
import org.countrystance.tables.DyadDailyTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.tables.ProcessingErrors;
import org.countrystance.tables.StanceDailyTable;
import org.countrystance.tables.StanceEvidenceTable;
import org.countrystance.aggregate.Dimensions;
import org.countrystance.publish.DimensionPublisher;
import org.countrystance.tone.PretrainedSentiment;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.JobConfig;
import org.countrystance.config.PathSafety;
import org.countrystance.config.RuleTables;
import org.countrystance.ingest.ArticleValidator;
import org.countrystance.ingest.IngestStage;
import org.countrystance.ingest.InputError;
import org.countrystance.ingest.InputFiles;
import org.countrystance.ingest.RawInput;
import org.countrystance.publish.CarryOver;
import org.countrystance.publish.OutputLayout;
import org.countrystance.publish.OutputLock;
import org.countrystance.publish.RunManifest;
import org.countrystance.publish.SinceLast;
import org.countrystance.publish.StagedPublisher;
import org.countrystance.publish.StagedTables;
import org.countrystance.publish.TableProfile;
import org.countrystance.publish.TableStager;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.RejectsTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The batch job: reads one input, runs every stage, and publishes the tables of the touched days. */
public final class CountryStanceJob {
  private static final Logger LOG = LoggerFactory.getLogger(CountryStanceJob.class);
  public static final String VERSION = BuildInfo.VERSION;

  private static final String NOTHING_NEW = "no input files arrived since the last successful run";
  private final SparkSession spark;
  private final JobConfig config;
  private final Configuration hadoop;
  private final OutputLayout layout;
  private final RunManifest manifest = new RunManifest();
  private final StageTimer timer;
  /** The checked input files (what "read" is counted against). */
  private InputFiles.Listing listing;
  /** This run's hold on the output root, released when the run ends. */
  private OutputLock lock;

  private CountryStanceJob(SparkSession spark, JobConfig config) {
    this.spark = spark;
    this.config = config;
    this.hadoop = spark.sparkContext().hadoopConfiguration();
    this.timer = new StageTimer(manifest, spark.sparkContext());
    // An empty path is refused by PathSafety at the start of run(); Hadoop's Path would throw here.
    this.layout = config.outputPath().isBlank() ? null : OutputLayout.of(config.outputPath());
  }

  /** Runs the job once; never throws for bad input or refused publication, it returns the exit code. */
  public static RunOutcome run(SparkSession spark, JobConfig config) {
    return new CountryStanceJob(spark, config).run();
  }

  /*
   * 1. Check paths; take the output's lock; finish or discard what an interrupted run left; list
   *    and check input files (each once, names taken literally).
   * 2. Ingest: a verdict per row (checkpointed once), one row per article_id, accepted vs rejected.
   * 3. Clean and de-duplicate the accepted articles (an article the cleaner throws on is quarantined).
   * 4. Annotate this run's articles into mentions (Spark ML pipeline with Spark NLP); stage them
   *    merged with the published mentions of the touched days; stage the articles likewise (a rerun
   *    replaces an article, never duplicates it), without those the annotator threw on; stage the
   *    rejects of ingest, clean and annotate.
   * 5. Aggregate every touched day from its staged mentions; stage the daily tables.
   * 6. Gate: reject ratio and quality checks on the staged tables; refuse to publish on error.
   * 7. Commit the staged partitions and write the manifest.
   */
  private RunOutcome run() {
    Instant started = Instant.now();
    manifest.runId = newRunId(started);
    manifest.version = VERSION;
    manifest.startedAt = started.toString();
    manifest.configHash = config.configHash();
    manifest.inputPath = config.inputPath();
    manifest.outputPath = config.outputPath();
    manifest.dateRange = config.dates().toString();
    manifest.sinceLast = config.sinceLast();
    StagedPublisher publisher = null;
    try {
      PathSafety.checkOutput(config.inputPath(), config.outputPath(), hadoop);
      SinceLast.checkOptions(config.sinceLast(), config.dates());
      lock = OutputLock.acquire(layout, hadoop, manifest.runId, started);
      // Every rule table, read once here; the stages and the gate use these, executors get them shipped.
      RuleTables ruleTables = RuleTables.load(config.cleaning().rulesConfDir(), hadoop);
      manifest.rulesHash = ruleTables.hash();
      manifest.rulesSource = ruleTables.origin();
      publisher = new StagedPublisher(layout, hadoop);
      // 1. prepare
      manifest.recovery.addAll(publisher.recover());
      InputFiles.Listing listing = timer.time("list_input", this::listInput);
      if (!listing.ignoredColumns().isEmpty()) {
        LOG.info("ignoring input columns not in the contract: {}", listing.ignoredColumns());
      }
      TableStager stager = new TableStager(spark, layout, manifest.runId, config.spark().maxRowsPerFile());
      StagedTables tables = new StagedTables(stager);

      // 2. ingest
      Dataset<Row> raw = RawInput.read(spark, listing, config.columns());
      ArticleValidator validator = new ArticleValidator(config.limits().maxTextBytes(),
          config.limits().maxInvalidUtf8Share(), config.limits().minYear(),
          config.limits().futureToleranceHours(), started);
      Dataset<Row> validated = timer.time("ingest", () ->
          stager.checkpoint(IngestStage.validate(raw, validator), "validated", IngestStage.VALIDATED));
      Dataset<Row> published = stager.readPublished(ArticlesTable.NAME, ArticlesTable.schema());
      IngestStage.Result ingest = IngestStage.split(validated, config.dates(), manifest.runId,
          IngestStage.publishedCopies(spark, published, listing));

      // 3. clean, de-duplicate, stage articles and rejects
      CleaningRules rules = CleaningRules.load(ruleTables);
      DedupSettings dedup = DedupSettings.defaults().withThreshold(config.dedup().threshold()).withContainment(
          config.dedup().containment(), config.dedup().containmentFloor(), config.dedup().containmentMinShingles());
      // Spread the articles over every core first: one input file is often one task otherwise.
      Dataset<Row> accepted = ingest.accepted().repartition(parallelism(), col(ArticlesTable.ARTICLE_ID));
      Dataset<Row> signed = timer.time("clean", () -> stager.checkpoint(
          DedupStage.sign(CleanStage.apply(accepted, rules), dedup), "cleaned", SIGNED));
      Dataset<Row> cleaned = CleanStage.valid(signed);
      // Across runs: matched with the published stories around this run's days; what it replaces or re-stories is published again.
      CarryOver replacing = CarryOver.of(stager, published, ingest.accepted(), listing, config.dates());
      StoryWindow window = StoryWindow.of(published, cleaned, replacing.replaced(), config.dedup().windowDays(), dedup);
      Dataset<Row> storyIds = timer.time("dedup", () -> stager.checkpoint(DedupStage.storyIds(window.withBatch(cleaned), dedup,
          // files, not local checkpoints: a lost executor must not fail the run (jobs/cluster-it.sh)
          LineageCut.toFiles(stager.work("dedup").toString())), "story_ids", DedupStage.STORY_IDS));
      Dataset<Row> articles = stager.checkpoint(DedupStage.withStoryIds(cleaned, storyIds,
          CleanStage.outputSchema().fieldNames()), "articles", ArticlesTable.schema());
      CarryOver carry = replacing.withRestoried(stager, window.changed(storyIds));
      tables.carryOver(carry);
      Set<LocalDate> touched = timer.time("touched_days", () -> carry.touchedDays(distinctDays(articles)));
      manifest.touchedDays = touched.stream().map(LocalDate::toString).sorted().toList();

      // 4. annotate; an article the annotator threw on leaves the articles for the rejects
      PipelineModel annotate = AnnotateStage.pipeline(spark, new AnnotateStage.Settings(
          ruleTables, config.cleaning().annotateLanguages(), pretrainedModel()));
      timer.run("annotate", () -> tables.stageMerged(MentionsTable.NAME, MentionsTable.PARTITION,
          AnnotateStage.apply(articles, annotate), articles, touched));
      Dataset<Row> annotateFailures = AnnotateStage.failures(spark, annotate);
      Dataset<Row> annotated = AnnotateStage.withoutFailures(articles, annotateFailures);
      timer.run("stage_articles", () ->
          tables.stageMerged(ArticlesTable.NAME, ArticlesTable.PARTITION, annotated, articles, touched));
      timer.run("stage_rejects", () -> tables.stageRejects(ingest.rejected()
          .unionByName(ProcessingErrors.placed(CleanStage.rejects(signed), ingest.acceptedPlaces()))
          .unionByName(ProcessingErrors.placed(AnnotateStage.rejects(ingest.accepted(), annotateFailures),
              ingest.acceptedPlaces())),
          listing.footers().values().stream().map(InputFiles.Footer::id).distinct().toList()));

      // 5. aggregate
      Dataset<Row> mentions = tables.staged(MentionsTable.NAME);
      Map<String, Dataset<Row>> daily = new LinkedHashMap<>();
      daily.put(CountryDailyTable.NAME, DailyAggregates.countryDaily(mentions));
      daily.put(StanceDailyTable.NAME, DailyAggregates.stanceDaily(mentions));
      daily.put(DyadDailyTable.NAME, DailyAggregates.dyadDaily(mentions));
      daily.put(StanceEvidenceTable.NAME, DailyAggregates.stanceEvidence(mentions, tables.staged(ArticlesTable.NAME)));
      timer.run("aggregate", () -> tables.stageDaily(daily, touched));

      // 6. gate
      Map<String, TableProfile> profiles = timer.time("count", () -> countRun(validated, tables, annotated));
      long read = manifest.counts.get("read");
      long rejected = manifest.counts.get("rejected");
      if (read > 0 && (double) rejected / read > config.limits().maxRejectRatio()) {
        return refuse(publisher, String.format("rejected %d of %d rows (%.1f%%), above limits.max-reject-ratio %.0f%%",
            rejected, read, 100.0 * rejected / read, 100 * config.limits().maxRejectRatio()));
      }
      QualityGate gate = timer.time("quality", () -> tables.check(config.quality(), manifest.counts.get("accepted"),
          RunManifest.all(layout, hadoop), new HashSet<>(Gazetteer.load(ruleTables).countries().keySet()), profiles,
          touched));
      gate.processingErrors(manifest.rejectedByReason.getOrDefault(ProcessingErrors.REASON, 0L), read);
      gate.notAnnotatedShare(manifest.counts);
      gate.checks().forEach(c -> manifest.qualityChecks.add(c.asMap()));
      if (gate.blocks()) {
        return refuse(publisher, "quality checks failed: " + gate.checks().stream().filter(QualityGate.Check::blocks)
            .map(c -> c.name() + " (" + c.message() + ")").toList());
      }

      // 7. commit
      List<StagedPublisher.Move> moves = new ArrayList<>();
      for (String table : StagedTables.PUBLISHED) moves.addAll(publisher.stagedPartitions(manifest.runId, table));
      StagedPublisher p = publisher;
      timer.run("commit", () -> p.commit(manifest.runId, moves));
      timer.run("dimensions", () -> new DimensionPublisher(spark, layout).publish(manifest.runId, Dimensions.load(ruleTables)));
      manifest.status = "succeeded";
      return finish(RunOutcome.OK);
    } catch (org.countrystance.config.ConfigException e) {
      return fail(publisher, RunOutcome.USAGE, e.getMessage());
    } catch (OutputLock.Held e) {
      // Another run owns the output: touch nothing there, not even a manifest.
      LOG.error("{}", e.getMessage());
      manifest.status = "locked";
      manifest.error = e.getMessage();
      return new RunOutcome(RunOutcome.LOCKED, manifest);
    } catch (InputError e) {
      if (NOTHING_NEW.equals(e.getMessage())) {
        LOG.info("nothing new to process since the last successful run");
        manifest.status = "nothing_new";
        return finish(RunOutcome.OK);
      }
      return fail(publisher, RunOutcome.BAD_INPUT, e.getMessage());
    } catch (Exception e) {
      // Exception, not RuntimeException: Spark throws AnalysisException (checked) through Java callers.
      LOG.warn("run failed with an unexpected error", e);
      return fail(publisher, RunOutcome.FAILED, rootMessage(e));
    }
  }

  /** Cleaned articles with their dedup keys and signature: cleaned and shingled in one pass. */
  private static final StructType SIGNED = signedSchema();

  private static StructType signedSchema() {
    StructType s = CleanStage.guardedSchema();
    for (var f : DedupStage.SIGNATURE_COLUMNS.fields()) s = s.add(f);
    return s;
  }

  /**
   * Partitions for the per-article work: two per core, at least spark.shuffle-partitions (8 when it is
   * 0, as before it sized from the cluster: PipelineTest's incremental-equals-full check failed with 4).
   */
  private int parallelism() {
    int configured = config.spark().shufflePartitions();
    return Math.max(2 * spark.sparkContext().defaultParallelism(), configured > 0 ? configured : 8);
  }

  private PretrainedSentiment.Settings pretrainedModel() {
    String path = config.pretrainedSentimentPath();
    return path.isEmpty() ? null : PretrainedSentiment.Settings.vivekn(path);
  }

  private InputFiles.Listing listInput() {
    List<InputFiles.InputFile> all = InputFiles.list(config.inputPath(), hadoop);
    List<InputFiles.InputFile> files = all;
    if (config.sinceLast()) {
      int before = files.size();
      files = SinceLast.newFiles(files, RunManifest.all(layout, hadoop));
      LOG.info("--since-last: {} of {} input files are new", files.size(), before);
      manifest.counts.put("input_files_skipped_as_processed", (long) (before - files.size()));
    }
    if (files.isEmpty()) {
      throw new InputError(config.sinceLast() ? NOTHING_NEW : "no Parquet files under input path " + config.inputPath());
    }
    InputFiles.Listing fresh = InputFiles.check(files, config.columns(), hadoop);
    List<InputFiles.InputFile> again = CarryOver.filesToReadAgain(spark, layout, fresh, all, config.columns());
    manifest.counts.put("input_files_read_again", (long) again.size());
    if (!again.isEmpty()) files = java.util.stream.Stream.concat(files.stream(), again.stream()).toList();
    InputFiles.Listing listing = again.isEmpty() ? fresh : InputFiles.check(files, config.columns(), hadoop);
    files.forEach(f -> manifest.recordInputFile(f, listing.footers().get(f.path())));
    this.listing = listing;
    return listing;
  }

  /**
   * Counts per stage, from the ingest checkpoint, this run's articles and the staged tables; returns
   * the staged tables' profiles (rows written, duplicate keys, incomplete rows) for the gate.
   */
  private Map<String, TableProfile> countRun(Dataset<Row> validated, StagedTables tables, Dataset<Row> articles) {
    manifest.counts.put("read", validated.count());
    if (manifest.counts.get("read") != listing.rows()) {
      throw new IllegalStateException("read " + manifest.counts.get("read") + " rows but the input files' footers hold "
          + listing.rows() + ": some file was read twice or not at all");
    }
    long rejected = 0;
    for (Row r : tables.staged(RejectsTable.NAME).groupBy(RejectsTable.REASON).count()
        .orderBy(RejectsTable.REASON).collectAsList()) {
      manifest.rejectedByReason.put(r.getString(0), r.getLong(1));
      rejected += r.getLong(1);
    }
    Row a = articles.agg(count(lit(1)),
        sum(when(col(ArticlesTable.LANGUAGE).isin(config.cleaning().annotateLanguages().toArray()), 0L).otherwise(1L)),
        sum(when(col(ArticlesTable.IS_CANONICAL), 1L).otherwise(0L)),
        sum(when(col(ArticlesTable.LANGUAGE).isNull()
            .or(col(ArticlesTable.LANGUAGE).equalTo(LanguageIdentifier.UNDETERMINED)), 1L).otherwise(0L)),
        sum(col(ArticlesTable.REPAIRED_CHARS).cast("long")), sum(col(ArticlesTable.BAD_CHARS).cast("long")),
        sum(when(col(ArticlesTable.BAD_CHARS).gt(0), 1L).otherwise(0L))).first();
    long accepted = a.getLong(0);
    manifest.counts.put("accepted", accepted);
    manifest.counts.put("rejected", rejected);
    manifest.counts.put("outside_date_range", manifest.counts.get("read") - accepted - rejected);
    manifest.counts.put("not_annotated_language", a.isNullAt(1) ? 0L : a.getLong(1));
    manifest.counts.put("not_annotated_undetermined", a.isNullAt(3) ? 0L : a.getLong(3));
    manifest.counts.put("canonical_articles", a.isNullAt(2) ? 0L : a.getLong(2));
    manifest.counts.put("repaired_chars", a.isNullAt(4) ? 0L : a.getLong(4));
    manifest.counts.put("bad_chars", a.isNullAt(5) ? 0L : a.getLong(5));
    manifest.counts.put("articles_with_bad_chars", a.isNullAt(6) ? 0L : a.getLong(6));
    Map<String, TableProfile> profiles = tables.profiles();
    profiles.forEach((table, p) -> manifest.written.put(table, p.rows()));
    return profiles;
  }

  private static Set<LocalDate> distinctDays(Dataset<Row> accepted) {
    Set<LocalDate> days = new TreeSet<>();
    for (Row r : accepted.select(ArticlesTable.PUBLISHED_DATE).distinct().collectAsList()) {
      days.add(r.getAs(0));
    }
    return days;
  }

  private RunOutcome refuse(StagedPublisher publisher, String why) {
    LOG.error("not publishing: {}", why);
    publisher.abandon(manifest.runId);
    manifest.status = "refused";
    manifest.error = why;
    return finish(RunOutcome.REFUSED);
  }

  private RunOutcome fail(StagedPublisher publisher, int code, String why) {
    LOG.error("run failed: {}", why);
    if (publisher != null) publisher.abandon(manifest.runId);
    manifest.status = "failed";
    manifest.error = why;
    return finish(code);
  }

  private RunOutcome finish(int code) {
    manifest.finishedAt = Instant.now().toString();
    timer.finish();
    try {
      if (code != RunOutcome.USAGE) manifest.write(layout, hadoop);
    } finally {
      if (lock != null) lock.close();
    }
    return new RunOutcome(code, manifest);
  }

  /** The innermost cause's message: what went wrong, without Spark's wrapping layers. */
  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl) : m;
  }

  static String newRunId(Instant now) {
    return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(now)
        + "-" + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
  }

}
