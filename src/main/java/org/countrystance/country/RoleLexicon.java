package org.countrystance.country;

import java.io.Serializable;
import org.countrystance.config.ConfTable;
import org.countrystance.config.RuleTables;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The word lists of the role rules: speech, policy and action verbs ({@code conf/roles/speech_verbs.tsv})
 * and function words by group ({@code conf/roles/role_words.tsv}).
 */
public final class RoleLexicon implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String VERBS = "roles/speech_verbs.tsv";
  public static final String WORDS = "roles/role_words.tsv";

  /** A verb form with its class (speech, policy, action) and lemma. */
  record Verb(String form, String verbClass, String lemma, boolean needsModal) implements Serializable {}

  final TokenTrie<Verb> verbs = new TokenTrie<>();
  /** Every one-word verb form, lower case ("sanctions", "attack", "aid"): also the nouns of events. */
  private final Set<String> oneWordForms = new HashSet<>();
  private final Map<String, Set<String>> groups = new HashMap<>();

  private RoleLexicon(ConfTable verbTable, ConfTable wordTable) {
    int form = verbTable.column("form");
    int cls = verbTable.column("class");
    int lemma = verbTable.column("lemma");
    int modal = verbTable.column("needs_modal");
    for (String[] r : verbTable.rows()) {
      String f = ConfTable.cell(r, form);
      verbs.put(TokenTrie.keys(f), new Verb(f, ConfTable.cell(r, cls), ConfTable.cell(r, lemma),
          ConfTable.cell(r, modal).equalsIgnoreCase("yes")));
      List<String> keys = TokenTrie.keys(f);
      if (keys.size() == 1) {
        oneWordForms.add(keys.get(0));
      }
    }
    int word = wordTable.column("word");
    int group = wordTable.column("group");
    for (String[] r : wordTable.rows()) {
      groups.computeIfAbsent(ConfTable.cell(r, group), g -> new HashSet<>())
          .add(ConfTable.cell(r, word).toLowerCase(java.util.Locale.ROOT));
    }
    for (String g : List.of("boundary", "target_preposition", "relative", "be", "fronted_preposition", "media", "modal",
        "coordinator", "auxiliary", "locative", "conditional", "determiner", "preposition", "quantity",
        "ethnic_before", "ethnic_after", "state_act", "event_preposition",
        "not_event_noun", "adverbial", "directive", "pronoun", "subject_pronoun", "joins_next", "victim_preposition",
        "reporting_noun", "semi_modal", "relation")) {
      if (!groups.containsKey(g)) {
        throw new IllegalStateException(WORDS + ": expected a word of group '" + g + "', got none");
      }
    }
  }

  public static RoleLexicon loadDefault() {
    return from(ConfTable::readDefault);
  }

  public static RoleLexicon load(RuleTables rules) {
    return from(relative -> ConfTable.from(rules, relative));
  }

  private static RoleLexicon from(Function<String, ConfTable> tables) {
    return new RoleLexicon(tables.apply(VERBS), tables.apply(WORDS));
  }

  /** The verb forms starting at token {@code from}, shortest first, each with its end. */
  void verbsAt(Tokens t, int from, TokenTrie.Visitor<Verb> visitor) {
    verbs.matches(t, from, visitor);
  }

  /** True when the lower-case token is a one-word form of a listed verb (used as a verb or as an event noun). */
  boolean isVerbForm(String key) {
    return oneWordForms.contains(key);
  }

  boolean in(String group, String key) {
    return groups.get(group).contains(key);
  }

  /**
   * True when token {@code i} starts a new clause (group boundary), unless the word before it makes the two one
   * word (group joins_next: "countries such as Brazil and India" is a list, not an adverbial "as" clause).
   */
  boolean boundaryAt(Tokens t, int i) {
    return in("boundary", t.key(i)) && !(i > 0 && in("joins_next", t.key(i - 1)));
  }
}
