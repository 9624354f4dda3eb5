package org.countrystance.eval;

import java.util.Locale;
import java.util.Set;

/**
 * The coarse function of every word of a Universal Dependencies tree, the labels {@link RelationTagger}
 * learns: the word's basic relation collapsed to what a country's role needs. Subjects and objects carry
 * the kind of clause their predicate heads ({@code nsubj@main}, {@code nsubj:pass@comp}, {@code obj@adv},
 * {@code @rel}); obliques and noun modifiers carry their case word when it is one of {@link #CASES}
 * ({@code obl:against}, {@code nmod:to}; the passive agent, EWT's {@code obl:agent}, is {@code obl:by});
 * a nominal conjunct takes the label of the first conjunct ("against the US and Britain": both
 * {@code obl:against}). Other relations keep their base name (compound, amod, flat, det, case, ...).
 */
public final class RelationLabels {
  /** Case words kept on obl and nmod labels. */
  static final Set<String> CASES = Set.of("by", "against", "to", "with", "on", "for", "in", "at", "from", "of",
      "into", "over", "toward", "towards", "between", "about", "upon", "among", "across", "without");
  private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON", "NUM", "X", "SYM");

  private RelationLabels() {}

  /**
   * The labels of one tree; {@code heads} are 1-based (0 = root), {@code relations} the basic relations
   * and {@code forms} the words.
   */
  public static String[] of(String[] forms, String[] upos, int[] heads, String[] relations) {
    int n = forms.length;
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      int first = i;
      // a nominal conjunct shares the function of the first conjunct
      while (relations[first].equals("conj") && heads[first] > 0 && NOMINAL.contains(upos[first])
          && NOMINAL.contains(upos[heads[first] - 1])) {
        first = heads[first] - 1;
      }
      out[i] = label(first, forms, heads, relations);
    }
    return out;
  }

  private static String label(int i, String[] forms, int[] heads, String[] relations) {
    String rel = relations[i];
    String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
    switch (rel) {
      case "nsubj", "nsubj:outer" -> {
        return "nsubj@" + clause(heads[i] - 1, heads, relations);
      }
      case "nsubj:pass" -> {
        return "nsubj:pass@" + clause(heads[i] - 1, heads, relations);
      }
      case "obj", "iobj" -> {
        return "obj@" + clause(heads[i] - 1, heads, relations);
      }
      case "obl:agent" -> {
        return "obl:by";
      }
      case "nmod:poss" -> {
        return "poss";
      }
      default -> {
        // fall through to the base relation
      }
    }
    if (base.equals("obl") || base.equals("nmod")) {
      String c = caseWord(i, forms, heads, relations);
      if (c.equals("towards")) {
        c = "toward";
      }
      return CASES.contains(c) ? base + ":" + c : base;
    }
    return switch (base) {
      case "root", "compound", "amod", "flat", "det", "case", "appos", "punct", "cc", "conj", "advmod", "aux",
          "cop", "mark", "advcl", "xcomp", "ccomp", "acl", "nummod", "parataxis", "expl", "fixed", "csubj" -> base;
      default -> "other";
    };
  }

  /** The kind of clause the predicate at {@code p} heads: main, comp (ccomp/csubj), adv (advcl) or rel (acl). */
  static String clause(int p, int[] heads, String[] relations) {
    int guard = 0;
    while (p >= 0 && guard++ < 50) {
      String r = relations[p];
      if (r.equals("root") || r.startsWith("parataxis")) {
        return "main";
      }
      if (r.startsWith("ccomp") || r.startsWith("csubj")) {
        return "comp";
      }
      if (r.equals("advcl")) {
        return "adv";
      }
      if (r.startsWith("acl") || r.equals("advcl:relcl")) {
        return "rel";
      }
      if (r.equals("conj") || r.equals("xcomp")) {
        p = heads[p] - 1;
        continue;
      }
      return "other";
    }
    return "main";
  }

  /** The first case dependent of word {@code i}, lower case, or "". */
  private static String caseWord(int i, String[] forms, int[] heads, String[] relations) {
    for (int j = 0; j < forms.length; j++) {
      if (heads[j] == i + 1 && relations[j].equals("case")) {
        return forms[j].toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }
}
