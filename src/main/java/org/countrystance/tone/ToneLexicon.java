package org.countrystance.tone;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.countrystance.config.ConfTable;
import org.countrystance.config.RuleTables;

/**
 * The word tables tone is computed from (conf/lexicon/): valence of sentiment words (VADER plus
 * news vocabulary), intensifiers and dampeners, negators and contrast words, merged into one
 * token-to-entry hash map so that scoring costs one lookup per token.
 */
public final class ToneLexicon implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What one lower-cased token does to tone; a token may be several things at once. */
  public record Entry(double valence, double modifier, boolean negation, Contrast contrast)
      implements Serializable {
    static final Entry NONE = new Entry(0, 0, false, null);
  }

  /** A contrast word: weights of sentiment before it and after it, over the sentence or clause. */
  public record Contrast(double before, double after, boolean clauseOnly) implements Serializable {}

  /**
   * A word whose complement names the victim or place of its act ("the invasion of Ukraine") or its
   * beneficiary ("support for Ukraine"): {@code prepositions} introduce the complement; {@code directObject}
   * when the word is a verb whose object is it ("we support Ukraine").
   */
  public record Attachment(boolean beneficiary, Set<String> prepositions, boolean directObject)
      implements Serializable {}

  private final Map<String, Entry> entries;
  private final Map<String, Attachment> attachments;

  private ToneLexicon(Map<String, Entry> entries, Map<String, Attachment> attachments) {
    this.entries = entries;
    this.attachments = attachments;
  }

  /** Tables from a user's conf directory ({@code confDir/lexicon/*.tsv}). */
  public static ToneLexicon load(RuleTables rules) {
    return build(rel -> ConfTable.ordered(rules, rel));
  }

  /** Tables shipped in the jar under {@code /conf/lexicon/}. */
  public static ToneLexicon loadDefault() {
    return build(ConfTable::orderedDefault);
  }

  private static ToneLexicon build(Function<String, List<String[]>> tables) {
    Map<String, Entry> m = new HashMap<>(16384);
    for (String[] r : tables.apply("lexicon/valence.tsv")) {
      put(m, r[0], e -> new Entry(ConfTable.number(r, 1, "valence.tsv"), e.modifier(),
          e.negation(), e.contrast()));
    }
    for (String[] r : tables.apply("lexicon/afinn_valence.tsv")) {
      put(m, r[0], e -> new Entry(ConfTable.number(r, 1, "afinn_valence.tsv"), e.modifier(),
          e.negation(), e.contrast()));
    }
    // News valence is applied last so that it overrides VADER's rating of the same word.
    for (String[] r : tables.apply("lexicon/news_valence.tsv")) {
      put(m, r[0], e -> new Entry(ConfTable.number(r, 1, "news_valence.tsv"), e.modifier(),
          e.negation(), e.contrast()));
    }
    for (String[] r : tables.apply("lexicon/modifiers.tsv")) {
      put(m, r[0], e -> new Entry(e.valence(), ConfTable.number(r, 1, "modifiers.tsv"),
          e.negation(), e.contrast()));
    }
    for (String[] r : tables.apply("lexicon/negations.tsv")) {
      put(m, r[0], e -> new Entry(e.valence(), e.modifier(), true, e.contrast()));
    }
    for (String[] r : tables.apply("lexicon/contrast.tsv")) {
      Contrast c = new Contrast(ConfTable.number(r, 1, "contrast.tsv"),
          ConfTable.number(r, 2, "contrast.tsv"), "clause".equals(r[3]));
      put(m, r[0], e -> new Entry(e.valence(), e.modifier(), e.negation(), c));
    }
    Map<String, Attachment> attachments = new HashMap<>();
    for (String[] r : tables.apply("lexicon/attachment.tsv")) {
      String kind = ConfTable.cell(r, 1);
      if (!kind.equals("victim") && !kind.equals("beneficiary")) {
        throw new IllegalArgumentException("attachment.tsv: kind of " + r[0] + " is victim or beneficiary, not "
            + kind);
      }
      Set<String> preps = new HashSet<>(List.of(ConfTable.cell(r, 2).split("\\|")));
      boolean direct = preps.remove("-");
      attachments.put(r[0].toLowerCase(Locale.ROOT),
          new Attachment(kind.equals("beneficiary"), Set.copyOf(preps), direct));
    }
    // hash maps, not Map.copyOf: most tokens are not in the lexicon, and a miss in Map.copyOf's probing table compares
    // strings where a hash map compares hashes
    return new ToneLexicon(Collections.unmodifiableMap(m), Collections.unmodifiableMap(attachments));
  }

  /** The attachment of a lower-cased word, or null. */
  public Attachment attachment(String lowerToken) {
    return attachments.get(lowerToken);
  }

  private static void put(Map<String, Entry> m, String token, Function<Entry, Entry> update) {
    String key = token.toLowerCase(Locale.ROOT);
    m.put(key, update.apply(m.getOrDefault(key, Entry.NONE)));
  }

  /** The entry of a lower-cased token, or {@link Entry#NONE} for a word with no effect on tone. */
  public Entry lookup(String lowerToken) {
    return entries.getOrDefault(lowerToken, Entry.NONE);
  }

  /** The lower-cased words that carry a valence, with it. */
  public Map<String, Double> rated() {
    Map<String, Double> out = new HashMap<>();
    entries.forEach((word, e) -> {
      if (e.valence() != 0) out.put(word, e.valence());
    });
    return out;
  }

  /** Valence of a lower-cased token on the -4..+4 scale, 0 when unrated. */
  public double valence(String lowerToken) {
    return lookup(lowerToken).valence();
  }

  public int size() {
    return entries.size();
  }
}
