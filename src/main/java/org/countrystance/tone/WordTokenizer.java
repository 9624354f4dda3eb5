package org.countrystance.tone;

import java.util.Arrays;

/**
 * Splits a sentence into lower-cased word tokens in one pass over its characters (no regex),
 * keeping each token's character offsets, whether it was written in capitals and whether a clause
 * boundary (, ; : ( ) dash) separates it from the previous token. Possessive "'s" is dropped and
 * typographic apostrophes become ASCII so that "don’t" and "don't" look the same.
 */
public final class WordTokenizer {
  private WordTokenizer() {}

  /** Tokens of one sentence, as parallel arrays of length {@link #size()}. */
  public static final class Tokens {
    private int n;
    String[] lower = new String[32];
    int[] start = new int[32];
    int[] end = new int[32];
    boolean[] boundaryBefore = new boolean[32];
    boolean[] quotesOnlyBefore = new boolean[32];
    boolean[] caps = new boolean[32];
    boolean anyLowerCase;

    public int size() { return n; }
    public String lower(int i) { return lower[i]; }
    public int start(int i) { return start[i]; }
    public int end(int i) { return end[i]; }
    public boolean boundaryBefore(int i) { return boundaryBefore[i]; }
    /** The boundary before token i is quotation marks only ("accused the West of “nuclear blackmail”"). */
    public boolean quotesOnlyBefore(int i) { return quotesOnlyBefore[i]; }
    /** Written in capitals (two letters or more) while the sentence is not all capitals. */
    public boolean emphasised(int i) { return caps[i] && anyLowerCase; }

    void add(String word, int s, int e, boolean boundary, boolean quotesOnly, boolean allCaps) {
      if (n == lower.length) {
        int c = n * 2;
        lower = Arrays.copyOf(lower, c);
        start = Arrays.copyOf(start, c);
        end = Arrays.copyOf(end, c);
        boundaryBefore = Arrays.copyOf(boundaryBefore, c);
        quotesOnlyBefore = Arrays.copyOf(quotesOnlyBefore, c);
        caps = Arrays.copyOf(caps, c);
      }
      lower[n] = word;
      start[n] = s;
      end[n] = e;
      boundaryBefore[n] = boundary;
      quotesOnlyBefore[n] = boundary && quotesOnly;
      caps[n] = allCaps;
      n++;
    }
  }

  public static Tokens tokenize(String sentence) {
    Tokens t = new Tokens();
    char[] buf = new char[Math.max(16, sentence.length())];
    int len = 0;
    int tokenStart = -1;
    int upper = 0;
    int letters = 0;
    boolean boundary = false;
    boolean quotesOnly = true;
    for (int i = 0, n = sentence.length(); i <= n; i++) {
      char c = i < n ? sentence.charAt(i) : ' ';
      boolean wordChar = Character.isLetterOrDigit(c);
      boolean joiner = (c == '\'' || c == '\u2019' || c == '-') && len > 0 && i + 1 < n
          && Character.isLetterOrDigit(sentence.charAt(i + 1));
      if (wordChar || joiner) {
        if (len == 0) {
          tokenStart = i;
        }
        if (Character.isUpperCase(c)) {
          upper++;
        } else if (Character.isLowerCase(c)) {
          t.anyLowerCase = true;
        }
        if (Character.isLetter(c)) {
          letters++;
        }
        buf[len++] = c == '\u2019' ? '\'' : Character.toLowerCase(c);
        continue;
      }
      if (len > 0) {
        int keep = len;
        if (keep > 2 && buf[keep - 2] == '\'' && buf[keep - 1] == 's') {
          keep -= 2;
        }
        t.add(new String(buf, 0, keep), tokenStart, i, boundary, quotesOnly, upper >= 2 && upper == letters);
        len = 0;
        upper = 0;
        letters = 0;
        boundary = false;
        quotesOnly = true;
      }
      if (isBoundary(c)) {
        boundary = true;
        quotesOnly &= c == '"' || c == '\u201c' || c == '\u201d';
      }
    }
    return t;
  }

  private static boolean isBoundary(char c) {
    return c == ',' || c == ';' || c == '-' || c == ':' || c == '(' || c == ')' || c == '\u2014' || c == '\u2015'
        || c == '\u2013' || c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201c'
        || c == '\u201d';
  }
}
