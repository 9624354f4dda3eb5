package org.countrystance.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.countrystance.annotate.ArticleAnnotator;
import org.countrystance.annotate.MentionFact;

/**
 * Country roles on the hand-labelled real sentences of {@code src/test/resources/eval/roles_real} (UN General
 * Debate 2023 and White House pages; the labelling guideline is in that folder's README). Each labelled text is
 * annotated whole, as the job reads it, and the mentions of the labelled sentence are kept; a country's role in
 * the sentence is its strongest over its mentions (speaker, then target, then mentioned). Scored per sentence
 * and country: countries found (any role) against the countries the sentence names, and speaker and target
 * roles as in the PLOVER evaluation (a predicted speaker or target is right when the label allows it; a label
 * {@code speaker|target} allows either).
 */
public final class RoleRealEvaluation {
  /** One sentence: gold roles by country (a set where the label allows two) and predicted role by country. */
  public record Item(String id, String split, String text, Map<String, Set<String>> gold,
      Map<String, String> predicted) {}

  /** The scores of one split. */
  public record Score(String split, int sentences, PrecisionRecall countries, PrecisionRecall roles) {}

  private static final List<String> STRENGTH = List.of("speaker", "target", "mentioned");

  private RoleRealEvaluation() {}

  /** The labels of the set: sentence id to country to the roles it allows. */
  static Map<String, Map<String, Set<String>>> labels(Path setDir) throws IOException {
    Map<String, Map<String, Set<String>>> gold = new HashMap<>();
    for (String[] c : StanceRealEvaluation.rows(setDir.resolve("labels.tsv"))) {
      if (!Set.of("speaker", "target", "mentioned", "speaker|target").contains(c[2])) {
        throw new IllegalStateException("roles_real: " + c[0] + " has an unknown role " + c[2]);
      }
      gold.computeIfAbsent(c[0], k -> new LinkedHashMap<>()).put(c[1], Set.of(c[2].split("\\|")));
    }
    return gold;
  }

  /** The stronger of two roles: a country speaking anywhere in the sentence speaks, else one acted on is a target. */
  static String stronger(String a, String b) {
    return STRENGTH.indexOf(a) <= STRENGTH.indexOf(b) ? a : b;
  }

  public static List<Item> run(Path setDir, Path shared, ArticleAnnotator annotator) throws IOException {
    Map<String, Map<String, Set<String>>> gold = labels(setDir);
    List<Item> items = new ArrayList<>();
    for (StanceRealEvaluation.Labelled l : StanceRealEvaluation.labelled(setDir, shared, annotator, "roles_real")) {
      String[] c = l.row();
      Map<String, String> predicted = new LinkedHashMap<>();
      for (MentionFact f : l.named()) {
        predicted.merge(f.country(), f.role(), RoleRealEvaluation::stronger);
      }
      items.add(new Item(c[0], c[3], l.sentence(), gold.getOrDefault(c[0], Map.of()), predicted));
    }
    return items;
  }

  /** Scores the items of {@code split} ("dev", "test" or "all"). */
  public static Score score(List<Item> items, String split) {
    PrecisionRecall countries = new PrecisionRecall(0, 0, 0);
    PrecisionRecall roles = new PrecisionRecall(0, 0, 0);
    int n = 0;
    for (Item it : items) {
      if (!split.equals("all") && !split.equals(it.split())) {
        continue;
      }
      n++;
      for (String country : it.gold().keySet()) {
        boolean found = it.predicted().containsKey(country);
        countries = countries.plus(found ? 1 : 0, 0, found ? 0 : 1);
      }
      for (String country : it.predicted().keySet()) {
        countries = countries.plus(0, it.gold().containsKey(country) ? 0 : 1, 0);
      }
      for (Map.Entry<String, Set<String>> g : it.gold().entrySet()) {
        if (g.getValue().contains("mentioned")) {
          continue;
        }
        String p = it.predicted().get(g.getKey());
        boolean right = p != null && g.getValue().contains(p);
        roles = roles.plus(right ? 1 : 0, 0, right ? 0 : 1);
      }
      for (Map.Entry<String, String> p : it.predicted().entrySet()) {
        Set<String> g = it.gold().get(p.getKey());
        if (!p.getValue().equals("mentioned") && (g == null || !g.contains(p.getValue()))) {
          roles = roles.plus(0, 1, 0);
        }
      }
    }
    return new Score(split, n, countries, roles);
  }

  /** Prints the scores of both halves and, with {@code -Derrors=true}, every sentence the job gets wrong. */
  public static void main(String[] args) throws IOException {
    List<Item> items = run(Path.of(args[0]), Path.of(args[1]),
        ArticleAnnotator.load((org.countrystance.config.RuleTables) null));
    for (String split : List.of("dev", "test", "all")) {
      Score s = score(items, split);
      System.out.printf("%s (%d sentences): countries %s | roles %s%n", split, s.sentences(), s.countries(),
          s.roles());
    }
    if (Boolean.getBoolean("errors")) {
      for (Item it : items) {
        Map<String, String> gold = new LinkedHashMap<>();
        it.gold().forEach((k, v) -> gold.put(k, String.join("|", v)));
        boolean same = gold.keySet().equals(it.predicted().keySet())
            && gold.keySet().stream().allMatch(c -> it.gold().get(c).contains(it.predicted().get(c)));
        if (!same) {
          System.out.printf("%s %s gold %s pred %s | %s%n", it.id(), it.split(), gold, it.predicted(),
              it.text().replaceAll("\\s+", " "));
        }
      }
    }
  }
}
