package org.countrystance.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BoilerplateClassifierTest {
  private static final String TRIM = " :.*|->\u00BB\u203A\u2022\u00B7\u2013\u2014";

  /** The key as first written: lower case and straight quotes, then spaces collapsed, then trimmed. */
  private static String normaliseInSteps(String p) {
    StringBuilder b = new StringBuilder();
    for (char c : p.toCharArray()) {
      if (c == '\u2019' || c == '\u2018') c = '\'';
      else if (c == '\u201C' || c == '\u201D') c = '"';
      b.append(Character.toLowerCase(c));
    }
    String s = Text.collapseSpaces(b.toString());
    int start = 0;
    int end = s.length();
    while (start < end && TRIM.indexOf(s.charAt(start)) >= 0) start++;
    while (end > start && TRIM.indexOf(s.charAt(end - 1)) >= 0) end--;
    return s.substring(start, end);
  }

  @Test
  void normalisesInOnePassAsLowerCasingCollapsingAndTrimmingInTurn() {
    String alphabet = "aZ\u00C9\u0416 \t\n\u00A0\u2003\u3000:.*|->\u00BB\u2022\u2013\u2019\u2018\u201C\u201D'\"x1";
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder p = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) p.append(alphabet.charAt(random.nextInt(alphabet.length())));
      assertEquals(normaliseInSteps(p.toString()), BoilerplateClassifier.normalise(p.toString()), "for [" + p + "]");
    }
    assertEquals("share on 'facebook' \"now\"", BoilerplateClassifier.normalise(" \u2022 Share\u00A0 on \u2018Facebook\u2019\t\u201CNow\u201D \u00BB"));
  }

  @Test
  void aRegexRuleMatchesOnlyWithinItsWordLimitAndARuleWithoutOneMatchesAnyLength() {
    String shortLine = "Acme News. All rights reserved.";
    String longLine = "Reprinted from the weekly bulletin of the county library board with thanks. "
        + "All rights reserved.";
    BoilerplateClassifier limited = new BoilerplateClassifier(List.of(
        new BoilerplateClassifier.Rule("copyright", "regex", 5, ".*all rights reserved")));
    assertNotNull(limited.match(shortLine));
    assertNull(limited.match(longLine));

    BoilerplateClassifier unlimited = new BoilerplateClassifier(List.of(
        new BoilerplateClassifier.Rule("comment_form", "regex", 3, "comments? \\(\\d+\\)"),
        new BoilerplateClassifier.Rule("copyright", "regex", 0, ".*all rights reserved")));
    assertEquals("copyright", unlimited.match(longLine).kind());
    assertEquals("comment_form", unlimited.match("Comments (12)").kind());
    assertNull(unlimited.match(longLine.toUpperCase(Locale.ROOT).replace("RESERVED", "KEPT")));
  }
}
