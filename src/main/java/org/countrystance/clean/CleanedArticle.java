package org.countrystance.clean;

/** One article after cleaning: its text, detected language, and what the cleaner changed. */
public record CleanedArticle(
    String title,
    String text,
    String language,
    int spinRepairs,
    int boilerplateLines,
    int repeatedParagraphs,
    boolean cleanedTitle,
    boolean reflowed,
    boolean decodedMarkup,
    int repairedChars,
    int badChars) {

  public boolean repairedSpin() {
    return spinRepairs > 0;
  }

  public boolean removedBoilerplate() {
    return boilerplateLines > 0;
  }

  public boolean removedRepeatedParagraph() {
    return repeatedParagraphs > 0;
  }
}
