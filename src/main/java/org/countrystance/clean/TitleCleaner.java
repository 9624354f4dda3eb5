package org.countrystance.clean;

import java.util.Locale;
import java.util.Set;

/**
 * Removes site-name prefixes and suffixes from titles ("… – MALI24", "Reuters | …"): a segment split
 * off by " – ", " — ", " - ", " | " or " :: " goes when it names the source, or when it is one of the
 * segments learned to recur across that source's titles (see {@link TitleAffixLearner}).
 */
final class TitleCleaner {
  static final String[] SEPARATORS = {" \u2013 ", " \u2014 ", " - ", " | ", " :: "};
  /** Words that do not distinguish a site's name: "BBC News" names bbc.co.uk. */
  private static final Set<String> GENERIC = Set.of("the", "news", "online", "daily", "tv", "com", "www");
  private static final int MAX_AFFIXES = 2;

  /** The cleaned title and whether anything was removed. */
  record Cleaned(String title, boolean changed) {}

  Cleaned clean(String title, String source, Set<String> learned) {
    String site = siteKey(source == null ? "" : source);
    String t = title;
    boolean changed = false;
    for (int round = 0; round < MAX_AFFIXES; round++) {
      int[] last = lastSeparator(t);
      if (last == null) break;
      String suffix = t.substring(last[0] + last[1]);
      String rest = t.substring(0, last[0]);
      if (!strippable(suffix, site, learned) || !hasLetters(rest)) break;
      t = rest.strip();
      changed = true;
    }
    for (int round = 0; round < MAX_AFFIXES; round++) {
      int[] first = firstSeparator(t);
      if (first == null) break;
      String prefix = t.substring(0, first[0]);
      String rest = t.substring(first[0] + first[1]);
      if (!strippable(prefix, site, learned) || !hasLetters(rest)) break;
      t = rest.strip();
      changed = true;
    }
    return new Cleaned(t, changed);
  }

  private static boolean strippable(String segment, String site, Set<String> learned) {
    String key = segmentKey(segment);
    if (key.isEmpty()) return false;
    return (!site.isEmpty() && siteKey(segment).equals(site)) || (learned != null && learned.contains(key));
  }

  /** How learned segments are compared: lower case, letters and digits only. */
  static String segmentKey(String segment) {
    StringBuilder b = new StringBuilder(segment.length());
    for (char c : segment.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) b.append(c);
    }
    return b.toString();
  }

  /** A site name or domain reduced to what identifies it: "www.Mali24.com" and "MALI24" give "mali24". */
  static String siteKey(String nameOrDomain) {
    String s = nameOrDomain.strip().toLowerCase(Locale.ROOT);
    s = s.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    if (!s.contains(" ") && s.indexOf('.') > 0) s = s.substring(0, s.indexOf('.'));
    StringBuilder b = new StringBuilder();
    for (String word : s.split("[^\\p{L}\\p{N}]+")) {
      if (!GENERIC.contains(word)) b.append(word);
    }
    return b.toString();
  }

  /** Every separator split of a title: its segments (used by the learner). */
  static String[] segments(String title) {
    String t = title;
    for (String sep : SEPARATORS) t = t.replace(sep, "\u0000");
    return t.split("\u0000");
  }

  private static int[] lastSeparator(String t) {
    int best = -1, len = 0;
    for (String sep : SEPARATORS) {
      int i = t.lastIndexOf(sep);
      if (i > best) { best = i; len = sep.length(); }
    }
    return best < 0 ? null : new int[] {best, len};
  }

  private static int[] firstSeparator(String t) {
    int best = Integer.MAX_VALUE, len = 0;
    for (String sep : SEPARATORS) {
      int i = t.indexOf(sep);
      if (i >= 0 && i < best) { best = i; len = sep.length(); }
    }
    return best == Integer.MAX_VALUE ? null : new int[] {best, len};
  }

  private static boolean hasLetters(String s) {
    return s.chars().anyMatch(Character::isLetter);
  }
}
