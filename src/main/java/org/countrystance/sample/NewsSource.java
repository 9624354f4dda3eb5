package org.countrystance.sample;

import java.io.Serializable;

/** A scraped site: its host, the name it appends to titles (if any), page language and declared language. */
record NewsSource(String site, String display, String separator, String language, String declared,
    String section) implements Serializable {

  /** Sites that append their own name to the headline ("… | Reuters"). */
  boolean suffixesTitles() {
    return separator != null;
  }
}
