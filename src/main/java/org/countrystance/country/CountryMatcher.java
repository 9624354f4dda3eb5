package org.countrystance.country;

import java.io.Serializable;
import org.countrystance.config.RuleTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the country mentions of a sentence: a token trie over every gazetteer surface, longest valid
 * match first ("Papua New Guinea" before "Guinea", "Washington Post" blocks "Washington"), letter-case
 * rules per surface, leaders only within their term, context rules for ambiguous names, and institution
 * nouns that extend a name ("the Chinese Foreign Ministry"). GeoNames places count where no country surface
 * holds the same words, and only with a place cue when they are common words or names ("in Reading"); a
 * country form in lower case counts as {@code lowercase.tsv} allows ("kyiv" alone, "jordan" after a cue,
 * "china" never). Immutable and serialisable.
 */
public final class CountryMatcher implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_INSTITUTION_NOUNS = 3;

  private final TokenTrie<Surface> surfaces = new TokenTrie<>();
  private final TokenTrie<String> institutionNouns = new TokenTrie<>();
  /** First keys of the surfaces that can match a word written in lower case; other lower-case words are skipped. */
  private final java.util.Set<String> lowerCaseStarts = new java.util.HashSet<>();
  private final Disambiguator disambiguator;
  private final PlaceCues cues;
  private final LowerCaseForms lowerCase;

  /**
   * A gazetteer entry with its surface tokens as written, for the case check; {@code place}: from
   * places.tsv, {@code needsCue}: such a place that is a common word or a person's name.
   */
  record Surface(GazetteerEntry entry, String[] raw, boolean place, boolean needsCue) implements Serializable {}

  public CountryMatcher(Gazetteer gazetteer, Disambiguator disambiguator) {
    this(gazetteer, disambiguator, new PlaceCues(List.of(), java.util.Set.of()), LowerCaseForms.none());
  }

  public CountryMatcher(Gazetteer gazetteer, Disambiguator disambiguator, PlaceCues cues, LowerCaseForms lowerCase) {
    for (GazetteerEntry e : gazetteer.entries()) {
      put(e, false, false);
    }
    for (Gazetteer.Place p : gazetteer.places()) {
      put(p.entry(), true, p.needsCue());
    }
    for (String noun : gazetteer.institutionNouns()) {
      institutionNouns.put(TokenTrie.keys(noun), noun);
    }
    this.disambiguator = disambiguator;
    this.cues = cues;
    this.lowerCase = lowerCase;
    lowerCaseStarts.addAll(lowerCase.firstKeys());
  }

  private void put(GazetteerEntry e, boolean place, boolean needsCue) {
    Tokens t = Tokens.of(e.surface());
    String[] raw = new String[t.size()];
    List<String> keys = new ArrayList<>(t.size());
    for (int i = 0; i < t.size(); i++) {
      raw[i] = t.raw(i);
      keys.add(t.key(i));
    }
    surfaces.put(keys, new Surface(e, raw, place, needsCue));
    if (!keys.isEmpty() && (e.caseRule() == CaseRule.ANY || e.kind() == MentionKind.BLOCK
        || !Character.isUpperCase(raw[0].charAt(0)))) {
      lowerCaseStarts.add(keys.get(0)); // "the Kremlin", "new mexico"
    }
  }

  public static CountryMatcher loadDefault() {
    return new CountryMatcher(Gazetteer.loadDefault(), Disambiguator.loadDefault(), PlaceCues.loadDefault(),
        LowerCaseForms.loadDefault());
  }

  public static CountryMatcher load(RuleTables rules) {
    return new CountryMatcher(Gazetteer.load(rules), Disambiguator.load(rules), PlaceCues.load(rules),
        LowerCaseForms.load(rules));
  }

  /** Country mentions in order of appearance; {@code date} (nullable = unknown) selects leaders in office. */
  public List<CountryMention> find(String sentence, LocalDate date) {
    return find(Tokens.of(sentence), date);
  }

  List<CountryMention> find(Tokens t, LocalDate date) {
    List<CountryMention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      // the small set of lower-case starts before the large trie of surfaces: most tokens are lower-case words
      if (!t.isCapitalised(i) && !lowerCaseStarts.contains(t.key(i)) || !surfaces.startsPhrase(t.key(i))) {
        i++;
        continue;
      }
      Match m = longestValid(t, i, date);
      if (m == null) {
        i++;
        continue;
      }
      if (m.kind == MentionKind.BLOCK) {
        i = m.end;
        continue;
      }
      int end = m.end;
      MentionKind kind = m.kind;
      if (kind != MentionKind.LEADER && kind != MentionKind.INSTITUTION && !m.place) {
        int extended = extendWithInstitution(t, end);
        if (extended > end) {
          end = extended;
          kind = MentionKind.INSTITUTION;
        }
      }
      CountryMention mention = new CountryMention(m.iso3, t.text().substring(t.start(i), t.end(end - 1)),
          t.start(i), t.end(end - 1), kind);
      if (!mergeWithPrevious(out, mention, t)) {
        out.add(mention);
      }
      i = end;
    }
    return out;
  }

  /** A match; {@code place}: a GeoNames place, which institution nouns do not extend ("Texas officials"). */
  private record Match(int end, String iso3, MentionKind kind, boolean place) {}

  private Match longestValid(Tokens t, int from, LocalDate date) {
    List<Integer> ends = new ArrayList<>(2);
    List<List<Surface>> values = new ArrayList<>(2);
    surfaces.matches(t, from, (end, v) -> {
      ends.add(end);
      values.add(v);
    });
    for (int c = ends.size() - 1; c >= 0; c--) {
      int end = ends.get(c);
      Surface chosen = null;
      boolean ambiguous = false;
      boolean countrySurface = values.get(c).stream().anyMatch(s -> !s.place());
      for (Surface s : values.get(c)) {
        if (s.place() && countrySurface || !s.entry().holdsOn(date) || !readable(s, t, from, end)) {
          continue; // a place never beats a country surface of the same words
        }
        if (s.entry().kind() == MentionKind.BLOCK) {
          return new Match(end, "-", MentionKind.BLOCK, false);
        }
        if (chosen == null) {
          chosen = s;
        } else if (!chosen.entry().iso3().equals(s.entry().iso3())) {
          ambiguous = true;
        }
      }
      if (chosen == null || ambiguous) {
        continue;
      }
      if (disambiguator.rejection(t, from, end, chosen.entry().kind()) != null) {
        return new Match(end, "-", MentionKind.BLOCK, false);
      }
      return new Match(end, chosen.entry().iso3(), chosen.entry().kind(), chosen.place());
    }
    return null;
  }

  /** As written: the case agrees, and a place that is a word or a name has a cue; in lower case: lowercase.tsv. */
  private boolean readable(Surface s, Tokens t, int from, int end) {
    if (s.entry().kind() == MentionKind.BLOCK) {
      return caseAgrees(s, t, from) || LowerCaseForms.allLower(t, from, end); // "new mexico" hides "mexico" too
    }
    if (caseAgrees(s, t, from)) {
      return !s.needsCue() || cues.cued(t, from, end) || sameCountryAfterComma(t, end, s.entry().iso3());
    }
    if (s.place()) {
      return false;
    }
    LowerCaseForms.Action a = lowerCase.of(t, from, end);
    return a == LowerCaseForms.Action.ALONE || a == LowerCaseForms.Action.CUE && cues.cued(t, from, end);
  }

  /** "Reading, England", "Jackson, Mississippi": a comma, then a surface of the same country as written. */
  private boolean sameCountryAfterComma(Tokens t, int end, String iso3) {
    if (end + 1 >= t.size() || !t.key(end).equals(",")) {
      return false;
    }
    boolean[] found = {false};
    surfaces.matches(t, end + 1, (e, values) -> {
      for (Surface v : values) {
        found[0] |= v.entry().iso3().equals(iso3) && !v.needsCue() && caseAgrees(v, t, end + 1);
      }
    });
    return found[0];
  }

  private static boolean caseAgrees(Surface s, Tokens t, int from) {
    CaseRule rule = s.entry().caseRule();
    if (rule == CaseRule.ANY) {
      return true;
    }
    String[] raw = s.raw();
    for (int k = 0; k < raw.length; k++) {
      int i = from + k;
      if (rule == CaseRule.EXACT) {
        int len = t.end(i) - t.start(i);
        if (len != raw[k].length() || !t.text().regionMatches(t.start(i), raw[k], 0, len)) {
          return false;
        }
      } else if (Character.isUpperCase(raw[k].charAt(0)) && !t.isCapitalised(i)) {
        return false;
      }
    }
    return true;
  }

  /** End of "Russia's Defence Ministry" style extensions: optional possessive, then institution nouns. */
  private int extendWithInstitution(Tokens t, int end) {
    int k = end < t.size() && t.key(end).equals("'s") ? end + 1 : end;
    int extended = end;
    for (int n = 0; n < MAX_INSTITUTION_NOUNS && k < t.size(); n++) {
      int e = institutionNouns.longest(t, k);
      if (e < 0) {
        break;
      }
      extended = e;
      k = e;
    }
    return extended;
  }

  /** "Russian President" + "Vladimir Putin", "China's" + "Xi Jinping": one mention when adjacent and same country. */
  private static boolean mergeWithPrevious(List<CountryMention> out, CountryMention m, Tokens t) {
    if (out.isEmpty()) {
      return false;
    }
    CountryMention prev = out.get(out.size() - 1);
    if (!prev.iso3().equals(m.iso3())) {
      return false;
    }
    String gap = t.text().substring(prev.end(), m.start()).trim();
    if (!(gap.isEmpty() || gap.equals("'s") || gap.equals("\u2019s"))) {
      return false;
    }
    MentionKind kind = m.kind() == MentionKind.LEADER ? MentionKind.LEADER : prev.kind();
    out.set(out.size() - 1, new CountryMention(prev.iso3(), t.text().substring(prev.start(), m.end()),
        prev.start(), m.end(), kind));
    return true;
  }
}
