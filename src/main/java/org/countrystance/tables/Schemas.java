package org.countrystance.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Schema preconditions of stages: fail with what was expected and what was received. */
public final class Schemas {
  private Schemas() {}

  /** The stage's input must carry every expected column with its type; extra columns are fine. */
  public static void require(StructType actual, StructType expected, String stage) {
    List<String> missing = new ArrayList<>();
    for (StructField f : expected.fields()) {
      int idx = actual.getFieldIndex(f.name()).getOrElse(() -> -1);
      // Compared by catalog string: element nullability (array<string> with or without nulls) is no contract.
      if (idx < 0 || !actual.fields()[idx].dataType().catalogString().equals(f.dataType().catalogString())) {
        missing.add(f.name() + " " + f.dataType().simpleString());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(stage + ": expected columns " + missing + ", got "
          + actual.simpleString());
    }
  }
}
