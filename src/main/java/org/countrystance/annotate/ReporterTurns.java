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
 * keep whatever their own words and acts say.
 */
public final class ReporterTurns {
  private static final String SPACE = "[ \\t\\u00A0\\u2007\\u202F]";
  private static final Pattern QUESTION = Pattern.compile("(?m)^" + SPACE + "*Q(?:" + SPACE + "+|:" + SPACE + "*)(?=\\S)");
  private static final Pattern SPEAKER = Pattern.compile(
      "(?m)^" + SPACE + "*(?:[A-Z][A-Z.'\\-]*" + SPACE + "+){0,4}[A-Z][A-Z.'\\-]+:");

  private final String text;
  private final List<int[]> turns;

  private ReporterTurns(String text, List<int[]> turns) {
    this.text = text;
    this.turns = turns;
  }

  /** The reporters' turns of a text (none when it holds no "Q" line). */
  public static ReporterTurns of(String text) {
    List<int[]> turns = new ArrayList<>();
    Matcher q = QUESTION.matcher(text);
    int from = 0;
    while (from < text.length() && q.find(from)) {
      Matcher s = SPEAKER.matcher(text);
      int end = s.find(q.end()) ? s.start() : text.length();
      turns.add(new int[] {q.start(), end});
      from = end;
    }
    return new ReporterTurns(text, turns);
  }

  /** Whether the text from {@code offset} (its first character after white space) lies in a reporter's turn. */
  public boolean reporterAt(int offset) {
    while (offset < text.length()
        && (Character.isWhitespace(text.charAt(offset)) || Character.isSpaceChar(text.charAt(offset)))) {
      offset++;
    }
    for (int[] t : turns) {
      if (offset >= t[0] && offset < t[1]) {
        return true;
      }
    }
    return false;
  }
}
