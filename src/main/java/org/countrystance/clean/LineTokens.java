package org.countrystance.clean;

/**
 * The words of one paragraph (single spaces between them, as {@link Text#collapseSpaces} leaves
 * them) with the facts the segmenter asks of each: where it starts and ends, its core without edge
 * punctuation, its entry in the word lists, and whether it is capitalised or ends a sentence.
 *
 * <p>Over 250 lines because the word facts are computed in one allocation-free pass over the paragraph
 * (the segmenter's hot loop); splitting it would spread that pass over classes.
 */
final class LineTokens {
  /** Word-list facts about one lower-case word: cues starting with it and the lists it is in. */
  static final class Entry {
    final java.util.List<LineSegmenter.Cue> cues = new java.util.ArrayList<>();
    boolean runWord;
    boolean small;
    boolean month;
    boolean abbreviation;
    boolean timeWord;
  }

  private static final byte UPPER = 1;
  private static final byte LOWER = 2;
  private static final byte DIGIT = 3;
  private static final byte OTHER = 4;
  private static final char NO_END = '\uFFFF';
  private static final String CLOSERS = "'\"\u2019\u201D)]";
  private static final String SEPARATORS = "|*\u2022\u00B7\u00BB\u203A";
  private static final String HEADLINE_PUNCTUATION = "|:-\u2013\u2014'&/\u2022";
  private static final String NOT_HEADLINE_FIRST = "([@#$";

  final String text;
  final int size;
  /** The text's characters: array reads in the per-word loops cost less than String.charAt. */
  private final char[] chars;
  private final int[] start;
  private final int[] end;
  private final int[] coreStart;
  private final int[] coreEnd;
  private final Entry[] entries;
  /** Whether entries[i] was looked up: lookups are lazy, most words of prose never need one. */
  private final boolean[] looked;
  private final byte[] firstCase;
  private final char[] sentenceEnds;
  private final WordIndex<Entry> words;

  LineTokens(String text, WordIndex<Entry> words) {
    this.text = text;
    this.words = words;
    char[] c = text.toCharArray();
    this.chars = c;
    int n = 0;
    for (char ch : c) if (ch == ' ') n++;
    start = new int[n + 1];
    end = new int[n + 1];
    coreStart = new int[n + 1];
    coreEnd = new int[n + 1];
    entries = new Entry[n + 1];
    looked = new boolean[n + 1];
    firstCase = new byte[n + 1];
    sentenceEnds = new char[n + 1];
    int k = 0;
    int s = 0;
    for (int i = 0; i <= c.length; i++) {
      if (i < c.length && c[i] != ' ') continue;
      if (i > s) {
        start[k] = s;
        end[k] = i;
        int a = s;
        int b = i;
        while (a < b && !isLetterOrDigit(c[a])) a++;
        while (b > a && !isLetterOrDigit(c[b - 1])) b--;
        coreStart[k] = a;
        coreEnd[k] = b;
        k++;
      }
      s = i + 1;
    }
    size = k;
  }

  private static boolean isLetterOrDigit(char ch) {
    if (ch < 128) return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    return Character.isLetterOrDigit(ch);
  }

  int start(int i) {
    return start[i];
  }

  int end(int i) {
    return end[i];
  }

  /** The word-list entry of word i (its core, or the whole word when it is only punctuation), or null. */
  Entry entry(int i) {
    if (!looked[i]) {
      entries[i] = hasCore(i) ? words.get(text, coreStart[i], coreEnd[i]) : words.get(text, start[i], end[i]);
      looked[i] = true;
    }
    return entries[i];
  }

  boolean hasCore(int i) {
    return coreStart[i] < coreEnd[i];
  }

  int coreLength(int i) {
    return coreEnd[i] - coreStart[i];
  }

  /** The word compared case-insensitively with the cue word, which may require its edge punctuation. */
  boolean matches(int i, LineSegmenter.CueWord w) {
    if (w.core().isEmpty()) return text.regionMatches(start[i], w.raw(), 0, w.raw().length()) && end[i] - start[i] == w.raw().length();
    if (coreLength(i) != w.core().length() || !text.regionMatches(true, coreStart[i], w.core(), 0, w.core().length())) return false;
    return w.exactEdges() ? text.regionMatches(start[i], w.raw(), 0, w.raw().length()) && end[i] - start[i] == w.raw().length() : true;
  }

  boolean startsUpper(int i) {
    return caseOf(i) == UPPER;
  }

  boolean startsLower(int i) {
    return caseOf(i) == LOWER;
  }

  boolean startsDigit(int i) {
    return caseOf(i) == DIGIT;
  }

  /** UPPER, LOWER or DIGIT for the first character of the core, OTHER without a core; cached. */
  private byte caseOf(int i) {
    byte k = firstCase[i];
    if (k != 0) return k;
    if (!hasCore(i)) {
      k = OTHER;
    } else {
      char c = chars[coreStart[i]];
      if (c < 128) k = c >= 'a' && c <= 'z' ? LOWER : c >= 'A' && c <= 'Z' ? UPPER : c >= '0' && c <= '9' ? DIGIT : OTHER;
      else k = Character.isLowerCase(c) ? LOWER : Character.isUpperCase(c) ? UPPER : Character.isDigit(c) ? DIGIT : OTHER;
    }
    firstCase[i] = k;
    return k;
  }

  boolean startsWith(int i, char c) {
    return chars[start[i]] == c;
  }

  char lastChar(int i) {
    return chars[end[i] - 1];
  }

  /** Digits only, at most {@code max} of them. */
  boolean isNumber(int i, int max) {
    if (start[i] != coreStart[i] || end[i] != coreEnd[i] || coreLength(i) > max) return false;
    for (int c = start[i]; c < end[i]; c++) if (!Character.isDigit(chars[c])) return false;
    return true;
  }

  /** The value of a word of at most 4 digits (punctuation around it ignored), or -1. */
  int number(int i) {
    if (!hasCore(i) || coreLength(i) > 4) return -1;
    int v = 0;
    for (int c = coreStart[i]; c < coreEnd[i]; c++) {
      char ch = chars[c];
      if (ch < '0' || ch > '9') return -1;
      v = v * 10 + (ch - '0');
    }
    return v;
  }

  /** ALL CAPS letters (periods, hyphens and apostrophes allowed inside), e.g. "B." or "MULLIGAN". */
  boolean isAllCaps(int i) {
    if (!hasCore(i)) return false;
    for (int c = coreStart[i]; c < coreEnd[i]; c++) {
      char ch = chars[c];
      if (Character.isLowerCase(ch) || Character.isDigit(ch)) return false;
    }
    return true;
  }

  /** Ends with . ! or ? (closing quotes and brackets aside), but not as "Mr.", "B." or "U.S." do. */
  boolean endsSentence(int i) {
    return sentenceEnd(i) != 0;
  }

  /** The . ! or ? that ends a sentence with this word, or 0; cached (the scan asks for every word). */
  char sentenceEnd(int i) {
    char c = sentenceEnds[i];
    if (c == 0) {
      c = findSentenceEnd(i);
      sentenceEnds[i] = c == 0 ? NO_END : c;
    }
    return c == NO_END ? 0 : c;
  }

  private char findSentenceEnd(int i) {
    int e = end[i] - 1;
    while (e >= start[i] && CLOSERS.indexOf(chars[e]) >= 0) e--;
    if (e < start[i]) return 0;
    char c = chars[e];
    if (c == '!' || c == '?') return c;
    if (c != '.' || !hasCore(i) || isInitialOrAcronym(i)) return 0;
    Entry en = entry(i);
    return en == null || !en.abbreviation ? c : 0;
  }

  /** "B", "U.S", "a.m", "Ph.D": a letter or parts of at most two letters between periods. */
  private boolean isInitialOrAcronym(int i) {
    if (coreLength(i) == 1) return Character.isLetter(chars[coreStart[i]]);
    int part = 0;
    boolean dotted = false;
    for (int k = coreStart[i]; k < coreEnd[i]; k++) {
      if (chars[k] == '.') {
        dotted = true;
        part = 0;
      } else if (++part > 2) {
        return false;
      }
    }
    return dotted;
  }

  /** No punctuation before it, and none after it but one of : | / (a link of a share widget). */
  boolean isPlainWord(int i) {
    if (!hasCore(i) || coreStart[i] != start[i]) return false;
    int trailing = end[i] - coreEnd[i];
    return trailing == 0 || (trailing == 1 && ":|/".indexOf(lastChar(i)) >= 0);
  }

  /** A lone "," "|" "»" "›" "•" or "·": how an extractor joins link texts (" , ") and menu items. */
  boolean isLoneSeparator(int i) {
    return end[i] - start[i] == 1 && ",|\u00BB\u203A\u2022\u00B7".indexOf(chars[start[i]]) >= 0;
  }

  /** "6:00" or "18:50". */
  boolean isClockTime(int i) {
    int len = end[i] - start[i];
    if (len < 4 || len > 5) return false;
    int colon = end[i] - 3;
    if (chars[colon] != ':') return false;
    for (int k = start[i]; k < end[i]; k++) if (k != colon && !Character.isDigit(chars[k])) return false;
    return true;
  }

  /** Ends a label or a menu item: a word ending in ':' or '|', or a lone separator such as '|' or '*'. */
  boolean endsLabel(int i) {
    char last = lastChar(i);
    return last == ':' || last == '|' || (end[i] - start[i] == 1 && SEPARATORS.indexOf(last) >= 0);
  }

  /**
   * A word a Title Case headline or menu may contain: Capitalised, a number, a small word, or a separator;
   * not a word with brackets, a handle, a hashtag, an amount, or a comma after it (lists of names in
   * prose: "The Secretary of State, the Secretary of Defense, …").
   */
  boolean isHeadlineWord(int i) {
    if (!hasCore(i)) return end[i] - start[i] == 1 && HEADLINE_PUNCTUATION.indexOf(chars[start[i]]) >= 0;
    char first = chars[start[i]];
    char last = lastChar(i);
    if (NOT_HEADLINE_FIRST.indexOf(first) >= 0 || last == ',' || last == ')' || last == ']') return false;
    if (startsUpper(i) || startsDigit(i)) return true;
    Entry e = entry(i);
    return e != null && e.small;
  }

  boolean isSmallWord(int i) {
    if (!startsLower(i)) return false;
    Entry e = entry(i);
    return e != null && e.small;
  }
}
