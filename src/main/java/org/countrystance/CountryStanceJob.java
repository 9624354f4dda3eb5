package org.countrystance;

import static org.apache.spark.sql.functions.col;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.aggregate.DailyAggregates;
import org.countrystance.aggregate.Dimensions;
import org.countrystance.annotate.AnnotateStage;
import org.countrystance.clean.CleanStage;
import org.countrystance.clean.CleaningRules;
import org.countrystance.config.JobConfig;
import org.countrystance.config.PathSafety;
import org.countrystance.config.RuleTables;
import org.countrystance.country.Gazetteer;
import org.countrystance.dedup.DedupSettings;
import org.countrystance.dedup.DedupStage;
import org.countrystance.ingest.ArticleValidator;
import org.countrystance.ingest.IngestStage;
import org.countrystance.ingest.InputError;
import org.countrystance.ingest.InputFiles;
import org.countrystance.ingest.RawInput;
import org.countrystance.publish.DimensionPublisher;
import org.countrystance.publish.OutputLayout;
import org.countrystance.publish.OutputLock;
import org.countrystance.publish.PublishGate;
import org.countrystance.publish.RunCounts;
import org.countrystance.publish.RunInput;
import org.countrystance.publish.RunManifest;
import org.countrystance.publish.RunStories;
import org.countrystance.publish.SinceLast;
import org.countrystance.publish.StagedPublisher;
import org.countrystance.publish.StagedTables;
import org.countrystance.publish.TableStager;
import org.countrystance.publish.TitleWindow;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.MentionsTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The batch job: reads one input, runs every stage, and publishes the tables of the touched days. */
public final class CountryStanceJob {
  private static final Logger LOG = LoggerFactory.getLogger(CountryStanceJob.class);
  public static final String VERSION = BuildInfo.VERSION;

  private final SparkSession spark;
  private final JobConfig config;
  private final Configuration hadoop;
  private final OutputLayout layout;
  private final Instant started = Instant.now();
  private final RunManifest manifest;
  private final StageTimer timer;
  /** This run's hold on the output root, released when the run ends. */
  private OutputLock lock;

  private CountryStanceJob(SparkSession spark, JobConfig config) {
    this.spark = spark;
    this.config = config;
    this.hadoop = spark.sparkContext().hadoopConfiguration();
    this.manifest = RunManifest.begin(RunManifest.newRunId(started), VERSION, started, config);
    this.timer = new StageTimer(manifest, spark.sparkContext());
    // An empty path is refused by PathSafety at the start of run(); Hadoop's Path would throw here.
    this.layout = config.outputPath().isBlank() ? null : OutputLayout.of(config.outputPath(), config.outputFormat());
  }

  /** Runs the job once; never throws for bad input or refused publication, it returns the exit code. */
  public static RunOutcome run(SparkSession spark, JobConfig config) {
    return new CountryStanceJob(spark, config).run();
  }

  /*
   * 1. Prepare: check paths; take the output's lock; read the rule tables once; finish or discard what
   *    an interrupted run left; list and check the input files (each once, names taken literally).
   * 2. Ingest: a verdict per row (checkpointed once), one row per article_id, accepted vs rejected.
   * 3. Clean (title affixes learned with nearby published titles) and de-duplicate the accepted articles.
   * 4. Annotate this run's articles into mentions; stage mentions and articles merged with the
   *    published rows of the touched days (a rerun replaces an article, never duplicates it), without
   *    the articles the annotator threw on; stage the rejects of ingest, clean and annotate.
   * 5. Aggregate every touched day from its staged mentions; stage the daily tables.
   * 6. Gate: count; refuse to publish above the reject ratio or on an error-level quality check.
   * 7. Commit the staged partitions, rewrite the dimension tables, write the manifest.
   */
  private RunOutcome run() {
    StagedPublisher publisher = null;
    try {
      // 1. prepare
      PathSafety.checkOutput(config.inputPath(), config.outputPath(), hadoop);
      SinceLast.checkOptions(config.sinceLast(), config.dates());
      lock = OutputLock.acquire(layout, hadoop, manifest.runId, started);
      // Every rule table, read once here; the stages and the gate use these, executors get them shipped.
      RuleTables ruleTables = RuleTables.load(config.cleaning().rulesConfDir(), hadoop);
      manifest.recordRules(ruleTables);
      publisher = new StagedPublisher(spark, layout, config.spark().maxRowsPerFile());
      manifest.recovery.addAll(publisher.recover());
      InputFiles.Listing listing = timer.time("list_input", () -> RunInput.list(spark, config, layout, manifest));
      TableStager stager = new TableStager(spark, layout, manifest.runId, config.spark().maxRowsPerFile());
      StagedTables tables = new StagedTables(stager);

      // 2. ingest
      // One checkpoint of the verdicts with the duplicate article_ids resolved: every later reader of the
      // accepted rows or the rejects is a filter of it.
      Dataset<Row> published = stager.readPublished(ArticlesTable.NAME, ArticlesTable.schema());
      Dataset<Row> resolved = timer.time("ingest", () -> stager.checkpoint(IngestStage.resolve(IngestStage.validate(
          RawInput.read(spark, listing, config.columns()), ArticleValidator.of(config.limits(), started)),
          IngestStage.publishedCopies(spark, published, listing)), "validated", IngestStage.VALIDATED));
      IngestStage.Result ingest = IngestStage.split(resolved, config.dates(), manifest.runId)
          .withAuthorBySource(config.columns().authorBySource());

      // 3. clean (an article the cleaner throws on is quarantined), de-duplicate
      CleaningRules rules = CleaningRules.load(ruleTables);
      DedupSettings dedup = DedupSettings.of(config.dedup());
      // Spread the articles over every core first: one input file is often one task otherwise.
      Dataset<Row> accepted = ingest.accepted().repartition(
          SparkSessions.articlePartitions(spark, config.spark().shufflePartitions()), col(ArticlesTable.ARTICLE_ID));
      // the published articles cleaned again for their titles (null: none, every article is the run's own)
      AtomicReference<Dataset<Row>> window = new AtomicReference<>();
      Dataset<Row> signed = timer.time("clean", () -> {
        window.set(TitleWindow.of(spark, published, ingest.accepted(), listing, config, manifest.runId));
        return stager.checkpoint(DedupStage.sign(CleanStage.apply(accepted, rules, window.get()), dedup), "cleaned",
            DedupStage.signedSchema(CleanStage.guardedSchema()));
      });
      RunStories stories = timer.time("dedup", () -> RunStories.of(stager, published, ingest.accepted(),
          CleanStage.valid(signed), listing, config, dedup));
      Dataset<Row> articles = stories.articles();
      tables.carryOver(stories.carry());
      Set<LocalDate> touched = timer.time("touched_days", () -> stories.carry().touchedDays(DailyAggregates.days(articles)));
      manifest.touchedDays = touched.stream().map(LocalDate::toString).sorted().toList();

      // 4. annotate; stage mentions, articles (without those the annotator threw on) and rejects
      PipelineModel annotate = AnnotateStage.pipeline(spark, AnnotateStage.Settings.of(ruleTables, config));
      timer.run("annotate", () -> tables.stageMerged(MentionsTable.NAME, MentionsTable.PARTITION,
          AnnotateStage.apply(articles, annotate), articles, touched));
      Dataset<Row> annotateFailures = AnnotateStage.failures(spark, annotate);
      Dataset<Row> annotated = AnnotateStage.withoutFailures(articles, annotateFailures);
      timer.run("stage_articles", () ->
          tables.stageMerged(ArticlesTable.NAME, ArticlesTable.PARTITION, annotated, articles, touched));
      timer.run("stage_rejects", () -> tables.stageRejects(ingest.rejectedWith(CleanStage.rejects(signed),
          AnnotateStage.rejects(ingest.accepted(), annotateFailures)), RunInput.fileIds(listing)));

      // 5. aggregate
      timer.run("aggregate", () -> tables.stageDaily(
          DailyAggregates.all(tables.staged(MentionsTable.NAME), tables.staged(ArticlesTable.NAME)), touched));

      // 6. gate
      var profiles = timer.time("count", () -> RunCounts.record(manifest, stager.checkpointRows("validated"),
          listing.rows(), tables, annotated, ingest.accepted(), window.get() != null,
          config.cleaning().annotateLanguages()));
      String refusal = PublishGate.rejectRatioRefusal(manifest, config.limits().maxRejectRatio());
      if (refusal == null) refusal = timer.time("quality", () -> PublishGate.qualityRefusal(manifest, config.quality(),
          tables, RunManifest.all(layout, hadoop), Gazetteer.load(ruleTables).countries().keySet(), profiles, touched));
      if (refusal != null) return stop(publisher, RunOutcome.REFUSED, refusal);

      // 7. commit
      StagedPublisher p = publisher;
      timer.run("commit", () -> manifest.tableVersions.putAll(p.commitStaged(manifest.runId)));
      timer.run("dimensions", () -> new DimensionPublisher(spark, layout).publish(manifest.runId, Dimensions.load(ruleTables)));
      manifest.status = "succeeded";
      return finish(RunOutcome.OK);
    } catch (org.countrystance.config.ConfigException e) {
      return stop(publisher, RunOutcome.USAGE, e.getMessage());
    } catch (OutputLock.Held e) {
      // Another run owns the output: touch nothing there, not even a manifest.
      LOG.error("{}", e.getMessage());
      manifest.status = "locked";
      manifest.error = e.getMessage();
      return new RunOutcome(RunOutcome.LOCKED, manifest);
    } catch (InputError e) {
      if (RunInput.NOTHING_NEW.equals(e.getMessage())) {
        LOG.info("nothing new to process since the last successful run");
        manifest.status = "nothing_new";
        return finish(RunOutcome.OK);
      }
      return stop(publisher, RunOutcome.BAD_INPUT, e.getMessage());
    } catch (Exception e) {
      // Exception, not RuntimeException: Spark throws AnalysisException (checked) through Java callers.
      LOG.warn("run failed with an unexpected error", e);
      return stop(publisher, RunOutcome.FAILED, RunOutcome.rootMessage(e));
    }
  }

  /** Ends a refused (exit 4) or failed run: its staging abandoned, the reason in the manifest. */
  private RunOutcome stop(StagedPublisher publisher, int code, String why) {
    boolean refused = code == RunOutcome.REFUSED;
    LOG.error(refused ? "not publishing: {}" : "run failed: {}", why);
    if (publisher != null) publisher.abandon(manifest.runId);
    manifest.status = refused ? "refused" : "failed";
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
}
