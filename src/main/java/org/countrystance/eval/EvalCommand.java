package org.countrystance.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.countrystance.RunOutcome;
import org.countrystance.SparkSessions;
import org.countrystance.config.ConfigLoader;
import org.countrystance.annotate.ArticleAnnotator;
import org.countrystance.country.CountryAnnotator;
import org.countrystance.config.RuleTables;
import org.countrystance.country.Gazetteer;
import org.countrystance.tone.ToneLexicon;
import org.countrystance.stance.StanceClassifier;
import org.countrystance.tone.NewsMtsc;
import org.countrystance.tone.TargetToneModel;
import org.countrystance.tone.ToneScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `eval`: every accuracy evaluation in one go (NYT sentence tone, NewsMTSC tone toward targets,
 * PLOVER countries and roles, CLIFF
 * focus country, stance development set), printed as one table of metric, ours and reference.
 * Evaluations whose shared files are absent keep their rows, marked skipped, with the missing path.
 * Held-out text from outside the shared data (the whole PLOVER file, more CLIFF pages, another year's
 * General Debate speeches) adds rows of its own when given.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Run every accuracy evaluation on the shared evaluation files and the project's own"
        + " development sets; print one table.")
public final class EvalCommand implements Callable<Integer> {
  static final String NYT = "eval/nyt_editorial_snippets.dev.tsv";
  static final String NEWSMTSC = "eval/newsmtsc/devtest_mt.jsonl";
  static final String PLOVER = "eval/plover_gsr.dev.json";
  static final List<String> CLIFF = List.of("eval/cliff_focus_country/nyt.json", "eval/cliff_focus_country/bbc.json");
  /** CLIFF's own share of focus countries right on its hand-coded pages, as CLIFF reports it. */
  static final double CLIFF_REPORTED = 0.95;
  static final String SKIPPED = "skipped";

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "Shared data folder holding eval/ (default ${DEFAULT-VALUE}).")
  Path shared;
  @Option(names = "--stance-real", paramLabel = "DIR", defaultValue = "src/test/resources/eval/stance_real",
      description = "The hand-labelled real-text stance set (ids and labels; default ${DEFAULT-VALUE}).")
  Path stanceReal;
  @Option(names = "--roles-real", paramLabel = "DIR", defaultValue = "src/test/resources/eval/roles_real",
      description = "The hand-labelled real-text country roles set (ids and labels; default ${DEFAULT-VALUE}).")
  Path rolesReal;
  @Option(names = "--tone-real", paramLabel = "DIR", defaultValue = "src/test/resources/eval/tone_real",
      description = "The hand-labelled real-text set of tone toward each country (ids and labels; default"
          + " ${DEFAULT-VALUE}).")
  Path toneReal;
  @Option(names = "--rules-conf-dir", paramLabel = "DIR", defaultValue = "",
      description = "An edited copy of conf/ (any Hadoop path), as rules.conf-dir of a run (default: the jar's tables).")
  String rulesConfDir;
  @Option(names = "--plover-full", paramLabel = "FILE",
      description = "The whole public PLOVER_GSR_CAMEO.txt (GitHub openeventdata/PLOVER, CC BY-SA 4.0): its records"
          + " outside the development half are scored as the other half, never tuned on.")
  Path ploverFull;
  @Option(names = "--ungd", paramLabel = "FILE", split = ",",
      description = "More UN General Debate speeches (a Parquet file in the input contract with author_country and"
          + " published_at as text, e.g. another year's), each scored against the ES-11/1 votes as its own row.")
  List<Path> moreSpeeches = List.of();
  @Option(names = "--cliff", paramLabel = "FILE", split = ",",
      description = "More CLIFF-format hand-coded pages (JSON, e.g. huffpo.json of GitHub mediacloud/cliff-annotator),"
          + " each scored for focus country as its own row.")
  List<Path> morePages = List.of();
  @Option(names = "--sample-corpus", paramLabel = "DIR",
      description = "A corpus written by `generate` (e.g. sample-corpus of jobs/sample-run.sh): with --sample-output,"
          + " its truth_stances are scored against that run's stance_daily.")
  String sampleCorpus;
  @Option(names = "--sample-output", paramLabel = "DIR", description = "The job's output on --sample-corpus.")
  String sampleOutput;
  @Spec
  CommandSpec spec;

  /** One line of the table. */
  public record Row(String metric, String ours, String reference) {}

  @Override
  public Integer call() {
    if ((sampleCorpus == null) != (sampleOutput == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--sample-corpus and --sample-output go together: the generated corpus and the job's output on it");
    }
    org.apache.hadoop.conf.Configuration hadoop = new org.apache.hadoop.conf.Configuration();
    if (sampleCorpus != null) {
      for (String folder : List.of(sampleCorpus, sampleOutput)) {
        if (!exists(folder, hadoop)) {
          throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such folder: " + folder
              + " (--sample-corpus is a corpus written by `generate`, --sample-output the job's output on it)");
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    List<String> skips = new ArrayList<>();
    RuleTables rules = RuleTables.load(rulesConfDir, hadoop);
    List<Row> rows = table(shared, rules, stanceReal, rolesReal, toneReal, skips);
    if (ploverFull != null) {
      ploverOtherHalf(ploverFull, shared.resolve(PLOVER), CountryAnnotator.load(rules), Gazetteer.load(rules), rows);
    }
    if (!morePages.isEmpty()) morePages(morePages, CountryAnnotator.load(rules), Gazetteer.load(rules), rows);
    if (!moreSpeeches.isEmpty()) {
      moreSpeeches(moreSpeeches, shared.resolve(VOTES), ArticleAnnotator.load(rules), rows);
    }
    if (sampleCorpus != null) sampleTruth(sampleCorpus, sampleOutput, rows);
    out.print(format(rows));
    skips.forEach(s -> out.println("skipped: " + s));
    out.flush();
    return RunOutcome.OK;
  }

  /** Focus country on each file of pages given with --cliff: pages not in the shared data, never tuned on. */
  private static void morePages(List<Path> files, CountryAnnotator countries, Gazetteer gazetteer, List<Row> rows) {
    for (Path file : files) {
      String metric = "focus country: accuracy, strict / by CLIFF's protocol, pages of " + file.getFileName()
          + " (--cliff; not tuned on)";
      if (!Files.exists(file)) {
        rows.add(new Row(metric, SKIPPED, file.toAbsolutePath().normalize() + " absent"));
        continue;
      }
      try {
        CliffFocusEvaluation.Result r = CliffFocusEvaluation.evaluate(List.of(file), countries, gazetteer);
        rows.add(new Row(metric, strict(r) + " / " + amongTied(r), "-"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read CLIFF pages " + file, e);
      }
    }
  }

  /** ES-11/1 from each file of speeches given with --ungd: held-out years, never tuned on. */
  private static void moreSpeeches(List<Path> files, Path votes, ArticleAnnotator annotator, List<Row> rows) {
    for (Path file : files) {
      String metric = "stance: ES-11/1 vote macro-F1 from the General Debate speeches of " + file.getFileName()
          + " (--ungd; not tuned on)";
      if (!Files.exists(file) || !Files.exists(votes)) {
        rows.add(new Row(metric, SKIPPED, (Files.exists(file) ? votes : file).toAbsolutePath().normalize() + " absent"));
        continue;
      }
      try {
        UngdStanceEvaluation.Result r = UngdStanceEvaluation.evaluate(file, votes, annotator);
        rows.add(new Row(metric, votes(r), "always yes: accuracy " + f(alwaysYes(r))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** An ES-11/1 row's value: "0.619 (accuracy 0.571, n=177)". */
  private static String votes(UngdStanceEvaluation.Result r) {
    return f(r.macroF1()) + " (accuracy " + f(r.accuracy()) + ", n=" + r.speeches().size() + ")";
  }

  /** A CLIFF row's values, strict and by CLIFF's protocol: "0.952 (40/42)". */
  private static String strict(CliffFocusEvaluation.Result r) {
    return f(r.share()) + " (" + r.correct() + "/" + r.scored() + ")";
  }

  private static String amongTied(CliffFocusEvaluation.Result r) {
    return f(r.shareAmongTied()) + " (" + r.correctAmongTied() + "/" + r.scored() + ")";
  }

  private static double alwaysYes(UngdStanceEvaluation.Result r) {
    return r.speeches().isEmpty() ? 0
        : (double) r.speeches().stream().filter(s -> s.gold().equals("yes")).count() / r.speeches().size();
  }

  private static boolean exists(String folder, org.apache.hadoop.conf.Configuration hadoop) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(folder);
    try {
      return path.getFileSystem(hadoop).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look for " + folder, e);
    }
  }

  private static void sampleTruth(String corpus, String output, List<Row> rows) {
    SparkSession spark = SparkSessions.create(ConfigLoader.load(null, List.of()), null);
    List<SampleTruthEvaluation.Pair> pairs = SampleTruthEvaluation.compare(spark, corpus, output);
    List<String> wrong = new ArrayList<>();
    for (SampleTruthEvaluation.Pair p : pairs) {
      if (!p.agrees()) wrong.add(p.country() + " " + p.topic() + ": truth " + p.truth() + ", job " + p.job());
    }
    rows.add(new Row("stance: generated sample, country-topic pairs whose dominant position (by statements) is the"
        + " truth's", (pairs.size() - wrong.size()) + " of " + pairs.size() + (wrong.isEmpty() ? "" : " (" + String.join("; ", wrong) + ")"),
        "target: all"));
  }

  /** Every row, in a fixed order; {@code skips} receives one message per evaluation left out. */
  public static List<Row> table(Path shared, List<String> skips) {
    return table(shared, RuleTables.shipped(), Path.of("src/test/resources/eval/stance_real"),
        Path.of("src/test/resources/eval/roles_real"), Path.of("src/test/resources/eval/tone_real"), skips);
  }

  /**
   * The table for the given rule tables, loaded as a run loads them; the real-text stance, roles and tone sets
   * from their folders.
   */
  public static List<Row> table(Path shared, RuleTables rules, Path stanceReal, Path rolesReal, Path toneReal,
      List<String> skips) {
    List<Row> rows = new ArrayList<>();
    CountryAnnotator countries = CountryAnnotator.load(rules);
    Gazetteer gazetteer = Gazetteer.load(rules);
    nyt(shared.resolve(NYT), new ToneScorer(ToneLexicon.load(rules)), rows, skips);
    newsMtsc(shared.resolve(NEWSMTSC), rows, skips);
    plover(shared.resolve(PLOVER), countries, gazetteer, rows, skips);
    cliff(CLIFF.stream().map(shared::resolve).toList(), countries, gazetteer, rows, skips);
    ArticleAnnotator annotator = ArticleAnnotator.load(rules);
    rolesOnRealText(shared, rolesReal, annotator, rows, skips);
    toneOnRealText(shared, toneReal, annotator, new ToneScorer(ToneLexicon.load(rules), TargetToneModel.loadDefault()),
        rows, skips);
    stance(StanceClassifier.load(rules), rows);
    stanceOnRealText(shared, stanceReal, annotator, rows, skips);
    partOfSpeech(shared.resolve(UD_TEST), rows, skips);
    return rows;
  }

  static final String UNGD = "eval/ungd_2023.parquet";
  static final String VOTES = "eval/unga_es11_1_votes.tsv";
  static final String UD_TEST = "ud/en_ewt-ud-test.conllu";

  private static void stanceOnRealText(Path shared, Path set, ArticleAnnotator annotator, List<Row> rows,
      List<String> skips) {
    String[] docMetrics = {"stance: ES-11/1 vote macro-F1 from UN General Debate 2023 speeches' own statements"};
    if (!missing(List.of(shared.resolve(UNGD), shared.resolve(VOTES)), docMetrics, rows, skips, "UNGD stance")) {
      try {
        UngdStanceEvaluation.Result r = UngdStanceEvaluation.evaluate(shared.resolve(UNGD), shared.resolve(VOTES), annotator);
        rows.add(new Row(docMetrics[0], votes(r), "always yes: accuracy 0.780; target macro-F1 0.70"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String[] metrics = {"stance: stated positions P / R, real sentences (dev half)",
        "stance: stated positions P / R, real sentences (test half)"};
    if (missing(realTextFiles(shared, set), metrics, rows, skips, "real-text stance set")) return;
    try {
      List<StanceRealEvaluation.Item> items = StanceRealEvaluation.run(set, shared, annotator);
      for (int i = 0; i < 2; i++) {
        StanceRealEvaluation.Score s = StanceRealEvaluation.score(items, i == 0 ? "dev" : "test");
        rows.add(new Row(metrics[i], f(s.precision()) + " / " + f(s.recall()) + " (gold " + s.gold() + ", predicted "
            + s.predicted() + ")", "target test P >= 0.85, R >= 0.60"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a real-text set needs: its sentence list and the shared texts its sentences come from. */
  private static List<Path> realTextFiles(Path shared, Path set) {
    List<Path> files = new ArrayList<>(List.of(set.resolve("sentences.tsv")));
    StanceRealEvaluation.CORPORA.values().stream().sorted().map(shared::resolve).forEach(files::add);
    return files;
  }

  private static void rolesOnRealText(Path shared, Path set, ArticleAnnotator annotator, List<Row> rows,
      List<String> skips) {
    String[] metrics = {"countries; roles: P / R, hand-labelled real sentences (dev half)",
        "countries; roles: P / R, hand-labelled real sentences (test half)"};
    if (missing(realTextFiles(shared, set), metrics, rows, skips, "real-text roles set")) return;
    try {
      List<RoleRealEvaluation.Item> items = RoleRealEvaluation.run(set, shared, annotator);
      for (int i = 0; i < 2; i++) {
        RoleRealEvaluation.Score s = RoleRealEvaluation.score(items, i == 0 ? "dev" : "test");
        rows.add(new Row(metrics[i], f(s.countries().precision()) + " / " + f(s.countries().recall()) + "; "
            + f(s.roles().precision()) + " / " + f(s.roles().recall()) + " (" + s.sentences() + " sentences, "
            + (s.roles().truePositives() + s.roles().falseNegatives()) + " gold roles)", "-"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void toneOnRealText(Path shared, Path set, ArticleAnnotator annotator, ToneScorer scorer,
      List<Row> rows, List<String> skips) {
    String[] metrics = {"tone toward country: macro-F1 / accuracy, hand-labelled real sentences (dev half)",
        "tone toward country: macro-F1 / accuracy, hand-labelled real sentences (test half)"};
    if (missing(realTextFiles(shared, set), metrics, rows, skips, "real-text tone set")) return;
    try {
      List<ToneRealEvaluation.Item> items = ToneRealEvaluation.run(set, shared, annotator, scorer);
      for (int i = 0; i < 2; i++) {
        ToneRealEvaluation.Score s = ToneRealEvaluation.score(items, i == 0 ? "dev" : "test");
        rows.add(new Row(metrics[i], f(s.model().macroF1()) + " / " + f(s.model().accuracy()) + " (" + s.found()
            + " of " + s.labelled() + " labelled countries found)", "the sentence's own tone " + f(s.sentence().macroF1())
            + " / " + f(s.sentence().accuracy())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void partOfSpeech(Path conllu, List<Row> rows, List<String> skips) {
    String[] metrics = {"syntax: UPOS accuracy, UD English EWT test (OpenNLP UD model)"};
    if (missing(List.of(conllu), metrics, rows, skips, "part-of-speech tagger")) return;
    try {
      UdTaggerEvaluation.Result r = UdTaggerEvaluation.evaluate(conllu, new org.countrystance.syntax.PosTagger());
      rows.add(new Row(metrics[0], f(r.accuracy()) + " (" + r.tokens() + " tokens)", "-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void nyt(Path tsv, ToneScorer tone, List<Row> rows, List<String> skips) {
    String[] metrics = {"tone: Pearson r, NYT editorial sentences (dev half)",
        "tone: 3-class macro-F1, NYT editorial sentences (dev half)"};
    if (missing(List.of(tsv), metrics, rows, skips, "NYT sentence tone")) return;
    NytSentimentEvaluation.Result r = NytSentimentEvaluation.evaluate(tsv, tone::sentenceTone);
    rows.add(new Row(metrics[0], f(r.pearson()) + " (n=" + r.sentences() + ")", String.format(Locale.ROOT,
        "VADER %s on this half; %s published (full set)", f(NytSentimentEvaluation.VADER_DEV_R),
        f(NytSentimentEvaluation.VADER_PUBLISHED_R))));
    rows.add(new Row(metrics[1], f(r.macroF1()), String.format(Locale.ROOT,
        "VADER %s on this half; %s published F1 (full set)", f(NytSentimentEvaluation.VADER_DEV_MACRO_F1),
        String.format(Locale.ROOT, "%.2f", NytSentimentEvaluation.VADER_PUBLISHED_F1))));
  }

  private static void newsMtsc(Path jsonl, List<Row> rows, List<String> skips) {
    String[] metrics = {"tone toward target: macro-F1 / accuracy, NewsMTSC devtest_mt",
        "sentence tone as the target's: macro-F1 / accuracy, NewsMTSC devtest_mt",
        "tone near the target (distance-weighted): macro-F1 / accuracy, NewsMTSC devtest_mt"};
    if (missing(List.of(jsonl), metrics, rows, skips, "NewsMTSC target tone")) return;
    TargetToneEvaluation.Result r = TargetToneEvaluation.evaluate(NewsMtsc.read(jsonl), ToneScorer.loadDefault());
    String vader = String.format(Locale.ROOT, "VADER sentence compound +-0.05: %s / %s",
        f(TargetToneEvaluation.VADER_DEVTEST_MT_F1M), f(TargetToneEvaluation.VADER_DEVTEST_MT_ACCURACY));
    rows.add(new Row(metrics[0], f(r.model().macroF1()) + " / " + f(r.model().accuracy()) + " (n="
        + r.model().n() + ")", vader + "; target 0.65"));
    rows.add(new Row(metrics[1], f(r.sentence().macroF1()) + " / " + f(r.sentence().accuracy()), vader));
    rows.add(new Row(metrics[2], f(r.nearby().macroF1()) + " / " + f(r.nearby().accuracy()), vader));
  }

  private static void plover(Path json, CountryAnnotator countries, Gazetteer gazetteer, List<Row> rows,
      List<String> skips) {
    String[] metrics = {"countries: precision, PLOVER actors (dev half)", "countries: recall, PLOVER actors (dev half)",
        "roles: precision, PLOVER source/target (dev half)", "roles: recall, PLOVER source/target (dev half)",
        "countries: detection recall, any role (dev half)"};
    if (missing(List.of(json), metrics, rows, skips, "PLOVER countries and roles")) return;
    PloverEvaluation.Result r;
    try {
      r = PloverEvaluation.evaluate(json, countries, gazetteer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + json, e);
    }
    String baseline = "every mentioned country as an actor: ";
    rows.add(new Row(metrics[0], f(r.countries().precision()) + " (n=" + r.records() + ")",
        baseline + f(r.allMentions().precision())));
    rows.add(new Row(metrics[1], f(r.countries().recall()), baseline + f(r.allMentions().recall())));
    String reciprocal = "reciprocal (SRC/TAR) actors match either role";
    rows.add(new Row(metrics[2], f(r.roles().precision()), reciprocal));
    rows.add(new Row(metrics[3], f(r.roles().recall()), reciprocal));
    rows.add(new Row(metrics[4], f(r.detectionRecall()), "-"));
  }

  /** The PLOVER records of the public file that are not in the development half. */
  static void ploverOtherHalf(Path full, Path devHalf, CountryAnnotator countries, Gazetteer gazetteer,
      List<Row> rows) {
    PloverEvaluation.Result r;
    try {
      r = PloverEvaluation.evaluate(full, countries, gazetteer, PloverEvaluation.ids(devHalf));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + full + " or " + devHalf, e);
    }
    String baseline = "every mentioned country as an actor: ";
    rows.add(new Row("countries: precision / recall, PLOVER other half (never tuned on)",
        f(r.countries().precision()) + " / " + f(r.countries().recall()) + " (n=" + r.records() + ")",
        baseline + f(r.allMentions().precision()) + " / " + f(r.allMentions().recall())));
    rows.add(new Row("roles: precision / recall, PLOVER other half (never tuned on)",
        f(r.roles().precision()) + " / " + f(r.roles().recall()), "target >= 0.85 / 0.80"));
  }

  private static void cliff(List<Path> pages, CountryAnnotator countries, Gazetteer gazetteer, List<Row> rows,
      List<String> skips) {
    String[] metrics = {"focus country: accuracy, CLIFF hand-coded pages",
        "focus country: accuracy by CLIFF's protocol (gold among tied top countries)"};
    if (missing(pages, metrics, rows, skips, "CLIFF focus country")) return;
    CliffFocusEvaluation.Result r;
    try {
      r = CliffFocusEvaluation.evaluate(pages, countries, gazetteer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CLIFF pages " + pages, e);
    }
    rows.add(new Row(metrics[0], strict(r),
        "one country per page, ties to the first mentioned"));
    rows.add(new Row(metrics[1], amongTied(r),
        "CLIFF reports " + f(CLIFF_REPORTED) + " on its pages, scored this way"));
  }

  /** The stance development set ships in the jar, so these rows are never skipped. */
  private static void stance(StanceClassifier classifier, List<Row> rows) {
    List<StanceDevEvaluation.Item> items = StanceDevEvaluation.run(classifier);
    for (String split : List.of("dev", "heldout")) {
      StanceDevEvaluation.SplitScore s = StanceDevEvaluation.score(items, split);
      rows.add(new Row("stance: accuracy, " + split + " split of the stance set", f(s.accuracy()) + " (n=" + s.n() + ")",
          "-"));
    }
    for (StanceDevEvaluation.PositionScore p : StanceDevEvaluation.score(items, "dev").positions()) {
      rows.add(new Row("stance: " + p.position() + " precision / recall (dev split)",
          f(p.precision()) + " / " + f(p.recall()), "gold " + p.gold() + ", predicted " + p.predicted()));
    }
  }

  /** True (with skipped rows and a message) when any of the files is absent. */
  private static boolean missing(List<Path> files, String[] metrics, List<Row> rows, List<String> skips, String what) {
    List<Path> absent = files.stream().filter(p -> !Files.exists(p)).toList();
    if (absent.isEmpty()) return false;
    String why = absent.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList() + " absent";
    for (String m : metrics) rows.add(new Row(m, SKIPPED, why));
    skips.add(what + ": " + why + " (the shared data lives beside the checkout at ../shared/data; see --shared)");
    return true;
  }

  /** A markdown table with padded columns. */
  public static String format(List<Row> rows) {
    int[] w = {"metric".length(), "ours".length(), "reference / target".length()};
    for (Row r : rows) {
      w[0] = Math.max(w[0], r.metric().length());
      w[1] = Math.max(w[1], r.ours().length());
      w[2] = Math.max(w[2], r.reference().length());
    }
    String line = "| %-" + w[0] + "s | %-" + w[1] + "s | %-" + w[2] + "s |%n";
    StringBuilder b = new StringBuilder(String.format(line, "metric", "ours", "reference / target"));
    b.append("|").append("-".repeat(w[0] + 2)).append("|").append("-".repeat(w[1] + 2)).append("|")
        .append("-".repeat(w[2] + 2)).append("|\n");
    for (Row r : rows) b.append(String.format(line, r.metric(), r.ours(), r.reference()));
    return b.toString();
  }

  private static String f(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }
}
