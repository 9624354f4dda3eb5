package org.countrystance.sample;

import java.util.List;
import java.util.SplittableRandom;

/** The language a scraper declares for a page: the site's label, sometimes missing, sometimes wrong. */
final class LanguageLabels {
  static final String MISSING = "language_missing";
  static final String MISLABELLED = "language_mislabelled";

  /** The declared label (nullable); records a defect when it is absent or names another language. */
  String declared(NewsSource source, String actual, SplittableRandom rng, List<String> defects) {
    String label = source.declared();
    double r = rng.nextDouble();
    if (r < 0.06) label = null;
    else if (r < 0.09) label = actual.equals("en") ? "fr" : "en";
    else if (r < 0.12 && label != null) label = label.toUpperCase(java.util.Locale.ROOT);
    if (label == null) {
      defects.add(MISSING);
    } else if (!label.toLowerCase(java.util.Locale.ROOT).startsWith(actual)) {
      defects.add(MISLABELLED);
    }
    return label;
  }
}
