package org.countrystance.country;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.countrystance.config.ConfTable;
import org.countrystance.config.RuleTables;

/**
 * The lower-case country forms of scraped text ({@code conf/gazetteer/lowercase.tsv}): "kyiv" and "beijing"
 * count alone, "jordan" only after a place cue ("in jordan"), "china" and "turkey" never.
 */
public final class LowerCaseForms implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String TABLE = LowerCaseTableBuilder.TABLE;

  /** What a lower-case form needs to count. */
  public enum Action { ALONE, CUE, NEVER }

  private final Map<String, Action> byKey;

  public LowerCaseForms(Map<String, Action> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  public static LowerCaseForms none() {
    return new LowerCaseForms(Map.of());
  }

  public static LowerCaseForms loadDefault() {
    return from(ConfTable::readDefault);
  }

  public static LowerCaseForms load(RuleTables rules) {
    return from(relative -> ConfTable.from(rules, relative));
  }

  private static LowerCaseForms from(Function<String, ConfTable> tables) {
    ConfTable t = tables.apply(TABLE);
    int surface = t.column("surface");
    int action = t.column("action");
    Map<String, Action> byKey = new HashMap<>();
    for (String[] r : t.rows()) {
      byKey.put(String.join(" ", TokenTrie.keys(ConfTable.cell(r, surface))),
          Action.valueOf(ConfTable.cell(r, action).toUpperCase(java.util.Locale.ROOT)));
    }
    return new LowerCaseForms(byKey);
  }

  /** What tokens [start, end) need when every one of them is written in lower case; NEVER otherwise. */
  Action of(Tokens t, int start, int end) {
    if (byKey.isEmpty() || !allLower(t, start, end)) {
      return Action.NEVER;
    }
    StringBuilder key = new StringBuilder();
    for (int i = start; i < end; i++) {
      key.append(i > start ? " " : "").append(t.key(i));
    }
    return byKey.getOrDefault(key.toString(), Action.NEVER);
  }

  /** The first token key of every form that can count (alone or after a cue). */
  java.util.Set<String> firstKeys() {
    java.util.Set<String> out = new java.util.HashSet<>();
    byKey.forEach((k, a) -> {
      if (a != Action.NEVER) {
        out.add(k.split(" ")[0]);
      }
    });
    return out;
  }

  /** True when no token of [start, end) has an upper-case letter. */
  static boolean allLower(Tokens t, int start, int end) {
    for (int i = start; i < end; i++) {
      for (int k = t.start(i); k < t.end(i); k++) {
        if (Character.isUpperCase(t.text().charAt(k))) {
          return false;
        }
      }
    }
    return true;
  }
}
