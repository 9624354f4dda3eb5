package org.countrystance.eval;

import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech tagger machinery with {@link RelationContext} as its features and no tag
 * dictionary: the model file names this class, so a loaded model uses the same features it was trained on.
 */
public final class RelationTaggerFactory extends POSTaggerFactory {
  @Override
  public POSContextGenerator getPOSContextGenerator() {
    return new RelationContext();
  }

  @Override
  public POSContextGenerator getPOSContextGenerator(int cacheSize) {
    return new RelationContext();
  }

  @Override
  public SequenceValidator<String> getSequenceValidator() {
    return (i, sequence, outcomes, outcome) -> true;
  }

  @Override
  public void validateArtifactMap() {
    // no tag dictionary or n-gram dictionary to check
  }
}
