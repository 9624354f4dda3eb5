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
  /** Below this confidence of the best guess, or this lead over the runner-up, say "und". */
  static final double MIN_CONFIDENCE = 0.1;
  static final double MIN_MARGIN = 0.02;
  /** The fast path needs this many words and this share of them English function words. */
  static final int ENGLISH_MIN_WORDS = 20;
  static final double ENGLISH_SHARE = 0.08;
  private static final String MODEL_RESOURCE = "/langdetect-183.bin";

  private final LanguageDetectorME detector;
  private final Map<String, String> iso3To1;
  private final Set<String> englishFunctionWords;

  public LanguageIdentifier(Map<String, String> iso3To1, Set<String> englishFunctionWords) {
    this.detector = new LanguageDetectorME(ModelHolder.MODEL);
    this.iso3To1 = iso3To1;
    this.englishFunctionWords = englishFunctionWords;
  }

  /** The ISO 639-1 code (or ISO 639-3 where there is none) of the text, "und" when unsure. */
  public String identify(String text) {
    if (text == null) return UNDETERMINED;
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    int letters = 0;
    for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(sample.charAt(i))) letters++;
    }
    if (letters < MIN_LETTERS) return UNDETERMINED;
    if (plainEnglish(sample)) return "en";
    Language[] ranked = detector.predictLanguages(sample);
    if (ranked.length == 0) return UNDETERMINED;
    double best = ranked[0].getConfidence();
    double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
    if (best < MIN_CONFIDENCE || best - second < MIN_MARGIN) return UNDETERMINED;
    String code = ranked[0].getLang();
    return iso3To1.getOrDefault(code, code);
  }

  /** Whether enough of the words are English function words ("the", "which", "their"...). */
  boolean plainEnglish(String sample) {
    int words = 0;
    int function = 0;
    int start = -1;
    for (int i = 0, n = sample.length(); i <= n; i++) {
      boolean letter = i < n && Character.isLetter(sample.charAt(i));
      if (letter && start < 0) start = i;
      if (!letter && start >= 0) {
        words++;
        if (i - start <= 6 && englishFunctionWords.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
          function++;
        }
        start = -1;
      }
    }
    return words >= ENGLISH_MIN_WORDS && function >= ENGLISH_SHARE * words;
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
