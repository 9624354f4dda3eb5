package org.countrystance.clean;

import java.util.List;

/**
 * The rules of {@code inline_boilerplate.tsv} that match a shape instead of a phrase: runs of share
 * links, page numbers, time stamps, bylines, dated links to other stories, tag lists and menus, runs of
 * headline words (menus, lists of headlines). Each returns the end of the stretch it matches, or -1.
 */
final class StructuralRules {
  /** A headline run longer than this is not looked at (menus and headline lists are shorter). */
  private static final int MAX_RUN = 200;
  /** A dated link's headline is at most this long. */
  private static final int MAX_LINK_WORDS = 30;
  /** A tag or menu item is at most this many words. */
  private static final int MAX_ITEM_WORDS = 4;
  /** A run ending in a dash is speech broken off ("Or —"), not a menu. */
  private static final String DASHES = "-\u2013\u2014";

  private final LineSegmenter segmenter;
  private int linkRun;
  private int pageNumbers;
  private boolean timestamp;
  private int byline;
  private int datedLink;
  private int separatedList;
  private int titleRun;
  private int titleTail;
  private int longLine = Integer.MAX_VALUE;

  StructuralRules(List<LineSegmenter.Rule> rules, LineSegmenter segmenter) {
    this.segmenter = segmenter;
    for (LineSegmenter.Rule r : rules) {
      if (LineSegmenter.context(r) != LineSegmenter.Context.START) {
        throw new IllegalArgumentException("inline boilerplate rule: expected context start for " + r.extent()
            + ", got " + r.context() + " in " + r);
      }
      switch (r.extent()) {
        case "link_run" -> linkRun = r.words();
        case "page_numbers" -> pageNumbers = r.words();
        case "timestamp" -> timestamp = true;
        case "byline" -> byline = r.words();
        case "dated_link" -> datedLink = r.words();
        case "separated_list" -> separatedList = r.words();
        case "title_run" -> titleRun = r.words();
        case "title_tail" -> titleTail = r.words();
        case "long_line" -> longLine = r.words();
        default -> throw new IllegalArgumentException("inline boilerplate rule: expected extent label|bare|sentence|"
            + "titles|list|run_word|link_run|page_numbers|timestamp|byline|dated_link|separated_list|title_run|"
            + "title_tail|long_line, got " + r.extent() + " in " + r);
      }
    }
  }

  /**
   * The end of the stretch a structural rule matches at word i, or -1. Headline rules apply to long
   * lines only (a one-line scrape, not a paragraph of a list of nominees), need a strong segment start
   * (after a sentence or a removed stretch, not after "Southwest:" inside a title) and never take the
   * paragraph's first word: a one-line scrape starts with the page's own title.
   */
  int matchAt(LineTokens t, int i, boolean strong, boolean start) {
    int to = linkRun(t, i, start);
    if (to > i || !start) return to;
    if ((to = pageNumbers(t, i)) > i) return to;
    if ((to = timestamp(t, i)) > i) return to;
    if ((to = byline(t, i)) > i) return to;
    if ((to = separatedList(t, i)) > i) return to;
    if (i == 0 || !strong || t.size < longLine) return -1;
    if ((to = datedLink(t, i)) > i) return to;
    return titleRun(t, i);
  }

  /** "Facebook Twitter Email": share-link words, at least linkRun of them at a segment start, one more elsewhere. */
  private int linkRun(LineTokens t, int i, boolean start) {
    if (linkRun <= 0) return -1;
    int m = i;
    while (m < t.size && t.startsUpper(m) && t.entry(m) != null && t.entry(m).runWord && t.isPlainWord(m)) m++;
    return m - i >= (start ? linkRun : linkRun + 1) ? m : -1;
  }

  /** "3 4 5 6 7": numbers counting up by one. */
  private int pageNumbers(LineTokens t, int i) {
    if (pageNumbers <= 0 || !t.isNumber(i, 4)) return -1;
    int m = i + 1;
    while (m < t.size && t.isNumber(m, 4) && t.number(m) == t.number(m - 1) + 1) m++;
    return m - i >= pageNumbers ? m : -1;
  }

  /** "February 1, 2012, 6:00 am": a date with a clock time (a date alone may start a sentence). */
  private int timestamp(LineTokens t, int i) {
    if (!timestamp || i + 3 >= t.size || !isMonth(t, i)) return -1;
    int day = t.number(i + 1);
    int year = t.number(i + 2);
    if (day < 1 || day > 31 || t.lastChar(i + 1) != ',' || year < 1900 || year > 2100) return -1;
    if (!t.isClockTime(i + 3)) return -1;
    int m = i + 4;
    while (m < t.size && m < i + 6 && t.entry(m) != null && t.entry(m).timeWord) m++;
    return m;
  }

  /** "By CASEY B. MULLIGAN": By and two to `byline` words in capitals. */
  private int byline(LineTokens t, int i) {
    if (byline <= 0 || t.end(i) - t.start(i) != 2 || !t.text.startsWith("By", t.start(i))) return -1;
    int m = i + 1;
    boolean word = false;
    while (m < t.size && t.isAllCaps(m) && m - i <= byline) {
      word |= t.coreLength(m) >= 2;
      m++;
    }
    int names = m - i - 1;
    if (names < 2 || names > byline || !word || (m < t.size && t.isAllCaps(m))) return -1;
    return m;
  }

  /** "A Beast in the Heart of Every Fighting Man (May 1, 2011)" followed by a new sentence. */
  private int datedLink(LineTokens t, int i) {
    if (datedLink <= 0) return -1;
    int j = i;
    while (j < t.size && j - i < MAX_LINK_WORDS && !t.startsWith(j, '(') && t.isHeadlineWord(j) && !t.endsSentence(j)) {
      j++;
    }
    if (j - i < datedLink || j + 2 >= t.size || !t.startsWith(j, '(') || !isMonth(t, j)) return -1;
    int day = t.number(j + 1);
    int year = t.number(j + 2);
    if (day < 1 || day > 31 || t.lastChar(j + 1) != ',' || year < 1000 || t.lastChar(j + 2) != ')') return -1;
    return j + 3 == t.size || !t.startsLower(j + 3) ? j + 3 : -1;
  }

  /**
   * "audits , Casey B. Mulligan , Daily Economist , politics , Taxation" or "Home | News | Africa":
   * at least separatedList items of 1-4 words joined by the same lone separator (an extractor joins
   * link texts so; prose puts its commas on the word before).
   */
  private int separatedList(LineTokens t, int i) {
    if (separatedList <= 0) return -1;
    int first = i;
    while (first < t.size && first - i <= MAX_ITEM_WORDS && !t.isLoneSeparator(first)) first++;
    if (first == i || first == t.size || first - i > MAX_ITEM_WORDS) return -1;
    char separator = t.lastChar(first);
    int items = 0;
    int m = i;
    while (true) {
      int itemStart = m;
      while (m < t.size && m - itemStart < MAX_ITEM_WORDS && !t.isLoneSeparator(m) && isItemWord(t, m, separator)) m++;
      if (m == itemStart) return -1;
      items++;
      if (m < t.size && t.isLoneSeparator(m) && t.lastChar(m) == separator) {
        m++;
        continue;
      }
      // The last item has no separator after it to end it: take one word, the rest is for the next rule.
      return items >= separatedList ? itemStart + 1 : -1;
    }
  }

  /** A word of a tag (lower case allowed: "audits , politics") or of a menu item (headline words only). */
  private static boolean isItemWord(LineTokens t, int m, char separator) {
    char last = t.lastChar(m);
    if (!t.hasCore(m) || last == ',' || last == ';' || t.endsSentence(m)) return false;
    return separator == ',' || t.isHeadlineWord(m);
  }

  /**
   * A run of headline words: removed when it reaches the end of the paragraph or another cue and has at
   * least titleTail words, or when prose follows and it has at least titleRun words; never when it ends
   * with a full stop (that is a sentence in Title Case, not a menu).
   */
  private int titleRun(LineTokens t, int i) {
    if (titleRun <= 0 && titleTail <= 0) return -1;
    int j = segmenter.headlineEnd(t, i, MAX_RUN);
    if (j <= i || t.sentenceEnd(j - 1) == '.' || DASHES.indexOf(t.lastChar(j - 1)) >= 0) return -1;
    boolean tail = j == t.size || segmenter.boundaryAt(t, j);
    int min = tail ? titleTail : titleRun;
    return min > 0 && j - i >= min ? j : -1;
  }

  private static boolean isMonth(LineTokens t, int i) {
    return t.startsUpper(i) && t.entry(i) != null && t.entry(i).month;
  }
}
