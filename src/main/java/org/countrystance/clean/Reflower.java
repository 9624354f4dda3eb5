package org.countrystance.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits decoded text into paragraphs, re-joining hard-wrapped lines (text wrapped at a fixed column,
 * like the ~72-character White House pages) without merging real paragraph breaks or list items.
 */
final class Reflower {
  private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]*(?:[-+*\u2022\u00B7\u25AA]|\\d{1,3}[.)])[ \\t]+\\S.*");
  private static final Pattern LIST_MARKER = Pattern.compile("^[ \\t]*([-+*\u2022\u00B7\u25AA]|\\d{1,3}[.)])[ \\t]+");
  /** A greedy wrapper breaks when the next word does not fit; allow this much error in the width estimate. */
  private static final int WIDTH_SLACK = 8;

  /** The paragraphs, whitespace-normalised, and whether any wrapped lines were joined. */
  record Reflowed(List<String> paragraphs, boolean joinedLines) {}

  Reflowed reflow(String text) {
    String[] lines = text.split("\n", -1);
    int width = wrapWidth(lines);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = null;
    boolean joined = false;
    boolean inListItem = false;
    String previous = null;
    for (String line : lines) {
      if (line.isBlank()) {
        flush(paragraphs, current);
        current = null;
        previous = null;
        inListItem = false;
        continue;
      }
      boolean listStart = LIST_ITEM.matcher(line).matches();
      boolean join = current != null && !listStart && (!hardBreak(previous) || line.strip().startsWith("]("))
          && (softWrapped(previous, line, width) || (inListItem && indented(line)));
      if (join) {
        current.append(' ').append(line.strip());
        joined = true;
      } else {
        flush(paragraphs, current);
        current = new StringBuilder(listStart ? normaliseMarker(line) : line.strip());
        inListItem = listStart;
      }
      previous = line;
    }
    flush(paragraphs, current);
    return new Reflowed(paragraphs, joined);
  }

  /**
   * The column the text is wrapped at, or 0 when it is not hard-wrapped: the 90th percentile of the
   * lengths of lines that continue into another line, if most of those were broken only because the
   * next word would not have fitted.
   */
  static int wrapWidth(String[] lines) {
    int n = 0;
    int[] lengths = new int[lines.length];
    for (int i = 0; i + 1 < lines.length; i++) {
      if (isContinuationCandidate(lines[i], lines[i + 1])) lengths[n++] = lines[i].stripTrailing().length();
    }
    if (n < 3) return 0;
    int[] sorted = Arrays.copyOf(lengths, n);
    Arrays.sort(sorted);
    int width = sorted[Math.min(n - 1, (int) Math.floor(n * 0.9))];
    if (width < 30 || width > 120) return 0;
    int fitting = 0;
    for (int i = 0, k = 0; i + 1 < lines.length; i++) {
      if (!isContinuationCandidate(lines[i], lines[i + 1])) continue;
      if (lengths[k++] + 1 + firstWordLength(lines[i + 1]) > width - WIDTH_SLACK) fitting++;
    }
    return fitting >= 0.6 * n ? width : 0;
  }

  private static boolean isContinuationCandidate(String line, String next) {
    return !line.isBlank() && !next.isBlank() && !hardBreak(line) && line.strip().indexOf(' ') > 0
        && !LIST_ITEM.matcher(next).matches();
  }

  private static boolean softWrapped(String previous, String line, int width) {
    String next = line.strip();
    if (next.startsWith("](")) return true; // a markdown link whose text was broken before its target
    if (width == 0) return false;
    if (previous.stripTrailing().length() + 1 + firstWordLength(line) > width - WIDTH_SLACK) return true;
    // Removed tags or link targets shortened the line; a sentence running on in lower case was wrapped.
    return Character.isLowerCase(next.charAt(0)) && !endsClause(previous.stripTrailing());
  }

  private static boolean endsClause(String s) {
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
  }

  /** Markdown's explicit line break: two trailing spaces or a trailing backslash. */
  private static boolean hardBreak(String line) {
    int n = line.length();
    return n >= 2 && (line.endsWith("  ") || line.endsWith("\t") || line.charAt(n - 1) == '\\');
  }

  private static boolean indented(String line) {
    return line.startsWith("  ") || line.startsWith("\t");
  }

  private static int firstWordLength(String line) {
    String s = line.strip();
    int i = s.indexOf(' ');
    return i < 0 ? s.length() : i;
  }

  private static String normaliseMarker(String line) {
    var m = LIST_MARKER.matcher(line);
    if (!m.find()) return line.strip();
    String marker = m.group(1);
    if (!Character.isDigit(marker.charAt(0))) marker = "-";
    return marker + " " + line.substring(m.end()).strip();
  }

  private static void flush(List<String> paragraphs, StringBuilder current) {
    if (current == null) return;
    String p = Text.collapseSpaces(current.toString());
    if (p.endsWith("\\")) p = p.substring(0, p.length() - 1).stripTrailing();
    if (!p.isEmpty()) paragraphs.add(p);
  }
}
