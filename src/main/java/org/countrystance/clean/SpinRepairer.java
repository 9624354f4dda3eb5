package org.countrystance.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Repairs article-spinner artefacts ("once morest" -> "against") from {@code conf/cleaning/spinner.tsv},
 * on word boundaries, carrying the case of the artefact over to the repair. Artefacts are indexed by
 * their first word, so the text is scanned once whatever the size of the table.
 */
final class SpinRepairer {
  /** One table row: the artefact as words, its repair, and whether its case must match exactly. */
  record Entry(String[] words, String repair, boolean exactCase) implements java.io.Serializable {}

  /** The repaired text and the number of repairs made. */
  record Repaired(String text, int repairs) {}

  /** Looked up for every word of every paragraph: case-insensitive, without copying the word. */
  private final WordIndex<List<Entry>> byFirstWord = new WordIndex<>();

  SpinRepairer(List<Entry> entries) {
    for (Entry e : entries) byFirstWord.computeIfAbsent(e.words()[0], ArrayList::new).add(e);
  }

  static Entry entry(String artefact, String repair, String caseMode) {
    if (!caseMode.equals("any") && !caseMode.equals("exact")) {
      throw new IllegalArgumentException("spinner rule " + artefact + ": expected case any|exact, got " + caseMode);
    }
    return new Entry(artefact.strip().split("\\s+"), repair.strip(), caseMode.equals("exact"));
  }

  Repaired repair(String text) {
    StringBuilder out = null;
    int copied = 0;
    int repairs = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int wordEnd = wordEnd(text, i);
      List<Entry> candidates = byFirstWord.get(text, i, wordEnd);
      int matchEnd = -1;
      Entry matched = null;
      if (candidates != null) {
        for (Entry e : candidates) {
          int end = matchAt(text, i, e);
          if (end > matchEnd) {
            matchEnd = end;
            matched = e;
          }
        }
      }
      if (matched == null) {
        i = wordEnd;
        continue;
      }
      if (out == null) out = new StringBuilder(n + 16);
      out.append(text, copied, i).append(withCaseOf(text.substring(i, matchEnd), matched));
      copied = matchEnd;
      repairs++;
      i = matchEnd;
    }
    if (out == null) return new Repaired(text, 0);
    return new Repaired(out.append(text, copied, n).toString(), repairs);
  }

  /** The end of the artefact if it starts at {@code start} and ends on a word boundary, else -1. */
  private static int matchAt(String text, int start, Entry e) {
    int pos = start;
    for (int w = 0; w < e.words().length; w++) {
      if (w > 0) {
        int spaces = pos;
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
        if (pos == spaces) return -1;
      }
      String word = e.words()[w];
      if (!text.regionMatches(!e.exactCase(), pos, word, 0, word.length())) return -1;
      pos += word.length();
    }
    if (pos < text.length() && isWordChar(text.charAt(pos))) return -1;
    return pos;
  }

  private static String withCaseOf(String found, Entry e) {
    String repair = e.repair();
    if (e.exactCase() || repair.isEmpty()) return repair;
    boolean allUpper = found.chars().filter(Character::isLetter).count() > 1
        && found.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    if (allUpper) return repair.toUpperCase(Locale.ROOT);
    if (Character.isUpperCase(found.charAt(0))) {
      return Character.toUpperCase(repair.charAt(0)) + repair.substring(1);
    }
    return repair;
  }

  private static int wordEnd(String text, int i) {
    while (i < text.length() && isWordChar(text.charAt(i))) i++;
    return i;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
