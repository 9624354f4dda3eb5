package org.countrystance.report;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** The fixture's stated positions: who says what on which topic, how often, and in which words. */
final class Statements {
  record Spec(String country, String topic, String position, String polarity, int weight, List<String> targets,
      String sentence, String cue) {}

  static final String[] SOURCES = {"wire.example", "daily.example", "globe.example", "herald.example"};

  private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("CHN", "China"),
      Map.entry("USA", "United States"), Map.entry("RUS", "Russia"), Map.entry("UKR", "Ukraine"),
      Map.entry("FRA", "France"), Map.entry("IND", "India"), Map.entry("TUR", "Turkey"), Map.entry("QAT", "Qatar"),
      Map.entry("ISR", "Israel"), Map.entry("PSE", "Palestine"));
  private static final Map<String, Double> TONE = Map.of("CHN", 0.12, "USA", -0.05, "RUS", -0.35, "FRA", 0.18,
      "IND", 0.22, "TUR", -0.12, "QAT", 0.08);

  static final List<Spec> SPECS = List.of(
      new Spec("CHN", "ukraine-war", "calls_for_peace", "neutral", 3, List.of("RUS", "UKR"),
          "China called on Russia and Ukraine to resume peace talks as soon as possible, the foreign ministry said.",
          "called on"),
      new Spec("CHN", "ukraine-war", "neutral_noncommittal", "neutral", 2, List.of("UKR"),
          "China said it would keep an objective and impartial position on the Ukraine crisis.", "impartial"),
      new Spec("CHN", "ukraine-war", "supports_russia", "favor", 1, List.of("RUS"),
          "China said Russia's legitimate security concerns must be taken seriously.", "legitimate security concerns"),
      new Spec("USA", "ukraine-war", "supports_ukraine", "against", 3, List.of("UKR", "RUS"),
          "The United States pledged further military aid to Ukraine and condemned Russia's attacks.", "pledged"),
      new Spec("RUS", "ukraine-war", "supports_russia", "favor", 2, List.of("UKR"),
          "Russia said its special military operation in Ukraine would continue until its goals were met.",
          "special military operation"),
      new Spec("FRA", "ukraine-war", "supports_ukraine", "against", 2, List.of("UKR"),
          "France announced it would deliver more air-defence systems to Ukraine.", "deliver"),
      new Spec("IND", "ukraine-war", "calls_for_peace", "neutral", 1, List.of("RUS", "UKR"),
          "India urged Russia and Ukraine to return to dialogue and diplomacy.", "urged"),
      new Spec("USA", "israel-gaza", "supports_israel", "favor", 2, List.of("ISR"),
          "The United States reaffirmed Israel's right to defend itself.", "right to defend"),
      new Spec("TUR", "israel-gaza", "supports_palestinians", "against", 2, List.of("ISR", "PSE"),
          "Turkey condemned Israel's strikes on Gaza and voiced solidarity with Palestine.", "condemned"),
      new Spec("QAT", "israel-gaza", "calls_for_ceasefire", "neutral", 2, List.of("ISR", "PSE"),
          "Qatar called for an immediate ceasefire between Israel and Palestine.", "called for an immediate ceasefire"),
      new Spec("CHN", "israel-gaza", "calls_for_ceasefire", "neutral", 1, List.of(),
          "China called for a ceasefire in Gaza and the protection of civilians.", "called for a ceasefire"),
      new Spec("CHN", "climate-action", "supports_climate_action", "favor", 1, List.of(),
          "China reaffirmed its pledge to peak carbon emissions before 2030.", "pledge to peak"),
      new Spec("FRA", "climate-action", "supports_climate_action", "favor", 1, List.of(),
          "France backed a binding target to cut emissions by 55 percent.", "backed"),
      new Spec("USA", "climate-action", "opposes_climate_action", "against", 1, List.of(),
          "The United States rejected binding emission targets at the summit.", "rejected"));

  private static final String[] BACKGROUND = {
      "Officials from %s met trade delegations on Tuesday.",
      "Markets in %s closed slightly higher.",
      "Heavy rain disrupted traffic across %s.",
      "%s's economy grew faster than forecast."};

  private Statements() {}

  static String surface(String country) {
    return NAMES.get(country);
  }

  static double baseTone(String country) {
    return TONE.getOrDefault(country, 0.0);
  }

  static String background(String country, Random random) {
    return String.format(BACKGROUND[random.nextInt(BACKGROUND.length)], NAMES.get(country));
  }

  static String title(Spec spec) {
    return NAMES.get(spec.country()) + " on " + spec.topic().replace('-', ' ');
  }
}
