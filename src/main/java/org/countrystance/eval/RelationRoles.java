package org.countrystance.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.countrystance.country.CountryMention;
import org.countrystance.country.MentionRole;
import org.countrystance.country.RoledMention;
import org.countrystance.country.Tokens;
import org.countrystance.syntax.PosTagger;

/**
 * Roles from the trained dependency-relation tagger ({@link RelationTagger}) instead of the verb rules: the
 * function of a mention's noun phrase head decides. A mention whose own words are only modifiers (compound,
 * amod, flat, det, poss: "Russian officials", "Russia's foreign ministry") takes the function of the noun
 * its phrase modifies (with {@code possessorInherits}); a subject, object or agent label anywhere in the
 * mention wins ("Russian President/nmod Boris/nsubj Yeltsin"). The mapping from label to role is
 * {@link #roleOf}: subject of a main clause = SPEAKER, "by" agent = SPEAKER, passive subject and object =
 * TARGET, oblique with a case word of {@code targetCases} = TARGET, anything else MENTIONED. Measured against
 * the verb rules by {@link RoleSourceEvaluation}; not used by the job (below the rules on PLOVER).
 */
public final class RelationRoles {
  /** Labels of words inside a noun phrase before (or, for flat, after) its head. */
  private static final Set<String> INSIDE = Set.of("compound", "amod", "flat", "det", "nummod", "punct", "case");

  /** The mapping choices (tried on the PLOVER dev half only). */
  public record Mapping(boolean possessorInherits, MentionRole subjectOfComplement, MentionRole subjectOfAdverbial,
      MentionRole subjectOfRelative, boolean objectsOutsideMainAreTargets, Set<String> targetCases,
      Set<String> nounTargetCases, boolean nmodOfInherits) {
    public static Mapping standard() {
      return new Mapping(true, MentionRole.TARGET, MentionRole.SPEAKER, MentionRole.MENTIONED, true,
          Set.of("against", "to", "with", "on", "toward", "upon", "into", "over", "for", "at"),
          Set.of("against", "on", "to", "with"), false);
    }
  }

  private final PosTagger pos = new PosTagger();
  private final RelationTagger relations;
  private final Mapping mapping;

  public RelationRoles(RelationTagger relations, Mapping mapping) {
    this.relations = relations;
    this.mapping = mapping;
  }

  public List<RoledMention> tag(String sentence, List<CountryMention> mentions) {
    Tokens t = Tokens.of(sentence);
    String[] words = new String[t.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = t.raw(i);
    }
    String[] labels = relations.tag(words, pos.tag(words));
    List<MentionRole> roles = new ArrayList<>();
    for (CountryMention m : mentions) {
      roles.add(roleOf(headLabel(t, labels, m)));
    }
    List<RoledMention> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Set<String> targets = new LinkedHashSet<>();
      if (roles.get(i) == MentionRole.SPEAKER) {
        for (int o = 0; o < mentions.size(); o++) {
          if (roles.get(o) == MentionRole.TARGET && !mentions.get(o).iso3().equals(mentions.get(i).iso3())) {
            targets.add(mentions.get(o).iso3());
          }
        }
      }
      out.add(new RoledMention(mentions.get(i), roles.get(i), List.copyOf(targets), null));
    }
    return out;
  }

  /** The labels of the sentence's words (for explanation and tests). */
  public String[] labels(String sentence) {
    Tokens t = Tokens.of(sentence);
    String[] words = new String[t.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = t.raw(i);
    }
    return relations.tag(words, pos.tag(words));
  }

  /** The label of the mention's phrase head: its first word that is no modifier, else the noun it modifies. */
  String headLabel(Tokens t, String[] labels, CountryMention m) {
    int[] span = tokenSpan(t, m);
    if (span == null) {
      return "other";
    }
    int a = span[0];
    int b = span[1];
    // a clause function anywhere in the mention wins ("Russian President/nmod Boris/nsubj Yeltsin")
    int best = -1;
    for (int i = a; i < b; i++) {
      if (!INSIDE.contains(labels[i]) && !labels[i].equals("poss")
          && (best < 0 || rank(labels[i]) < rank(labels[best]))) {
        best = i;
      }
    }
    if (best >= 0) {
      return mapping.nmodOfInherits() && labels[best].equals("nmod:of") ? governor(labels, a, labels[best])
          : labels[best];
    }
    boolean poss = false;
    for (int i = a; i < b; i++) {
      poss |= labels[i].equals("poss");
    }
    if (poss && !mapping.possessorInherits()) {
      return "poss";
    }
    for (int i = b; i < labels.length; i++) {
      if (!INSIDE.contains(labels[i]) && !labels[i].equals("poss")) {
        return labels[i];
      }
    }
    return "other";
  }

  /** The tokens [first, end) that lie inside the mention, or null when none does. */
  static int[] tokenSpan(Tokens t, CountryMention m) {
    int a = -1;
    int b = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.start(i) >= m.start() && t.end(i) <= m.end()) {
        a = a < 0 ? i : a;
        b = i + 1;
      }
    }
    return a < 0 ? null : new int[] {a, b};
  }

  /** 0 for a subject, object or agent, 1 for another oblique, 2 for anything else. */
  private static int rank(String label) {
    if (label.startsWith("nsubj") || label.startsWith("obj") || label.equals("obl:by")) {
      return 0;
    }
    return label.startsWith("obl") ? 1 : 2;
  }

  /** "the government of France said": the label of the noun before "of" (skipping its modifiers). */
  private static String governor(String[] labels, int a, String own) {
    for (int k = a - 1; k >= 0; k--) {
      if (!INSIDE.contains(labels[k]) && !labels[k].equals("poss")) {
        return labels[k].equals("nmod:of") ? governor(labels, k, own) : labels[k];
      }
    }
    return own;
  }

  /** The role a phrase head's label gives. */
  MentionRole roleOf(String label) {
    String rel = label.contains("@") ? label.substring(0, label.indexOf('@')) : label;
    String clause = label.contains("@") ? label.substring(label.indexOf('@') + 1) : "";
    switch (rel) {
      case "nsubj":
        return switch (clause) {
          case "main" -> MentionRole.SPEAKER;
          case "comp" -> mapping.subjectOfComplement();
          case "adv" -> mapping.subjectOfAdverbial();
          case "rel" -> mapping.subjectOfRelative();
          default -> MentionRole.SPEAKER;
        };
      case "nsubj:pass":
        return clause.equals("rel") ? MentionRole.MENTIONED : MentionRole.TARGET;
      case "obj":
        return clause.equals("main") || mapping.objectsOutsideMainAreTargets() ? MentionRole.TARGET
            : MentionRole.MENTIONED;
      case "obl:by":
        return MentionRole.SPEAKER;
      default:
        break;
    }
    if (rel.startsWith("obl:")) {
      return mapping.targetCases().contains(rel.substring(4)) ? MentionRole.TARGET : MentionRole.MENTIONED;
    }
    if (rel.startsWith("nmod:")) {
      return mapping.nounTargetCases().contains(rel.substring(5)) ? MentionRole.TARGET : MentionRole.MENTIONED;
    }
    return MentionRole.MENTIONED;
  }
}
