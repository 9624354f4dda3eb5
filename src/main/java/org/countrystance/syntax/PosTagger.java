package org.countrystance.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags (UPOS: NOUN, PROPN, VERB, AUX, ADP, PRON, ...) from Apache
 * OpenNLP's English UD-EWT model ({@code org.apache.opennlp:opennlp-models-pos-en}, Apache-2.0), shipped
 * inside the jar. The model is loaded once per JVM; the tagger itself is not thread-safe, so each thread
 * keeps its own over the shared model. Serializable by class only: nothing is shipped to executors.
 * Each thread remembers the last {@value #CACHED} sentences it tagged (the tagger is deterministic, so a
 * sentence met again, a syndicated copy or a press release's standing paragraph, gets the same tags).
 */
public final class PosTagger implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The model file inside the opennlp-models-pos-en jar. */
  static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  /**
   * Tag sequences kept while decoding. The shipped model asks for 3; greedy decoding (1) gives the same
   * UPOS accuracy on EWT test within 0.001 at about a third of the cost (measured by UdTaggerEvaluation
   * and StageThroughputBench), and the job tags every sentence where a stance cue fires. For such a
   * comparison, {@code -Dcountrystance.pos.beam=3} restores the model's own beam.
   */
  static final int BEAM = Integer.getInteger("countrystance.pos.beam", 1);

  private static final class Holder {
    static final POSModel MODEL_INSTANCE = load();
    static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(Holder::newTagger);

    /**
     * A tagger over the shared model. OpenNLP's factory fills in its feature-generator description on the first
     * tagger it makes, and two threads doing that at once can leave it null for one of them (an executor's two
     * tasks starting to annotate together quarantined an article with "Cannot read the array length because
     * buf is null"); {@link #load} makes the first tagger, and later ones are made one at a time.
     */
    private static synchronized POSTaggerME newTagger() {
      return new POSTaggerME(MODEL_INSTANCE, POSTagFormat.UD);
    }

    private static POSModel load() {
      try (InputStream in = PosTagger.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("part-of-speech model " + MODEL + " is not on the classpath"
              + " (org.apache.opennlp:opennlp-models-pos-en)");
        }
        POSModel shipped = new POSModel(in);
        MaxentModel maxent = shipped.getArtifact("pos.model");
        POSModel model = new POSModel("en", maxent, BEAM, null, shipped.getFactory());
        new POSTaggerME(model, POSTagFormat.UD); // the factory's lazily made state, made here once
        return model;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read part-of-speech model " + MODEL, e);
      }
    }
  }

  /** Sentences remembered per thread. */
  static final int CACHED = 4096;

  private static final ThreadLocal<LinkedHashMap<List<String>, String[]>> SEEN =
      ThreadLocal.withInitial(() -> new LinkedHashMap<>(CACHED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, String[]> eldest) {
          return size() > CACHED;
        }
      });

  /** The UPOS tag of every token, in order. */
  public String[] tag(String[] tokens) {
    if (tokens.length == 0) {
      return new String[0];
    }
    List<String> key = List.of(tokens);
    String[] tags = SEEN.get().get(key);
    if (tags == null) {
      tags = Holder.TAGGER.get().tag(tokens);
      SEEN.get().put(key, tags);
    }
    return tags.clone();
  }
}
