package org.countrystance.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.countrystance.sample.CountryReferences.Form;
import org.countrystance.sample.CountryReferences.Reference;

/**
 * Fills a template's placeholders into a sentence: country references ({S}, {S2}, {O}), pronouns ({IT},
 * {ITS}), {NUM}, {WEEKDAY}, and named slots from slots.tsv ({TOWN_UA}, {PERSON}, ...).
 */
final class TemplateFiller {
  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday"};

  private final Map<String, List<String>> slots;

  TemplateFiller(Map<String, List<String>> slots) {
    this.slots = slots;
  }

  /**
   * The sentence for {@code template}; {@code speaker} and {@code other} may be null when the template
   * has no such slot. {@code speakerForm} forces how {S} and {O} are written (titles and bare mentions use names), or null.
   */
  String fill(String template, CountryProfile speaker, CountryProfile other, LocalDate day,
      SplittableRandom rng, Form speakerForm) {
    StringBuilder out = new StringBuilder(template.length() + 40);
    Reference s = null;
    int i = 0;
    while (i < template.length()) {
      char ch = template.charAt(i);
      int close = ch == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(ch);
        i++;
        continue;
      }
      String slot = template.substring(i + 1, close);
      switch (slot) {
        case "S":
          s = speakerForm != null ? CountryReferences.render(speaker, speakerForm, rng)
              : CountryReferences.refer(speaker, day, rng, null);
          out.append(s.text());
          break;
        case "S2":
          out.append(CountryReferences.refer(speaker, day, rng, s == null ? null : s.form()).text());
          break;
        case "O":
          out.append(speakerForm != null ? CountryReferences.render(other, speakerForm, rng).text()
              : CountryReferences.refer(other, day, rng, Form.LEADER).text());
          break;
        case "IT":
          out.append(s == null ? "it" : s.pronoun());
          break;
        case "ITS":
          out.append(s == null ? "its" : s.possessive());
          break;
        case "NUM":
          out.append(2 + rng.nextInt(97));
          break;
        case "WEEKDAY":
          out.append(WEEKDAYS[rng.nextInt(WEEKDAYS.length)]);
          break;
        default:
          List<String> values = slots.get(slot);
          if (values == null) throw new IllegalStateException("unknown placeholder {" + slot + "} in template: " + template);
          out.append(values.get(rng.nextInt(values.size())));
      }
      i = close + 1;
    }
    if (out.length() > 0) out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    return out.toString();
  }
}
