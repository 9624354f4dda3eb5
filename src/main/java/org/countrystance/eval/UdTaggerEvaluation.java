package org.countrystance.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.countrystance.syntax.PosTagger;

/**
 * UPOS accuracy of the part-of-speech tagger on a Universal Dependencies CoNLL-U file (gold tokens,
 * multi-word token lines and empty nodes skipped), and its speed in tokens per second on one thread.
 */
public final class UdTaggerEvaluation {
  /** Tokens scored, tokens tagged right, and the tagging time. */
  public record Result(long tokens, long correct, long nanos) {
    public double accuracy() {
      return tokens == 0 ? 0 : (double) correct / tokens;
    }

    public double tokensPerSecond() {
      return nanos == 0 ? 0 : tokens * 1e9 / nanos;
    }
  }

  private UdTaggerEvaluation() {}

  public static Result evaluate(Path conllu, PosTagger tagger) throws IOException {
    List<String> forms = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    long tokens = 0;
    long correct = 0;
    long nanos = 0;
    for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (!forms.isEmpty()) {
          long t0 = System.nanoTime();
          String[] tags = tagger.tag(forms.toArray(String[]::new));
          nanos += System.nanoTime() - t0;
          for (int i = 0; i < tags.length; i++) {
            correct += tags[i].equals(gold.get(i)) ? 1 : 0;
          }
          tokens += tags.length;
          forms.clear();
          gold.clear();
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c[0].contains("-") || c[0].contains(".")) {
        continue;
      }
      forms.add(c[1]);
      gold.add(c[3]);
    }
    return new Result(tokens, correct, nanos);
  }

  public static void main(String[] args) throws IOException {
    PosTagger tagger = new PosTagger();
    for (String a : args) {
      evaluate(Path.of(a), tagger); // warm-up
      Result r = evaluate(Path.of(a), tagger);
      System.out.printf("%s: UPOS accuracy %.4f (%d tokens), %.0f tokens/s on one thread%n", a, r.accuracy(),
          r.tokens(), r.tokensPerSecond());
    }
  }
}
