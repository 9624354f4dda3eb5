package org.countrystance.country;

import java.io.Serializable;
import org.countrystance.config.ConfTable;
import org.countrystance.config.RuleTables;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Cuts article text into sentences at '.', '!' or '?' followed by a space and a capital (or a blank line or
 * a new line that starts a list item or heading),
 * except after titles ("Gen.", "Mr."), month abbreviations ("Dec. 19") and initials ("George W. Bush"); after
 * a dotted abbreviation ("U.S.", "Inc.") only when the next word usually starts a sentence ("The", "He").
 * Word lists come from {@code conf/sentences/abbreviations.tsv}.
 */
public final class SentenceSplitter implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String ABBREVIATIONS = "sentences/abbreviations.tsv";

  private final Set<String> neverSplitAfter = new HashSet<>();
  private final Set<String> ambiguousAbbreviations = new HashSet<>();
  private final Set<String> sentenceStarters = new HashSet<>();

  public SentenceSplitter(ConfTable abbreviations) {
    int word = abbreviations.column("word");
    int type = abbreviations.column("type");
    for (String[] r : abbreviations.rows()) {
      String w = ConfTable.cell(r, word).toLowerCase(Locale.ROOT);
      switch (ConfTable.cell(r, type)) {
        case "title", "month" -> neverSplitAfter.add(w);
        case "other" -> ambiguousAbbreviations.add(w);
        case "starter" -> sentenceStarters.add(w);
        default -> throw new IllegalStateException("abbreviations.tsv: expected type title|month|other|starter, got "
            + ConfTable.cell(r, type));
      }
    }
  }

  public static SentenceSplitter loadDefault() {
    return from(ConfTable::readDefault);
  }

  public static SentenceSplitter load(RuleTables rules) {
    return from(relative -> ConfTable.from(rules, relative));
  }

  private static SentenceSplitter from(Function<String, ConfTable> tables) {
    return new SentenceSplitter(tables.apply(ABBREVIATIONS));
  }

  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int n = text.length();
    int from = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int boundary = -1;
      if (c == '\n') {
        int k = i + 1;
        while (k < n && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
          k++;
        }
        if (k < n && (text.charAt(k) == '\n' || startsListItem(text, k))) {
          boundary = i;
        }
      } else if (c == '.' || c == '!' || c == '?') {
        boundary = endOfSentenceAt(text, i);
      }
      if (boundary >= 0) {
        add(out, text, from, boundary);
        from = boundary;
        i = Math.max(i, boundary - 1);
      }
    }
    add(out, text, from, n);
    return out;
  }

  /** Index just after the sentence ending at the punctuation {@code i}, or -1 when it does not end there. */
  private int endOfSentenceAt(String text, int i) {
    int n = text.length();
    int j = i + 1;
    while (j < n && (".!?\"'\u201D\u2019)]".indexOf(text.charAt(j)) >= 0)) {
      j++;
    }
    if (j < n && !Character.isWhitespace(text.charAt(j))) {
      return -1;
    }
    int k = j;
    while (k < n && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    if (k == n) {
      return j;
    }
    char next = text.charAt(k);
    if (Character.isLowerCase(next)) {
      return -1;
    }
    if (text.charAt(i) != '.') {
      return j;
    }
    int w = i;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, i).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
      return -1;
    }
    if (neverSplitAfter.contains(word)) {
      return -1;
    }
    if (word.indexOf('.') >= 0 || ambiguousAbbreviations.contains(word)) {
      return sentenceStarters.contains(nextWord(text, k)) ? j : -1;
    }
    return j;
  }

  /** A line that starts a list item or heading ("- ", "* ", "\u2022 ", "# ") is a sentence of its own. */
  private static boolean startsListItem(String text, int k) {
    char c = text.charAt(k);
    return (c == '-' || c == '*' || c == '\u2022' || c == '#') && k + 1 < text.length()
        && (text.charAt(k + 1) == ' ' || text.charAt(k + 1) == '#');
  }

  private static String nextWord(String text, int k) {
    int e = k;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(k, e).toLowerCase(Locale.ROOT);
  }

  private static void add(List<Sentence> out, String text, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      out.add(new Sentence(out.size(), s, e, text.substring(s, e)));
    }
  }
}
