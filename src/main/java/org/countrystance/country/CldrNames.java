package org.countrystance.country;

import java.util.LinkedHashSet;
import java.util.Set;

/** Variants of a CLDR English country name as news writes it: "Myanmar (Burma)" -> Myanmar, Burma; "&" -> "and". */
final class CldrNames {
  private CldrNames() {}

  static Set<String> variants(String cldr) {
    Set<String> out = new LinkedHashSet<>();
    String base = cldr.replace(" SAR China", "").replace('\u2019', '\'');
    int paren = base.indexOf(" (");
    if (paren > 0 && base.endsWith(")")) {
      out.add(base.substring(0, paren));
      out.add(base.substring(paren + 2, base.length() - 1));
    } else if (base.contains(" - ")) {
      out.add(base.replace(" - ", "-"));
    } else {
      out.add(base);
    }
    Set<String> more = new LinkedHashSet<>();
    for (String s : out) {
      if (s.contains(" & ")) {
        more.add(s.replace(" & ", " and "));
      }
      if (s.startsWith("St. ")) {
        more.add("Saint " + s.substring(4).replace(" & ", " and "));
      }
    }
    out.addAll(more);
    out.removeIf(s -> s.contains("&"));
    return out;
  }
}
