package org.countrystance.bench;

import java.nio.file.Path;
import java.util.List;
import org.countrystance.tone.NewsMtsc;
import org.countrystance.tone.ToneScorer;
import org.countrystance.tone.WordTokenizer;

/**
 * Single-thread throughput of tone per mention on NewsMTSC's sentences: tokenize and score the
 * sentence, then the distance-weighted tone around the mention (before) or the tone toward it (now).
 * Not a test: run it by hand. Usage: {@code TargetToneThroughputBench <newsmtsc jsonl> [rounds]}.
 */
public final class TargetToneThroughputBench {
  private TargetToneThroughputBench() {}

  public static void main(String[] args) {
    List<NewsMtsc.Target> targets = NewsMtsc.read(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ToneScorer scorer = ToneScorer.loadDefault();
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      // the mention's share alone: sentences tokenized beforehand, each scored once as the job does
      List<WordTokenizer.Tokens> tokens = targets.stream().map(t -> WordTokenizer.tokenize(t.sentence())).toList();
      long c0 = cpu.getCurrentThreadCpuTime();
      double check = 0;
      for (int i = 0; i < targets.size(); i++) {
        check += scorer.score(tokens.get(i)).mentionTone(targets.get(i).from(), targets.get(i).to());
      }
      long c1 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < targets.size(); i++) {
        check += scorer.score(tokens.get(i)).towards(targets.get(i).from(), targets.get(i).to());
      }
      long c2 = cpu.getCurrentThreadCpuTime();
      System.out.printf("round %d, thread CPU after tokenizing: score + distance-weighted %.2f us/mention,"
          + " score + toward the target %.2f us/mention (checksum %.1f)%n", round,
          (c1 - c0) / 1e3 / targets.size(), (c2 - c1) / 1e3 / targets.size(), check);
      long s = System.nanoTime();
      double sum = 0;
      for (NewsMtsc.Target t : targets) {
        sum += scorer.score(WordTokenizer.tokenize(t.sentence())).mentionTone(t.from(), t.to());
      }
      double nearby = (System.nanoTime() - s) / 1e9;
      s = System.nanoTime();
      for (NewsMtsc.Target t : targets) {
        sum += scorer.score(WordTokenizer.tokenize(t.sentence())).towards(t.from(), t.to());
      }
      double towards = (System.nanoTime() - s) / 1e9;
      System.out.printf("round %d: %d mentions; distance-weighted %.0f mentions/s, toward the target"
          + " %.0f mentions/s (checksum %.1f)%n", round, targets.size(), targets.size() / nearby,
          targets.size() / towards, sum);
    }
  }
}
