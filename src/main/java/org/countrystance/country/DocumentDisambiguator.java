package org.countrystance.country;

import java.io.Serializable;
import org.countrystance.config.ConfTable;
import org.countrystance.config.RuleTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Drops a name whose other reading is a place in a rival country when the whole article points there
 * ({@code conf/gazetteer/document_rules.tsv}): "Georgia" in an article naming several US places and no
 * other sign of the Caucasus country is the US state.
 */
public final class DocumentDisambiguator implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String RULES = "gazetteer/document_rules.tsv";

  /** One rule: the surface, the rival country, and how many distinct rival places make the article the rival's. */
  public record Rule(String surface, String rivalIso3, int minRivalPlaces, String explanation) implements Serializable {}

  private final Map<String, Rule> bySurface = new HashMap<>();

  public DocumentDisambiguator(List<Rule> rules) {
    rules.forEach(r -> bySurface.put(r.surface().toLowerCase(Locale.ROOT), r));
  }

  public static DocumentDisambiguator loadDefault() {
    return from(ConfTable::readDefault);
  }

  public static DocumentDisambiguator load(RuleTables rules) {
    return from(relative -> ConfTable.from(rules, relative));
  }

  private static DocumentDisambiguator from(Function<String, ConfTable> tables) {
    ConfTable t = tables.apply(RULES);
    int surface = t.column("surface");
    int rival = t.column("rival_iso3");
    int min = t.column("min_rival_places");
    int why = t.column("explanation");
    List<Rule> rules = new ArrayList<>();
    for (String[] r : t.rows()) {
      rules.add(new Rule(ConfTable.cell(r, surface), ConfTable.cell(r, rival),
          Integer.parseInt(ConfTable.cell(r, min)), ConfTable.cell(r, why)));
    }
    return new DocumentDisambiguator(rules);
  }

  /** The mentions of each sentence of one article, without those the article-level rules reject. */
  public List<List<CountryMention>> filter(List<List<CountryMention>> sentences) {
    if (bySurface.isEmpty()) {
      return sentences;
    }
    Set<String> rejected = new HashSet<>();
    for (List<CountryMention> s : sentences) {
      for (CountryMention m : s) {
        Rule r = bySurface.get(m.surface().toLowerCase(Locale.ROOT));
        if (r != null && rivalPlaces(sentences, r.rivalIso3()) >= r.minRivalPlaces()
            && !otherSurfaceOf(sentences, m.iso3(), m.surface())) {
          rejected.add(m.surface().toLowerCase(Locale.ROOT));
        }
      }
    }
    if (rejected.isEmpty()) {
      return sentences;
    }
    List<List<CountryMention>> out = new ArrayList<>(sentences.size());
    for (List<CountryMention> s : sentences) {
      out.add(s.stream().filter(m -> !rejected.contains(m.surface().toLowerCase(Locale.ROOT))).toList());
    }
    return out;
  }

  private static int rivalPlaces(List<List<CountryMention>> sentences, String rival) {
    Set<String> places = new HashSet<>();
    for (List<CountryMention> s : sentences) {
      for (CountryMention m : s) {
        if (m.iso3().equals(rival) && m.kind() == MentionKind.PLACE) {
          places.add(m.surface().toLowerCase(Locale.ROOT));
        }
      }
    }
    return places.size();
  }

  private static boolean otherSurfaceOf(List<List<CountryMention>> sentences, String iso3, String surface) {
    for (List<CountryMention> s : sentences) {
      for (CountryMention m : s) {
        if (m.iso3().equals(iso3) && !m.surface().equalsIgnoreCase(surface)) {
          return true;
        }
      }
    }
    return false;
  }
}
