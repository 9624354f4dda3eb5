package org.countrystance.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small helpers shared by the hand-written SVG charts: escaping, number formatting, palettes, ids. */
final class Svg {
  static final String FONT = "font-family=\"Helvetica, Arial, sans-serif\"";
  /** Colours for positions by polarity: reds for favor, blues for against, others for neutral. */
  private static final String[] FAVOR = {"#c0392b", "#e67e22", "#d35400"};
  private static final String[] AGAINST = {"#2e6db4", "#5dade2", "#1a4f8a"};
  private static final String[] NEUTRAL = {"#3a9d5d", "#9e9e9e", "#c9a227", "#8e44ad"};
  /** Colours for country lines (colour-blind-friendly Tableau 10). */
  static final String[] SERIES = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
      "#ff9da7", "#9c755f", "#bab0ac"};
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);

  private Svg() {}

  static String esc(String s) {
    if (s == null) return "";
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String shortDate(LocalDate d) {
    return SHORT.format(d);
  }

  /** The colour of the k-th position (0-based, counted within its polarity). */
  static String positionColour(String polarity, int k) {
    String[] palette = "favor".equals(polarity) ? FAVOR : "against".equals(polarity) ? AGAINST : NEUTRAL;
    return palette[k % palette.length];
  }

  /** An HTML id that links a chart bar to its evidence list. */
  static String anchor(String topic, String country, LocalDate bucket, String position) {
    return "ev-" + slug(topic) + "-" + slug(country) + "-" + bucket + "-" + slug(position);
  }

  static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** Rough text width in px at a given font size (SVG has no layout engine to ask). */
  static double textWidth(String s, double fontSize) {
    return s.length() * fontSize * 0.58;
  }
}
