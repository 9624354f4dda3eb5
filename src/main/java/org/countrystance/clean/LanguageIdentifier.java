package org.countrystance.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies an article's language (ISO 639-1, "und" when unsure) with OpenNLP's bundled langdetect
 * model (103 languages, from opennlp-models-langdetect). The 10 MB model is loaded once per JVM; an
 * instance is cheap but not thread-safe: build one per partition or thread.
 */
public final class LanguageIdentifier {
  public static final String UNDETERMINED = "und";
  /** Enough text to decide; reading more only costs time (the model's cost grows with distinct n-grams). */
  static final int MAX_CHARS = 600;
  /** Fewer letters than this and the guess is noise. */
  static final int MIN_LETTERS = 20;
  /**
   * The model's best guess is taken when its confidence is at least MIN_CONFIDENCE with MIN_MARGIN over
   * the runner-up, or when it is MIN_RATIO times the runner-up's: on a short text every one of the 103
   * languages keeps some probability, so even a clear winner has a confidence of 0.03 (measured in
   * LanguageIdAccuracyTest: at a ratio of 1.2 or more the guess was right for 99.8 % of the English and
   * 98 % of the non-English short texts that the absolute thresholds left undetermined).
   */
  static final double MIN_CONFIDENCE = 0.1;
  static final double MIN_MARGIN = 0.02;
  static final double MIN_RATIO = 1.2;
  /** The fast path needs this many words and this share of them English function words. */
  static final int ENGLISH_MIN_WORDS = 20;
  static final double ENGLISH_SHARE = 0.08;
  /**
   * Below this many words a text whose letters are all ASCII and which holds an English function word
   * is English without the model; at any length it is English when the model is unsure.
   */
  static final int SHORT_MAX_WORDS = 20;
  static final int SHORT_MIN_FUNCTION_WORDS = 1;
  private static final String MODEL_RESOURCE = "/langdetect-183.bin";

  private final LanguageDetectorME detector;
  private final Map<String, String> iso3To1;
  private final Set<String> englishFunctionWords;

  public LanguageIdentifier(Map<String, String> iso3To1, Set<String> englishFunctionWords) {
    this.detector = new LanguageDetectorME(ModelHolder.MODEL);
    this.iso3To1 = iso3To1;
    this.englishFunctionWords = englishFunctionWords;
  }

  /** The language of an article from its title and text together (a headline alone is short). */
  public String identify(String title, String text) {
    if (title == null || title.isBlank()) return identify(text);
    if (text == null || text.isBlank()) return identify(title);
    return identify(title + "\n" + text);
  }

  /** The ISO 639-1 code (or ISO 639-3 where there is none) of the text, "und" when unsure. */
  public String identify(String text) {
    if (text == null) return UNDETERMINED;
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Evidence e = evidence(sample);
    if (e.words >= ENGLISH_MIN_WORDS && e.function >= ENGLISH_SHARE * e.words) return "en";
    // Short texts: the model's n-gram statistics are thin, the function words are not.
    if (e.words < SHORT_MAX_WORDS && e.englishLooking()) return "en";
    Language[] ranked = detector.predictLanguages(sample);
    if (ranked.length == 0) return UNDETERMINED;
    if (e.letters >= MIN_LETTERS && sure(ranked)) return code(ranked[0]);
    // Unsure, or too few letters to trust the model: ASCII text is English when it holds an English
    // function word or English is the model's best guess.
    if (e.englishLooking() || (e.ascii && "eng".equals(ranked[0].getLang()))) return "en";
    return UNDETERMINED;
  }

  /** Whether the model's best guess is clear enough to take. */
  private static boolean sure(Language[] ranked) {
    double best = ranked[0].getConfidence();
    double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
    return (best >= MIN_CONFIDENCE && best - second >= MIN_MARGIN) || best >= MIN_RATIO * second;
  }

  private String code(Language language) {
    return iso3To1.getOrDefault(language.getLang(), language.getLang());
  }

  /**
   * The model alone with the thresholds this identifier had before short texts were handled (no
   * function words, no ratio rule): the baseline measured against.
   */
  String identifyByModel(String text) {
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (evidence(sample).letters < MIN_LETTERS) return UNDETERMINED;
    Language[] ranked = detector.predictLanguages(sample);
    double best = ranked.length > 0 ? ranked[0].getConfidence() : 0;
    double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
    if (best < MIN_CONFIDENCE || best - second < MIN_MARGIN) return UNDETERMINED;
    return iso3To1.getOrDefault(ranked[0].getLang(), ranked[0].getLang());
  }

  /** The model's best guess however unsure, for the diagnostics of the accuracy measurement. */
  String bestGuess(String text) {
    Language[] ranked = detector.predictLanguages(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
    return ranked.length == 0 ? UNDETERMINED : String.format(Locale.ROOT, "%s %.3f/%.3f", ranked[0].getLang(),
        ranked[0].getConfidence(), ranked.length > 1 ? ranked[1].getConfidence() : 0);
  }

  /** Letters, words and English function words of a sample, and whether every letter is ASCII. */
  record Evidence(int letters, int words, int function, boolean ascii) {
    /** ASCII letters only and at least one English function word. */
    boolean englishLooking() {
      return ascii && function >= SHORT_MIN_FUNCTION_WORDS;
    }
  }

  Evidence evidence(String sample) {
    int letters = 0;
    int words = 0;
    int function = 0;
    boolean ascii = true;
    int start = -1;
    for (int i = 0, n = sample.length(); i <= n; i++) {
      char c = i < n ? sample.charAt(i) : ' ';
      boolean letter = Character.isLetter(c);
      if (letter) {
        letters++;
        if (c >= 0x80) ascii = false;
      }
      if (letter && start < 0) start = i;
      if (!letter && start >= 0) {
        words++;
        if (i - start <= 6 && englishFunctionWords.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
          function++;
        }
        start = -1;
      }
    }
    return new Evidence(letters, words, function, ascii);
  }

  /** Whether enough of the words are English function words ("the", "which", "their"...). */
  boolean plainEnglish(String sample) {
    Evidence e = evidence(sample);
    return e.words >= ENGLISH_MIN_WORDS && e.function >= ENGLISH_SHARE * e.words;
  }

  /** How many English function words {@code s} holds (evidence that a lost character was an apostrophe). */
  int functionWords(String s) {
    return s == null ? 0 : evidence(s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s).function;
  }

  /** Lazy, thread-safe, once per JVM (executors included). */
  private static final class ModelHolder {
    static final LanguageDetectorModel MODEL = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("language model " + MODEL_RESOURCE
              + " is not on the classpath: expected the jar org.apache.opennlp:opennlp-models-langdetect");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load language model " + MODEL_RESOURCE, e);
      }
    }
  }
}
