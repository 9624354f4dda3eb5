package org.countrystance.country;

import java.io.Serializable;
import org.countrystance.config.ConfTable;
import org.countrystance.config.RuleTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides from the words around it whether an ambiguous name is the country ("Georgia" the state,
 * "Jordan" the person, "Turkey" the bird). Rules come from {@code conf/gazetteer/disambiguation.tsv}:
 * for a surface, the first rule whose cue occurs in its scope decides (accept or reject); with no cue
 * found the name stands. The cue {@code @name} is a capitalised word that is not in
 * {@code name_exceptions.tsv}, i.e. a first name or surname beside the word. Rules of the surface
 * {@code @leader} apply to every leader, those of {@code @city} to every capital and place after the
 * rules of its own surface.
 */
public final class Disambiguator implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String RULES = "gazetteer/disambiguation.tsv";
  public static final String NAME_EXCEPTIONS = "gazetteer/name_exceptions.tsv";
  static final String NAME_CUE = "@name";
  /** Surface of the rules that apply to every LEADER match. */
  static final String LEADER_RULES = "@leader";
  /** Surface of the rules that apply to every capital or place match, after its own surface's rules. */
  static final String CITY_RULES = "@city";

  /** Where a rule looks for its cues. */
  public enum Scope { BEFORE, AFTER, SENTENCE }

  /** One explainable rule. */
  public record Rule(String surface, boolean accept, Scope scope, int window, Set<String> cues,
      String explanation) implements Serializable {}

  private final Map<String, List<Rule>> rulesBySurface = new HashMap<>();
  private final Set<String> nameExceptions;

  public Disambiguator(List<Rule> rules, Set<String> nameExceptions) {
    for (Rule r : rules) {
      rulesBySurface.computeIfAbsent(r.surface(), k -> new ArrayList<>()).add(r);
    }
    this.nameExceptions = Set.copyOf(nameExceptions);
  }

  public static Disambiguator loadDefault() {
    return from(ConfTable::readDefault);
  }

  public static Disambiguator load(RuleTables rules) {
    return from(relative -> ConfTable.from(rules, relative));
  }

  private static Disambiguator from(Function<String, ConfTable> tables) {
    ConfTable t = tables.apply(RULES);
    int surface = t.column("surface");
    int action = t.column("action");
    int scope = t.column("scope");
    int window = t.column("window");
    int cues = t.column("cues");
    int why = t.column("explanation");
    List<Rule> rules = new ArrayList<>();
    for (String[] r : t.rows()) {
      String w = ConfTable.cell(r, window);
      String s = ConfTable.cell(r, surface);
      boolean group = s.equals(LEADER_RULES) || s.equals(CITY_RULES);
      rules.add(new Rule(group ? s : String.join(" ", TokenTrie.keys(s)),
          ConfTable.cell(r, action).equalsIgnoreCase("accept"),
          Scope.valueOf(ConfTable.cell(r, scope).toUpperCase(java.util.Locale.ROOT)),
          w.isEmpty() ? 0 : Integer.parseInt(w), Set.of(ConfTable.cell(r, cues).toLowerCase().split("\\|")),
          ConfTable.cell(r, why)));
    }
    ConfTable n = tables.apply(NAME_EXCEPTIONS);
    int word = n.column("word");
    Set<String> exceptions = new HashSet<>();
    for (String[] r : n.rows()) {
      exceptions.add(ConfTable.cell(r, word).toLowerCase());
    }
    return new Disambiguator(rules, exceptions);
  }

  /** The rule that rejects tokens [start, end) as a country, or null when the mention stands. */
  public Rule rejection(Tokens t, int start, int end, MentionKind kind) {
    if (rulesBySurface.isEmpty()) {
      return null;
    }
    String surface = kind == MentionKind.LEADER ? LEADER_RULES
        : end - start == 1 ? t.key(start) : joinKeys(t, start, end);
    Rule decides = firstWithCue(rulesBySurface.get(surface), t, start, end);
    if (decides == null && (kind == MentionKind.CAPITAL || kind == MentionKind.PLACE)) {
      decides = firstWithCue(rulesBySurface.get(CITY_RULES), t, start, end);
    }
    return decides == null || decides.accept() ? null : decides;
  }

  /** The first of the rules (null: none) whose cue occurs in its scope; null when none does. */
  private Rule firstWithCue(List<Rule> rules, Tokens t, int start, int end) {
    if (rules != null) {
      for (Rule r : rules) {
        if (cueFound(r, t, start, end)) {
          return r;
        }
      }
    }
    return null;
  }

  private boolean cueFound(Rule r, Tokens t, int start, int end) {
    int from;
    int to;
    switch (r.scope()) {
      case BEFORE -> { from = Math.max(0, start - r.window()); to = start; }
      case AFTER -> { from = end; to = Math.min(t.size(), end + r.window()); }
      default -> { from = 0; to = t.size(); }
    }
    for (int i = from; i < to; i++) {
      if (i >= start && i < end) {
        continue;
      }
      if (r.cues().contains(t.key(i)) || (r.cues().contains(NAME_CUE) && isPersonName(t, i))) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word with lower-case letters that is not a title, weekday, month or function word. */
  boolean isPersonName(Tokens t, int i) {
    String raw = t.raw(i);
    if (raw.length() < 2 || !Character.isUpperCase(raw.charAt(0)) || !Character.isLowerCase(raw.charAt(1))) {
      return false;
    }
    for (int k = 0; k < raw.length(); k++) {
      if (!Character.isLetter(raw.charAt(k))) {
        return false;
      }
    }
    return !nameExceptions.contains(t.key(i));
  }

  private static String joinKeys(Tokens t, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start) {
        b.append(' ');
      }
      b.append(t.key(i));
    }
    return b.toString();
  }
}
