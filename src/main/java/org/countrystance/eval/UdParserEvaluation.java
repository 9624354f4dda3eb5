package org.countrystance.eval;

import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserModel;
import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserApproach;
import com.johnsnowlabs.nlp.annotators.parser.typdep.TypedDependencyParserApproach;
import com.johnsnowlabs.nlp.annotators.parser.typdep.TypedDependencyParserModel;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.countrystance.syntax.PosTagger;
import scala.Option;

/**
 * Trains Spark NLP's dependency parsers (the unlabelled greedy-transition {@code DependencyParserApproach}
 * and the labelling {@code TypedDependencyParserApproach}) on UD English EWT train, saves them, and scores
 * them on EWT test with gold tokens: UAS and LAS (relation with subtype, and universal part only), with
 * gold UPOS and with the project's OpenNLP UPOS tags, plus parsing speed per sentence through
 * {@link SparkNlpSentenceParser} (no DataFrame) beside the OpenNLP tagger's speed alone.
 *
 * <pre>java -cp ... org.countrystance.eval.UdParserEvaluation &lt;ud-dir&gt; &lt;model-out&gt;
 *     [train-sentences (all)] [iterations (10)] [typed train-sentences (as many; 0: no typed model)]
 *     [typed iterations (10)]</pre>
 *
 * <p>The classpath is {@code target/classes} plus the project's dependencies with Spark ({@code mvn
 * dependency:build-classpath -Dmdep.includeScope=test}), the JVM flags of {@code spark.jvm.flags} in the
 * pom, {@code -Xmx4g}. Measured with Spark NLP 5.5.3 on the 2-core machine while other builds ran (load
 * average 12 to 29: wall times are 3 to 5 times the CPU times, so CPU times are given beside them):
 * <ul>
 *   <li>{@code ... 500 2 500 2}: UAS 0.495, LAS 0.322 (gold UPOS); unlabelled training 10 s, typed 395 s.
 *   <li>{@code ... 4000 5 500 1}: UAS 0.664; LAS 0.418 with gold UPOS, 0.402 with OpenNLP UPOS (universal
 *       relations 0.429 / 0.413). Training: unlabelled 262 s wall, 51 s CPU, 2.6 ms of CPU per sentence and
 *       iteration (the whole of EWT train, 12,544 sentences, at the default 10 iterations: about 5 to 6
 *       minutes of CPU); typed 683 s wall, 171 s CPU, 343 ms per sentence and iteration (the whole of EWT
 *       train at 10 iterations: about 12 hours of CPU, one iteration about 70 minutes).
 *   <li>{@code ... 12544 10 0} (all of EWT train, default iterations, no typed model): UAS 0.733; training
 *       1,236 s wall, 280 s CPU (2.2 ms per sentence and iteration); 635 to 669 sentences per CPU second.
 *   <li>Heads are the same with gold and with OpenNLP tags: the unlabelled model tags the words with a
 *       tagger it learnt from the training file's XPOS column and does not read the POS annotations. The
 *       typed model reads them (LAS 0.418 vs 0.402).
 *   <li>Speed, warm, one thread, no DataFrame: unlabelled alone 682 sentences per CPU second (1.5 ms a
 *       sentence), with the typed model 499 to 512 (2 ms); the OpenNLP tagger alone 14,219 (0.07 ms), so
 *       parsing a sentence costs about 20 to 30 times tagging it. Through DataFrame {@code transform} on
 *       {@code local[1]} ({@link UdParserDataFrameSpeed}, same unlabelled model): 473 sentences per second of
 *       the JVM's CPU time, 102 per wall second under that load.
 * </ul>
 */
public final class UdParserEvaluation {
  /** Words scored, words with the right head, and with the right head and relation. */
  public record Score(long words, long headRight, long labelledRight, long universalRight, long sentences,
      long nanos, long cpuNanos) {
    public double uas() {
      return (double) headRight / words;
    }

    public double las() {
      return (double) labelledRight / words;
    }

    public double universalLas() {
      return (double) universalRight / words;
    }

    public double sentencesPerSecond() {
      return sentences * 1e9 / nanos;
    }

    /** Per second of this thread's CPU time: what the parser costs when other work shares the machine. */
    public double sentencesPerCpuSecond() {
      return sentences * 1e9 / cpuNanos;
    }
  }

  private UdParserEvaluation() {}

  /** Parses every sentence with the tags {@code tagger} gives it and counts against the gold tree. */
  public static Score score(List<UdTreebank.Sentence> gold, SparkNlpSentenceParser parser,
      Function<UdTreebank.Sentence, String[]> tagger) {
    long words = 0;
    long head = 0;
    long labelled = 0;
    long universal = 0;
    long nanos = 0;
    long cpu = 0;
    for (UdTreebank.Sentence s : gold) {
      String[] tags = tagger.apply(s);
      long t0 = System.nanoTime();
      long c0 = cpuNanos();
      SparkNlpSentenceParser.Parse p = parser.parse(s.forms(), tags);
      cpu += cpuNanos() - c0;
      nanos += System.nanoTime() - t0;
      for (int i = 0; i < s.size(); i++) {
        words++;
        if (p.heads()[i] == s.heads()[i]) {
          head++;
          labelled += p.relations()[i].equals(s.relations()[i]) ? 1 : 0;
          universal += universal(p.relations()[i]).equals(universal(s.relations()[i])) ? 1 : 0;
        }
      }
    }
    return new Score(words, head, labelled, universal, gold.size(), nanos, cpu);
  }

  private static long cpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /**
   * The unlabelled parser trained on a CoNLL-U file of syntactic words (see {@link UdTreebank#write}). It
   * learns its own part-of-speech tagger from the XPOS column and tags with it when parsing: the POS
   * annotations it is given are not read (same heads with gold and with OpenNLP tags).
   */
  public static DependencyParserModel trainUnlabelled(SparkSession spark, Path conllu, int iterations) {
    return new DependencyParserApproach()
        .setConllU(conllu.toString(), ReadAs.TEXT(), scala.collection.immutable.Map$.MODULE$.empty())
        .setNumberOfIterations(iterations).train(spark.emptyDataFrame(), Option.empty());
  }

  /** The typed parser, which names the relation of each head the unlabelled one chose, from UPOS tags. */
  public static TypedDependencyParserModel trainTyped(SparkSession spark, Path conllu, int iterations) {
    return new TypedDependencyParserApproach()
        .setConllU(conllu.toString(), ReadAs.TEXT(), scala.collection.immutable.Map$.MODULE$.empty())
        .setNumberOfIterations(iterations).train(spark.emptyDataFrame(), Option.empty());
  }

  private static String universal(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: UdParserEvaluation <ud-dir> <model-out> [train-sentences]"
          + " [unlabelled-iterations] [typed-iterations]");
    }
    Path ud = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<UdTreebank.Sentence> train = UdTreebank.read(ud.resolve("en_ewt-ud-train.conllu"));
    List<UdTreebank.Sentence> test = UdTreebank.read(ud.resolve("en_ewt-ud-test.conllu"));
    int n = args.length > 2 ? Math.min(Integer.parseInt(args[2]), train.size()) : train.size();
    int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    int typedN = args.length > 4 ? Math.min(Integer.parseInt(args[4]), train.size()) : n;
    int typedIterations = args.length > 5 ? Integer.parseInt(args[5]) : 10;
    Files.createDirectories(out);
    Path trainFile = out.resolve("train-upos.conllu");
    Path typedTrainFile = out.resolve("train-upos-typed.conllu");
    UdTreebank.write(train.subList(0, n), trainFile, true);
    UdTreebank.write(train.subList(0, typedN), typedTrainFile, true);
    System.out.printf("training on %d of %d EWT train sentences (%d iterations), typed on %d (%d iterations)%n", n,
        train.size(), iterations, typedN, typedIterations);

    SparkSession spark = SparkSession.builder().master("local[1]").appName("ud-parser-evaluation")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      long t0 = System.nanoTime();
      long c0 = cpuNanos();
      DependencyParserModel unlabelled = trainUnlabelled(spark, trainFile, iterations);
      System.out.printf("training: unlabelled %.1f s (%.1f s on the CPU, %.2f ms per sentence and iteration)%n",
          (System.nanoTime() - t0) / 1e9, (cpuNanos() - c0) / 1e9, (cpuNanos() - c0) / 1e6 / n / iterations);
      unlabelled.write().overwrite().save(out.resolve("dependency").toString());
      TypedDependencyParserModel typed = null;
      if (typedN > 0) {
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        typed = trainTyped(spark, typedTrainFile, typedIterations);
        System.out.printf("training: typed %.1f s (%.1f s on the CPU, %.1f ms per sentence and iteration)%n",
            (System.nanoTime() - t1) / 1e9, (cpuNanos() - c1) / 1e9, (cpuNanos() - c1) / 1e6 / typedN
            / typedIterations);
        typed.write().overwrite().save(out.resolve("typed-dependency").toString());
        typed = TypedDependencyParserModel.read().load(out.resolve("typed-dependency").toString());
      }
      SparkNlpSentenceParser parser = new SparkNlpSentenceParser(
          DependencyParserModel.read().load(out.resolve("dependency").toString()), typed);

      PosTagger tagger = new PosTagger();
      report("gold UPOS", test, parser, UdTreebank.Sentence::upos);
      report("OpenNLP UPOS", test, parser, s -> tagger.tag(s.forms()));
      SparkNlpSentenceParser headsOnly = new SparkNlpSentenceParser(parser.unlabelled(), null);
      Score h = score(test, headsOnly, UdTreebank.Sentence::upos);
      System.out.printf("unlabelled model alone: %.0f sentences/s (%.0f per CPU second)%n", h.sentencesPerSecond(),
          h.sentencesPerCpuSecond());
      System.out.println("OpenNLP tagger alone: " + taggerSpeed(test));
    } finally {
      spark.stop();
    }
  }

  private static void report(String tags, List<UdTreebank.Sentence> test, SparkNlpSentenceParser parser,
      Function<UdTreebank.Sentence, String[]> tagger) {
    score(test, parser, tagger); // warm-up
    Score s = score(test, parser, tagger);
    System.out.printf("EWT test, %s: UAS %.4f, LAS %.4f (universal relations %.4f), %d words, %.0f sentences/s"
        + " on one thread (%.0f per CPU second)%n", tags, s.uas(), s.las(), s.universalLas(), s.words(),
        s.sentencesPerSecond(), s.sentencesPerCpuSecond());
  }

  /** The OpenNLP tagger's warm speed alone, in sentences per second and per CPU second. */
  private static String taggerSpeed(List<UdTreebank.Sentence> test) {
    String speed = "";
    for (int round = 0; round < 2; round++) {
      // The tagger remembers sentences it has tagged: a mark on the first word makes each round new to it.
      long t0 = System.nanoTime();
      long c0 = cpuNanos();
      for (UdTreebank.Sentence s : test) {
        String[] forms = s.forms().clone();
        forms[0] = forms[0] + "\u200b" + round;
        new PosTagger().tag(forms);
      }
      speed = String.format("%.0f sentences/s (%.0f per CPU second)", test.size() * 1e9 / (System.nanoTime() - t0),
          test.size() * 1e9 / (cpuNanos() - c0));
    }
    return speed;
  }
}
