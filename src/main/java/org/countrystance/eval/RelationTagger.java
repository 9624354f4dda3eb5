package org.countrystance.eval;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * The coarse syntactic function of every word ({@link RelationLabels}: nsubj@main, obj@comp, obl:against,
 * poss, compound, ...), from a sequence model that Apache OpenNLP trains on UD English EWT
 * ({@link RelationTrainer}); a dependency-relation tagger, about as cheap as a part-of-speech tagger. Needs
 * the words' UPOS tags ({@code PosTagger}). An experiment for roles (issue 22, see
 * {@link RoleSourceEvaluation}): no model is shipped, the job does not use it. Not thread-safe.
 */
public final class RelationTagger {
  private final POSModel model;

  public RelationTagger(POSModel model) {
    this.model = model;
  }

  private POSTaggerME own;

  /** The label of every word, given the words and their UPOS tags. */
  public String[] tag(String[] words, String[] upos) {
    if (words.length == 0) {
      return new String[0];
    }
    if (own == null) {
      own = new POSTaggerME(model, POSTagFormat.CUSTOM);
    }
    return own.tag(words, new Object[] {upos});
  }
}
