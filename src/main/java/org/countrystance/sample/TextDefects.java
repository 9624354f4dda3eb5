package org.countrystance.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Spoils clean prose the way scraping does, recording each defect by name: spinner artefacts, a repeated
 * lede, boilerplate blocks, HTML entities and stray tags, hard-wrapped lines, a site suffix in the title.
 */
final class TextDefects {
  static final String BOILERPLATE = "boilerplate";
  static final String SPINNER = "spinner";
  static final String REPEATED_LEDE = "repeated_lede";
  static final String TITLE_SUFFIX = "title_suffix";
  static final String HARD_WRAP = "hard_wrap";
  static final String HTML_ENTITIES = "html_entities";
  static final int WRAP_COLUMN = 72;

  private final List<String[]> boilerplate;
  private final List<String[]> spinner;
  private final List<String[]> strayTags;

  TextDefects(SampleVocabulary vocabulary) {
    this.boilerplate = vocabulary.defects("boilerplate");
    this.spinner = vocabulary.defects("spinner");
    this.strayTags = vocabulary.defects("stray_tag");
  }

  /** The article body from its paragraphs, with defects drawn from {@code rng} appended to {@code defects}. */
  String body(List<String> paragraphs, boolean english, SplittableRandom rng, List<String> defects) {
    List<String> out = new ArrayList<>(paragraphs);
    if (english && RandomStreams.chance(rng, 0.10) && spin(out)) defects.add(SPINNER);
    if (out.size() > 1 && RandomStreams.chance(rng, 0.08)) {
      out.add(1, out.get(0));
      defects.add(REPEATED_LEDE);
    }
    if (RandomStreams.chance(rng, 0.30)) {
      int blocks = 1 + rng.nextInt(2);
      for (int b = 0; b < blocks; b++) {
        String block = RandomStreams.pick(rng, boilerplate)[1];
        double where = rng.nextDouble();
        int at = where < 0.15 ? 0 : where < 0.45 ? 1 + rng.nextInt(out.size()) : out.size();
        out.add(Math.min(at, out.size()), block);
      }
      defects.add(BOILERPLATE);
    }
    if (RandomStreams.chance(rng, 0.12)) {
      markup(out, rng);
      defects.add(HTML_ENTITIES);
    }
    if (RandomStreams.chance(rng, 0.12)) {
      out.replaceAll(TextDefects::hardWrap);
      defects.add(HARD_WRAP);
    }
    return String.join("\n\n", out);
  }

  /** The headline, with the site's own name appended where the site does that. */
  String title(String title, NewsSource source, SplittableRandom rng, List<String> defects) {
    if (source.suffixesTitles() && RandomStreams.chance(rng, 0.7)) {
      defects.add(TITLE_SUFFIX);
      return title + source.separator() + source.display();
    }
    return title;
  }

  private boolean spin(List<String> paragraphs) {
    boolean changed = false;
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      for (String[] pair : spinner) p = p.replace(pair[0], pair[1]);
      if (!p.equals(paragraphs.get(i))) {
        paragraphs.set(i, p);
        changed = true;
      }
    }
    return changed;
  }

  private void markup(List<String> paragraphs, SplittableRandom rng) {
    for (int i = 0; i < paragraphs.size(); i++) {
      paragraphs.set(i, replaceFirst(paragraphs.get(i).replace("'", "&#8217;"), " and ", " &amp; "));
    }
    int p = rng.nextInt(paragraphs.size());
    String text = paragraphs.get(p);
    int space = text.indexOf(' ', rng.nextInt(Math.max(1, text.length())));
    if (space > 0) paragraphs.set(p, text.substring(0, space) + "&nbsp;" + text.substring(space + 1));
    paragraphs.set(0, "<p>" + paragraphs.get(0) + "</p>");
    int q = rng.nextInt(paragraphs.size());
    paragraphs.set(q, RandomStreams.pick(rng, strayTags)[1] + paragraphs.get(q));
  }

  private static String replaceFirst(String text, String target, String replacement) {
    int at = text.indexOf(target);
    return at < 0 ? text : text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  /** Greedy word wrap of each line at {@link #WRAP_COLUMN} characters, as plain-text mail and feeds do. */
  static String hardWrap(String paragraph) {
    StringBuilder out = new StringBuilder(paragraph.length() + 16);
    int lineLength = 0;
    for (String word : paragraph.split(" ")) {
      int newline = word.lastIndexOf('\n');
      if (lineLength > 0 && lineLength + 1 + (newline >= 0 ? word.indexOf('\n') : word.length()) > WRAP_COLUMN) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0 || out.length() > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength = newline >= 0 ? word.length() - newline - 1 : lineLength + word.length();
    }
    return out.toString();
  }
}
