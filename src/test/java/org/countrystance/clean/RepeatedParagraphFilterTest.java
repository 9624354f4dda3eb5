package org.countrystance.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RepeatedParagraphFilterTest {

  @Test
  void theSketchIsTheSmallestDistinctTrigramHashesOfAllOfThemSorted() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 5_000; i++) {
      // A small vocabulary repeats trigrams, so duplicates must be skipped as the full sort skips them.
      long[] words = new long[random.nextInt(60)];
      int vocabulary = 1 + random.nextInt(12);
      for (int w = 0; w < words.length; w++) words[w] = random.nextInt(vocabulary) * 0x9E3779B97F4A7C15L;
      long[] all = RepeatedParagraphFilter.ngrams(words, 3);
      for (int k : new int[] {1, 3, 8}) {
        long[] expected = Arrays.copyOf(all, Math.min(k, all.length));
        assertArrayEquals(expected, RepeatedParagraphFilter.smallestTrigrams(words, k),
            "k=" + k + " words=" + Arrays.toString(words));
      }
    }
  }

  @Test
  void dropsANearRepeatOnlyWhenItNamesNoOneNew() {
    String lede = "The minister said on Tuesday that the government would send more aid to the region "
        + "after the floods destroyed thousands of homes and left many families without shelter.";
    String restated = "The minister said on Tuesday the government would send more aid to the region "
        + "after the floods destroyed thousands of homes and left many families without shelter.";
    String otherPerson = "Maria Lopez said on Tuesday that the government would send more aid to the region "
        + "after the floods destroyed thousands of homes and left many families without shelter.";
    RepeatedParagraphFilter filter = new RepeatedParagraphFilter(8, 0.8);
    RepeatedParagraphFilter.Result r = filter.filter(List.of(lede, restated, otherPerson));
    assertEquals(List.of(lede, otherPerson), r.kept());
    assertEquals(1, r.dropped());
  }
}
