package org.countrystance.eval;

/** Counts of true positives, false positives and false negatives, with precision, recall and F1. */
public record PrecisionRecall(long truePositives, long falsePositives, long falseNegatives) {
  public double precision() {
    long d = truePositives + falsePositives;
    return d == 0 ? 1.0 : (double) truePositives / d;
  }

  public double recall() {
    long d = truePositives + falseNegatives;
    return d == 0 ? 1.0 : (double) truePositives / d;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  PrecisionRecall plus(int tp, int fp, int fn) {
    return new PrecisionRecall(truePositives + tp, falsePositives + fp, falseNegatives + fn);
  }

  @Override
  public String toString() {
    return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), truePositives,
        falsePositives, falseNegatives);
  }
}
