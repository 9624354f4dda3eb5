package org.countrystance.clean;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Repairs text that was decoded with the wrong charset before it reached us: mojibake sequences from
 * {@code mojibake.tsv} ("â€™" to ’, "Ã©" to é) and replacement characters (U+FFFD) where the lost
 * character can only be an apostrophe ("Russia��s" to "Russia's"); marks typed in place of an apostrophe
 * (an acute accent, "Russia´s", "isn´t", "Ukrainians´ pride"; a left quotation mark or a grave accent,
 * "you‘ve", "don`t"), which NFKC would split into a space and a combining accent; counts what it repaired
 * and what damage it left.
 */
final class EncodingRepairer {
  static final char REPLACEMENT = '\uFFFD';
  /**
   * Contractions after a pronoun or modal ("we�ve", "I�m", "they�re", "could�ve"): "ve" after another word
   * may be a lost letter ("na�ve"), so only these words take them; "s" takes any word (a possessive) and
   * "t" any word ending in "n" ("don�t").
   */
  private static final Set<String> CONTRACTING = Set.of("i", "you", "we", "they", "he", "she", "it", "who",
      "that", "there", "what", "would", "could", "should", "might", "must");
  private static final Set<String> CONTRACTIONS = Set.of("re", "ve", "ll", "d", "m");
  /**
   * Marks typed in place of an apostrophe: the acute accent (U+00B4), the left single quotation mark (U+2018)
   * and the grave accent. Only where {@link #isApostrophe} says an apostrophe stands, so "Hawai‘i" and
   * "O‘ahu" (the ʻokina) and a quotation ("the ‘liberation’") keep theirs; the acute accent, never a quotation
   * mark, also after the "s" of a plural possessive ("Ukrainians´ pride").
   */
  private static final String APOSTROPHE_LOOKALIKES = "\u00B4\u2018`";
  /** The longest mojibake sequence: a 3-byte UTF-8 character read as three characters. */
  private static final int MAX_SEQUENCE = 3;

  private final Map<String, String> mojibake;
  /** The first character of every sequence: text without one of these is left untouched cheaply. */
  private final boolean[] lead = new boolean[0x180];

  /** One table row: a sequence of wrong characters and the character it stands for. */
  record Entry(String sequence, String character) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  EncodingRepairer(Iterable<Entry> entries) {
    this.mojibake = new HashMap<>();
    for (Entry e : entries) {
      mojibake.put(e.sequence(), e.character());
      lead[e.sequence().charAt(0)] = true;
    }
  }

  /** The repaired text, how many characters were repaired, and how many damaged spots are left. */
  record Repaired(String text, int repaired, int bad) {}

  /**
   * Repairs {@code s}. A run of U+FFFD becomes an apostrophe only when {@code english} (the article
   * has English function words: "apr�s" in French text is "après", not "apr's"), a letter precedes it
   * and an English ending follows it as a whole word end; every other run is left and counted bad.
   */
  Repaired repair(String s, boolean english) {
    if (s == null) return new Repaired(null, 0, 0);
    StringBuilder b = null;
    int repaired = 0;
    int bad = 0;
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      String replacement = null;
      int length = 0;
      if (c < lead.length && lead[c]) {
        for (int k = Math.min(MAX_SEQUENCE, n - i); k >= 2 && replacement == null; k--) {
          replacement = mojibake.get(s.substring(i, i + k));
          length = k;
        }
        if (replacement == null) length = 0;
      } else if (c == REPLACEMENT) {
        length = 1;
        while (i + length < n && s.charAt(i + length) == REPLACEMENT) length++;
        if (english && isApostrophe(s, i, i + length)) replacement = "'";
        else bad++;
      } else if (english && APOSTROPHE_LOOKALIKES.indexOf(c) >= 0
          && (isApostrophe(s, i, i + 1) || (c == '\u00B4' && isAcuteApostrophe(s, i)))) {
        replacement = "'";
        length = 1;
      }
      if (replacement != null) {
        if (b == null) b = new StringBuilder(n).append(s, 0, i);
        b.append(replacement);
        repaired++;
        i += length;
      } else {
        int step = Math.max(1, length);
        if (b != null) b.append(s, i, i + step);
        i += step;
      }
    }
    return new Repaired(b == null ? s : b.toString(), repaired, bad);
  }

  /** Whether {@code s[from, to)} sits between an ASCII word and an English ending that ends the word. */
  static boolean isApostrophe(String s, int from, int to) {
    int start = from;
    while (start > 0 && isAsciiLetter(s.charAt(start - 1))) start--;
    if (start == from || (start > 0 && Character.isLetter(s.charAt(start - 1)))) return false;
    int end = to;
    while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
    String word = s.substring(start, from).toLowerCase(java.util.Locale.ROOT);
    String ending = s.substring(to, end).toLowerCase(java.util.Locale.ROOT);
    return switch (ending) {
      case "s" -> true;
      case "t" -> word.endsWith("n");
      default -> CONTRACTIONS.contains(ending) && CONTRACTING.contains(word);
    };
  }

  /**
   * Whether the acute accent at {@code s[at]}, where {@link #isApostrophe} does not say so, is still one: after an
   * ASCII word ending in "s" with no letter after it ("the states´ access"), or between an abbreviation's dot and
   * a possessive "s" ("the U.K.´s").
   */
  static boolean isAcuteApostrophe(String s, int at) {
    boolean wordEndsAfter = at + 1 == s.length() || !Character.isLetter(s.charAt(at + 1));
    if (at >= 2 && s.charAt(at - 1) == '.' && isAsciiLetter(s.charAt(at - 2))) {
      return at + 2 <= s.length() && s.charAt(at + 1) == 's'
          && (at + 2 == s.length() || !Character.isLetter(s.charAt(at + 2)));
    }
    int start = at;
    while (start > 0 && isAsciiLetter(s.charAt(start - 1))) start--;
    if (at - start < 2 || (start > 0 && Character.isLetter(s.charAt(start - 1)))) return false;
    char last = s.charAt(at - 1);
    return (last == 's' || last == 'S') && wordEndsAfter;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
