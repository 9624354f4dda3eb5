package org.countrystance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.postag.POSContextGenerator;

/**
 * The features {@link RelationTagger}'s model sees for one word: the words and UPOS tags around it, the
 * labels already given to the two words before it, the preposition that governs its noun phrase, the
 * verbs nearest to its left and right (and whether they look passive), what ends its noun phrase on
 * the right, and the clause opener before it. The UPOS tags come as additional context: element 0 is
 * the sentence's tag array.
 */
public final class RelationContext implements POSContextGenerator {
  private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "get",
      "gets", "got", "gotten");
  /** Tags that can sit inside a noun phrase before its head or after a preposition. */
  private static final Set<String> IN_NP = Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON", "PART", "SYM", "X");
  private static final Set<String> OPENERS = Set.of("that", "which", "who", "whom", "whose", "where", "when",
      "while", "although", "though", "because", "since", "if", "unless", "as", "after", "before", "until");

  @Override
  public String[] getContext(int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
    String[] tags = upos(additionalContext, sequence.length);
    int n = sequence.length;
    List<String> f = new ArrayList<>(48);
    String w0 = lower(sequence[index]);
    f.add("b");
    f.add("w=" + w0);
    f.add("p=" + tags[index]);
    f.add("s3=" + (w0.length() > 3 ? w0.substring(w0.length() - 3) : w0));
    f.add("sh=" + shape(sequence[index]));
    for (int d = -2; d <= 2; d++) {
      if (d != 0) {
        f.add("w" + d + "=" + word(sequence, index + d));
      }
    }
    for (int d = -3; d <= 3; d++) {
      if (d != 0) {
        f.add("p" + d + "=" + tag(tags, index + d));
      }
    }
    f.add("pp=" + tag(tags, index - 1) + "_" + tags[index]);
    f.add("pn=" + tags[index] + "_" + tag(tags, index + 1));
    f.add("ppp=" + tag(tags, index - 2) + "_" + tag(tags, index - 1) + "_" + tags[index]);
    f.add("pnn=" + tags[index] + "_" + tag(tags, index + 1) + "_" + tag(tags, index + 2));
    String t1 = index > 0 ? priorDecisions[index - 1] : "BOS";
    String t2 = index > 1 ? priorDecisions[index - 2] : "BOS";
    f.add("t1=" + t1);
    f.add("t12=" + t2 + "_" + t1);
    f.add("t1p=" + t1 + "_" + tags[index]);
    // the noun phrase to the left: its preposition, or what stops it
    int l = index - 1;
    while (l >= 0 && (IN_NP.contains(tags[l]) || "-".equals(sequence[l])) && !tags[l].equals("ADP")) {
      l--;
    }
    String leftStop = l < 0 ? "BOS" : tags[l].equals("ADP") ? "ADP:" + lower(sequence[l])
        : tags[l].equals("VERB") || tags[l].equals("AUX") ? tags[l] : tags[l].equals("PUNCT") ? "PUNCT:" + sequence[l]
        : tags[l].equals("SCONJ") || tags[l].equals("CCONJ") ? tags[l] + ":" + lower(sequence[l]) : tags[l];
    f.add("ls=" + leftStop);
    f.add("lsp=" + leftStop + "_" + tags[index]);
    if (l >= 0 && (tags[l].equals("VERB") || tags[l].equals("AUX"))) {
      f.add("lsv=" + lower(sequence[l]));
      f.add("lspass=" + passive(sequence, tags, l));
    }
    // the noun phrase to the right: what ends it
    int r = index + 1;
    while (r < n && (IN_NP.contains(tags[r]) || "-".equals(sequence[r]))) {
      r++;
    }
    String rightStop = r >= n ? "EOS" : tags[r].equals("ADP") ? "ADP:" + lower(sequence[r])
        : tags[r].equals("VERB") || tags[r].equals("AUX") ? tags[r] + ":" + lower(sequence[r])
        : tags[r].equals("PUNCT") ? "PUNCT:" + sequence[r] : tags[r];
    f.add("rs=" + rightStop);
    f.add("rsp=" + tags[index] + "_" + (r >= n ? "EOS" : tags[r]));
    f.add("rd=" + Math.min(r - index, 4));
    // nearest verbs on each side
    int vl = index - 1;
    while (vl >= 0 && !tags[vl].equals("VERB")) {
      vl--;
    }
    if (vl >= 0) {
      f.add("vl=" + lower(sequence[vl]));
      f.add("vlpass=" + passive(sequence, tags, vl));
      f.add("vld=" + Math.min(index - vl, 6));
    } else {
      f.add("vl=none");
    }
    int vr = index + 1;
    while (vr < n && !tags[vr].equals("VERB")) {
      vr++;
    }
    if (vr < n) {
      f.add("vr=" + lower(sequence[vr]));
      f.add("vrpass=" + passive(sequence, tags, vr));
      f.add("vrd=" + Math.min(vr - index, 6));
    } else {
      f.add("vr=none");
    }
    // the nearest clause opener or comma to the left
    for (int k = index - 1; k >= 0; k--) {
      String w = lower(sequence[k]);
      if (OPENERS.contains(w) || w.equals(",") || w.equals(";") || w.equals(":")) {
        f.add("op=" + w);
        f.add("opd=" + Math.min(index - k, 6));
        break;
      }
    }
    if (index == 0 || index == n - 1) {
      f.add(index == 0 ? "first" : "last");
    }
    return f.toArray(String[]::new);
  }

  /** A participle after a form of "be" within two words: "was condemned", "has been widely criticised". */
  private static boolean passive(String[] w, String[] tags, int v) {
    String f = lower(w[v]);
    if (!(f.endsWith("ed") || f.endsWith("en") || f.endsWith("wn") || f.endsWith("t"))) {
      return false;
    }
    for (int k = v - 1; k >= Math.max(0, v - 3); k--) {
      if (BE.contains(lower(w[k]))) {
        return true;
      }
      if (!tags[k].equals("ADV") && !tags[k].equals("AUX") && !tags[k].equals("PART")) {
        return false;
      }
    }
    return false;
  }

  private static String[] upos(Object[] additionalContext, int n) {
    if (additionalContext != null && additionalContext.length > 0 && additionalContext[0] instanceof String[] t
        && t.length == n) {
      return t;
    }
    throw new IllegalArgumentException("the relation tagger needs the sentence's UPOS tags as additional context");
  }

  private static String word(String[] s, int i) {
    return i < 0 ? "BOS" : i >= s.length ? "EOS" : lower(s[i]);
  }

  private static String tag(String[] t, int i) {
    return i < 0 ? "BOS" : i >= t.length ? "EOS" : t[i];
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String shape(String s) {
    if (s.isEmpty()) {
      return "e";
    }
    char c = s.charAt(0);
    if (Character.isUpperCase(c)) {
      return s.length() > 1 && s.chars().allMatch(ch -> !Character.isLowerCase(ch)) ? "AA" : "Aa";
    }
    return Character.isDigit(c) ? "9" : Character.isLetter(c) ? "a" : "p";
  }
}
