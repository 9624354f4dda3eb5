package org.countrystance.country;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A sentence cut into word and punctuation tokens with their character spans and a normalised key
 * (lower case, diacritics and curly apostrophes folded). Words keep internal apostrophes ("N'Djamena")
 * but a possessive "'s" is its own token; hyphens are their own token ("Guinea", "-", "Bissau"); dotted
 * abbreviations stay whole ("U.S.", "D.C."). The same cutting is used for gazetteer surfaces and text,
 * so that a match is always a run of whole tokens ("Niger" never matches inside "Nigeria").
 */
public final class Tokens {
  final String text;
  int size;
  int[] start;
  int[] end;
  String[] key;

  private Tokens(String text, int capacity) {
    this.text = text;
    start = new int[capacity];
    end = new int[capacity];
    key = new String[capacity];
  }

  public static Tokens of(String text) {
    Tokens t = new Tokens(text, Math.max(8, text.length() / 4));
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int address = t.webAddressEnd(i);
        if (address > i) {
          t.add(i, address);
          i = address;
        } else {
          i = t.word(i);
        }
      } else if (isApostrophe(c) && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
          && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
        t.add(i, i + 2);
        i += 2;
      } else {
        t.add(i, i + 1);
        i++;
      }
    }
    return t;
  }

  /**
   * Where a web address starting at {@code i} ends ("https://apnews.com/hub/russia-ukraine", "www.state.gov"),
   * without the punctuation that closes its sentence or clause; {@code i} itself when none starts there. An
   * address is one token, so no country is ever matched inside it.
   */
  private int webAddressEnd(int i) {
    char c = Character.toLowerCase(text.charAt(i));
    if (c != 'h' && c != 'w'
        || i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && "(\"'\u201c<[".indexOf(text.charAt(i - 1)) < 0) {
      return i;
    }
    if (!text.regionMatches(true, i, "http://", 0, 7) && !text.regionMatches(true, i, "https://", 0, 8)
        && !text.regionMatches(true, i, "www.", 0, 4)) {
      return i;
    }
    int j = i;
    while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    while (j > i && ".,;:!?)\"'\u201d>]".indexOf(text.charAt(j - 1)) >= 0) {
      j--;
    }
    return j;
  }

  private int word(int i) {
    int n = text.length();
    int j = i;
    while (j < n) {
      char c = text.charAt(j);
      if (Character.isLetterOrDigit(c) || c == '\u00AD') {
        j++;
      } else if ((c == ',' || c == '.') && j + 1 < n && Character.isDigit(text.charAt(j + 1)) && j > i
          && Character.isDigit(text.charAt(j - 1))) {
        j++; // "25,000", "3.5"
      } else if (isApostrophe(c) && j + 1 < n && Character.isLetter(text.charAt(j + 1))
          && !(j + 2 <= n && isPossessive(j))) {
        j++;
      } else {
        break;
      }
    }
    // dotted abbreviation: single letters each followed by a dot ("U.S.", "D.R.", "a.m.")
    if (j - i == 1 && j + 1 < n && text.charAt(j) == '.' && Character.isLetter(text.charAt(j + 1))) {
      int k = j;
      while (k + 1 < n && text.charAt(k) == '.' && Character.isLetter(text.charAt(k + 1))
          && (k + 2 == n || !Character.isLetter(text.charAt(k + 2)))) {
        k += 2;
      }
      if (k > j) {
        j = k < n && text.charAt(k) == '.' ? k + 1 : k;
      }
    }
    add(i, j);
    return j;
  }

  private boolean isPossessive(int j) {
    int n = text.length();
    char s = text.charAt(j + 1);
    return (s == 's' || s == 'S') && (j + 2 == n || !Character.isLetterOrDigit(text.charAt(j + 2)));
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
  }

  private void add(int s, int e) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      key = Arrays.copyOf(key, cap);
    }
    start[size] = s;
    end[size] = e;
    key[size] = normalise(text, s, e);
    size++;
  }

  /** Lower case, with diacritics removed and apostrophes made straight; plain ASCII words take the fast path. */
  static String normalise(String text, int s, int e) {
    boolean plain = true;
    for (int i = s; i < e; i++) {
      if (text.charAt(i) > 127) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return text.substring(s, e).toLowerCase(Locale.ROOT);
    }
    StringBuilder b = new StringBuilder(e - s);
    boolean marks = false;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (isApostrophe(c)) {
        b.append('\'');
      } else if (c != '\u00AD') {
        marks |= c > 127 && Character.isLetter(c);
        b.append(c);
      }
    }
    String w = b.toString();
    if (marks) {
      w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
    }
    return w.toLowerCase(Locale.ROOT);
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  public int size() {
    return size;
  }

  public String key(int i) {
    return key[i];
  }

  public int start(int i) {
    return start[i];
  }

  public int end(int i) {
    return end[i];
  }

  /** The token as written. */
  public String raw(int i) {
    return text.substring(start[i], end[i]);
  }

  public char firstChar(int i) {
    return text.charAt(start[i]);
  }

  /** True for a word whose first letter is upper case ("Jordan", "NATO"). */
  public boolean isCapitalised(int i) {
    return Character.isUpperCase(text.charAt(start[i]));
  }

  public String text() {
    return text;
  }
}
