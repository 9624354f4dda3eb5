package org.countrystance.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporters' turns of a press-briefing transcript: from a line that opens with "Q" (how briefing
 * transcripts mark a question from the press) to the next line that opens with a speaker's label in
 * capitals ("MS. JEAN-PIERRE:", "THE PRESIDENT:"). A reporter speaks there, not the publishing
 * government, so the text's author country states nothing in those sentences; countries named in them
 * keep whatever their own words and acts say. Also the labelled quotes of an official page that collects
 * what others say: a line that opens with a bold label and a quotation mark ("**Name, Title, Organisation:**
 * “...”"), to the closing quotation mark or the end of the paragraph; who speaks there is the label's,
 * which {@link #labelAt} gives.
 */
public final class ReporterTurns {
  private static final String SPACE = "[ \\t\\u00A0\\u2007\\u202F]";
  private static final Pattern QUESTION = Pattern.compile("(?m)^" + SPACE + "*Q(?:" + SPACE + "+|:" + SPACE + "*)(?=\\S)");
  private static final Pattern SPEAKER = Pattern.compile(
      "(?m)^" + SPACE + "*(?:[A-Z][A-Z.'\\-]*" + SPACE + "+){0,4}[A-Z][A-Z.'\\-]+:");

  private static final Pattern LABELLED_QUOTE = Pattern.compile(
      "(?m)^" + SPACE + "*\\*\\*([^*\\n]{2,200}?)(?::\\*\\*|\\*\\*:)" + SPACE + "*[\u201C\"]");

  private static final Pattern BLANK_LINE = Pattern.compile("\n" + SPACE + "*\n");

  private final String text;
  private final List<int[]> turns;
  /** Labelled quotes: start of the label's line, end of the quote, start and end of the label. */
  private final List<int[]> quotes;

  private ReporterTurns(String text, List<int[]> turns, List<int[]> quotes) {
    this.text = text;
    this.turns = turns;
    this.quotes = quotes;
  }

  /** The reporters' turns of a text (none when it holds no "Q" line). */
  public static ReporterTurns of(String text) {
    List<int[]> turns = new ArrayList<>();
    Matcher q = QUESTION.matcher(text);
    int from = 0;
    // most texts have no such line, and the multi-line patterns would try every character of them
    boolean questions = someLineOpensWith(text, "Q");
    while (questions && from < text.length() && q.find(from)) {
      Matcher s = SPEAKER.matcher(text);
      int end = s.find(q.end()) ? s.start() : text.length();
      turns.add(new int[] {q.start(), end});
      from = end;
    }
    List<int[]> quotes = new ArrayList<>();
    Matcher l = LABELLED_QUOTE.matcher(text);
    Matcher blank = BLANK_LINE.matcher(text);
    boolean labels = someLineOpensWith(text, "**");
    while (labels && l.find()) {
      // to the closing quotation mark, or to the end of the paragraph when it has none
      int paragraphEnd = blank.find(l.end()) ? blank.start() : text.length();
      int close = text.indexOf(text.charAt(l.end() - 1) == '"' ? '"' : '\u201D', l.end());
      int end = close < 0 ? paragraphEnd : Math.min(close + 1, paragraphEnd);
      quotes.add(new int[] {l.start(), end, l.start(1), l.end(1)});
    }
    return new ReporterTurns(text, turns, quotes);
  }

  /**
   * Whether a line of the text (as the patterns' multi-line "^" sees lines) opens with the prefix after
   * {@link #SPACE} characters: a pattern that needs such a line cannot match without one.
   */
  static boolean someLineOpensWith(String text, String prefix) {
    boolean lineStart = true;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (lineStart) {
        int j = i;
        while (j < n && isSpace(text.charAt(j))) {
          j++;
        }
        if (text.startsWith(prefix, j)) {
          return true;
        }
      }
      lineStart = c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  /** Whether the text from {@code offset} (its first character after white space) lies in a reporter's turn. */
  public boolean reporterAt(int offset) {
    offset = skipSpace(offset);
    for (int[] t : turns) {
      if (offset >= t[0] && offset < t[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The label's start and end in the text when the text from {@code offset} (its first character after white
   * space) lies in a labelled quote; null otherwise.
   */
  public int[] labelAt(int offset) {
    offset = skipSpace(offset);
    for (int[] q : quotes) {
      if (offset >= q[0] && offset < q[1]) {
        return new int[] {q[2], q[3]};
      }
    }
    return null;
  }

  private int skipSpace(int offset) {
    while (offset < text.length()
        && (Character.isWhitespace(text.charAt(offset)) || Character.isSpaceChar(text.charAt(offset)))) {
      offset++;
    }
    return offset;
  }
}
