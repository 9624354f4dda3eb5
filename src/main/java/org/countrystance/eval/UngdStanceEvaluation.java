package org.countrystance.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.countrystance.annotate.ArticleAnnotator;
import org.countrystance.annotate.MentionFact;

/**
 * Document-level stance on real official statements: each UN General Debate speech of the shared set is
 * annotated as the job does (its author_country speaking in the first person), and the speaking
 * country's own ukraine-war statements decide a vote: mostly against the war = yes on UNGA ES-11/1,
 * mostly for it = no, neutral or no stated position = abstain. Scored against the recorded votes
 * (absent countries left out) with macro-F1 over yes / no / abstain.
 */
public final class UngdStanceEvaluation {
  static final String TOPIC = "ukraine-war";
  static final List<String> VOTES = List.of("yes", "no", "abstain");

  /** One speech: its country, the recorded vote, the predicted one, and the statement counts behind it. */
  public record Speech(String iso3, String gold, String predicted, int against, int favor, int neutral) {}

  /** Every scored speech, macro-F1 and accuracy. */
  public record Result(List<Speech> speeches, double macroF1, double accuracy, Map<String, double[]> perVote) {}

  private UngdStanceEvaluation() {}

  public static Result evaluate(Path speeches, Path votes, ArticleAnnotator annotator) throws IOException {
    Map<String, String> vote = new HashMap<>();
    for (String line : Files.readAllLines(votes, StandardCharsets.UTF_8)) {
      String[] c = line.split("\t", -1);
      if (c.length >= 3 && !c[0].equals("iso3") && !c[0].startsWith("#")) {
        vote.put(c[0], c[2].trim());
      }
    }
    List<Speech> out = new ArrayList<>();
    for (Map<String, String> row : ParquetTexts.read(speeches, List.of("text", "author_country", "published_at"))) {
      String iso3 = row.get("author_country");
      String gold = vote.get(iso3);
      if (gold == null || !VOTES.contains(gold)) {
        continue;
      }
      int[] n = new int[3];
      for (MentionFact f : annotator.annotate(row.get("text"), day(row.get("published_at"), speeches), iso3)) {
        if (iso3.equals(f.country()) && TOPIC.equals(f.topic()) && f.polarity() != null) {
          n[f.polarity().equals("against") ? 0 : f.polarity().equals("favor") ? 1 : 2]++;
        }
      }
      out.add(new Speech(iso3, gold, decide(n), n[0], n[1], n[2]));
    }
    return score(out);
  }

  /**
   * The day a speech was given, from its published_at ("2022-09-20" or a timestamp written as text): leaders and
   * offices are matched as of that day. A file without the column is read as the 2023 session's.
   */
  static LocalDate day(String publishedAt, Path file) {
    if (publishedAt == null) {
      return LocalDate.of(2023, 9, 19);
    }
    try {
      return LocalDate.parse(publishedAt.length() > 10 ? publishedAt.substring(0, 10) : publishedAt);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(file + ": published_at '" + publishedAt + "' is no date (yyyy-MM-dd)", e);
    }
  }

  /** The vote a speech's statements stand for: the polarity with the most statements; none = abstain. */
  static String decide(int[] n) {
    if (n[0] == 0 && n[1] == 0) {
      return "abstain";
    }
    if (n[0] >= n[1] && n[0] >= n[2]) {
      return "yes";
    }
    return n[1] >= n[2] ? "no" : "abstain";
  }

  static Result score(List<Speech> speeches) {
    Map<String, double[]> per = new HashMap<>();
    int correct = 0;
    double f1Sum = 0;
    for (String v : VOTES) {
      int tp = 0;
      int pred = 0;
      int gold = 0;
      for (Speech s : speeches) {
        tp += s.gold().equals(v) && s.predicted().equals(v) ? 1 : 0;
        pred += s.predicted().equals(v) ? 1 : 0;
        gold += s.gold().equals(v) ? 1 : 0;
      }
      double p = pred == 0 ? 0 : (double) tp / pred;
      double r = gold == 0 ? 0 : (double) tp / gold;
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      per.put(v, new double[] {p, r, f1, gold, pred});
      f1Sum += f1;
    }
    for (Speech s : speeches) {
      correct += s.gold().equals(s.predicted()) ? 1 : 0;
    }
    return new Result(speeches, f1Sum / VOTES.size(), speeches.isEmpty() ? 0 : (double) correct / speeches.size(), per);
  }

  public static void main(String[] args) throws IOException {
    Result r = evaluate(Path.of(args[0]), Path.of(args[1]), ArticleAnnotator.load((org.countrystance.config.RuleTables) null));
    System.out.printf("ES-11/1 macro-F1 %.3f accuracy %.3f (n=%d)%n", r.macroF1(), r.accuracy(), r.speeches().size());
    for (String v : VOTES) {
      double[] x = r.perVote().get(v);
      System.out.printf("  %-8s P %.3f R %.3f F1 %.3f gold %d pred %d%n", v, x[0], x[1], x[2], (int) x[3], (int) x[4]);
    }
    if (args.length > 2) {
      for (Speech s : r.speeches()) {
        System.out.printf("  %s gold=%s pred=%s against=%d favor=%d neutral=%d%s%n", s.iso3(), s.gold(), s.predicted(),
            s.against(), s.favor(), s.neutral(), s.gold().equals(s.predicted()) ? "" : "  MISS");
      }
    }
  }
}
