package org.countrystance.stance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.countrystance.tone.WordTokenizer;

/**
 * Finds phrases (sequences of lower-case word tokens, "*" standing for any one token, "a|b" for
 * alternative words, commas between alternative phrases) in a tokenized sentence with one hash lookup per token: phrases are indexed by
 * each alternative of their first word, so the cost does not grow with the size of a cue list.
 */
public final class PhraseIndex<T extends Serializable> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A phrase found at tokens [start, end) carrying the value it was added with. */
  public record Match<T>(int start, int end, String phrase, T value) {}

  private record Entry<T>(String[][] alternatives, String phrase, T value) implements Serializable {}

  private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

  /**
   * Adds a phrase written like the text it matches ("peace talks", "called on * to"), or several
   * separated by commas ("peace talks, peace plan").
   */
  public PhraseIndex<T> add(String phrases, T value) {
    for (String phrase : phrases.split(",")) {
      if (!phrase.isBlank()) {
        addOne(phrase.trim(), value);
      }
    }
    return this;
  }

  private void addOne(String phrase, T value) {
    WordTokenizer.Tokens words = WordTokenizer.tokenize(phrase.replace("*", " zzstarzz ")
        .replace("|", " zzpipezz "));
    List<String[]> slots = new ArrayList<>();
    List<String> current = new ArrayList<>();
    boolean alternative = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.lower(i);
      if (w.equals("zzpipezz")) {
        alternative = true;
        continue;
      }
      if (!alternative && !current.isEmpty()) {
        slots.add(current.toArray(String[]::new));
        current = new ArrayList<>();
      }
      current.add(w.equals("zzstarzz") ? "*" : w);
      alternative = false;
    }
    if (!current.isEmpty()) {
      slots.add(current.toArray(String[]::new));
    }
    if (slots.isEmpty() || slots.get(0)[0].equals("*")) {
      throw new IllegalArgumentException("a phrase must start with a word, got '" + phrase + "'");
    }
    Entry<T> e = new Entry<>(slots.toArray(String[][]::new), phrase, value);
    for (String first : e.alternatives()[0]) {
      byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
    }
  }

  /** Every occurrence of every phrase, in order of start token (overlaps included). */
  public List<Match<T>> find(WordTokenizer.Tokens t) {
    List<Match<T>> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      List<Entry<T>> candidates = byFirstWord.get(t.lower(i));
      if (candidates == null) {
        continue;
      }
      for (Entry<T> e : candidates) {
        if (matchesAt(e.alternatives(), t, i)) {
          out.add(new Match<>(i, i + e.alternatives().length, e.phrase(), e.value()));
        }
      }
    }
    return out;
  }

  /** Whether any phrase occurs in the tokens. */
  public boolean containsAny(WordTokenizer.Tokens t) {
    return !find(t).isEmpty();
  }

  private static boolean matchesAt(String[][] slots, WordTokenizer.Tokens t, int at) {
    if (at + slots.length > t.size()) {
      return false;
    }
    for (int k = 1; k < slots.length; k++) {
      if (!slotMatches(slots[k], t.lower(at + k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean slotMatches(String[] alternatives, String token) {
    for (String a : alternatives) {
      if (a.equals("*") || a.equals(token)) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return byFirstWord.isEmpty();
  }
}
