package org.countrystance;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.countrystance.eval.TargetToneEvaluation;
import org.countrystance.tone.NewsMtsc;
import org.countrystance.tone.TargetToneModel;
import org.countrystance.tone.TargetToneTrainer;
import org.countrystance.tone.ToneLexicon;
import org.countrystance.tone.ToneScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `train`: fits the target-tone model to NewsMTSC's training file and writes its weights table
 * (the one shipped is {@code src/main/resources/tone/target_tone.tsv}); with --holdout-every N it
 * instead trains on the other sentences and prints the scores on every N-th one, for tuning, and on
 * those of them with two or more targets (the kind of sentence NewsMTSC's devtest_mt holds).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the target-tone model on NewsMTSC's train.jsonl and write its weights.")
public final class TrainCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "JSONL",
      defaultValue = "../shared/data/eval/newsmtsc/train.jsonl",
      description = "NewsMTSC training file (default ${DEFAULT-VALUE}).")
  Path data;
  @Option(names = "--out", paramLabel = "TSV", defaultValue = "src/main/resources/tone/target_tone.tsv",
      description = "Where the weights go (default ${DEFAULT-VALUE}).")
  Path out;
  @Option(names = "--holdout-every", paramLabel = "N", defaultValue = "0",
      description = "Hold out every N-th sentence, print its scores and write nothing (default 0: train on all).")
  int holdoutEvery;
  @Option(names = "--fold", paramLabel = "K", defaultValue = "0",
      description = "With --holdout-every N, hold out the sentences whose line number is K modulo N (default 0).")
  int fold;
  @Option(names = "--epochs", defaultValue = "3", description = "Passes over the data (default ${DEFAULT-VALUE}).")
  int epochs;
  @Option(names = "--l2", defaultValue = "1e-4", description = "L2 penalty (default ${DEFAULT-VALUE}).")
  double l2;
  @Option(names = "--rate", defaultValue = "0.1", description = "AdaGrad step (default ${DEFAULT-VALUE}).")
  double rate;
  @Option(names = "--min-count", defaultValue = "3",
      description = "Targets a word must occur with to get a weight (default ${DEFAULT-VALUE}).")
  int minCount;
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    List<NewsMtsc.Target> all = NewsMtsc.read(data);
    List<NewsMtsc.Target> train = all.stream().filter(t -> !heldOut(t)).toList();
    ToneLexicon lexicon = ToneLexicon.loadDefault();
    TargetToneTrainer.Settings settings = new TargetToneTrainer.Settings(epochs, l2, rate, minCount, 24L);
    TargetToneModel model = new TargetToneTrainer(new ToneScorer(lexicon)).train(train, settings);
    console.printf(Locale.ROOT, "trained on %d targets: %d word weights%n", train.size(), model.words());
    if (holdoutEvery > 0) {
      List<NewsMtsc.Target> held = all.stream().filter(this::heldOut).toList();
      TargetToneEvaluation.Result r = TargetToneEvaluation.evaluate(held, new ToneScorer(lexicon, model));
      console.printf(Locale.ROOT, "held out %d targets: model F1m %.3f acc %.3f | sentence tone F1m %.3f acc %.3f"
          + " | nearby tone F1m %.3f acc %.3f%n", held.size(), r.model().macroF1(), r.model().accuracy(),
          r.sentence().macroF1(), r.sentence().accuracy(), r.nearby().macroF1(), r.nearby().accuracy());
      // devtest_mt holds only sentences with two or more targets: the held-out ones of that kind
      Map<Integer, Long> perSentence = held.stream().collect(Collectors.groupingBy(NewsMtsc.Target::line,
          Collectors.counting()));
      List<NewsMtsc.Target> multi = held.stream().filter(t -> perSentence.get(t.line()) > 1).toList();
      TargetToneEvaluation.Result m = TargetToneEvaluation.evaluate(multi, new ToneScorer(lexicon, model));
      console.printf(Locale.ROOT, "held out in sentences with 2+ targets %d: model F1m %.3f acc %.3f%n",
          multi.size(), m.model().macroF1(), m.model().accuracy());
    } else {
      if (out.getParent() != null) Files.createDirectories(out.getParent());
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        model.write(w, List.of("Target-tone model: softmax regression weights over tone.TargetFeatures.",
            "Trained by: country-stance train --data " + data + " --epochs " + epochs + " --l2 " + l2
                + " --rate " + rate + " --min-count " + minCount,
            "Data: NewsMTSC train.jsonl (Hamborg & Donnay 2021), MIT licence, Copyright 2020 Felix Hamborg;"
                + " see /tone/NEWSMTSC-LICENSE."));
      }
      console.println("wrote " + out);
    }
    console.flush();
    return RunOutcome.OK;
  }

  private boolean heldOut(NewsMtsc.Target t) {
    return holdoutEvery > 0 && t.line() % holdoutEvery == fold;
  }
}
