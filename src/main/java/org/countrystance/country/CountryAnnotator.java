package org.countrystance.country;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole country step for one article, as the Spark wrapper calls it once per row: sentences, then
 * country mentions, then their roles. Built once per executor (or partition) from the conf tables.
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
  private final RoleTagger tagger;

  public CountryAnnotator(SentenceSplitter splitter, CountryMatcher matcher, RoleTagger tagger) {
    this.splitter = splitter;
    this.matcher = matcher;
    this.tagger = tagger;
  }

  public static CountryAnnotator loadDefault() {
    return new CountryAnnotator(SentenceSplitter.loadDefault(), CountryMatcher.loadDefault(), RoleTagger.loadDefault());
  }

  public static CountryAnnotator load(Path confDir) {
    return new CountryAnnotator(SentenceSplitter.load(confDir), CountryMatcher.load(confDir), RoleTagger.load(confDir));
  }

  /** Sentences that mention at least one country, with each mention's role; {@code date} may be null. */
  public List<SentenceMentions> annotate(String text, LocalDate date) {
    List<SentenceMentions> out = new ArrayList<>();
    for (Sentence s : splitter.split(text)) {
      Tokens tokens = Tokens.of(s.text());
      List<CountryMention> found = matcher.find(tokens, date);
      if (!found.isEmpty()) {
        out.add(new SentenceMentions(s, tagger.tag(tokens, found)));
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
