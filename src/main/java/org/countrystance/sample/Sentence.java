package org.countrystance.sample;

import java.util.List;

/** One generated sentence, what kind of template it came from, and the stances it truly states. */
record Sentence(String text, String kind, List<String> stances) {
  static final String STANCE = "stance";
  static final String FIRST_PERSON = "first_person";
  static final String NARRATIVE = "narrative";
  static final String ACCUSATION = "accusation";
  static final String MENTION = "mention";
  static final String AMBIGUOUS = "ambiguous";
  static final String FOREIGN = "foreign";

  static Sentence plain(String text, String kind) {
    return new Sentence(text, kind, List.of());
  }

  /** The truth label "ISO3|topic|position" of a stance statement. */
  static String stanceLabel(String iso3, String topic, String position) {
    return iso3 + "|" + topic + "|" + position;
  }
}
