package org.countrystance.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a scraped article into clean text: repair mis-decoded characters, decode HTML and NFKC, reflow hard-wrapped lines, decode
 * markdown, cut boilerplate out of long one-line scrapes, drop boilerplate paragraphs, repair spinner
 * artefacts, drop repeated paragraphs, clean the title, identify the language; every change is counted.
 * Not thread-safe (language model state): one per partition.
 */
public final class ArticleCleaner {
  private final MarkupDecoder decoder;
  private final Reflower reflower = new Reflower();
  private final BoilerplateClassifier boilerplate;
  private final LineSegmenter segmenter;
  private final SpinRepairer spinner;
  private final RepeatedParagraphFilter repeats;
  private final TitleCleaner titles = new TitleCleaner();
  private final LanguageIdentifier languages;
  private final EncodingRepairer encoding;
  private final Map<String, Set<String>> titleAffixes;

  public ArticleCleaner(CleaningRules rules) {
    this(rules, Map.of());
  }

  /** With the title segments learned per source (see {@link TitleAffixLearner}). */
  public ArticleCleaner(CleaningRules rules, Map<String, Set<String>> titleAffixesBySource) {
    this.decoder = new MarkupDecoder(rules.entities);
    this.boilerplate = new BoilerplateClassifier(rules.boilerplate);
    this.segmenter = new LineSegmenter(rules.inlineBoilerplate, rules.headlineWords);
    this.spinner = new SpinRepairer(rules.spinner);
    this.repeats = new RepeatedParagraphFilter(rules.repeatMinWords, rules.repeatThreshold);
    this.languages = new LanguageIdentifier(rules.languages, rules.englishFunctionWords);
    this.encoding = new EncodingRepairer(rules.mojibake);
    this.titleAffixes = titleAffixesBySource;
  }

  public CleanedArticle clean(String rawTitle, String rawText, String source) {
    // First, before NFKC turns the "™" of "â€™" into "TM": a lost apostrophe needs English words around it.
    boolean english = languages.functionWords(rawTitle) + languages.functionWords(rawText) >= 2;
    EncodingRepairer.Repaired t0 = encoding.repair(rawTitle, english);
    EncodingRepairer.Repaired x0 = encoding.repair(rawText == null ? "" : rawText, english);
    String title = t0.text();
    MarkupDecoder.Decoded decoded = decoder.decode(x0.text());
    Reflower.Reflowed reflowed = reflower.reflow(decoded.text());
    List<String> paragraphs = new ArrayList<>(reflowed.paragraphs().size());
    boolean markdown = false;
    for (String p : reflowed.paragraphs()) {
      String plain = Text.collapseSpaces(MarkupDecoder.decodeMarkdown(p));
      markdown |= !plain.equals(p);
      if (!plain.isEmpty()) paragraphs.add(plain);
    }
    // A paragraph the paragraph rules keep may still be a whole page glued into one line: the segmenter
    // cuts the boilerplate out of it and the pieces are classified like paragraphs.
    BoilerplateClassifier.Result content = boilerplate.classify(paragraphs, segmenter);

    List<String> repaired = new ArrayList<>(content.kept().size());
    int spinRepairs = 0;
    for (String p : content.kept()) {
      SpinRepairer.Repaired r = spinner.repair(p);
      spinRepairs += r.repairs();
      repaired.add(r.text());
    }
    RepeatedParagraphFilter.Result unique = repeats.filter(repaired);
    String cleanText = String.join("\n\n", unique.kept());

    String cleanTitle = null;
    boolean titleChanged = false;
    boolean titleMarkup = false;
    if (title != null) {
      MarkupDecoder.Decoded t = decoder.decode(title);
      titleMarkup = t.changedMarkup();
      String plainTitle = Text.collapseSpaces(MarkupDecoder.decodeMarkdown(t.text()));
      titleMarkup |= !plainTitle.equals(Text.collapseSpaces(t.text()));
      SpinRepairer.Repaired r = spinner.repair(plainTitle);
      spinRepairs += r.repairs();
      TitleCleaner.Cleaned c = titles.clean(r.text(), source, titleAffixes.get(source));
      cleanTitle = c.title();
      titleChanged = c.changed();
    }
    String language = languages.identify(cleanTitle, cleanText);
    return new CleanedArticle(cleanTitle, cleanText, language, spinRepairs, content.removed(),
        unique.dropped(), titleChanged, reflowed.joinedLines(), decoded.changedMarkup() || markdown || titleMarkup,
        t0.repaired() + x0.repaired(), t0.bad() + x0.bad());
  }
}
