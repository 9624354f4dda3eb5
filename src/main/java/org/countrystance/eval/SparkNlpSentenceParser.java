package org.countrystance.eval;

import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.AnnotatorType;
import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserModel;
import com.johnsnowlabs.nlp.annotators.parser.typdep.TypedDependencyParserModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * One tokenised, tagged sentence parsed by trained Spark NLP dependency models without a DataFrame: the
 * annotations a pipeline would hold for the sentence are built in plain Java and handed to each model's
 * {@code annotate}, which is what Spark NLP itself runs per row (and what its LightPipeline runs per text).
 * The typed model is optional; without it every relation is "_". Measured in {@link UdParserEvaluation}:
 * 1.5 ms of CPU a sentence for the unlabelled model, 2 ms with the typed one, whose {@code annotate}
 * rebuilds its feature dictionaries from their saved text on every call. Not tried on an executor:
 * Spark NLP's {@code load} reads a model's saved features through the SparkContext, so it runs on the
 * driver, and an executor would get the loaded model object by serialization or a broadcast.
 */
public final class SparkNlpSentenceParser {
  /** Heads are 1-based word positions, 0 for the root; relations as the typed model names them. */
  public record Parse(int[] heads, String[] relations) {}

  private final DependencyParserModel unlabelled;
  private final TypedDependencyParserModel typed;

  public SparkNlpSentenceParser(DependencyParserModel unlabelled, TypedDependencyParserModel typed) {
    this.unlabelled = unlabelled;
    this.typed = typed;
  }

  public DependencyParserModel unlabelled() {
    return unlabelled;
  }

  public Parse parse(String[] forms, String[] tags) {
    List<Annotation> in = annotations(forms, tags);
    Map<Integer, Integer> wordAt = new HashMap<>();
    for (int i = 0; i < forms.length; i++) {
      wordAt.put(in.get(1 + i).begin(), i);
    }
    List<Annotation> dependencies = javaList(unlabelled.annotate(scalaSeq(in)));
    int[] heads = new int[forms.length];
    String[] relations = new String[forms.length];
    Arrays.fill(relations, "_");
    for (Annotation d : dependencies) {
      Integer word = wordAt.get(d.begin());
      if (word != null) {
        heads[word] = Integer.parseInt(d.metadata().get("head").get());
      }
    }
    if (typed != null) {
      List<Annotation> typedIn = new ArrayList<>(in.subList(1, in.size()));
      typedIn.addAll(dependencies);
      for (Annotation l : javaList(typed.annotate(scalaSeq(typedIn)))) {
        Integer word = wordAt.get(l.begin());
        if (word != null) {
          relations[word] = l.result();
        }
      }
    }
    return new Parse(heads, relations);
  }

  /**
   * The annotations a Spark NLP pipeline would hold for the sentence, in this order: the sentence as a
   * document, one token per word, one part-of-speech tag per word (the words joined by single spaces).
   */
  static List<Annotation> annotations(String[] forms, String[] tags) {
    if (forms.length != tags.length || forms.length == 0) {
      throw new IllegalArgumentException("expected as many tags as words (at least one), got " + forms.length
          + " words and " + tags.length + " tags");
    }
    List<Annotation> tokens = new ArrayList<>();
    List<Annotation> pos = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < forms.length; i++) {
      if (i > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(forms[i]);
      int end = text.length() - 1;
      tokens.add(annotation(AnnotatorType.TOKEN(), begin, end, forms[i], Map.of("sentence", "0")));
      pos.add(annotation(AnnotatorType.POS(), begin, end, tags[i], Map.of("sentence", "0", "word", forms[i])));
    }
    List<Annotation> all = new ArrayList<>(tokens.size() * 2 + 1);
    all.add(annotation(AnnotatorType.DOCUMENT(), 0, text.length() - 1, text.toString(), Map.of("sentence", "0")));
    all.addAll(tokens);
    all.addAll(pos);
    return all;
  }

  private static Annotation annotation(String type, int begin, int end, String result, Map<String, String> meta) {
    return new Annotation(type, begin, end, result, JavaConverters.mapAsScalaMapConverter(meta).asScala(),
        new float[0]);
  }

  private static Seq<Annotation> scalaSeq(List<Annotation> list) {
    return JavaConverters.asScalaBufferConverter(list).asScala();
  }

  private static List<Annotation> javaList(Seq<Annotation> seq) {
    return JavaConverters.seqAsJavaListConverter(seq).asJava();
  }
}
