package org.countrystance.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.countrystance.annotate.ArticleAnnotator;
import org.countrystance.annotate.MentionFact;

/**
 * Stated positions on hand-labelled real sentences (src/test/resources/eval/stance_real: ids, spans and
 * labels; the texts are read from the shared UN General Debate and White House files). Each text is
 * annotated whole as the job does, with its speech's author_country, and the White House pages as the United
 * States' own statements; the predicted (country, topic, position) triples of each labelled sentence are
 * compared with its labels.
 */
public final class StanceRealEvaluation {
  /** The shared files of the set's two corpora, relative to the shared data folder. */
  static final Map<String, String> CORPORA = Map.of("ungd_2023", "eval/ungd_2023.parquet",
      "whitehouse", "corpus/whitehouse_2022_2023.parquet");

  /** One sentence: its split, gold and predicted triples ("ISO3 topic position"). */
  public record Item(String id, String split, String text, Set<String> gold, Set<String> predicted) {}

  /** Precision and recall of stated positions in one split, overall and per position. */
  public record Score(String split, int sentences, int gold, int predicted, int correct,
      Map<String, int[]> perPosition) {
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }
  }

  private StanceRealEvaluation() {}

  public static List<Item> run(Path setDir, Path shared, ArticleAnnotator annotator) throws IOException {
    Map<String, Set<String>> gold = new HashMap<>();
    for (String[] c : rows(setDir.resolve("labels.tsv"))) {
      gold.computeIfAbsent(c[0], k -> new LinkedHashSet<>()).add(c[1] + " " + c[2] + " " + c[3]);
    }
    List<Item> items = new ArrayList<>();
    for (Labelled l : labelled(setDir, shared, annotator, "stance_real")) {
      String[] c = l.row();
      String sentence = l.sentence();
      List<MentionFact> facts = l.facts();
      Set<String> predicted = new LinkedHashSet<>();
      for (MentionFact f : facts) {
        if (f.position() != null && f.sentence().equals(sentence)) {
          predicted.add(f.country() + " " + f.topic() + " " + f.position());
        }
      }
      items.add(new Item(c[0], c[3], sentence, gold.getOrDefault(c[0], Set.of()), predicted));
    }
    return items;
  }

  public static Score score(List<Item> items, String split) {
    Map<String, int[]> per = new TreeMap<>();
    int n = 0;
    int g = 0;
    int p = 0;
    int ok = 0;
    for (Item it : items) {
      if (!split.equals("all") && !split.equals(it.split())) {
        continue;
      }
      n++;
      for (String t : it.gold()) {
        per.computeIfAbsent(position(t), k -> new int[3])[0]++;
        g++;
      }
      for (String t : it.predicted()) {
        per.computeIfAbsent(position(t), k -> new int[3])[1]++;
        p++;
        if (it.gold().contains(t)) {
          per.get(position(t))[2]++;
          ok++;
        }
      }
    }
    return new Score(split, n, g, p, ok, per);
  }

  private static String position(String triple) {
    String[] t = triple.split(" ");
    return t[1] + "/" + t[2];
  }

  /** A labelled sentence of a real-text set: its row of sentences.tsv, its text and the job's facts of its article. */
  record Labelled(String[] row, String sentence, List<MentionFact> facts) {
    /**
     * The facts of this sentence that name a country: a first-person statement's author and the partners it
     * reports are not named (the roles and tone labels hold named countries only).
     */
    List<MentionFact> named() {
      List<MentionFact> out = new ArrayList<>();
      for (MentionFact f : facts) {
        if (f.sentence().equals(sentence) && !ArticleAnnotator.AUTHOR_KIND.equals(f.kind())
            && !ArticleAnnotator.PARTNER_KIND.equals(f.kind())) {
          out.add(f);
        }
      }
      return out;
    }
  }

  /**
   * The sentences of {@code setDir/sentences.tsv}, each read from its text in {@code shared} (refused, naming the
   * set and the sentence, when the article is missing or the checksum differs), with the facts of the whole text
   * annotated once as the job reads it (a reporter's turn of a briefing is found in its text); a White House page
   * is read as the United States'.
   */
  static List<Labelled> labelled(Path setDir, Path shared, ArticleAnnotator annotator, String set)
      throws IOException {
    Map<String, Map<String, String[]>> texts = new HashMap<>();
    Map<String, List<MentionFact>> annotated = new HashMap<>();
    List<Labelled> out = new ArrayList<>();
    for (String[] c : rows(setDir.resolve("sentences.tsv"))) {
      Map<String, String[]> corpus = texts.computeIfAbsent(c[2], k -> load(shared, k));
      String[] article = corpus.get(c[1]);
      if (article == null) {
        throw new IllegalStateException(set + ": article " + c[1] + " of " + c[0] + " is not in " + c[2]);
      }
      String sentence = article[0].substring(Integer.parseInt(c[4]), Integer.parseInt(c[5]));
      if (!sha8(sentence).equals(c[6])) {
        throw new IllegalStateException(set + ": " + c[0] + " does not read the labelled sentence (checksum)");
      }
      List<MentionFact> facts = annotated.computeIfAbsent(c[2] + "/" + c[1], k -> annotator.annotate(article[0],
          LocalDate.parse(article[2]), c[2].equals("whitehouse") ? "USA" : article[1]));
      out.add(new Labelled(c, sentence, facts));
    }
    return out;
  }

  static Map<String, String[]> load(Path shared, String corpus) {
    String rel = CORPORA.get(corpus);
    if (rel == null) {
      throw new IllegalArgumentException("stance_real: unknown corpus " + corpus);
    }
    Map<String, String[]> out = new HashMap<>();
    try {
      for (Map<String, String> r : ParquetTexts.read(shared.resolve(rel),
          List.of("article_id", "text", "author_country"))) {
        out.put(r.get("article_id"), new String[] {r.get("text"), r.get("author_country"), corpus.equals("ungd_2023") ? "2023-09-19" : "2023-01-01"});
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + shared.resolve(rel), e);
    }
    return out;
  }

  static List<String[]> rows(Path tsv) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("sentence_id")) {
        out.add(line.split("\t", -1));
      }
    }
    return out;
  }

  static String sha8(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void main(String[] args) throws IOException {
    List<Item> items = run(Path.of(args[0]), Path.of(args[1]), ArticleAnnotator.load((org.countrystance.config.RuleTables) null));
    for (String split : List.of("dev", "test")) {
      Score s = score(items, split);
      System.out.printf("%s: sentences %d gold %d predicted %d correct %d precision %.3f recall %.3f%n", split,
          s.sentences(), s.gold(), s.predicted(), s.correct(), s.precision(), s.recall());
      s.perPosition().forEach((k, v) -> System.out.printf("   %-40s gold %3d pred %3d ok %3d%n", k, v[0], v[1], v[2]));
    }
    if (args.length > 2) {
      for (Item it : items) {
        if (it.split().equals("dev") && !it.gold().equals(it.predicted())) {
          System.out.println(it.id() + " gold=" + it.gold() + " pred=" + it.predicted() + " | "
              + it.text().replace('\n', ' '));
        }
      }
    }
  }
}
