package org.countrystance.country;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.countrystance.config.ConfTable;
import org.countrystance.config.RuleTables;

/**
 * Whether the words around a name show a place ({@code conf/gazetteer/place_cues.tsv}): a phrase right before
 * it ("in", "near", "the city of") or a word right after it ("province", "oblast"). A name followed by a
 * possessive or by another capitalised word ("in Jackson's view", "in Florence Nightingale") is a person,
 * whatever comes before. The matcher asks for a cue for a place that is a common word or a person's name
 * and for a lower-case country form that is one; it also accepts a comma and a place of the same country
 * after it ("Reading, England"), which needs the gazetteer and is checked there.
 */
public final class PlaceCues implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String TABLE = "gazetteer/place_cues.tsv";

  private final List<List<String>> before;
  private final Set<String> after;

  public PlaceCues(List<List<String>> before, Set<String> after) {
    this.before = before.stream().map(List::copyOf).toList();
    this.after = Set.copyOf(after);
  }

  public static PlaceCues loadDefault() {
    return from(ConfTable::readDefault);
  }

  public static PlaceCues load(RuleTables rules) {
    return from(relative -> ConfTable.from(rules, relative));
  }

  private static PlaceCues from(Function<String, ConfTable> tables) {
    ConfTable t = tables.apply(TABLE);
    int cue = t.column("cue");
    int position = t.column("position");
    List<List<String>> before = new ArrayList<>();
    Set<String> after = new HashSet<>();
    for (String[] r : t.rows()) {
      String p = ConfTable.cell(r, position);
      List<String> keys = TokenTrie.keys(ConfTable.cell(r, cue));
      if (p.equals("before")) {
        before.add(keys);
      } else if (p.equals("after") && keys.size() == 1) {
        after.add(keys.get(0));
      } else {
        throw new IllegalStateException(TABLE + ": expected position before (a phrase) or after (one word), got '"
            + p + "' for '" + ConfTable.cell(r, cue) + "'");
      }
    }
    return new PlaceCues(before, after);
  }

  /** True when tokens [start, end) stand as a place: a cue next to them and no person's name continuing. */
  public boolean cued(Tokens t, int start, int end) {
    if (end < t.size() && (t.key(end).equals("'s") || isCapitalisedWord(t, end))) {
      return false;
    }
    if (end < t.size() && after.contains(t.key(end))) {
      return true;
    }
    for (List<String> phrase : before) {
      int from = start - phrase.size();
      if (from >= 0 && matchesAt(t, from, phrase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(Tokens t, int from, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!t.key(from + k).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCapitalisedWord(Tokens t, int i) {
    return t.isCapitalised(i) && Character.isLetter(t.firstChar(i));
  }
}
