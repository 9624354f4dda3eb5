package org.countrystance.clean;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * A case-insensitive map from words to values that looks up a slice of a longer string without
 * copying it, so the segmenter can test every word of a page without allocating (open addressing).
 */
final class WordIndex<V> {
  private String[] keys = new String[64];
  private Object[] values = new Object[64];
  private int size;

  /** The value for the word, created by {@code create} when absent. */
  @SuppressWarnings("unchecked")
  V computeIfAbsent(String word, Supplier<V> create) {
    String key = word.toLowerCase(Locale.ROOT);
    V v = get(key, 0, key.length());
    if (v != null) return v;
    if ((size + 1) * 2 > keys.length) grow();
    v = create.get();
    insert(key, v);
    return v;
  }

  /** The value for {@code s[from, to)} compared case-insensitively, or null. */
  @SuppressWarnings("unchecked")
  V get(CharSequence s, int from, int to) {
    int mask = keys.length - 1;
    for (int i = hash(s, from, to) & mask; keys[i] != null; i = (i + 1) & mask) {
      String k = keys[i];
      if (k.length() == to - from && equalsIgnoreCase(k, s, from)) return (V) values[i];
    }
    return null;
  }

  private static boolean equalsIgnoreCase(String key, CharSequence s, int from) {
    for (int j = 0; j < key.length(); j++) {
      char c = s.charAt(from + j);
      if (c != key.charAt(j) && Character.toLowerCase(c) != key.charAt(j)) return false;
    }
    return true;
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) h = 31 * h + Character.toLowerCase(s.charAt(i));
    return h ^ (h >>> 16);
  }

  private void insert(String key, Object value) {
    int mask = keys.length - 1;
    int i = hash(key, 0, key.length()) & mask;
    while (keys[i] != null) i = (i + 1) & mask;
    keys[i] = key;
    values[i] = value;
    size++;
  }

  private void grow() {
    String[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != null) insert(oldKeys[i], oldValues[i]);
  }
}
