package org.countrystance.country;

import java.io.Serializable;
import org.countrystance.config.RuleTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole country step for one article, as the Spark wrapper calls it once per row: sentences, then
 * country mentions, article-level disambiguation, then roles. Built once per executor (or partition)
 * from the conf tables.
 */
public final class CountryAnnotator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The roled mentions of one sentence. */
  public record SentenceMentions(Sentence sentence, List<RoledMention> mentions) implements Serializable {
    /** The other countries of the sentence (distinct ISO3, in order), for the mention at {@code index}. */
    public List<String> counterparts(int index) {
      String self = mentions.get(index).iso3();
      return mentions.stream().map(RoledMention::iso3).filter(c -> !c.equals(self)).distinct().toList();
    }
  }

  private final SentenceSplitter splitter;
  private final CountryMatcher matcher;
  private final DocumentDisambiguator documentRules;
  private final RoleTagger tagger;

  public CountryAnnotator(SentenceSplitter splitter, CountryMatcher matcher, DocumentDisambiguator documentRules,
      RoleTagger tagger) {
    this.splitter = splitter;
    this.matcher = matcher;
    this.documentRules = documentRules;
    this.tagger = tagger;
  }

  public static CountryAnnotator loadDefault() {
    return new CountryAnnotator(SentenceSplitter.loadDefault(), CountryMatcher.loadDefault(),
        DocumentDisambiguator.loadDefault(), RoleTagger.loadDefault());
  }

  public static CountryAnnotator load(RuleTables rules) {
    return new CountryAnnotator(SentenceSplitter.load(rules), CountryMatcher.load(rules),
        DocumentDisambiguator.load(rules), RoleTagger.load(rules));
  }

  /** Sentences that mention at least one country, with each mention's role; {@code date} may be null. */
  public List<SentenceMentions> annotate(String text, LocalDate date) {
    return annotate(text, date, false);
  }

  /**
   * Every sentence of the text in order, those without a country with no mentions: for a caller that also
   * reads sentences without countries (an official statement's first-person sentences). The mentions are
   * those of {@link #annotate}: one tokenisation per sentence and the article-level rules applied.
   */
  public List<SentenceMentions> annotateEverySentence(String text, LocalDate date) {
    return annotate(text, date, true);
  }

  private List<SentenceMentions> annotate(String text, LocalDate date, boolean everySentence) {
    List<Sentence> sentences = new ArrayList<>();
    List<Tokens> tokens = new ArrayList<>();
    List<List<CountryMention>> found = new ArrayList<>();
    for (Sentence s : splitter.split(text)) {
      Tokens t = Tokens.of(s.text());
      List<CountryMention> m = matcher.find(t, date);
      if (!m.isEmpty() || everySentence) {
        sentences.add(s);
        tokens.add(t);
        found.add(m);
      }
    }
    found = documentRules.filter(found); // article-level readings ("Georgia" among US places) before roles
    List<SentenceMentions> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      if (!found.get(i).isEmpty()) {
        out.add(new SentenceMentions(sentences.get(i), tagger.tag(tokens.get(i), found.get(i))));
      } else if (everySentence) {
        out.add(new SentenceMentions(sentences.get(i), List.of()));
      }
    }
    return out;
  }

  public SentenceSplitter splitter() {
    return splitter;
  }

  public CountryMatcher matcher() {
    return matcher;
  }

  public RoleTagger tagger() {
    return tagger;
  }
}
