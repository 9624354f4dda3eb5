package org.countrystance.sample;

import java.io.Serializable;
import java.util.Set;

/** One row of templates.tsv: a sentence pattern, the stance it states for its speaker, who may speak it. */
record SentenceTemplate(String kind, String topic, String position, String speakers, String others,
    String language, String text) implements Serializable {

  boolean allowsSpeaker(String iso3) {
    return allows(speakers, iso3);
  }

  boolean allowsOther(String iso3) {
    return allows(others, iso3);
  }

  /** "*" everyone, "A,B" only these, "-A,B" everyone but these. */
  static boolean allows(String spec, String iso3) {
    if (spec == null || spec.equals("*")) return true;
    boolean exclude = spec.startsWith("-");
    Set<String> listed = Set.of((exclude ? spec.substring(1) : spec).split(","));
    return exclude != listed.contains(iso3);
  }
}
