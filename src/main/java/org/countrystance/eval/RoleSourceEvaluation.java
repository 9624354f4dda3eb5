package org.countrystance.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.postag.POSModel;
import org.countrystance.country.CountryAnnotator;
import org.countrystance.country.CountryMention;
import org.countrystance.country.Gazetteer;
import org.countrystance.country.MentionRole;
import org.countrystance.country.RoledMention;
import org.countrystance.country.Tokens;

/**
 * PLOVER roles from three sources over the same country mentions: the verb rules ({@code RoleTagger}), the
 * trained relation tagger ({@link RelationRoles}), and their combinations (rules with the model's role where
 * the rules say MENTIONED; the model with the rules' role where it says MENTIONED). The mapping variants
 * are scored on the development half; the other half only with {@code --other-half MAPPING}, once the
 * mapping is frozen; {@code -Derrors=true} prints the dev records the model gets wrong with every word's label.
 * Command (MODEL.bin from {@link RelationTrainer}):
 * <pre>
 * java -cp target/classes:$(cat target/cp.txt) org.countrystance.eval.RoleSourceEvaluation \
 *   ../shared/data/eval/plover_gsr.dev.json MODEL.bin [--other-half FULL.json MAPPING]
 * </pre>
 * Measured (issue 22, maxent model, mapping "of-inherits+adv-target" frozen on the dev half): dev roles
 * rules P 0.903 / R 0.875, model 0.809 / 0.626, rules+model 0.849 / 0.892; other half rules 0.804 / 0.649,
 * model 0.747 / 0.567, rules+model 0.752 / 0.759 (src/site/markdown/countries-and-roles.md).
 */
public final class RoleSourceEvaluation {
  private RoleSourceEvaluation() {}

  /** The mapping variants tried on the development half. */
  static Map<String, RelationRoles.Mapping> mappings() {
    RelationRoles.Mapping s = RelationRoles.Mapping.standard();
    Map<String, RelationRoles.Mapping> m = new LinkedHashMap<>();
    m.put("standard", s);
    m.put("no-possessor", new RelationRoles.Mapping(false, s.subjectOfComplement(), s.subjectOfAdverbial(),
        s.subjectOfRelative(), s.objectsOutsideMainAreTargets(), s.targetCases(), s.nounTargetCases(), false));
    m.put("of-inherits", new RelationRoles.Mapping(true, s.subjectOfComplement(), s.subjectOfAdverbial(),
        s.subjectOfRelative(), s.objectsOutsideMainAreTargets(), s.targetCases(), s.nounTargetCases(), true));
    m.put("comp-speaks", new RelationRoles.Mapping(true, MentionRole.SPEAKER, s.subjectOfAdverbial(),
        s.subjectOfRelative(), s.objectsOutsideMainAreTargets(), s.targetCases(), s.nounTargetCases(), false));
    m.put("adv-target", new RelationRoles.Mapping(true, s.subjectOfComplement(), MentionRole.TARGET,
        s.subjectOfRelative(), s.objectsOutsideMainAreTargets(), s.targetCases(), s.nounTargetCases(), false));
    m.put("main-objects-only", new RelationRoles.Mapping(true, s.subjectOfComplement(), s.subjectOfAdverbial(),
        s.subjectOfRelative(), false, s.targetCases(), s.nounTargetCases(), false));
    m.put("few-cases", new RelationRoles.Mapping(true, s.subjectOfComplement(), s.subjectOfAdverbial(),
        s.subjectOfRelative(), s.objectsOutsideMainAreTargets(), Set.of("against", "to", "with", "on"),
        Set.of("against"), false));
    m.put("in-targets", new RelationRoles.Mapping(true, s.subjectOfComplement(), s.subjectOfAdverbial(),
        s.subjectOfRelative(), s.objectsOutsideMainAreTargets(),
        Set.of("against", "to", "with", "on", "toward", "upon", "into", "over", "for", "at", "in"),
        s.nounTargetCases(), false));
    m.put("of-inherits+adv-target", new RelationRoles.Mapping(true, s.subjectOfComplement(), MentionRole.TARGET,
        s.subjectOfRelative(), s.objectsOutsideMainAreTargets(), s.targetCases(), s.nounTargetCases(), true));
    return m;
  }

  public static void main(String[] args) throws IOException {
    Path dev = Path.of(args[0]);
    POSModel model;
    try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
      model = new POSModel(in);
    }
    RelationTagger relations = new RelationTagger(model);
    CountryAnnotator annotator = CountryAnnotator.loadDefault();
    Gazetteer gazetteer = Gazetteer.loadDefault();
    int other = List.of(args).indexOf("--other-half");
    if (other < 0) {
      print("rules", PloverEvaluation.evaluate(dev, annotator, gazetteer, Set.of()));
      for (Map.Entry<String, RelationRoles.Mapping> e : mappings().entrySet()) {
        RelationRoles roles = new RelationRoles(relations, e.getValue());
        print("model " + e.getKey(), PloverEvaluation.evaluate(dev, annotator, gazetteer, Set.of(), model(roles)));
        print("rules+model " + e.getKey(),
            PloverEvaluation.evaluate(dev, annotator, gazetteer, Set.of(), rulesThenModel(roles)));
        print("model+rules " + e.getKey(),
            PloverEvaluation.evaluate(dev, annotator, gazetteer, Set.of(), modelThenRules(roles)));
        print("rules+model speakers " + e.getKey(), PloverEvaluation.evaluate(dev, annotator, gazetteer, Set.of(),
            rulesThenModel(roles, MentionRole.SPEAKER)));
        print("rules+model targets " + e.getKey(), PloverEvaluation.evaluate(dev, annotator, gazetteer, Set.of(),
            rulesThenModel(roles, MentionRole.TARGET)));
      }
      if (Boolean.getBoolean("errors")) {
        RelationRoles roles = new RelationRoles(relations, mappings().get(System.getProperty("mapping", "standard")));
        PloverEvaluation.Result r = PloverEvaluation.evaluate(dev, annotator, gazetteer, Set.of(), model(roles));
        for (String x : r.errors()) {
          System.out.println("  differs: " + x);
          String text = x.substring(x.indexOf(" | ") + 3);
          String[] labels = roles.labels(text);
          Tokens t = Tokens.of(text);
          StringBuilder b = new StringBuilder("    ");
          for (int i = 0; i < labels.length; i++) {
            b.append(t.raw(i)).append('/').append(labels[i]).append(' ');
          }
          System.out.println(b);
        }
      }
    } else {
      Path full = Path.of(args[other + 1]);
      RelationRoles roles = new RelationRoles(relations, mappings().get(args[other + 2]));
      Set<String> leave = PloverEvaluation.ids(dev);
      print("other half: rules", PloverEvaluation.evaluate(full, annotator, gazetteer, leave));
      print("other half: model " + args[other + 2], PloverEvaluation.evaluate(full, annotator, gazetteer, leave,
          model(roles)));
      print("other half: rules+model " + args[other + 2], PloverEvaluation.evaluate(full, annotator, gazetteer, leave,
          rulesThenModel(roles)));
      print("other half: model+rules " + args[other + 2], PloverEvaluation.evaluate(full, annotator, gazetteer, leave,
          modelThenRules(roles)));
      print("other half: rules+model speakers " + args[other + 2], PloverEvaluation.evaluate(full, annotator, gazetteer,
          leave, rulesThenModel(roles, MentionRole.SPEAKER)));
      print("other half: rules+model targets " + args[other + 2], PloverEvaluation.evaluate(full, annotator, gazetteer,
          leave, rulesThenModel(roles, MentionRole.TARGET)));
    }
  }

  static Function<CountryAnnotator.SentenceMentions, List<RoledMention>> model(RelationRoles roles) {
    return s -> roles.tag(s.sentence().text(), mentions(s));
  }

  /** The rules' roles, with the model's where the rules give MENTIONED. */
  static Function<CountryAnnotator.SentenceMentions, List<RoledMention>> rulesThenModel(RelationRoles roles) {
    return s -> merge(s.mentions(), roles.tag(s.sentence().text(), mentions(s)));
  }

  /** The rules' roles, with the model's where the rules give MENTIONED and the model gives {@code only}. */
  static Function<CountryAnnotator.SentenceMentions, List<RoledMention>> rulesThenModel(RelationRoles roles,
      MentionRole only) {
    return s -> {
      List<RoledMention> model = roles.tag(s.sentence().text(), mentions(s));
      List<RoledMention> out = new ArrayList<>();
      for (int i = 0; i < model.size(); i++) {
        RoledMention rule = s.mentions().get(i);
        out.add(rule.role() == MentionRole.MENTIONED && model.get(i).role() == only ? model.get(i) : rule);
      }
      return out;
    };
  }

  /** The model's roles, with the rules' where the model gives MENTIONED. */
  static Function<CountryAnnotator.SentenceMentions, List<RoledMention>> modelThenRules(RelationRoles roles) {
    return s -> merge(roles.tag(s.sentence().text(), mentions(s)), s.mentions());
  }

  private static List<RoledMention> merge(List<RoledMention> first, List<RoledMention> second) {
    List<RoledMention> out = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      out.add(first.get(i).role() == MentionRole.MENTIONED ? second.get(i) : first.get(i));
    }
    return out;
  }

  private static List<CountryMention> mentions(CountryAnnotator.SentenceMentions s) {
    return s.mentions().stream().map(RoledMention::mention).toList();
  }

  private static void print(String name, PloverEvaluation.Result r) {
    System.out.printf(Locale.ROOT, "%-34s countries P %.3f R %.3f | roles P %.3f R %.3f | sources P %.3f R %.3f"
        + " | targets P %.3f R %.3f%n", name, r.countries().precision(), r.countries().recall(), r.roles().precision(),
        r.roles().recall(), r.sources().precision(), r.sources().recall(), r.targets().precision(),
        r.targets().recall());
  }
}
