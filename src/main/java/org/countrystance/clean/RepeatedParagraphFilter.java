package org.countrystance.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops a paragraph that repeats an earlier paragraph of the same article exactly or nearly (a lede
 * restated with small edits): word-bigram Jaccard at least the threshold, or the paragraph almost
 * wholly contained in the earlier one. Short paragraphs ("Thank you.") may repeat and always stay;
 * short paragraphs and list items are dropped only when repeated exactly, because templated lines
 * ("Ann Lee, Member, Council on the Arts" / "Bo Li, Member, Council on the Arts") are near-equal.
 * A near repeat must also name no one the earlier paragraph did not (its capitalised words are a
 * subset), so templated prose about different people or countries is not a repeat.
 * Candidates come from a bottom-k sketch of word trigrams (a near-repeat shares some of its smallest
 * trigram hashes), so a long transcript is neither compared all-pairs nor fully indexed.
 */
final class RepeatedParagraphFilter {
  /** Trigrams shared by more paragraphs than this do not propose candidates. */
  private static final int MAX_POSTING = 64;
  /** Sketch size: this many smallest trigram hashes of a paragraph are indexed. */
  private static final int SKETCH = 8;
  private static final double CONTAINMENT = 0.9;
  /** Near (not exact) repeats need this many words: a restated lede is prose, not a templated line. */
  static final int NEAR_MIN_WORDS = 20;

  private final int minWords;
  private final double threshold;

  RepeatedParagraphFilter(int minWords, double threshold) {
    this.minWords = minWords;
    this.threshold = threshold;
  }

  /** The paragraphs kept and how many repeats were dropped. */
  record Result(List<String> kept, int dropped) {}

  Result filter(List<String> paragraphs) {
    List<String> kept = new ArrayList<>(paragraphs.size());
    List<Paragraph> indexed = new ArrayList<>();
    Map<Long, List<Integer>> postings = new HashMap<>();
    int dropped = 0;
    for (String text : paragraphs) {
      long[] words = wordHashes(text);
      if (words.length < minWords) {
        kept.add(text);
        continue;
      }
      Paragraph p = new Paragraph(text, words);
      long[] sketch = smallestTrigrams(words, SKETCH);
      boolean nearAllowed = words.length >= NEAR_MIN_WORDS && !isListItem(text);
      if (repeatsEarlier(p, sketch, indexed, postings, nearAllowed)) {
        dropped++;
        continue;
      }
      int id = indexed.size();
      indexed.add(p);
      for (long t : sketch) {
        List<Integer> list = postings.computeIfAbsent(t, key -> new ArrayList<>(2));
        if (list.size() <= MAX_POSTING) list.add(id);
      }
      kept.add(text);
    }
    return new Result(kept, dropped);
  }

  /**
   * A paragraph and what a comparison needs of it, computed when first needed: most paragraphs share
   * no sketch trigram with an earlier one and are never compared.
   */
  private static final class Paragraph {
    final String text;
    final long[] words;
    private long[] bigrams;
    private long[] names;

    Paragraph(String text, long[] words) {
      this.text = text;
      this.words = words;
    }

    long[] bigrams() {
      if (bigrams == null) bigrams = ngrams(words, 2);
      return bigrams;
    }

    long[] names() {
      if (names == null) names = capitalisedWords(text, words);
      return names;
    }
  }

  private boolean repeatsEarlier(Paragraph p, long[] sketch, List<Paragraph> indexed,
      Map<Long, List<Integer>> postings, boolean nearAllowed) {
    java.util.Set<Integer> tried = new java.util.HashSet<>(4);
    for (long t : sketch) {
      List<Integer> list = postings.get(t);
      if (list == null || list.size() > MAX_POSTING) continue;
      for (int id : list) {
        if (!tried.add(id)) continue;
        Paragraph other = indexed.get(id);
        long[] bigrams = p.bigrams();
        int shared = intersection(bigrams, other.bigrams());
        if (!nearAllowed) {
          if (shared == bigrams.length && shared == other.bigrams().length) return true;
          continue;
        }
        double jaccard = shared / (double) (bigrams.length + other.bigrams().length - shared);
        boolean near = jaccard >= threshold || shared >= CONTAINMENT * bigrams.length;
        if (near && intersection(p.names(), other.names()) == p.names().length) return true;
      }
    }
    return false;
  }

  /** Sorted distinct hashes of the capitalised words after the first word (names, places); {@code all} = wordHashes(p). */
  static long[] capitalisedWords(String p, long[] all) {
    long[] out = new long[all.length];
    int n = 0;
    int word = 0;
    boolean inWord = false;
    boolean capital = false;
    for (int i = 0, len = p.length(); i <= len; i++) {
      char c = i < len ? p.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        if (!inWord) capital = Character.isUpperCase(c);
        inWord = true;
      } else if (inWord) {
        if (capital && word > 0) out[n++] = all[word];
        word++;
        inWord = false;
      }
    }
    out = Arrays.copyOf(out, n);
    Arrays.sort(out);
    int m = 0;
    for (int i = 0; i < out.length; i++) if (i == 0 || out[i] != out[i - 1]) out[m++] = out[i];
    return Arrays.copyOf(out, m);
  }

  private static boolean isListItem(String p) {
    if (p.startsWith("- ")) return true;
    int i = 0;
    while (i < p.length() && i < 3 && Character.isDigit(p.charAt(i))) i++;
    return i > 0 && i + 1 < p.length() && (p.charAt(i) == '.' || p.charAt(i) == ')') && p.charAt(i + 1) == ' ';
  }

  /** Hashes of the lower-cased words (letters and digits) of a paragraph, in order, without allocating words. */
  static long[] wordHashes(String p) {
    long[] out = new long[16];
    int n = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = 0, len = p.length(); i <= len; i++) {
      char c = i < len ? p.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        h = (h ^ Character.toLowerCase(c)) * 0x100000001B3L;
        inWord = true;
      } else if (inWord) {
        if (n == out.length) out = Arrays.copyOf(out, n * 2);
        out[n++] = h;
        h = 0;
        inWord = false;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Sorted distinct hashes of the word n-grams. */
  static long[] ngrams(long[] words, int n) {
    if (words.length < n) return new long[0];
    long[] out = new long[words.length - n + 1];
    for (int i = 0; i + n <= words.length; i++) out[i] = ngramHash(words, i, n);
    Arrays.sort(out);
    int m = 0;
    for (int i = 0; i < out.length; i++) if (i == 0 || out[i] != out[i - 1]) out[m++] = out[i];
    return Arrays.copyOf(out, m);
  }

  /** The {@code k} smallest distinct word-trigram hashes, ascending: the first k of ngrams(words, 3), without sorting them all. */
  static long[] smallestTrigrams(long[] words, int k) {
    if (words.length < 3) return new long[0];
    long[] best = new long[k];
    int n = 0;
    for (int i = 0; i + 3 <= words.length; i++) {
      long h = ngramHash(words, i, 3);
      if (n == k && h >= best[k - 1]) continue;
      int pos = Arrays.binarySearch(best, 0, n, h);
      if (pos >= 0) continue;
      pos = -pos - 1;
      int last = n == k ? k - 1 : n; // the largest falls off a full sketch
      System.arraycopy(best, pos, best, pos + 1, last - pos);
      best[pos] = h;
      if (n < k) n++;
    }
    return n == k ? best : Arrays.copyOf(best, n);
  }

  private static long ngramHash(long[] words, int from, int n) {
    long h = 0xCBF29CE484222325L;
    for (int k = 0; k < n; k++) h = Long.rotateLeft(h, 23) * 0x9E3779B97F4A7C15L + words[from + k];
    return h;
  }

  private static int intersection(long[] a, long[] b) {
    int i = 0, j = 0, n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) { n++; i++; j++; }
      else if (a[i] < b[j]) i++;
      else j++;
    }
    return n;
  }
}
