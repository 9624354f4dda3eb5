package org.countrystance.clean;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.countrystance.config.ConfTable;
import org.countrystance.config.RuleTables;

/**
 * The cleaning rule tables of {@code conf/cleaning/} (boilerplate paragraphs and in-line boilerplate,
 * headline words, spinner artefacts, HTML entities, language codes, English function words, mojibake) plus the
 * cleaning settings; immutable and Serializable, shipped to executors.
 */
public final class CleaningRules implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String DIR = "cleaning";
  static final String BOILERPLATE = "boilerplate.tsv";
  static final String INLINE_BOILERPLATE = "inline_boilerplate.tsv";
  static final String HEADLINE_WORDS = "headline_words.tsv";
  static final String SPINNER = "spinner.tsv";
  static final String ENTITIES = "html_entities.tsv";
  static final String LANGUAGES = "languages.tsv";
  static final String ENGLISH_WORDS = "english_function_words.tsv";
  static final String MOJIBAKE = "mojibake.tsv";

  final List<BoilerplateClassifier.Rule> boilerplate;
  final List<LineSegmenter.Rule> inlineBoilerplate;
  final List<LineSegmenter.Word> headlineWords;
  final List<SpinRepairer.Entry> spinner;
  final Map<String, String> entities;
  final Map<String, String> languages;
  final Set<String> englishFunctionWords;
  final List<EncodingRepairer.Entry> mojibake;
  /** Paragraphs shorter than this many words may repeat (default 8: "Thank you." in a transcript). */
  public final int repeatMinWords;
  /** Word-bigram Jaccard from which a paragraph repeats an earlier one (default 0.6: a restated lede). */
  public final double repeatThreshold;
  /** A title segment recurring in at least this many titles of a source is a site affix (default 3)... */
  public final int titleAffixMinTitles;
  /** ...and in at least this share of them (default 0.2, so "| Madrid, Spain" is no site name). */
  public final double titleAffixMinShare;

  private CleaningRules(List<BoilerplateClassifier.Rule> boilerplate, List<LineSegmenter.Rule> inlineBoilerplate,
      List<LineSegmenter.Word> headlineWords, List<SpinRepairer.Entry> spinner,
      Map<String, String> entities, Map<String, String> languages, Set<String> englishFunctionWords,
      List<EncodingRepairer.Entry> mojibake, int repeatMinWords,
      double repeatThreshold, int titleAffixMinTitles, double titleAffixMinShare) {
    this.boilerplate = List.copyOf(boilerplate);
    this.inlineBoilerplate = List.copyOf(inlineBoilerplate);
    this.headlineWords = List.copyOf(headlineWords);
    this.spinner = List.copyOf(spinner);
    this.entities = new HashMap<>(entities);
    this.languages = new HashMap<>(languages);
    this.englishFunctionWords = new HashSet<>(englishFunctionWords);
    this.mojibake = List.copyOf(mojibake);
    this.repeatMinWords = repeatMinWords;
    this.repeatThreshold = repeatThreshold;
    this.titleAffixMinTitles = titleAffixMinTitles;
    this.titleAffixMinShare = titleAffixMinShare;
  }

  /** The tables of {@code cleaning/} of the loaded rule tables (the jar's, or a user-edited copy of conf/). */
  public static CleaningRules load(RuleTables tables) {
    return from(name -> ConfTable.from(tables, DIR + "/" + name).requireEveryCell());
  }

  /** The tables shipped inside the jar (classpath {@code /conf/cleaning/}). */
  public static CleaningRules loadDefault() {
    return load(RuleTables.shipped());
  }

  private static CleaningRules from(Function<String, ConfTable> tables) {
    ConfTable b = tables.apply(BOILERPLATE);
    List<BoilerplateClassifier.Rule> rules = new ArrayList<>();
    int kind = b.column("kind"), match = b.column("match"), max = b.column("max_words"), pat = b.column("pattern");
    for (int i = 0; i < b.rows().size(); i++) {
      String[] r = b.rows().get(i);
      rules.add(new BoilerplateClassifier.Rule(r[kind], r[match], b.integer(i, "max_words", 10), r[pat]));
    }

    ConfTable ib = tables.apply(INLINE_BOILERPLATE);
    List<LineSegmenter.Rule> inline = new ArrayList<>();
    int iKind = ib.column("kind"), iExtent = ib.column("extent"), iContext = ib.column("context"),
        iWords = ib.column("words"), iCue = ib.column("cue");
    for (int i = 0; i < ib.rows().size(); i++) {
      String[] r = ib.rows().get(i);
      inline.add(new LineSegmenter.Rule(r[iKind], r[iExtent], r[iContext], ib.integer(i, "words", 10), r[iCue]));
    }

    ConfTable h = tables.apply(HEADLINE_WORDS);
    List<LineSegmenter.Word> headline = new ArrayList<>();
    int hWord = h.column("word"), hRole = h.column("role");
    for (String[] r : h.rows()) headline.add(new LineSegmenter.Word(r[hWord], r[hRole]));

    ConfTable s = tables.apply(SPINNER);
    List<SpinRepairer.Entry> entries = new ArrayList<>();
    int art = s.column("artefact"), rep = s.column("repair"), cas = s.column("case");
    for (String[] r : s.rows()) entries.add(SpinRepairer.entry(r[art], r[rep], r[cas]));

    ConfTable e = tables.apply(ENTITIES);
    Map<String, String> entities = new HashMap<>();
    int name = e.column("name"), cp = e.column("codepoint");
    for (int i = 0; i < e.rows().size(); i++) {
      entities.put(e.rows().get(i)[name], Character.toString(e.integer(i, "codepoint", 16)));
    }

    ConfTable l = tables.apply(LANGUAGES);
    Map<String, String> languages = new HashMap<>();
    int i3 = l.column("iso639_3"), i1 = l.column("iso639_1");
    for (String[] r : l.rows()) languages.put(r[i3], r[i1]);

    ConfTable w = tables.apply(ENGLISH_WORDS);
    Set<String> english = new HashSet<>();
    int word = w.column("word");
    for (String[] r : w.rows()) english.add(r[word]);

    ConfTable m = tables.apply(MOJIBAKE);
    List<EncodingRepairer.Entry> mojibake = new ArrayList<>();
    int seq = m.column("mojibake"), chr = m.column("character");
    for (String[] r : m.rows()) mojibake.add(new EncodingRepairer.Entry(codePoints(r[seq]), codePoints(r[chr])));
    return new CleaningRules(rules, inline, headline, entries, entities, languages, english, mojibake,
        8, 0.6, 3, 0.2);
  }

  /** "00E2 20AC 2122" as the string of those code points. */
  static String codePoints(String hex) {
    StringBuilder b = new StringBuilder();
    for (String h : hex.trim().split(" +")) b.appendCodePoint(Integer.parseInt(h, 16));
    return b.toString();
  }

  public CleaningRules withRepeatedParagraphs(int minWords, double threshold) {
    return new CleaningRules(boilerplate, inlineBoilerplate, headlineWords, spinner, entities, languages,
        englishFunctionWords, mojibake, minWords, threshold, titleAffixMinTitles, titleAffixMinShare);
  }

  public CleaningRules withTitleAffixes(int minTitles, double minShare) {
    return new CleaningRules(boilerplate, inlineBoilerplate, headlineWords, spinner, entities, languages,
        englishFunctionWords, mojibake, repeatMinWords, repeatThreshold, minTitles, minShare);
  }

  public int boilerplateRuleCount() {
    return boilerplate.size();
  }

  public int spinnerRuleCount() {
    return spinner.size();
  }
}
