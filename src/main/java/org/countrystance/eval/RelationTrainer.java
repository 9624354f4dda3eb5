package org.countrystance.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.countrystance.syntax.PosTagger;

/**
 * Trains {@link RelationTagger}'s model on a UD treebank's train file and scores it on its test file:
 * label accuracy (and with the clause kind of subjects and objects dropped), per-label precision and
 * recall of the labels roles use, and the time per sentence. The words' UPOS tags are {@link PosTagger}'s,
 * in training as at run time. Command (about four minutes on one core; the model is about 3.4 MB):
 * <pre>
 * mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) org.countrystance.eval.RelationTrainer \
 *   ../shared/data/ud/en_ewt-ud-train.conllu ../shared/data/ud/en_ewt-ud-test.conllu \
 *   target/relations-en-ewt.bin
 * </pre>
 */
public final class RelationTrainer {
  private RelationTrainer() {}

  public static void main(String[] args) throws IOException {
    Path train = Path.of(args[0]);
    Path test = Path.of(args[1]);
    Path out = args.length > 2 ? Path.of(args[2]) : null;
    int iterations = Integer.getInteger("iterations", 100);
    int cutoff = Integer.getInteger("cutoff", 3);
    String algorithm = System.getProperty("algorithm", "MAXENT");
    PosTagger pos = new PosTagger();
    List<POSSample> samples = new ArrayList<>();
    for (UdTreebank.Sentence s : UdTreebank.read(train)) {
      String[] upos = pos.tag(s.forms());
      samples.add(new POSSample(s.forms(), RelationLabels.of(s.forms(), s.upos(), s.heads(), s.relations()),
          new String[][] {upos}));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put("BeamSize", Integer.getInteger("beam", 3));
    long t0 = System.nanoTime();
    POSModel model = POSTaggerME.train("en", new CollectionObjectStream<>(samples), params,
        new RelationTaggerFactory());
    System.out.printf(Locale.ROOT, "trained %s on %d sentences in %.0f s%n", algorithm, samples.size(),
        (System.nanoTime() - t0) / 1e9);
    if (out != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
      try (OutputStream o = Files.newOutputStream(out)) {
        model.serialize(o);
      }
      System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }
    score(UdTreebank.read(test), new RelationTagger(model), pos);
  }

  /** Prints the label accuracy and speed on a treebank. */
  public static void score(List<UdTreebank.Sentence> sentences, RelationTagger tagger, PosTagger pos) {
    long tokens = 0;
    long right = 0;
    long rightCoarse = 0;
    long nanos = 0;
    long posNanos = 0;
    Map<String, long[]> perLabel = new TreeMap<>(); // tp, fp, fn
    for (int pass = 0; pass < 2; pass++) { // the first pass warms up
      tokens = right = rightCoarse = nanos = 0;
      perLabel.clear();
      for (UdTreebank.Sentence s : sentences) {
        long a = System.nanoTime();
        String[] upos = pos.tag(s.forms());
        long b = System.nanoTime();
        String[] got = tagger.tag(s.forms(), upos);
        long c = System.nanoTime();
        posNanos += pass == 0 ? b - a : 0; // the second pass would be answered from PosTagger's memory
        nanos += c - b;
        String[] gold = RelationLabels.of(s.forms(), s.upos(), s.heads(), s.relations());
        for (int i = 0; i < gold.length; i++) {
          tokens++;
          right += gold[i].equals(got[i]) ? 1 : 0;
          rightCoarse += coarse(gold[i]).equals(coarse(got[i])) ? 1 : 0;
          if (gold[i].equals(got[i])) {
            perLabel.computeIfAbsent(gold[i], k -> new long[3])[0]++;
          } else {
            perLabel.computeIfAbsent(got[i], k -> new long[3])[1]++;
            perLabel.computeIfAbsent(gold[i], k -> new long[3])[2]++;
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d sentences, %d words: label accuracy %.4f, without clause kind %.4f%n",
        sentences.size(), tokens, (double) right / tokens, (double) rightCoarse / tokens);
    System.out.printf(Locale.ROOT, "time per sentence: relations %.3f ms, UPOS %.3f ms"
        + " (one thread; relations on the second pass, UPOS on the first)%n",
        nanos / 1e6 / sentences.size(), posNanos / 1e6 / sentences.size());
    perLabel.forEach((label, c) -> {
      if (c[0] + c[2] >= 20) {
        System.out.printf(Locale.ROOT, "  %-16s P %.3f R %.3f (gold %d)%n", label,
            c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]), (double) c[0] / (c[0] + c[2]), c[0] + c[2]);
      }
    });
  }

  private static String coarse(String label) {
    int at = label.indexOf('@');
    return at < 0 ? label : label.substring(0, at);
  }
}
