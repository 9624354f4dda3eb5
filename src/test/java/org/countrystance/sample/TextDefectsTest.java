package org.countrystance.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextDefectsTest {
  private static final String PROSE = "The Chinese foreign ministry called on Moscow and Kyiv to hold peace talks. "
      + "Activists gathered outside the conference centre holding banners against fossil fuels. "
      + "Residents said they had not had electricity for nine days and feared the coming winter nights.";

  @Test
  void hardWrapKeepsLinesWithinSeventyTwoColumnsAndLosesNoWord() {
    String wrapped = TextDefects.hardWrap(PROSE);
    for (String line : wrapped.split("\n")) assertTrue(line.length() <= 72, line);
    assertTrue(wrapped.split("\n").length > 2);
    assertEquals(PROSE, wrapped.replace('\n', ' '));
  }

  @Test
  void spinnerArtefactsReplaceThePhrasesOfTheSpinnerTable() {
    TextDefects defects = new TextDefects(SampleVocabulary.loadDefault());
    for (long seed = 0; seed < 400; seed++) {
      List<String> recorded = new ArrayList<>();
      String body = defects.body(List.of(PROSE), true, new SplittableRandom(seed), recorded);
      if (recorded.contains(TextDefects.SPINNER)) {
        assertTrue(body.contains("once morest") && !body.contains(" against "), body);
        return;
      }
      assertTrue(body.contains("against"), body);
    }
    throw new AssertionError("no spinner artefact in 400 draws");
  }

  @Test
  void nonEnglishTextIsNeverSpun() {
    TextDefects defects = new TextDefects(SampleVocabulary.loadDefault());
    for (long seed = 0; seed < 200; seed++) {
      List<String> recorded = new ArrayList<>();
      defects.body(List.of(PROSE), false, new SplittableRandom(seed), recorded);
      assertFalse(recorded.contains(TextDefects.SPINNER));
    }
  }

  @Test
  void titlesGetTheSiteSuffixOnlyFromSitesThatAddOne() {
    TextDefects defects = new TextDefects(SampleVocabulary.loadDefault());
    NewsSource reuters = new NewsSource("reuters.com", "Reuters", " | ", "en", "en", "world");
    NewsSource tass = new NewsSource("tass.com", "TASS", null, "en", "ru", "world");
    boolean suffixed = false;
    for (long seed = 0; seed < 50; seed++) {
      List<String> recorded = new ArrayList<>();
      String title = defects.title("Talks resume", reuters, new SplittableRandom(seed), recorded);
      suffixed |= title.equals("Talks resume | Reuters") && recorded.contains(TextDefects.TITLE_SUFFIX);
      assertEquals("Talks resume", defects.title("Talks resume", tass, new SplittableRandom(seed), new ArrayList<>()));
    }
    assertTrue(suffixed);
  }
}
