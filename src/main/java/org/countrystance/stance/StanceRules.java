package org.countrystance.stance;

import java.io.Serializable;
import org.countrystance.config.RuleTables;
import java.util.List;
import java.util.function.Function;
import org.countrystance.config.ConfTable;

/**
 * The stance cue tables of conf/stance/: cue rules per topic and position (cues.tsv), negators
 * (negators.tsv) and the phrases that change whose position a cue is (attribution.tsv), each
 * compiled into a {@link PhraseIndex} and checked against the topic catalog at load time.
 */
public final class StanceRules implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where a cue's object must be: the first side term after it, a term before it, or either. */
  public enum ObjectMode { NONE, AFTER, BEFORE, EITHER, NOT_AFTER }

  /**
   * One row of cues.tsv; {@code helps}: for a "giver" row, the side its act of support goes to, else null;
   * {@code ownSide}: a "speaker-side" or "judged-side" row, whose position is the speaker's own side when the speaker
   * is a party.
   */
  public record CueRule(String topic, String position, String phrase, ObjectMode objectMode,
      String objectSide, double weight, String ifNegated, boolean judgement, boolean judged, String helps,
      boolean demand, boolean ownSide) implements Serializable {}

  /** Kinds of attribution phrases (attribution.tsv). */
  public enum Attribution { ACCUSATION, PASSIVE, DENIAL, FIRST_PERSON, CONCESSION }

  /** Kinds of negators (negators.tsv): saying an act or judgement is not so, declining an act, hindering another's. */
  public enum Negator { DENIAL, REFUSAL, HINDERING }

  private final PhraseIndex<CueRule> cues = new PhraseIndex<>();
  private final PhraseIndex<Negator> negators = new PhraseIndex<>();
  private final PhraseIndex<Attribution> attribution = new PhraseIndex<>();
  /** Forms of speech and policy verbs (conf/roles/speech_verbs.tsv): whose subject speaks a clause. */
  private final java.util.Set<String> statingVerbs = new java.util.HashSet<>();
  private final java.util.Set<String> speechVerbs = new java.util.HashSet<>();
  /** A state's institutions and officials (conf/gazetteer/institution_nouns.tsv): "officials in Poland". */
  private final java.util.Set<String> institutionNouns = new java.util.HashSet<>();
  /** Nouns of a relation to a country (group "relation" of conf/roles/role_words.tsv): "Ukraine's allies". */
  private final java.util.Set<String> relationNouns = new java.util.HashSet<>();

  private StanceRules(TopicCatalog catalog, Function<String, List<String[]>> tables) {
    for (String[] r : tables.apply("stance/cues.tsv")) {
      cues.add(r[2], cueRule(catalog, r));
    }
    for (String[] r : tables.apply("stance/negators.tsv")) {
      negators.add(r[0], negatorKind(r));
    }
    for (String[] r : tables.apply("roles/speech_verbs.tsv")) {
      if (r.length > 1 && (r[1].equals("speech") || r[1].equals("policy"))) {
        statingVerbs.add(r[0].toLowerCase(java.util.Locale.ROOT));
      }
      if (r.length > 1 && r[1].equals("speech")) {
        speechVerbs.add(r[0].toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (String[] r : tables.apply("roles/role_words.tsv")) {
      if (r.length > 1 && r[1].equals("relation")) {
        relationNouns.add(r[0].toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (String[] r : tables.apply("gazetteer/institution_nouns.tsv")) {
      institutionNouns.add(r[0].toLowerCase(java.util.Locale.ROOT));
    }
    for (String[] r : tables.apply("stance/attribution.tsv")) {
      attribution.add(r[1], Attribution.valueOf(r[0].toUpperCase(java.util.Locale.ROOT)));
    }
  }

  /** Rules from {@code confDir/stance/*.tsv}, checked against the catalog's topics and sides. */
  public static StanceRules load(RuleTables rules, TopicCatalog catalog) {
    return new StanceRules(catalog, rel -> ConfTable.ordered(rules, rel));
  }

  /** Rules shipped in the jar under {@code /conf/stance/}. */
  public static StanceRules loadDefault(TopicCatalog catalog) {
    return new StanceRules(catalog, ConfTable::orderedDefault);
  }

  private static CueRule cueRule(TopicCatalog catalog, String[] r) {
    String row = String.join(" | ", r);
    if (r.length < 6) {
      throw new IllegalArgumentException("cues.tsv: expected 6 columns, got " + r.length + ": " + row);
    }
    Topic topic = catalog.topic(r[0]);
    if (topic == null) {
      throw new IllegalArgumentException("cues.tsv: unknown topic " + r[0] + " in " + row);
    }
    for (String p : new String[] {r[1], r[5]}) {
      if (topic.position(p) == null) {
        throw new IllegalArgumentException("cues.tsv: topic " + r[0] + " has no position " + p
            + " (row " + row + ")");
      }
    }
    String object = r[3];
    ObjectMode mode = object.equals("-") ? ObjectMode.NONE
        : object.startsWith("!") ? ObjectMode.NOT_AFTER
        : object.startsWith("<") ? ObjectMode.BEFORE
        : object.startsWith("~") ? ObjectMode.EITHER : ObjectMode.AFTER;
    String side = mode == ObjectMode.NONE ? null
        : mode == ObjectMode.AFTER ? object : object.substring(1);
    if (side != null && !topic.sides().containsKey(side)) {
      throw new IllegalArgumentException("cues.tsv: topic " + r[0] + " has no side " + side
          + " (row " + row + ")");
    }
    String owner = r.length > 6 ? r[6] : "agent";
    if (!List.of("agent", "giver", "speaker", "speaker-side", "judged", "judged-side", "demand").contains(owner)) {
      throw new IllegalArgumentException("cues.tsv: owner must be agent, giver, speaker, speaker-side, judged,"
          + " judged-side or demand, got " + owner + " (row " + row + ")");
    }
    boolean ownSide = owner.equals("speaker-side") || owner.equals("judged-side");
    String supported = Topic.sideSupported(r[1]);
    if ((owner.equals("giver") || ownSide) && (supported == null || !topic.sides().containsKey(supported))) {
      throw new IllegalArgumentException("cues.tsv: a giver or speaker-side row's position must support a side of"
          + " topic " + r[0] + ", got " + r[1] + " (row " + row + ")");
    }
    String helped = owner.equals("giver") ? supported : null;
    boolean demand = owner.equals("demand");
    boolean judged = owner.equals("judged") || owner.equals("judged-side") || demand;
    return new CueRule(r[0], r[1], r[2], mode, side, ConfTable.number(r, 4, "cues.tsv"), r[5],
        owner.equals("speaker") || ownSide || judged, judged, helped, demand, ownSide);
  }

  /** Whether a lower-case word form is a speech or policy verb ("said", "urged", "reaffirmed"). */
  public boolean statingVerb(String lower) {
    return statingVerbs.contains(lower);
  }

  /** A verb of saying ("condemned", "called for"), as against a policy act ("launched", "imposed"). */
  public boolean speechVerb(String lower) {
    return speechVerbs.contains(lower);
  }

  /** Whether a lower-case noun names a state's institution or official ("officials", "government"). */
  public boolean institutionNoun(String lower) {
    return institutionNouns.contains(lower);
  }

  /** Whether a lower-case noun names a relation to a country: its allies or rivals are others, not it. */
  public boolean relationNoun(String lower) {
    return relationNouns.contains(lower);
  }

  public PhraseIndex<CueRule> cues() {
    return cues;
  }

  /** Negator phrases, each with its kind. */
  public PhraseIndex<Negator> negators() {
    return negators;
  }

  private static Negator negatorKind(String[] r) {
    String kind = r.length > 1 && !r[1].isBlank() ? r[1].strip() : "refusal";
    try {
      return Negator.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("negators.tsv: kind must be denial, refusal or hindering, got " + kind
          + " (phrase " + r[0] + ")");
    }
  }

  public PhraseIndex<Attribution> attribution() {
    return attribution;
  }
}
