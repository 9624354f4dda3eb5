package org.countrystance.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.countrystance.country.CountryAnnotator;
import org.countrystance.country.Gazetteer;
import org.countrystance.country.MentionRole;
import org.countrystance.country.RoledMention;

/**
 * Scores countries and roles against the PLOVER gold-standard event records (one sentence each, with
 * source and target actors coded ISO3). Per record, the gold set is the source and target codes that are
 * countries; codes that are not (IGO, IMG, empty) are left out, and three legacy codes of the file are
 * read as ISO (JAP=JPN, ITL=ITA, VTN=VNM). The prediction is the countries tagged SPEAKER (source) or
 * TARGET (target). Countries: role-blind sets per record. Roles: (country, source|target) pairs.
 * Detection recall: gold countries found among all mentions, whatever their role; "all mentions" scores
 * every mentioned country as if it were an actor (what a role-blind count of mentions would give).
 * The records' dates are placeholders (2000-01-01), so the date is unknown (leaders of any term match).
 *
 * <p>Reciprocal actors: PLOVER marks them "SRC/TAR" in the record's markup ("(SRC/TAR: Hungarian) and
 * (SRC/TAR: Romanian) officials agreed"); CAMEO codes them as source AND target of each other, but the JSON
 * lists them under source only. For the role pairs such a country has one gold pair, "reciprocal", matched
 * by the country tagged speaker or target (or both); the countries, sources and targets scores are as the
 * JSON lists them.
 */
public final class PloverEvaluation {
  private static final Map<String, String> LEGACY = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");
  private static final String RECIPROCAL = "(SRC/TAR:";

  /** The scores, and the records whose country sets differ (for reading the errors). */
  public record Result(int records, PrecisionRecall countries, PrecisionRecall roles, PrecisionRecall sources,
      PrecisionRecall targets, PrecisionRecall allMentions, double detectionRecall, List<String> errors) {}

  /** One record's predicted sources and targets. */
  private record Prediction(Set<String> sources, Set<String> targets) {
    Set<String> all() {
      return union(sources, targets);
    }
  }

  private PloverEvaluation() {}

  public static Result evaluate(Path goldJson, CountryAnnotator annotator, Gazetteer gazetteer) throws IOException {
    return evaluate(goldJson, annotator, gazetteer, Set.of());
  }

  /**
   * The scores over the records whose id is not in {@code leaveOut}: with the whole public file and the
   * development half's ids, the other half, never tuned on.
   */
  public static Result evaluate(Path goldJson, CountryAnnotator annotator, Gazetteer gazetteer, Set<String> leaveOut)
      throws IOException {
    return evaluate(goldJson, annotator, gazetteer, leaveOut, CountryAnnotator.SentenceMentions::mentions);
  }

  /**
   * The same with each sentence's roles taken from {@code roleSource} (another role tagger over the same
   * mentions: a comparison of role taggers keeps the countries found and the scoring fixed).
   */
  public static Result evaluate(Path goldJson, CountryAnnotator annotator, Gazetteer gazetteer, Set<String> leaveOut,
      Function<CountryAnnotator.SentenceMentions, List<RoledMention>> roleSource) throws IOException {
    JsonNode records = new ObjectMapper().readTree(goldJson.toFile());
    PrecisionRecall none = new PrecisionRecall(0, 0, 0);
    PrecisionRecall countries = none;
    PrecisionRecall roles = none;
    PrecisionRecall sources = none;
    PrecisionRecall targets = none;
    PrecisionRecall allMentions = none;
    int gold = 0;
    int detected = 0;
    int n = 0;
    List<String> errors = new ArrayList<>();
    for (JsonNode r : records) {
      if (!r.has("text") || "DOCUMENT".equals(r.path("event").asText()) || leaveOut.contains(r.path("id").asText())) {
        continue;
      }
      n++;
      String markup = r.path("textInfo").path("markup").asText("");
      boolean reciprocal = markup.contains(RECIPROCAL);
      Set<String> goldSrc = codes(r.get("source"), gazetteer);
      Set<String> goldTgt = codes(r.get("target"), gazetteer);
      Prediction pred = new Prediction(new TreeSet<>(), new TreeSet<>());
      Set<String> found = new HashSet<>();
      for (CountryAnnotator.SentenceMentions s : annotator.annotate(r.get("text").asText(), null)) {
        for (RoledMention m : roleSource.apply(s)) {
          found.add(m.iso3());
          add(pred, m);
        }
      }
      Set<String> goldAll = union(goldSrc, goldTgt);
      Set<String> goldRoles = tagged(goldSrc, goldTgt, reciprocal ? goldSrc : Set.of());
      countries = add(countries, goldAll, pred.all());
      allMentions = add(allMentions, goldAll, found);
      sources = add(sources, goldSrc, pred.sources());
      targets = add(targets, goldTgt, pred.targets());
      roles = add(roles, goldRoles, tagged(pred.sources(), pred.targets(), reciprocal ? goldSrc : Set.of()));
      gold += goldAll.size();
      detected += (int) goldAll.stream().filter(found::contains).count();
      if (!goldAll.equals(pred.all()) || !goldSrc.equals(pred.sources())) {
        errors.add(String.format("gold S%s T%s%s pred S%s T%s | %s", goldSrc, goldTgt,
            reciprocal ? " (reciprocal)" : "", pred.sources(), pred.targets(), r.get("text").asText()));
      }
    }
    return new Result(n, countries, roles, sources, targets, allMentions, gold == 0 ? 1 : (double) detected / gold,
        errors);
  }

  /** The record ids of a PLOVER file. */
  public static Set<String> ids(Path goldJson) throws IOException {
    Set<String> out = new HashSet<>();
    for (JsonNode r : new ObjectMapper().readTree(goldJson.toFile())) {
      out.add(r.path("id").asText());
    }
    return out;
  }

  private static void add(Prediction p, RoledMention m) {
    if (m.role() == MentionRole.SPEAKER) {
      p.sources().add(m.iso3());
    } else if (m.role() == MentionRole.TARGET) {
      p.targets().add(m.iso3());
    }
  }

  private static Set<String> codes(JsonNode actors, Gazetteer gazetteer) {
    Set<String> out = new TreeSet<>();
    if (actors == null || !actors.isArray()) {
      return out;
    }
    for (JsonNode a : actors) {
      String code = a.path("code").asText("");
      code = LEGACY.getOrDefault(code, code);
      if (gazetteer.countries().containsKey(code)) {
        out.add(code);
      }
    }
    return out;
  }

  private static PrecisionRecall add(PrecisionRecall pr, Set<String> gold, Set<String> pred) {
    int tp = (int) pred.stream().filter(gold::contains).count();
    return pr.plus(tp, pred.size() - tp, gold.size() - tp);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new TreeSet<>(a);
    u.addAll(b);
    return u;
  }

  /** (country, role) pairs; a country of {@code reciprocal} has the one pair "reciprocal" whatever its role. */
  private static Set<String> tagged(Set<String> src, Set<String> tgt, Set<String> reciprocal) {
    Set<String> out = new HashSet<>();
    src.forEach(c -> out.add(c + (reciprocal.contains(c) ? "/reciprocal" : "/source")));
    tgt.forEach(c -> out.add(c + (reciprocal.contains(c) ? "/reciprocal" : "/target")));
    return out;
  }
}
