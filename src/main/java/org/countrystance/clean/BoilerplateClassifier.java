package org.countrystance.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies paragraphs as boilerplate (share widgets, comment forms, cookie and newsletter prompts,
 * navigation, copyright, "Related" lists) from the rules of {@code conf/cleaning/boilerplate.tsv}.
 * Every rule is bounded by a word count, so prose that merely mentions "Twitter" stays.
 */
final class BoilerplateClassifier {
  /** A rule from the table: kind, match type, word limit, pattern. */
  record Rule(String kind, String match, int maxWords, String pattern) implements java.io.Serializable {}

  /** The paragraphs kept and how many were removed. */
  record Result(List<String> kept, int removed) {}

  private static final String TRIM_CHARS = " :.*|->\u00BB\u203A\u2022\u00B7\u2013\u2014";
  /** Paragraphs longer than this are never boilerplate: saves normalising long prose. */
  private static final int MAX_CHARS = 400;
  /** After a "Related" header, paragraphs this short and not ending a sentence are list entries. */
  private static final int LIST_ENTRY_MAX_WORDS = 20;

  private final Map<String, Rule> exact = new HashMap<>();
  private final Map<String, List<Rule>> prefixesByFirstWord = new HashMap<>();
  private final List<Rule> regexRules = new ArrayList<>();
  private final Pattern combinedRegex;
  /** The largest word limit of the regex rules (MAX_VALUE if one has none): longer keys skip the regex. */
  private final int regexMaxWords;

  BoilerplateClassifier(List<Rule> rules) {
    StringBuilder alternation = new StringBuilder();
    for (Rule r : rules) {
      switch (r.match()) {
        case "exact", "list" -> exact.put(r.pattern(), r);
        case "prefix" -> prefixesByFirstWord
            .computeIfAbsent(firstWord(r.pattern()), k -> new ArrayList<>()).add(r);
        case "regex" -> {
          Pattern.compile(r.pattern()); // fail early, naming the bad rule below if it does not compile
          if (alternation.length() > 0) alternation.append('|');
          alternation.append("(?<r").append(regexRules.size()).append(">").append(r.pattern()).append(')');
          regexRules.add(r);
        }
        default -> throw new IllegalArgumentException(
            "boilerplate rule: expected match exact|prefix|regex|list, got " + r.match() + " in " + r);
      }
    }
    combinedRegex = regexRules.isEmpty() ? null : Pattern.compile(alternation.toString());
    regexMaxWords = regexRules.stream().mapToInt(r -> r.maxWords() == 0 ? Integer.MAX_VALUE : r.maxWords())
        .max().orElse(0);
  }

  Result classify(List<String> paragraphs) {
    return classify(paragraphs, null);
  }

  /**
   * The paragraphs kept; a paragraph no rule matches is first cut by the segmenter (if any), when it is
   * a one-line scrape with boilerplate inside, and the pieces are classified like paragraphs.
   */
  Result classify(List<String> paragraphs, LineSegmenter segmenter) {
    Classification c = new Classification(paragraphs.size());
    for (String p : paragraphs) c.accept(p, segmenter);
    return new Result(c.kept, c.removed);
  }

  /** The state of one classification: paragraphs kept, removed count, inside a "Related" list or not. */
  private final class Classification {
    final List<String> kept;
    int removed;
    boolean inRelatedList;

    Classification(int size) {
      kept = new ArrayList<>(size);
    }

    void accept(String p, LineSegmenter segmenter) {
      if (inRelatedList && isListEntry(p)) {
        removed++;
        return;
      }
      inRelatedList = false;
      Rule rule = match(p);
      if (rule != null) {
        removed++;
        inRelatedList = rule.match().equals("list");
        return;
      }
      if (segmenter != null) {
        LineSegmenter.Segmented cut = segmenter.segment(p);
        if (cut.removed() > 0) {
          removed += cut.removed();
          for (String piece : cut.kept()) accept(piece, null);
          return;
        }
      }
      kept.add(p);
    }
  }

  /** The first rule that classifies the paragraph as boilerplate, or null for content. */
  Rule match(String paragraph) {
    if (paragraph.length() > MAX_CHARS) return null;
    String key = normalise(paragraph);
    if (key.isEmpty()) return new Rule("empty", "exact", 0, "");
    Rule r = exact.get(key);
    if (r != null) return r;
    int words = wordCount(key);
    List<Rule> candidates = prefixesByFirstWord.get(firstWord(key));
    if (candidates != null) {
      for (Rule c : candidates) {
        if (words <= c.maxWords() && startsWithWords(key, c.pattern())) return c;
      }
    }
    // The alternative that matches decides, so a key over every rule's limit cannot be boilerplate.
    if (combinedRegex != null && words <= regexMaxWords) {
      Matcher m = combinedRegex.matcher(key);
      if (m.matches()) {
        for (int i = 0; i < regexRules.size(); i++) {
          Rule c = regexRules.get(i);
          if (m.group("r" + i) != null && (c.maxWords() == 0 || words <= c.maxWords())) return c;
        }
      }
    }
    return null;
  }

  /** Lower case, straight quotes, single spaces, and no decoration at either end. */
  static String normalise(String paragraph) {
    // One pass: a run of spaces becomes one space, kept only between other characters.
    StringBuilder b = new StringBuilder(paragraph.length());
    boolean pendingSpace = false;
    for (int i = 0, n = paragraph.length(); i < n; i++) {
      char c = paragraph.charAt(i);
      if (Text.isSpace(c)) {
        pendingSpace = b.length() > 0;
        continue;
      }
      if (c == '\u2019' || c == '\u2018') c = '\'';
      else if (c == '\u201C' || c == '\u201D') c = '"';
      if (pendingSpace) b.append(' ');
      b.append(Character.toLowerCase(c));
      pendingSpace = false;
    }
    int start = 0;
    int end = b.length();
    while (start < end && TRIM_CHARS.indexOf(b.charAt(start)) >= 0) start++;
    while (end > start && TRIM_CHARS.indexOf(b.charAt(end - 1)) >= 0) end--;
    return b.substring(start, end);
  }

  private static boolean isListEntry(String p) {
    String s = p.strip();
    if (s.isEmpty()) return true;
    char last = s.charAt(s.length() - 1);
    boolean endsSentence = last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D';
    return wordCount(s) <= LIST_ENTRY_MAX_WORDS && (!endsSentence || s.startsWith("- "));
  }

  private static boolean startsWithWords(String key, String prefix) {
    if (!key.startsWith(prefix)) return false;
    return key.length() == prefix.length() || !Character.isLetterOrDigit(key.charAt(prefix.length()));
  }

  private static String firstWord(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) i++;
    return i == 0 ? s.substring(0, Math.min(1, s.length())) : s.substring(0, i);
  }

  static int wordCount(String s) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) n++;
      inWord = !space;
    }
    return n;
  }
}
