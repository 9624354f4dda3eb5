package org.countrystance.clean;

/** Small allocation-free text helpers for the hot path (regex replaceAll costs ~50 ns a character). */
final class Text {
  private Text() {}

  /** Runs of whitespace (NBSP included) as one space, trimmed. */
  static String collapseSpaces(String s) {
    int n = s.length();
    StringBuilder b = null;
    boolean pendingSpace = false;
    int start = 0;
    while (start < n && isSpace(s.charAt(start))) start++;
    for (int i = start; i < n; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (b == null) {
          // Stay lazy while the text is already clean (single ASCII spaces).
          if (c == ' ' && !pendingSpace && i + 1 < n && !isSpace(s.charAt(i + 1))) continue;
          b = new StringBuilder(n);
          b.append(s, start, i);
        }
        pendingSpace = true;
      } else {
        if (b != null) {
          if (pendingSpace) b.append(' ');
          b.append(c);
        }
        pendingSpace = false;
      }
    }
    if (b == null) {
      int end = n;
      while (end > start && isSpace(s.charAt(end - 1))) end--;
      return s.substring(start, end);
    }
    return b.toString();
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\f'
        || c == '\u000B' || (c > '\u2000' && c <= '\u200A') || c == '\u3000' || c == '\u202F';
  }

  /** Without soft hyphens, zero-width characters, word joiners and byte-order marks. */
  static String removeInvisible(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && !isInvisible(s.charAt(i))) i++;
    if (i == n) return s;
    StringBuilder b = new StringBuilder(n);
    b.append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!isInvisible(c)) b.append(c);
    }
    return b.toString();
  }

  private static boolean isInvisible(char c) {
    return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
  }
}
