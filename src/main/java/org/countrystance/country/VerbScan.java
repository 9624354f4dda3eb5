package org.countrystance.country;

import java.util.ArrayList;
import java.util.List;
import org.countrystance.syntax.PosTagger;

/**
 * Finds the finite verbs of the role lexicon in a sentence, with their voice, coordination and quotation
 * inversion. Not verbs: forms after a determiner or a preposition or joined by a hyphen (nouns, adjectives:
 * "the attack", "into alleged crimes"), infinitives ("to hand over") and an "-s" form right after one (its plural
 * object: "to debate plans"), "-ing" forms without "be" (gerunds,
 * participles), noun-like base forms ("attack", "visit") unless a modal precedes them, and base forms that
 * end an indefinite noun phrase ("a United Nations appeal", "a naval blockade": a singular subject never takes a
 * bare base form) or continue an infinitive after "and" ("to tighten security and impose curfews").
 * A sentence in which the list knows no verb gets its first finite verb from the part-of-speech model
 * ({@link #findTaggedVerb}): the list was grown on the development sentences and knows their verbs only.
 */
final class VerbScan {
  /**
   * A verb occurrence: token span [start, end), its form and lemma, whether it is passive ("was condemned",
   * "hosted by"), a reduced passive (a participle with a "by" agent and no "be": "crimes committed by X"),
   * coordinated ("... and said": shares the subject before), or inverted (", said X"), and whether the
   * part-of-speech model found it rather than the list ({@link #findTaggedVerb}).
   */
  record VerbAt(int start, int end, String form, String lemma, String verbClass, boolean passive, boolean reduced,
      boolean coordinated, boolean inverted, boolean tagged) {
    boolean speech() {
      return verbClass.equals("speech");
    }
  }

  private final Tokens t;
  private final RoleLexicon lex;
  private final boolean[] excluded;
  private final List<VerbAt> verbs = new ArrayList<>();

  private VerbScan(Tokens t, RoleLexicon lex, boolean[] excluded) {
    this.t = t;
    this.lex = lex;
    this.excluded = excluded;
  }

  /** The verbs in order; tokens marked excluded (mentions, insertions) are never verbs. */
  static List<VerbAt> scan(Tokens t, RoleLexicon lex, boolean[] excluded) {
    VerbScan s = new VerbScan(t, lex, excluded);
    s.findVerbs();
    if (s.verbs.isEmpty()) {
      s.findTaggedVerb();
    }
    return s.verbs;
  }

  /**
   * Words before a candidate verb given to the part-of-speech model with it: the model reads two words
   * on each side and the two tags before, which these words settle.
   */
  static final int WORDS_BEFORE = 6;
  private static final PosTagger TAGGER = new PosTagger();

  /**
   * A sentence in which the list knows no verb: its first finite verb by the part-of-speech model, as an
   * act (class "action"). A candidate is a word whose form shows an act done or under way: an "-ed" form
   * (with its auxiliaries: "has shelved"), an "-ing" form after "be"; the model's tag decides. Forms that
   * do not show it are left to the list: present "-s" forms, irregular pasts ("began", "set"), and a
   * base form after a modal or after "be going to", which as often announces a turn of talk as an act
   * ("we will turn back to Ukraine later", "we are going to continue to discuss with Israel").
   */
  private void findTaggedVerb() {
    for (int i = 0; i < t.size(); i++) {
      String key = t.key(i);
      if (excluded[i] || !Character.isLetter(key.charAt(0)) || !verbUse(i)) {
        continue;
      }
      boolean future = key.equals("going") && i + 1 < t.size() && t.key(i + 1).equals("to");
      boolean finite = key.endsWith("ing") ? progressive(i) && !future : key.endsWith("ed");
      if (!finite) {
        continue;
      }
      if (taggedVerb(t, i)) {
        boolean beforePassive = passive(i);
        boolean reduced = !beforePassive && i + 2 < t.size() && t.key(i + 1).equals("by") && key.endsWith("ed");
        verbs.add(new VerbAt(i, i + 1, t.raw(i), key, "action", beforePassive || reduced, reduced, coordinated(i),
            false, true));
        return;
      }
    }
  }

  /**
   * Whether the part-of-speech model reads token {@code i} as a verb (UPOS {@code VERB}), from the
   * {@link #WORDS_BEFORE} words before it and the two after: all the model's features look at.
   */
  static boolean taggedVerb(Tokens t, int i) {
    int from = Math.max(0, i - WORDS_BEFORE);
    String[] words = new String[Math.min(t.size(), i + 3) - from];
    for (int k = 0; k < words.length; k++) {
      words[k] = t.raw(from + k);
    }
    return "VERB".equals(TAGGER.tag(words)[i - from]);
  }

  private void findVerbs() {
    for (int i = 0; i < t.size(); i++) {
      if (excluded[i] || !lex.verbs.startsPhrase(t.key(i)) || !verbUse(i)) { // cheapest test first
        continue;
      }
      RoleLexicon.Verb[] found = new RoleLexicon.Verb[1];
      int[] end = {-1};
      final int from = i;
      lex.verbsAt(t, i, (e, vs) -> {
        for (RoleLexicon.Verb v : vs) {
          if (!v.needsModal() || afterModal(from)) {
            found[0] = v;
            end[0] = e;
          }
        }
      });
      if (end[0] < 0 || (t.key(i).endsWith("ing") && !progressive(i))
          || (isBaseForm(found[0]) && (endsIndefiniteNounPhrase(i) || coordinatedInfinitive(i)))) {
        continue;
      }
      int e = end[0];
      boolean beforePassive = passive(i);
      boolean reduced = !beforePassive && e + 1 < t.size() && t.key(e).equals("by") && t.key(i).endsWith("ed")
          && !lex.in("quantity", t.key(e + 1)) && !Character.isDigit(t.key(e + 1).charAt(0));
      boolean inverted = found[0].verbClass().equals("speech") && i > 0
          && (t.key(i - 1).equals(",") || "\"'\u201D".contains(t.key(i - 1)));
      verbs.add(new VerbAt(i, e, t.text().substring(t.start(i), t.end(e - 1)), found[0].lemma(),
          found[0].verbClass(), beforePassive || reduced, reduced, coordinated(i), inverted, false));
      i = e - 1;
    }
  }

  /**
   * Not a noun or adjective (after a determiner or a preposition, joined by a hyphen) and not an infinitive
   * ("to hand over"): a finite verb never directly follows a preposition ("into alleged crimes").
   */
  private boolean verbUse(int i) {
    // joined by a hyphen ("well-known", "cease-fire") or before any ("FILE - Egyptian President el-Sisi speaks"), but
    // not after a dash typed as a spaced hyphen ("Britain - which insisted ... - said")
    boolean hyphen = i > 0 && t.key(i - 1).equals("-") && t.end(i - 1) == t.start(i)
        || i + 1 < t.size() && t.key(i + 1).equals("-");
    boolean infinitive = i > 0 && t.key(i - 1).equals("to") && !afterSemiModal(i);
    return !hyphen && !infinitive && !objectOfInfinitive(i)
        && !(i > 0 && (lex.in("determiner", t.key(i - 1)) || lex.in("preposition", t.key(i - 1))));
  }

  /**
   * "to debate plans for ...": an "-s" form right after an infinitive is its object, a plural noun (no finite
   * verb follows an infinitive; an adverb between them is no infinitive: "to quickly ...").
   */
  private boolean objectOfInfinitive(int i) {
    if (i < 2 || !t.key(i - 2).equals("to") || !t.key(i).endsWith("s")) {
      return false;
    }
    String infinitive = t.key(i - 1);
    return !t.isCapitalised(i - 1) && Character.isLetter(infinitive.charAt(0)) && !infinitive.endsWith("ly")
        && !lex.in("be", infinitive);
  }

  private static boolean isBaseForm(RoleLexicon.Verb v) {
    return v.form().equalsIgnoreCase(v.lemma());
  }

  /**
   * "a United Nations appeal", "an Iranian plan", "a naval blockade": "a"/"an", then capitalised words or up to
   * two other words (no preposition, modal or auxiliary), then the word at {@code i}.
   */
  private boolean endsIndefiniteNounPhrase(int i) {
    int k = i - 1;
    while (k >= 0 && t.isCapitalised(k) && !isIndefiniteArticle(k)) {
      k--;
    }
    if (k >= 0 && k < i - 1 && isIndefiniteArticle(k)) {
      return true;
    }
    for (k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (isIndefiniteArticle(k)) {
        return k < i - 1;
      }
      if (!Character.isLetter(t.key(k).charAt(0)) || lex.in("preposition", t.key(k))
          || lex.in("modal", t.key(k)) || lex.in("auxiliary", t.key(k))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "to tighten sanctions and impose a blockade": a base form after "and" whose conjunct before it is an
   * infinitive ("to" and a lower-case word, with no verb found since) is an infinitive too.
   */
  private boolean coordinatedInfinitive(int i) {
    int k = skipBackAuxiliaries(i);
    if (k < 0 || !lex.in("coordinator", t.key(k))) {
      return false;
    }
    int floor = verbs.isEmpty() ? 0 : verbs.get(verbs.size() - 1).end();
    for (int j = k - 1; j > floor; j--) {
      if (t.key(j - 1).equals("to") && !t.isCapitalised(j) && Character.isLetter(t.key(j).charAt(0))
          && !lex.in("determiner", t.key(j))) {
        return true;
      }
      if (t.key(j).equals(",") || lex.boundaryAt(t, j)) {
        return false;
      }
    }
    return false;
  }

  private boolean isIndefiniteArticle(int k) {
    return t.key(k).equals("a") || t.key(k).equals("an");
  }

  private int skipBackAuxiliaries(int i) {
    int k = i - 1;
    while (k >= 0 && (lex.in("auxiliary", t.key(k)) || t.key(k).endsWith("ly") && t.key(k).length() > 3)) {
      k--;
    }
    return k;
  }

  private boolean afterModal(int i) {
    int k = i - 1;
    while (k >= 0 && (t.key(k).equals("not") || t.key(k).endsWith("ly") && t.key(k).length() > 3)) {
      k--;
    }
    return k >= 0 && lex.in("modal", t.key(k)) && !t.key(k).equals("to") || afterSemiModal(i);
  }

  /** "have to outcompete", "continued to attack", "going to discuss": an infinitive the subject's own act. */
  private boolean afterSemiModal(int i) {
    return i > 1 && t.key(i - 1).equals("to") && lex.in("semi_modal", t.key(i - 2));
  }

  private boolean coordinated(int i) {
    int k = skipBackAuxiliaries(i);
    return k >= 0 && lex.in("coordinator", t.key(k));
  }

  private boolean progressive(int i) {
    int k = skipBackAuxiliaries(i);
    return k >= 0 && lex.in("be", t.key(k));
  }

  private boolean passive(int verbStart) {
    if (t.key(verbStart).endsWith("ing") || t.key(verbStart).endsWith("s")) {
      return false;
    }
    int k = skipBackAuxiliaries(verbStart);
    return k >= 0 && lex.in("be", t.key(k));
  }
}
