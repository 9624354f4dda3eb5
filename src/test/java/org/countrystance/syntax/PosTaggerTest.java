package org.countrystance.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import org.junit.jupiter.api.Test;

/** The shipped UD model tags a sentence, and a sentence met again is answered from memory unchanged. */
class PosTaggerTest {
  @Test
  void tagsASentenceWithUniversalDependenciesTags() {
    String[] tags = new PosTagger().tag(new String[] {"Germany", "sent", "tanks", "to", "Ukraine", "."});
    assertArrayEquals(new String[] {"PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"}, tags);
  }

  /**
   * OpenNLP's factory fills in its feature-generator description on the first tagger made over a model, and two
   * threads doing that at once could leave it null for one of them (an executor's two tasks quarantined an article
   * so): the shared model must have it before any thread makes a tagger.
   */
  @Test
  void theSharedModelIsReadyBeforeAnyThreadMakesItsTagger() throws Exception {
    Method load = Class.forName(PosTagger.class.getName() + "$Holder").getDeclaredMethod("load");
    load.setAccessible(true);
    POSModel fresh = (POSModel) load.invoke(null); // as a new executor JVM loads it, whatever ran before here
    Field bytes = POSTaggerFactory.class.getDeclaredField("featureGeneratorBytes");
    bytes.setAccessible(true);
    assertNotNull(bytes.get(fresh.getFactory()), "the factory's feature generators are described");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String[]>> tags = new ArrayList<>();
      Callable<String[]> tag = () -> new PosTagger().tag(new String[] {"Russia", "invaded", "Ukraine", "."});
      for (int i = 0; i < 16; i++) tags.add(pool.submit(tag));
      for (Future<String[]> f : tags) {
        assertArrayEquals(new String[] {"PROPN", "VERB", "PROPN", "PUNCT"}, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRememberedSentenceGivesTheSameTagsAndCannotBeChangedThroughAnAnswer() {
    PosTagger tagger = new PosTagger();
    String[] words = {"The", "attack", "was", "condemned", "by", "France", "."};
    String[] first = tagger.tag(words.clone());
    first[1] = "VERB";
    String[] again = tagger.tag(words.clone());
    assertEquals("NOUN", again[1], "the cached answer is a copy");
    assertArrayEquals(new String[] {"DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"}, again);
  }
}
