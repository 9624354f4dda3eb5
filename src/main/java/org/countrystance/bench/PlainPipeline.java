package org.countrystance.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import org.apache.hadoop.conf.Configuration;
import org.countrystance.annotate.ArticleAnnotator;
import org.countrystance.clean.ArticleCleaner;
import org.countrystance.clean.CleanStage;
import org.countrystance.clean.CleanedArticle;
import org.countrystance.clean.CleaningRules;
import org.countrystance.clean.TitleAffixLearner;
import org.countrystance.config.JobConfig;
import org.countrystance.config.RuleTables;
import org.countrystance.dedup.DedupSettings;
import org.countrystance.dedup.MinHasher;
import org.countrystance.ingest.ArticleValidator;
import org.countrystance.ingest.InputFiles;
import org.countrystance.ingest.PublishedAtParser;

/**
 * The bench's {@code pipeline} row: the job's own per-article code run as plain Java over the input's
 * Parquet files on every core, with no Spark. Pass 1 validates every row ({@link ArticleValidator}),
 * keeps one row per article_id as ingest does (earliest published_at, then url, title, file and row)
 * inside the configured dates, and learns the title affixes over the kept titles; pass 2 reads the
 * files again and, per kept article, cleans it ({@link ArticleCleaner}), chooses its language
 * ({@link CleanStage#chooseLanguage}), signs it ({@link MinHasher#sign}) and annotates it
 * ({@link ArticleAnnotator}) when its language is annotated. What it leaves out of the job: the
 * story grouping across articles, aggregation, writing, and a configured pretrained sentiment model.
 */
public final class PlainPipeline {
  /** Rows the files hold and were read, accepted by validation, kept, cleaned, annotated; mentions; quarantined. */
  public record Result(long rows, long read, long valid, long kept, long cleaned, long annotated, long mentions,
      long quarantined, long signatureCheck) {}

  private final JobConfig config;
  private final int threads;

  public PlainPipeline(JobConfig config, int threads) {
    this.config = config;
    this.threads = threads;
  }

  /** With one worker per core. */
  public static Result run(JobConfig config) {
    return new PlainPipeline(config, Runtime.getRuntime().availableProcessors()).run();
  }

  /** An accepted row in pass 1: what ingest orders copies of one article_id by, and what pass 2 needs. */
  private record Accepted(String id, Instant at, String url, String title, String source, String file, int fileIndex,
      long row) {
    long key() {
      return key(fileIndex, row);
    }

    static long key(int file, long row) {
      return ((long) file << 40) | row;
    }
  }

  private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
  /** IngestStage.resolve's order among copies of one article_id (its text-hash tie-break left out). */
  private static final Comparator<Accepted> EARLIEST = Comparator.comparing(Accepted::at)
      .thenComparing(Accepted::url, NULLS_FIRST).thenComparing(Accepted::title, NULLS_FIRST)
      .thenComparing(Accepted::file).thenComparingLong(Accepted::row);

  /** Counts of pass 1, and per kept row (by {@link Accepted#key}) its published day. */
  private record Kept(long read, long valid, Map<Long, LocalDate> days, Map<String, List<String>> titlesBySource) {}

  /** Counts of pass 2. */
  private static final class Counts {
    final LongAdder cleaned = new LongAdder();
    final LongAdder annotated = new LongAdder();
    final LongAdder mentions = new LongAdder();
    final LongAdder quarantined = new LongAdder();
    final LongAdder check = new LongAdder();
  }

  public Result run() {
    Configuration hadoop = new Configuration();
    InputFiles.Listing listing = InputFiles.check(InputFiles.list(config.inputPath(), hadoop), config.columns(),
        hadoop);
    RuleTables tables = RuleTables.load(config.cleaning().rulesConfDir(), hadoop);
    ParallelRows rows = new ParallelRows(listing, config.columns(), threads);
    Kept kept = validate(rows, listing);
    CleaningRules rules = CleaningRules.load(tables);
    Map<String, Set<String>> affixes = TitleAffixLearner.learn(kept.titlesBySource(), rules.titleAffixMinTitles,
        rules.titleAffixMinShare);
    Counts c = cleanSignAnnotate(rows, kept.days(), tables, rules, affixes);
    return new Result(listing.rows(), kept.read(), kept.valid(), kept.days().size(), c.cleaned.sum(),
        c.annotated.sum(), c.mentions.sum(), c.quarantined.sum(), c.check.sum());
  }

  /** Pass 1: validate every row, keep one row per article_id inside the configured dates. */
  private Kept validate(ParallelRows rows, InputFiles.Listing listing) {
    ArticleValidator validator = ArticleValidator.of(config.limits(), Instant.now());
    LongAdder read = new LongAdder();
    ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
    rows.forEach(r -> {
      read.increment();
      ArticleValidator.Verdict v = validator.check(r.articleId(), r.url(), r.title(), r.text(), r.publishedAtRaw(),
          r.publishedAtTs());
      if (v.accepted()) {
        accepted.add(new Accepted(r.articleId(), v.publishedAt(), r.url(), r.title(), r.source(),
            listing.files().get(r.file()).path(), r.file(), r.row()));
      }
    });
    Map<String, Accepted> first = new HashMap<>();
    for (Accepted a : accepted) first.merge(a.id(), a, (x, y) -> EARLIEST.compare(x, y) <= 0 ? x : y);
    Map<Long, LocalDate> days = new HashMap<>();
    Map<String, List<String>> titles = new HashMap<>();
    for (Accepted a : first.values()) {
      LocalDate day = PublishedAtParser.utcDay(a.at());
      if (!config.dates().contains(day)) continue;
      days.put(a.key(), day);
      if (a.source() != null && a.title() != null) {
        titles.computeIfAbsent(a.source(), s -> new ArrayList<>()).add(a.title());
      }
    }
    return new Kept(read.sum(), accepted.size(), days, titles);
  }

  /** Pass 2: per kept row, clean, choose the language, sign, annotate. */
  private Counts cleanSignAnnotate(ParallelRows rows, Map<Long, LocalDate> kept, RuleTables tables,
      CleaningRules rules, Map<String, Set<String>> affixes) {
    MinHasher hasher = new MinHasher(DedupSettings.of(config.dedup()));
    ArticleAnnotator annotator = ArticleAnnotator.load(tables);
    List<String> languages = config.cleaning().annotateLanguages();
    Map<Thread, ArticleCleaner> cleaners = new ConcurrentHashMap<>();
    Counts n = new Counts();
    rows.forEach(r -> {
      LocalDate day = kept.get(Accepted.key(r.file(), r.row()));
      if (day == null) return;
      // ArticleCleaner is not thread-safe: one per worker, as the job has one per partition
      ArticleCleaner cleaner =
          cleaners.computeIfAbsent(Thread.currentThread(), t -> new ArticleCleaner(rules, affixes));
      CleanedArticle c;
      try {
        c = cleaner.clean(r.title(), r.text(), r.source());
      } catch (RuntimeException | StackOverflowError e) {
        n.quarantined.increment();
        return;
      }
      n.cleaned.increment();
      String language = CleanStage.chooseLanguage(c.language(), r.language());
      n.check.add(hasher.sign(c.text()).shingles());
      // the job's annotator skips an empty document and a language it does not annotate
      if (c.text() == null || c.text().isEmpty() || (language != null && !languages.contains(language))) return;
      try {
        n.mentions.add(annotator.annotate(c.text(), day, r.authorCountry()).size());
        n.annotated.increment();
      } catch (RuntimeException | StackOverflowError e) {
        n.quarantined.increment();
      }
    });
    return n;
  }
}
