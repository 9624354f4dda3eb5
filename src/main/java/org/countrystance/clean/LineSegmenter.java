package org.countrystance.clean;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Cuts boilerplate out of a long unbroken line: a one-line scrape where menus, share widgets, the
 * article, links to other stories and the comment form are glued into one paragraph. Cue phrases and
 * structural rules from {@code conf/cleaning/inline_boilerplate.tsv} mark where a boilerplate stretch
 * starts and how far it runs; the text between removed stretches comes back as separate paragraphs.
 * One left-to-right scan over the words, no regular expressions.
 */
final class LineSegmenter {
  /** A row of inline_boilerplate.tsv. */
  record Rule(String kind, String extent, String context, int words, String cue) implements Serializable {}

  /** A row of headline_words.tsv. */
  record Word(String word, String role) implements Serializable {}

  /** The paragraphs left after cutting, and how many stretches were cut. */
  record Segmented(List<String> kept, int removed) {}

  /** A cue word: its core (lower case, no edge punctuation) and, when it has some, the exact form. */
  record CueWord(String raw, String core, boolean exactEdges) {}

  /** A compiled cue row. */
  record Cue(Rule rule, Extent extent, Context context, CueWord[] words, boolean capitalised) {}

  enum Extent { LABEL, BARE, SENTENCE, TITLES, LIST }

  enum Context { START, CHAINED, ANY }

  private final WordIndex<LineTokens.Entry> words = new WordIndex<>();
  private final StructuralRules structure;
  /** Whether a cue starts with a lower-case word; if not, lower-case words are never looked up as cues. */
  private boolean lowerCaseCue;

  LineSegmenter(List<Rule> rules, List<Word> wordList) {
    for (Word w : wordList) {
      LineTokens.Entry e = words.computeIfAbsent(w.word(), LineTokens.Entry::new);
      switch (w.role()) {
        case "small" -> e.small = true;
        case "month" -> e.month = true;
        case "abbreviation" -> e.abbreviation = true;
        case "time" -> e.timeWord = true;
        default -> throw new IllegalArgumentException(
            "headline word: expected role small|month|abbreviation|time, got " + w.role() + " in " + w);
      }
    }
    List<Rule> structural = new ArrayList<>();
    for (Rule r : rules) {
      switch (r.extent()) {
        case "label", "bare", "sentence", "titles", "list" -> addCue(r);
        case "run_word" -> words.computeIfAbsent(r.cue(), LineTokens.Entry::new).runWord = true;
        default -> structural.add(r);
      }
    }
    structure = new StructuralRules(structural, this);
  }

  private void addCue(Rule r) {
    String[] parts = r.cue().strip().split(" +");
    CueWord[] cw = new CueWord[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      int a = 0;
      int b = p.length();
      while (a < b && !Character.isLetterOrDigit(p.charAt(a))) a++;
      while (b > a && !Character.isLetterOrDigit(p.charAt(b - 1))) b--;
      String core = p.substring(a, b).toLowerCase(Locale.ROOT);
      cw[i] = new CueWord(p, core, !core.isEmpty() && core.length() != p.length());
    }
    Cue cue = new Cue(r, Extent.valueOf(r.extent().toUpperCase(Locale.ROOT)), context(r), cw,
        Character.isUpperCase(firstLetterOrDigit(parts[0])));
    lowerCaseCue |= Character.isLowerCase(firstLetterOrDigit(parts[0]));
    String key = cw[0].core().isEmpty() ? cw[0].raw() : cw[0].core();
    List<Cue> list = words.computeIfAbsent(key, LineTokens.Entry::new).cues;
    list.add(cue);
    list.sort(Comparator.comparingInt((Cue c) -> c.words().length).reversed()); // longest cue first
  }

  static Context context(Rule r) {
    return switch (r.context()) {
      case "start" -> Context.START;
      case "chained" -> Context.CHAINED;
      case "any" -> Context.ANY;
      default -> throw new IllegalArgumentException(
          "inline boilerplate rule: expected context start|chained|any, got " + r.context() + " in " + r);
    };
  }

  private static char firstLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return s.charAt(i);
    return ' ';
  }

  /** The paragraph with its boilerplate stretches cut out (unchanged and alone when there are none). */
  Segmented segment(String paragraph) {
    LineTokens t = new LineTokens(paragraph, words);
    List<String> kept = new ArrayList<>(1);
    int removed = 0;
    int keptFrom = 0;
    int removedEnd = -1;
    int i = 0;
    while (i < t.size) {
      boolean strong = i == 0 || i == removedEnd || t.endsSentence(i - 1);
      int to = matchAt(t, i, strong, strong || t.endsLabel(i - 1), i == removedEnd);
      if (to <= i) {
        i++;
        continue;
      }
      if (i > keptFrom) kept.add(paragraph.substring(t.start(keptFrom), t.end(i - 1)));
      removed++;
      removedEnd = to;
      keptFrom = to;
      i = to;
    }
    if (removed == 0) return new Segmented(List.of(paragraph), 0);
    if (keptFrom < t.size) kept.add(paragraph.substring(t.start(keptFrom), t.end(t.size - 1)));
    return new Segmented(kept, removed);
  }

  /**
   * The end (exclusive) of the boilerplate stretch starting at word i, or -1. A segment starts at the
   * paragraph start, after a sentence or a removed stretch (strong), or after a label such as "Source:".
   */
  private int matchAt(LineTokens t, int i, boolean strong, boolean start, boolean chained) {
    LineTokens.Entry e = lowerCaseCue || !t.startsLower(i) ? t.entry(i) : null;
    if (e != null) {
      for (Cue c : e.cues) {
        if (!allowed(c.context(), start, chained) || !cueMatches(t, i, c)) continue;
        int to = extent(t, i, i + c.words().length, c);
        if (to > i) return to;
      }
    }
    return structure.matchAt(t, i, strong, start);
  }

  private static boolean allowed(Context c, boolean start, boolean chained) {
    return c == Context.ANY || (c == Context.START && start) || (c == Context.CHAINED && chained);
  }

  private static boolean cueMatches(LineTokens t, int i, Cue c) {
    if (i + c.words().length > t.size) return false;
    if (c.capitalised() && !t.startsUpper(i)) return false;
    for (int k = 0; k < c.words().length; k++) if (!t.matches(i + k, c.words()[k])) return false;
    return true;
  }

  private int extent(LineTokens t, int i, int after, Cue c) {
    int max = c.rule().words();
    boolean labelEnds = after == t.size || !t.startsLower(after);
    switch (c.extent()) {
      case LABEL:
        return labelEnds ? after : -1;
      case BARE:
        return after == t.size || boundaryAt(t, after) ? after : -1;
      case SENTENCE: {
        int m = after - 1;
        while (m < t.size - 1 && m + 1 - i <= max && !t.endsSentence(m)) m++;
        return m + 1 - i <= max ? m + 1 : -1;
      }
      case TITLES: {
        int to = headlineEnd(t, after, max);
        if (to > after) return to;
        return labelEnds ? after : -1;
      }
      case LIST: {
        if (i == 0) return -1; // "Related Programs Appropriations Act, 2023" starting a paragraph is a name
        for (int m = after; m < t.size && m - after < max; m++) {
          if (m > after && boundaryAt(t, m)) return m;
          if (t.endsSentence(m)) return -1;
        }
        return t.size - after <= max ? t.size : -1;
      }
      default:
        throw new IllegalStateException("extent " + c.extent());
    }
  }

  /** Whether a cue phrase (in any context) or a share-link run starts at word m: ends a list or a run. */
  boolean boundaryAt(LineTokens t, int m) {
    if (!lowerCaseCue && t.startsLower(m)) return false;
    LineTokens.Entry e = t.entry(m);
    if (e == null) return false;
    if (e.runWord && m + 1 < t.size && t.startsUpper(m + 1) && t.entry(m + 1) != null && t.entry(m + 1).runWord) {
      return true;
    }
    for (Cue c : e.cues) if (cueMatches(t, m, c)) return true;
    return false;
  }

  /**
   * The end of the headline run from word k (at most {@code max} words), or k when there is none or it is
   * longer. A run stops at a sentence end (kept in the run), at a cue, or before a lower-case word, whose
   * sentence begins at the run's last capitalised word: "… Stack Up The outcome of …" ends after "Up".
   */
  int headlineEnd(LineTokens t, int k, int max) {
    int j = k;
    while (j < t.size && t.isHeadlineWord(j) && !(j > k && (t.endsSentence(j - 1) || boundaryAt(t, j)))) {
      if (j - k > max + 2) return k; // room to back off below
      j++;
    }
    if (j < t.size && j > k && t.startsLower(j) && !t.endsSentence(j - 1)) {
      while (j > k && t.isSmallWord(j - 1)) j--;
      if (j > k && t.startsUpper(j - 1)) j--;
    }
    return j - k > max ? k : j;
  }
}
