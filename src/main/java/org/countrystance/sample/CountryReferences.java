package org.countrystance.sample;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Chooses how a sentence names a country: by name, capital or seat of power (metonyms), an institution,
 * or its leader, the leader only on days inside their term.
 */
final class CountryReferences {
  enum Form { NAME, CAPITAL, SEAT, INSTITUTION, LEADER }

  /** A rendered reference and the pronouns that agree with it ("it/its" for a state, "he/his" for a person). */
  record Reference(String text, Form form, String pronoun, String possessive) {}

  private static final Form[] FORMS = Form.values();
  private static final double[] WEIGHTS = {0.35, 0.2, 0.08, 0.17, 0.2};

  private CountryReferences() {}

  /** A reference to {@code c} as of {@code day}, in a different form than {@code avoid} when possible. */
  static Reference refer(CountryProfile c, LocalDate day, SplittableRandom rng, Form avoid) {
    for (int attempt = 0; attempt < 12; attempt++) {
      Form form = weightedForm(rng);
      if (form == avoid || !available(c, form, day)) continue;
      return render(c, form, rng);
    }
    return render(c, avoid == Form.NAME ? Form.CAPITAL : Form.NAME, rng);
  }

  static Reference render(CountryProfile c, Form form, SplittableRandom rng) {
    switch (form) {
      case CAPITAL:
        return new Reference(c.capital(), form, "it", "its");
      case SEAT:
        return new Reference(c.seat(), form, "it", "its");
      case INSTITUTION:
        return new Reference(RandomStreams.pick(rng, c.institutions()), form, "it", "its");
      case LEADER:
        String his = "he".equals(c.leaderPronoun()) ? "his" : "her";
        int style = rng.nextInt(4);
        String text = style == 0 ? c.leader()
            : style == 1 ? c.demonym() + " " + c.leaderTitle() + " " + c.leader()
            : c.leaderTitle() + " " + c.leader();
        return new Reference(text, form, c.leaderPronoun(), his);
      default:
        return new Reference(c.name(), Form.NAME, "it", "its");
    }
  }

  private static boolean available(CountryProfile c, Form form, LocalDate day) {
    switch (form) {
      case SEAT: return c.seat() != null;
      case INSTITUTION: return !c.institutions().isEmpty();
      case LEADER: return c.leaderInOffice(day);
      default: return true;
    }
  }

  private static Form weightedForm(SplittableRandom rng) {
    double r = rng.nextDouble();
    for (int i = 0; i < FORMS.length; i++) {
      r -= WEIGHTS[i];
      if (r < 0) return FORMS[i];
    }
    return Form.NAME;
  }
}
