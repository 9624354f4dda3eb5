package org.countrystance.syntax;

import java.util.Set;
import org.countrystance.tone.WordTokenizer;

/**
 * A sentence's word tokens with their Universal Dependencies part of speech, and the predicate and
 * subject analysis that says who does what: for any token, the verb that governs it in its clause,
 * and that verb's agent (the subject of an active verb, the "by" phrase of a passive one, the subject
 * of the verb that controls an infinitive, nobody for a participle that only modifies a noun).
 * The tokens are the stance step's own ({@link WordTokenizer}); punctuation between them is given to the
 * tagger as its own token so that the model sees the sentence as written.
 *
 * <p>Over 250 lines because the predicate and agent rules share the tagged tokens and are tuned together
 * against the stance evaluations, so they stay in one class.
 */
public final class TaggedSentence {
  /** Forms of "be" and "get" that make a following participle passive. */
  private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am",
      "get", "gets", "got", "gotten", "getting");
  /** Modals that make a clause a demand of whoever speaks it. */
  private static final Set<String> OBLIGATION = Set.of("must", "should", "shall", "ought", "need", "needs");
  /** Nouns of pressing that an infinitive can follow: "pressure to", "calls to", "demands to". */
  private static final Set<String> PRESSING_NOUNS = Set.of("pressure", "pressures", "calls", "demands", "appeals",
      "ultimatum");
  /** Verbs whose object may be a clause without "that": "said Russia will ...", "hope China joins". */
  private static final Set<String> CLAUSE_TAKING = Set.of("say", "says", "said", "think", "thinks", "thought",
      "believe", "believes", "believed", "know", "knows", "knew", "hope", "hopes", "hoped", "expect", "expects",
      "expected", "fear", "fears", "feared", "suggest", "suggests", "suggested", "warn", "warns", "warned",
      "insist", "insists", "insisted", "claim", "claims", "claimed", "announce", "announces", "announced",
      "confirm", "confirms", "confirmed", "feel", "feels", "felt", "note", "notes", "noted", "argue", "argues",
      "argued", "understand", "understands", "understood", "assume", "assumes", "assumed", "mean", "means",
      "meant", "agree", "agrees", "agreed", "doubt", "doubts", "doubted", "ensure", "ensures", "ensured", "see",
      "sees", "saw", "hear", "hears", "heard", "report", "reports", "reported", "stress", "stressed", "stresses",
      "add", "adds", "added", "recall", "recalls", "recalled", "show", "shows", "showed", "reaffirm", "reaffirms",
      "reaffirmed", "recognize", "recognizes", "recognized", "acknowledge", "acknowledges", "acknowledged",
      "demand", "demands", "demanded", "urge", "urges", "urged", "let", "lets", "make", "makes",
      "made", "help", "helps", "helped", "tell", "tells", "told", "guess", "wish", "wishes", "wished", "bet",
      "emphasize", "emphasizes", "emphasized", "underscore", "underscores", "underscored", "explain",
      "explains", "explained", "indicate", "indicates", "indicated", "predict", "predicts", "predicted",
      "declare", "declares", "declared", "state", "states", "stated", "write", "writes", "wrote", "worry",
      "worries", "worried", "ask", "asks", "asked");
  /** Verbs of praising or thanking someone for an act: "thanked Poland for hosting refugees". */
  public static final Set<String> PRAISING = Set.of("thank", "thanks", "thanked", "thanking", "praise", "praises",
      "praised", "praising", "commend", "commends", "commended", "commending", "congratulate", "congratulates",
      "congratulated", "congratulating", "applaud", "applauds", "applauded", "applauding", "salute", "salutes",
      "saluted", "saluting");
  /** Verbs that judge someone for what they do: the praising ones, and "condemned Russia for attacking". */
  public static final Set<String> JUDGING = union(PRAISING, Set.of("criticize", "criticizes", "criticized",
      "criticizing", "criticise", "criticises", "criticised", "criticising", "condemn", "condemns", "condemned", "condemning", "blame", "blames", "blamed",
      "blaming", "punish", "punishes", "punished", "punishing", "sanction", "sanctions", "sanctioned",
      "sanctioning", "threaten", "threatens", "threatened", "threatening", "reward", "rewards", "rewarded",
      "rewarding", "recognize", "recognizes", "recognized", "recognizing", "honor", "honors", "honored",
      "honoring", "admire", "admires", "admired"));
  /** Verbs whose clause is a demand of its subject ("ensure that Russia pays"). */
  private static final Set<String> DEMANDING = Set.of("ensure", "ensures", "ensured", "ensuring", "insist",
      "insists", "insisted", "insisting", "demand", "demands", "demanded", "demanding");
  /** Words of hoping before "(that) X will ...": what is hoped of X is the hoper's wish, not X's act. */
  private static final Set<String> HOPING = Set.of("hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished");
  /** Forms of "make" before "sure (that) X ...". */
  private static final Set<String> MAKE = Set.of("make", "makes", "made", "making");
  /** Verbs of wishing before "to see X do": "we want to see Russia end its war". */
  private static final Set<String> WISHING = Set.of("want", "wants", "wanted", "like", "prefer", "hope", "hopes",
      "hoped", "expect", "expects", "expected", "wish", "wishes");
  /** Participles of making a proposal: "the plan proposed by China", "initiatives undertaken by the Council". */
  private static final Set<String> PROPOSING = Set.of("proposed", "undertaken", "launched", "presented", "initiated",
      "led", "brokered", "mediated", "offered", "tabled", "advanced", "championed", "sponsored", "drafted",
      "put", "submitted", "facilitated", "hosted", "convened", "organized", "organised");
  /** Words before "for X to ..." that make the infinitive a demand ("it is time for Russia to withdraw"). */
  private static final Set<String> DEONTIC = Set.of("time", "important", "necessary", "essential", "vital",
      "imperative", "crucial", "critical", "urgent", "incumbent", "need", "necessity");
  /** Forms that are auxiliaries before another verb, whatever the tagger says. */
  private static final Set<String> AUXILIARY_FORMS = Set.of("have", "has", "had", "having", "will", "would",
      "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "is", "are", "was",
      "were", "be", "been", "being", "am");
  /** Irregular past participles (the regular ones end in -ed or -en). */
  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("sent", "held", "made", "built", "put", "set",
      "cut", "hit", "struck", "told", "paid", "sold", "bought", "kept", "left", "led", "lost", "won", "fought",
      "brought", "caught", "taught", "thought", "sought", "met", "read", "run", "spent", "lent", "dealt", "meant",
      "found", "heard", "shot", "shut", "spread", "split", "quit", "bound", "ground", "hung", "stuck");
  /** Words that open a new clause inside a sentence. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "which", "who", "whom", "whose", "where",
      "when", "while", "whereas", "although", "though", "because", "since", "if", "unless", "as", "after",
      "before", "until", "how", "why", "what");

  /** An agent: the token span of the subject (or "by" phrase), or none when the verb has no agent. */
  public record Agent(int start, int end, boolean passive) {
    public static final Agent NONE = new Agent(-1, -1, false);
    /** A participle that only modifies a noun ("tanks provided to Ukraine"): nobody's act in this sentence. */
    public static final Agent MODIFIER = new Agent(-2, -2, false);

    public boolean present() {
      return start >= 0 && end > start;
    }

    public boolean contains(int token) {
      return token >= start && token < end;
    }
  }

  /**
   * Prepositions whose object is never the head of the noun phrase they sit in: "the ambassador to
   * China", "the Vice President's travel to the Philippines", "talks between Kyiv and Moscow" (unlike
   * "of", "in" and "from": "the government of France", "officials in Beijing", "a delegation from China").
   */
  private static final Set<String> MODIFYING_PREPOSITIONS = Set.of("to", "toward", "towards", "against", "for",
      "with", "on", "at", "into", "about", "over", "between", "among", "without", "across", "upon");
  /**
   * Participles that, after a form of "be" and before "to", say a resolve of the subject, not a passive ("Japan
   * is committed to cutting emissions", "we are determined to end this war"): the subject is the agent.
   */
  private static final Set<String> RESOLVE_PARTICIPLES = Set.of("committed", "determined", "dedicated",
      "resolved", "prepared", "poised");
  /** Verbs of joining another in an act ("join the United States in supplying"). */
  private static final Set<String> JOINING = Set.of("join", "joins", "joined", "joining");
  /** The preposition between the one joined and the act ("join the United States in supplying"). */
  private static final Set<String> JOINED_IN = Set.of("in");
  /** Prepositions between a noun of role and the gerund that says the role ("a leader in supporting"). */
  private static final Set<String> ROLE_PREPOSITIONS = Set.of("in", "on");
  /** Verbs that say what their subject is: the subject of "is a leader in supporting" leads. */
  private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "become",
      "becomes", "became", "remain", "remains", "remained");
  /** Participles that work as prepositions and have no subject: ", including Germany's provision of". */
  private static final Set<String> PREPOSITIONAL_PARTICIPLES = Set.of("including", "excluding", "regarding",
      "concerning", "following", "according", "notwithstanding", "pending", "barring");
  /**
   * Verbs whose object is the doer of a bare infinitive after it ("help Ukraine defend itself", "let
   * Russia win", "make Russia pay"): that verb's agent is the one who acts, as with "urge China to".
   */
  private static final Set<String> BARE_INFINITIVE_GOVERNORS = Set.of("help", "helps", "helped", "helping",
      "let", "lets", "letting", "make", "makes", "made", "making");
  /** Verbs whose object does what the infinitive after it says ("enable us to phase out"). */
  private static final Set<String> ENABLING = Set.of("enable", "enables", "enabled", "enabling", "allow",
      "allows", "allowed", "allowing", "permit", "permits", "permitted", "empower", "empowers", "empowered",
      "help", "helps", "helped", "helping");
  /** Verbs of giving: their subject gives the noun they follow ("the support that Iran has given"). */
  private static final Set<String> GIVING = Set.of("given", "gave", "give", "gives", "giving", "provided", "provide",
      "provides", "providing", "sent", "send", "sends", "sending", "delivered", "deliver", "delivers", "supplied",
      "supply", "supplies", "offered", "offer", "offers", "extended", "extend", "pledged", "pledge", "made", "make",
      "makes", "making", "committed", "donated", "announced");
  /** Personal pronouns: a whole subject, never the end of a longer noun phrase ("… of Ukraine and we urge"). */
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("we", "i", "they", "he", "she", "you");
  /** Verbs written contracted onto a personal pronoun: "we're", "we've", "we'll", "we'd", "I'm". */
  private static final Set<String> CONTRACTED_VERBS = Set.of("re", "ve", "ll", "d", "m");
  /** Pronouns that an "-ing" form can modify: "the costs to Russia and those supporting its war effort". */
  private static final Set<String> INDEFINITE_HEADS = Set.of("those", "others", "anyone", "anybody", "everyone",
      "everybody", "someone", "somebody");
  /** Words that open a question: "when is Ukraine going to negotiate". */
  private static final Set<String> QUESTION_WORDS = Set.of("when", "why", "how", "what", "where", "whether", "who");
  /** Relative pronouns that can be the subject of their clause's verb. */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who");
  /** Abbreviated titles whose period ends no sentence. */
  private static final Set<String> TITLE_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep",
      "gov", "st", "lt", "col", "sgt", "capt", "adm", "amb", "pres");
  private static final Set<String> FLOATING_QUANTIFIERS = Set.of("all", "both", "each");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("our", "my", "its", "their", "his", "her");
  /** Possessives of a third party: a verb-tagged word after one is part of its noun phrase, not a predicate. */
  private static final Set<String> THIRD_PERSON_POSSESSIVES = Set.of("its", "their", "his", "her");
  /**
   * How far back a possessor is looked for: through adjectives, compound nouns and a coordination of
   * nouns ("Germany's historic defense investments and strong humanitarian, economic, and security
   * assistance").
   */
  private static final int POSSESSOR_REACH = 12;

  private final WordTokenizer.Tokens tokens;
  private final String[] upos;
  /** Tokens written with a possessive "'s" ("Germany's"). */
  private final boolean[] genitive;
  /** Tokens written with a capital first letter. */
  private final boolean[] capitalised;
  /** Tokens right after a comma. */
  private final boolean[] afterComma;
  /** Tokens right after a closing quotation mark ("…,” said the Kremlin"). */
  private final boolean[] afterQuote;

  private TaggedSentence(WordTokenizer.Tokens tokens, String[] upos, boolean[] genitive, boolean[] capitalised,
      boolean[] afterComma, boolean[] afterQuote) {
    this.tokens = tokens;
    this.upos = upos;
    this.genitive = genitive;
    this.capitalised = capitalised;
    this.afterComma = afterComma;
    this.afterQuote = afterQuote;
  }

  /** Tags the sentence's tokens; {@code sentence} is the text the tokens were cut from. */
  public static TaggedSentence tag(PosTagger tagger, String sentence, WordTokenizer.Tokens tokens) {
    int n = tokens.size();
    String[] words = new String[n * 3];
    int[] wordAt = new int[n];
    boolean[] genitive = new boolean[n];
    boolean[] capitalised = new boolean[n];
    boolean[] afterComma = new boolean[n];
    boolean[] afterQuote = new boolean[n];
    int w = 0;
    for (int i = 0; i < n; i++) {
      if (tokens.boundaryBefore(i)) {
        int from = i == 0 ? 0 : tokens.end(i - 1);
        String p = punctuationBefore(sentence, from, tokens.start(i));
        if (p != null) {
          words[w++] = p;
          afterComma[i] = p.equals(",");
          afterQuote[i] = i > 0 && closingQuote(sentence, from, tokens.start(i));
        }
      }
      String surface = sentence.substring(tokens.start(i), tokens.end(i));
      capitalised[i] = Character.isUpperCase(surface.charAt(0));
      if (surface.length() > 2 && (surface.endsWith("'s") || surface.endsWith("\u2019s"))) {
        surface = surface.substring(0, surface.length() - 2);
        genitive[i] = true;
      }
      wordAt[i] = w;
      int apostrophe = contraction(surface);
      if (apostrophe > 0) {
        // "we’re", "I'll", "didn’t": the tagger reads the two words as UD writes them ("we" + "'re", "did" +
        // "n't"), whatever the apostrophe; the token keeps the first word's tag
        words[w++] = surface.substring(0, apostrophe);
        words[w++] = surface.substring(apostrophe).replace('\u2019', '\'');
      } else {
        words[w++] = surface;
      }
    }
    String[] tags = tagger.tag(java.util.Arrays.copyOf(words, w));
    String[] upos = new String[n];
    for (int i = 0; i < n; i++) {
      upos[i] = tags[wordAt[i]];
    }
    return new TaggedSentence(tokens, upos, genitive, capitalised, afterComma, afterQuote);
  }

  /**
   * Where the second word of a contraction starts: the apostrophe of a personal pronoun contracted with a
   * verb ("we're", "we’ve", "I'll", "they'd", "I'm"), the "n" of an auxiliary contracted with "not"
   * ("didn't", "won’t"); -1 for any other word.
   */
  private static int contraction(String surface) {
    int a = Math.max(surface.indexOf('\''), surface.indexOf('\u2019'));
    if (a <= 0) {
      return -1;
    }
    if (a >= 2 && a == surface.length() - 2 && Character.toLowerCase(surface.charAt(a - 1)) == 'n'
        && Character.toLowerCase(surface.charAt(a + 1)) == 't') {
      return a - 1; // "didn't", "won’t", "can't": the auxiliary and "n't"
    }
    String pronoun = surface.substring(0, a).toLowerCase(java.util.Locale.ROOT);
    String verb = surface.substring(a + 1).toLowerCase(java.util.Locale.ROOT);
    return PERSONAL_PRONOUNS.contains(pronoun) && CONTRACTED_VERBS.contains(verb) ? a : -1;
  }

  /** The token's lower-case form without a verb contracted onto a pronoun ("we're" is "we"). */
  private String pronounForm(int i) {
    String w = tokens.lower(i);
    int a = w.indexOf('\'');
    return a > 0 && contraction(w) == a ? w.substring(0, a) : w;
  }

  /** Tags given directly (tests, and callers that have their own tagger output). */
  public static TaggedSentence of(WordTokenizer.Tokens tokens, String[] upos) {
    return new TaggedSentence(tokens, upos.clone(), new boolean[upos.length], new boolean[upos.length],
        new boolean[upos.length], new boolean[upos.length]);
  }

  /**
   * Whether characters [from, to) between two words hold a closing quotation mark: a right double quote, or a
   * straight one with a space after it (an opening one stands right before its first word).
   */
  private static boolean closingQuote(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\u201d' || c == '"' && i + 1 < to && Character.isWhitespace(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static String punctuationBefore(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        return String.valueOf(c);
      }
    }
    return null;
  }

  public int size() {
    return upos.length;
  }

  public String upos(int i) {
    return upos[i];
  }

  public String lower(int i) {
    return tokens.lower(i);
  }

  public WordTokenizer.Tokens tokens() {
    return tokens;
  }

  private boolean verbal(int i) {
    return upos[i].equals("VERB") || upos[i].equals("AUX");
  }

  /** A clause boundary before token i: punctuation, or a word that opens a subordinate clause. */
  private boolean opensClause(int i) {
    return tokens.boundaryBefore(i) || CLAUSE_OPENERS.contains(tokens.lower(i))
        && (upos[i].equals("SCONJ") || upos[i].equals("PRON") || upos[i].equals("ADP"));
  }

  /**
   * The verb that governs token {@code t}: itself when it is a verb, else the nearest verb before it in
   * its clause, else the nearest after it in its clause; -1 when the clause has none.
   */
  public int predicateOf(int t) {
    if (upos[t].equals("VERB")) {
      return t;
    }
    for (int i = t - 1; i >= 0; i--) {
      if (verbal(i) && !(upos[i].equals("VERB") && afterDeterminer(i))) {
        // a word tagged as a verb after a determiner or possessive is an adjective ("Putin's threatening
        // actions and his unprovoked aggression"), no predicate
        return lastOfVerbGroup(i);
      }
      if (opensClause(i)) {
        break;
      }
    }
    for (int i = t + 1; i < upos.length && !opensClause(i); i++) {
      if (verbal(i)) {
        // a noun is the subject of a verb after it ("the support for Ukraine has grown"), not of an infinitive
        // of purpose ("artillery rounds and support to enable Ukraine to defend itself")
        return infinitive(i) ? -1 : lastOfVerbGroup(i);
      }
    }
    return -1;
  }

  /** Whether the verb at {@code i} is an infinitive: "to defend", "to better defend". */
  private boolean infinitive(int i) {
    int k = i - 1;
    if (k > 0 && (upos[k].equals("ADV") || upos[k].equals("ADJ")) && !tokens.boundaryBefore(k + 1)) {
      k--; // "to better defend"
    }
    return k >= 0 && tokens.lower(k).equals("to") && !tokens.boundaryBefore(k + 1);
  }

  /**
   * Whether the subject that starts at {@code start} follows an inverted auxiliary after a question word
   * ("this sense of when is Ukraine going to negotiate"): its verb is asked about, not stated.
   */
  public boolean questionedSubject(int start) {
    return start > 1 && auxiliary(start - 1) && QUESTION_WORDS.contains(tokens.lower(start - 2))
        && !tokens.boundaryBefore(start) && !tokens.boundaryBefore(start - 1);
  }

  /** "has been providing": the main verb of the group that token i belongs to. */
  private int lastOfVerbGroup(int i) {
    int j = i;
    while (j + 1 < upos.length && !tokens.boundaryBefore(j + 1)
        && (verbal(j + 1) || upos[j + 1].equals("PART") && tokens.lower(j + 1).equals("not")
            || upos[j + 1].equals("ADV") && j + 2 < upos.length && verbal(j + 2))) {
      j++;
    }
    return j;
  }

  /**
   * First token of the verb group ending at {@code p}: auxiliaries (by tag, or by form where the tagger
   * took "have" for a main verb), "not", and adverbs with "and" between them ("have consistently and
   * unequivocally condemned").
   */
  private int groupStart(int p) {
    int g = p;
    while (g - 1 >= 0 && !tokens.boundaryBefore(g) && groupWord(g - 1)) {
      g--;
    }
    while (g < p && !auxiliary(g) && !tokens.lower(g).equals("not")) {
      g++; // adverbs before the first auxiliary belong to the clause, not the group
    }
    return g;
  }

  private boolean groupWord(int i) {
    String w = tokens.lower(i);
    return auxiliary(i) || w.equals("not") || upos[i].equals("ADV") || w.equals("neither") || w.equals("either")
        || floatingQuantifier(i)
        || upos[i].equals("CCONJ") && i > 0 && upos[i - 1].equals("ADV");
  }

  private boolean auxiliary(int i) {
    return upos[i].equals("AUX") || AUXILIARY_FORMS.contains(tokens.lower(i));
  }

  /** The agent of the verb that governs token {@code t} (see the class comment). */
  public Agent agentOf(int t) {
    int p = predicateOf(t);
    return p < 0 ? Agent.NONE : agentOfVerb(p, 0);
  }

  private Agent agentOfVerb(int p, int depth) {
    if (depth > 4) {
      return Agent.NONE;
    }
    if (PREPOSITIONAL_PARTICIPLES.contains(tokens.lower(p))) {
      return Agent.NONE;
    }
    int g = groupStart(p);
    boolean passive = passive(g, p);
    if (passive) {
      return byPhrase(p);
    }
    if (g > 0 && tokens.lower(g - 1).equals("to") && !tokens.boundaryBefore(g)) {
      // an infinitive: its agent is the subject of the verb that controls it ("decided to send"); a word
      // tagged as a verb after a determiner or a third person's possessive controls nothing ("the attempted
      // annexation", "their shared commitment to ... efforts to encourage"); a comment set off by commas
      // before "to" is skipped ("we are working, as you know, to provide"); after a verb of enabling, its
      // first-person object does it ("will enable us to phase out")
      if (g > 2 && tokens.lower(g - 2).equals("us") && !tokens.boundaryBefore(g - 1)
          && !tokens.boundaryBefore(g - 2) && upos[g - 3].equals("VERB") && ENABLING.contains(tokens.lower(g - 3))) {
        return new Agent(g - 2, g - 1, false);
      }
      int from = afterComma[g - 1] ? commentStart(g - 2) - 1 : g - 2;
      for (int i = from; i >= 0; i--) {
        if (upos[i].equals("VERB") && !(i > 0 && !tokens.boundaryBefore(i)
            && (upos[i - 1].equals("DET") || THIRD_PERSON_POSSESSIVES.contains(tokens.lower(i - 1))))) {
          return agentOfVerb(i, depth + 1);
        }
        if (opensClause(i + 1)) {
          break;
        }
      }
      return Agent.NONE;
    }
    if (g == p && g > 0 && !tokens.boundaryBefore(g) && nominal(g - 1) && participle(p)
        && (verbBefore(g - 1) || byFollows(p))) {
      return Agent.MODIFIER;
    }
    if (g == p && g > 0 && !tokens.boundaryBefore(g) && upos[g - 1].equals("VERB") && tokens.lower(p).endsWith("ing")) {
      // a gerund completing a verb shares its agent: "avoided taking a position", "began supplying"
      return agentOfVerb(g - 1, depth + 1);
    }
    if (g == p && g > 0 && afterComma[g] && tokens.lower(p).endsWith("ing")) {
      // a participial clause after a comma ("Ireland has committed aid, providing ...", "crippling Russia's
      // economy, isolating Putin") is done by the subject of the verb before it, not by that verb's object
      Agent before = agentOfVerbBefore(g - 1, false, depth);
      if (before != null) {
        return before;
      }
    }
    if (g == p && p > 2 && tokens.lower(p).endsWith("ing") && tokens.lower(p - 1).equals("for")
        && !tokens.boundaryBefore(p - 1)) {
      // "thanked Poland for hosting refugees", "threatening Israel for helping Ukraine": a gerund after "for"
      // and the object of a verb that praises, blames or punishes is done by that object
      int s = phraseStart(p - 1);
      if (s > 0 && s < p - 1 && JUDGING.contains(tokens.lower(s - 1)) && !tokens.boundaryBefore(s)) {
        return new Agent(s, p - 1, false);
      }
    }
    if (g == p && tokens.lower(p).endsWith("ing") && !tokens.boundaryBefore(p) && !capitalised[p]) {
      // an "-ing" form without an auxiliary is no finite verb: after a preposition's object it modifies that
      // object ("voted with Russia against a resolution condemning ..."), whose head does it
      int s = phraseStart(p);
      if (s > 0 && s < p && upos[s - 1].equals("ADP") && !tokens.boundaryBefore(s)
          && (upos[p - 1].equals("NOUN") || INDEFINITE_HEADS.contains(tokens.lower(p - 1)))
          && !(s > 1 && auxiliary(s - 2))) { // not "we have been for the last year asking"
        int head = p - 1;
        while (head > s && nounPhraseWord(head - 1) && !tokens.lower(head - 1).equals("and")
            && !tokens.lower(head - 1).equals("of")) {
          head--;
        }
        return new Agent(head, p, false);
      }
    }
    if (g == p && gerundAfter(p, JOINED_IN, "PROPN")) {
      // "Germany will join the United States in supplying ...": the one who joins does it too
      int s = phraseStart(p - 2);
      if (s > 0 && JOINING.contains(tokens.lower(s - 1)) && !tokens.boundaryBefore(s)) {
        return agentOfVerb(s - 1, depth + 1);
      }
    }
    if (g == p && gerundAfter(p, ROLE_PREPOSITIONS, "NOUN")) {
      // a gerund completing a noun of role ("Poland's leadership in supporting Ukraine", "has been a leader in
      // supporting Ukraine") is done by the noun's possessor, or by the subject the noun is said of
      Agent owner = possessorOf(p - 2);
      if (owner.present()) {
        return owner;
      }
      int s = phraseStart(p - 2);
      if (s > 0 && COPULAS.contains(tokens.lower(s - 1)) && !tokens.boundaryBefore(s)) {
        return agentOfVerb(s - 1, depth + 1);
      }
    }
    Agent subject = subjectBefore(g);
    if (subject.present() && g == p && subject.start() > 0 && !tokens.boundaryBefore(subject.start())
        && upos[subject.start() - 1].equals("VERB")
        && BARE_INFINITIVE_GOVERNORS.contains(tokens.lower(subject.start() - 1))
        && !firstPerson(subject) && !tokens.lower(subject.start()).equals("me")) {
      // the phrase is the object of "help"/"let"/"make", the verb its bare infinitive; "let us", "helped
      // us rally", "let me say" keep the author as the one who acts
      return agentOfVerb(subject.start() - 1, depth + 1);
    }
    if (subject.present()) {
      return subject;
    }
    int r = beforeAdverbs(g); // "actors who materially support"
    if (r > 0 && RELATIVE_PRONOUNS.contains(tokens.lower(r - 1)) && !upos[r - 1].equals("SCONJ")) {
      // "any country that provides support": the relative pronoun stands for the noun before it
      Agent head = r > 1 ? subjectBefore(r - 1) : Agent.NONE;
      return head.present() ? head : new Agent(r - 1, r, false);
    }
    // "called for dialogue and urged restraint": a coordinated verb shares the subject before it
    if (g > 0 && upos[g - 1].equals("CCONJ")) {
      Agent before = agentOfVerbBefore(g - 2, true, depth);
      if (before != null) {
        return before;
      }
    }
    return Agent.NONE;
  }

  /**
   * The first token of a comment clause set off by commas that ends at token {@code end} (", as you know,",
   * ", I think,", ", as the President said,"): "as" or a personal pronoun, then a verb of knowing or saying
   * within four words; {@code end + 1} when the words before {@code end} are no such comment.
   */
  private int commentStart(int end) {
    for (int s = end; s >= 0 && s > end - 5; s--) {
      if (afterComma[s]) {
        boolean opener = tokens.lower(s).equals("as") || PERSONAL_PRONOUNS.contains(tokens.lower(s));
        return opener && s < end && upos[end].equals("VERB") && CLAUSE_TAKING.contains(tokens.lower(end))
            ? s : end + 1;
      }
      if (s < end && tokens.boundaryBefore(s + 1)) {
        return end + 1;
      }
    }
    return end + 1;
  }

  /**
   * The agent of the nearest verb at or before token {@code from}; null when there is none. For a
   * coordinated verb ({@code coordinated}), a verb-tagged word after a determiner or possessive is skipped
   * ("has neither backed nor rejected": the auxiliary carries the subject) and so is a verb inside a relative
   * clause ("feel the hardship that Ukraine faces and stand in solidarity").
   */
  private Agent agentOfVerbBefore(int from, boolean coordinated, int depth) {
    for (int i = from; i >= 0; i--) {
      if (verbal(i) && !(coordinated && (afterDeterminer(i) || inRelativeClause(i)))) {
        return agentOfVerb(i, depth + 1);
      }
    }
    return null;
  }

  /**
   * The first token of the noun phrase after "for" that is the subject of the infinitive whose verb group
   * starts at {@code g} ("harder for Iran to sell", "time for Russia to withdraw"); -1 when there is none
   * or "for" completes a verb ("called for Russia to withdraw": the infinitive is what the caller asks).
   */
  private int forSubject(int g) {
    if (g < 2 || !tokens.lower(g - 1).equals("to")) {
      return -1;
    }
    int s = phraseStart(g - 1);
    boolean found = s > 1 && s < g - 1 && tokens.lower(s - 1).equals("for") && !tokens.boundaryBefore(s)
        && !tokens.boundaryBefore(s - 1) && !upos[s - 2].equals("VERB");
    return found ? s : -1;
  }

  /**
   * Whether the subject of the verb group at {@code g} follows a verb of demanding ("ensure (that) Russia
   * pays", "make sure (that) ...", "insist that ...") or a wish to see ("want / would like / prefer / hope /
   * expect to see Russia end its war"): what it does is asked of it, not done or said by it.
   */
  private boolean demandedSubject(int g) {
    int s = phraseStart(g);
    if (s == g || s == 0 || tokens.boundaryBefore(s)) {
      return false;
    }
    int k = tokens.lower(s - 1).equals("that") ? s - 2 : s - 1;
    if (k < 0 || tokens.boundaryBefore(k + 1)) {
      return false;
    }
    String w = tokens.lower(k);
    if (DEMANDING.contains(w) || HOPING.contains(w) || w.equals("sure") && k > 0 && MAKE.contains(tokens.lower(k - 1))
        || BE.contains(w) && k > 0 && HOPING.contains(tokens.lower(k - 1))) {
      return true; // "ensure that Russia pays", "we hope Putin will de-escalate", "our hope is that ..."
    }
    return w.equals("see") && k > 1 && tokens.lower(k - 1).equals("to") && WISHING.contains(tokens.lower(k - 2));
  }

  /**
   * Whether the noun phrase starting at {@code s} follows a verb that takes no clause, so that it is that
   * verb's object ("have provided Ukraine"), not the subject of a verb after it ("said Ukraine has").
   */
  private boolean objectOfVerb(int s) {
    return s > 0 && upos[s - 1].equals("VERB") && !tokens.boundaryBefore(s)
        && !CLAUSE_TAKING.contains(tokens.lower(s - 1)) && !tokens.lower(s - 1).endsWith("ing");
  }

  /** The first of the adverbs right before token {@code g} in its clause; {@code g} when there are none. */
  private int beforeAdverbs(int g) {
    while (g > 0 && upos[g - 1].equals("ADV") && !tokens.boundaryBefore(g)) {
      g--;
    }
    return g;
  }

  /**
   * Whether the verb at {@code i} is in a relative clause: its subject right after a relative pronoun ("that
   * Ukraine faces"), or that pronoun itself ("Russia, which has said").
   */
  public boolean relativeVerb(int i) {
    if (inRelativeClause(i)) {
      return true;
    }
    int r = beforeAdverbs(groupStart(lastOfVerbGroup(i)));
    return r > 1 && RELATIVE_PRONOUNS.contains(tokens.lower(r - 1)) && (nominal(r - 2) || afterComma[r - 1]);
  }

  /** Whether the verb at {@code i} has its subject right after a relative pronoun ("that Ukraine faces"). */
  private boolean inRelativeClause(int i) {
    int g = beforeAdverbs(groupStart(lastOfVerbGroup(i))); // "that Ukraine currently faces"
    int s = phraseStart(g);
    return s > 0 && s < g && RELATIVE_PRONOUNS.contains(tokens.lower(s - 1)) && upos[s - 1].equals("PRON")
        && !tokens.boundaryBefore(s);
  }

  /** Whether a comma stands right before token {@code i}. */
  public boolean afterComma(int i) {
    return afterComma[i];
  }

  /** Whether a closing quotation mark stands right before token {@code i} ("…,” said the Kremlin"). */
  public boolean afterQuote(int i) {
    return afterQuote[i];
  }

  /** Whether token {@code i} ends in a possessive "'s" ("Putin's invasion"). */
  public boolean genitive(int i) {
    return genitive[i];
  }

  /**
   * Whether a word the tagger reads as a verb sits right after a determiner or a possessive, where only a
   * noun phrase goes: "Russia's unprovoked and brutal aggression" (a participle used as an adjective).
   */
  public boolean afterDeterminer(int i) {
    return i > 0 && !tokens.boundaryBefore(i) && (upos[i - 1].equals("DET") && !floatingQuantifier(i - 1)
        || genitive[i - 1] || POSSESSIVE_PRONOUNS.contains(tokens.lower(i - 1)));
  }

  /**
   * Whether "all", "both" or "each" at {@code q} floats between a subject or an auxiliary and a verb ("we must
   * all stand with", "we all support", "Russia and Belarus both support"): it quantifies the subject, and the
   * verb after it is the predicate, not a noun it determines nor a verb coordinated with one before it.
   */
  private boolean floatingQuantifier(int q) {
    if (!FLOATING_QUANTIFIERS.contains(tokens.lower(q)) || q == 0 || q + 1 >= upos.length
        || tokens.boundaryBefore(q) || tokens.boundaryBefore(q + 1) || !(verbal(q + 1) || auxiliary(q + 1))) {
      return false;
    }
    String before = upos[q - 1];
    return auxiliary(q - 1) || before.equals("PROPN") || before.equals("NOUN")
        || before.equals("PRON") && !POSSESSIVE_PRONOUNS.contains(tokens.lower(q - 1));
  }

  /** "Ukrainians displaced by Russia's war": a participle right after a noun with its agent after "by". */
  private boolean byFollows(int p) {
    return p + 1 < upos.length && tokens.lower(p + 1).equals("by") && !tokens.boundaryBefore(p + 1);
  }

  /**
   * Whether a verb comes before the noun phrase ending at {@code i} in its clause: "the strikes destroyed
   * tanks provided to ..." (a participle after an object modifies it), not "Germany pledged ..." (a past
   * tense after a subject; the tagger does not tell the two forms apart).
   */
  private boolean verbBefore(int i) {
    for (int j = i; j >= 0; j--) {
      if (verbal(j)) {
        return true;
      }
      if (tokens.boundaryBefore(j) || CLAUSE_OPENERS.contains(tokens.lower(j))) {
        return false;
      }
    }
    return false;
  }

  private boolean nominal(int i) {
    return upos[i].equals("NOUN") || upos[i].equals("PROPN");
  }

  private boolean participle(int p) {
    String w = tokens.lower(p);
    return w.endsWith("ed") || w.endsWith("en") || IRREGULAR_PARTICIPLES.contains(w);
  }

  private boolean passive(int g, int p) {
    if (g == p || !participle(p)) {
      return false;
    }
    if (RESOLVE_PARTICIPLES.contains(tokens.lower(p)) && p + 1 < upos.length && tokens.lower(p + 1).equals("to")
        && !tokens.boundaryBefore(p + 1)) {
      return false;
    }
    for (int i = g; i < p; i++) {
      if (BE.contains(tokens.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The maker of a proposal named right after it with a participle of proposing and "by" ("peace initiatives
   * undertaken by the Security Council", "the plan proposed by China"); none without one.
   */
  public Agent makerAfter(int noun) {
    int p = noun + 1;
    if (p >= upos.length || tokens.boundaryBefore(p) || !upos[noun].equals("NOUN")
        || !PROPOSING.contains(tokens.lower(p))) {
      return Agent.NONE;
    }
    return byFollows(p) ? byPhrase(p) : Agent.NONE;
  }

  /**
   * The doer of an act noun named in a "by" phrase after it and its complements, in its clause and within eight
   * words ("an attack on the facility by Ukraine's military"); none without one.
   */
  public Agent byAfterNoun(int noun) {
    if (!upos[noun].equals("NOUN")) {
      return Agent.NONE;
    }
    Agent by = byPhrase(noun);
    return by.present() && by.start() - noun <= 8 ? by : Agent.NONE;
  }

  /** The "by" phrase after a passive verb, in its clause; none when the passive names no agent. */
  private Agent byPhrase(int p) {
    for (int i = p + 1; i < upos.length && !opensClause(i); i++) {
      if (tokens.lower(i).equals("by")) {
        int e = i + 1;
        while (e < upos.length && !tokens.boundaryBefore(e) && !verbal(e) && !upos[e].equals("ADP")) {
          e++;
        }
        return e > i + 1 ? new Agent(i + 1, e, true) : Agent.NONE;
      }
      if (verbal(i)) {
        break;
      }
    }
    return Agent.NONE;
  }

  /**
   * The subject noun phrase ending right before the verb group at {@code g}: nouns, names, pronouns,
   * determiners, adjectives, numbers and "of"/"and" between them; across one comma-delimited apposition
   * ("China's envoy, Zhang Jun, said").
   */
  private Agent subjectBefore(int g) {
    while (g - 1 >= 0 && !tokens.boundaryBefore(g) && (upos[g - 1].equals("ADV") || floatingQuantifier(g - 1)
        || g - 2 >= 0 && upos[g - 1].equals("CCONJ") && upos[g - 2].equals("ADV") && upos[g].equals("ADV"))) {
      g--; // "Japan strongly condemned", "entities directly or indirectly supporting"
    }
    if (g - 1 >= 0 && PERSONAL_PRONOUNS.contains(pronounForm(g - 1))) {
      return new Agent(g - 1, g, false); // "… of Ukraine and we urge": a personal pronoun is a whole subject
    }
    if (g - 1 >= 0 && (upos[g - 1].equals("CCONJ") || tokens.lower(g - 1).equals("of"))) {
      return Agent.NONE; // "condemned ... and noted": a coordinated verb, whose subject the caller finds
    }
    Agent relativeInsertion = beforeRelativeInsertion(g);
    if (relativeInsertion != null) {
      return relativeInsertion;
    }
    int s = phraseStart(g);
    if (s < g && objectOfVerb(s) && !genitive[g - 1] && !(tokens.lower(g).endsWith("ing") && !auxiliary(g))) {
      // "the aid the United States has provided Ukraine has made a difference": a noun phrase right after a
      // verb that takes no clause is that verb's object, not the subject of the next one (a possessor before a
      // word tagged as a verb, "aid Iran's support", is that word's own; an "-ing" form after it modifies it,
      // "discussed the Holy See's efforts providing humanitarian aid")
      return Agent.NONE;
    }
    if (s > 0 && s < g && (upos[s - 1].equals("ADP") || upos[s - 1].equals("SCONJ")) && tokens.boundaryBefore(g)
        && tokens.boundaryBefore(s - 1)) {
      // the phrase before the verb is a prepositional insertion: the subject ends before its opening comma
      Agent before = subjectBefore(s - 1);
      return before.present() ? new Agent(before.start(), s - 1, false) : Agent.NONE;
    }
    if (s == g && tokens.boundaryBefore(g)) {
      // an insertion between commas before the verb: "Switzerland, despite its neutrality, has decided"
      for (int b = g - 1; b > 0 && b >= g - 12; b--) {
        if (tokens.boundaryBefore(b)) {
          Agent before = subjectBefore(b);
          return before.present() ? new Agent(before.start(), b, false) : Agent.NONE;
        }
      }
    }
    if (s == g) {
      return Agent.NONE;
    }
    if (s > 0 && !tokens.boundaryBefore(s) && (upos[s - 1].equals("ADP") || upos[s - 1].equals("PART"))
        && MODIFYING_PREPOSITIONS.contains(tokens.lower(s - 1))) {
      // "the ambassador to China said": the phrase after the preposition modifies the subject's head; a verb's
      // object before it is no subject ("the aid they have provided Ukraine over the past two years has made")
      int h = tokens.boundaryBefore(s - 1) ? s - 1 : phraseStart(s - 1);
      return h < s - 1 && !objectOfVerb(h) ? new Agent(h, s - 1, false) : Agent.NONE;
    }
    // an apposition or insertion between commas: "Germany, a key ally, said"; take the phrase before it.
    // Not a phrase after a preposition, nor one without the closing comma: "as the war intensifies in
    // Ukraine's east, the Administration is calling", "at COP26 in Glasgow, the United States helped"
    if (tokens.boundaryBefore(s) && tokens.boundaryBefore(g) && s - 1 >= 0 && nominal(s - 1)) {
      int a = s;
      while (a - 1 >= 0 && nounPhraseWord(a - 1) && !(a < s && tokens.boundaryBefore(a))) {
        a--;
      }
      if (a < s && !(a > 0 && upos[a - 1].equals("ADP") && !tokens.boundaryBefore(a))) {
        return new Agent(a, g, false);
      }
    }
    return new Agent(listStart(s, g), g, false);
  }

  /**
   * The subject before a relative clause set off by commas right before the verb group at {@code g}
   * ("Switzerland, which has a long tradition of neutrality, has decided"), or null when the words between the
   * last comma and the verb are no such clause or the phrase before it does not open its clause.
   */
  private Agent beforeRelativeInsertion(int g) {
    if (g <= 0 || !afterComma[g]) {
      return null;
    }
    int b = g - 1;
    while (b > 0 && !tokens.boundaryBefore(b)) {
      b--;
    }
    if (b <= 0 || !afterComma[b] || b == g - 1 || !RELATIVE_PRONOUNS.contains(tokens.lower(b))
        || tokens.lower(b).equals("that")) {
      return null;
    }
    Agent before = subjectBefore(b);
    if (!before.present() || !startsItsClause(before.start())) {
      return null; // "a message to Mr. Putin, who said …, is": the object of a preposition is no subject
    }
    return before;
  }

  /**
   * Whether token {@code i} starts its clause, after at most a conjunction ("But Switzerland, which …"); the period
   * of a title ("to Mr. Putin") ends nothing.
   */
  private boolean startsItsClause(int i) {
    return i == 0 || tokens.boundaryBefore(i) && !TITLE_ABBREVIATIONS.contains(tokens.lower(i - 1))
        || upos[i - 1].equals("CCONJ") && (i - 1 == 0 || tokens.boundaryBefore(i - 1));
  }

  /**
   * The first item of a list of names that the phrase [s, g) ends ("Spain, Ireland and Norway", "Germany, France,
   * and Italy"): each earlier item is names only (with "the"), opens the clause or follows another item's comma;
   * {@code s} when the phrase joins nothing with "and" or the words before its comma are no such item ("at COP26
   * in Glasgow, the United States and France").
   */
  private int listStart(int s, int g) {
    boolean joined = false;
    for (int i = s; i < g; i++) {
      joined |= tokens.lower(i).equals("and");
    }
    int k = s;
    if (!joined && k >= 2 && tokens.lower(k - 1).equals("and") && afterComma[k - 1]) {
      joined = true;
      k--;
    }
    if (!joined) {
      return s;
    }
    int first = s;
    while (k > 0 && afterComma[k] && upos[k - 1].equals("PROPN")) {
      int b = k - 1;
      while (b - 1 >= 0 && !tokens.boundaryBefore(b)
          && (upos[b - 1].equals("PROPN") || tokens.lower(b - 1).equals("the"))) {
        b--;
      }
      if (b > 0 && !tokens.boundaryBefore(b)) {
        break;
      }
      first = b;
      k = b;
    }
    return first;
  }

  /**
   * First token of the noun phrase that ends right before token {@code end}, within its clause; a noun
   * phrase does not open with a conjunction or "of". {@code end} when there is none.
   */
  private int phraseStart(int end) {
    int s = end;
    while (s - 1 >= 0 && nounPhraseWord(s - 1) && !(s < end && tokens.boundaryBefore(s))) {
      s--;
    }
    while (s < end && (tokens.lower(s).equals("and") || tokens.lower(s).equals("of"))) {
      s++;
    }
    return s;
  }

  private boolean nounPhraseWord(int i) {
    String u = upos[i];
    if (u.equals("NOUN") || u.equals("PROPN") || u.equals("PRON") || u.equals("DET") || u.equals("ADJ")
        || u.equals("NUM")) {
      return !(u.equals("PRON") && CLAUSE_OPENERS.contains(tokens.lower(i)));
    }
    String w = tokens.lower(i);
    return w.equals("of") || w.equals("and") || w.equals("nor") || w.equals("neither");
  }

  /**
   * The subject of a relative clause right after the noun at {@code t} that is that verb's object, who does
   * what the noun names: "the support that Iran has given to Russia", "the assistance we have provided";
   * {@link Agent#NONE} when there is none.
   */
  public Agent relativeAgentOf(int t) {
    if (!upos[t].equals("NOUN")) {
      return Agent.NONE;
    }
    int i = t + 1;
    if (i < upos.length && !tokens.boundaryBefore(i) && (tokens.lower(i).equals("that")
        || tokens.lower(i).equals("which"))) {
      i++;
    }
    if (i >= upos.length || tokens.boundaryBefore(i) || !(upos[i].equals("PRON") || upos[i].equals("PROPN")
        || upos[i].equals("DET"))) {
      return Agent.NONE;
    }
    for (int v = i + 1; v < upos.length && v <= i + 6 && !tokens.boundaryBefore(v); v++) {
      if (upos[v].equals("VERB")) {
        Agent a = GIVING.contains(tokens.lower(v)) ? agentOfVerb(v, 0) : Agent.NONE;
        return a.present() && a.start() == i && a.end() <= v ? a : Agent.NONE; // not "the support Ukraine needs"
      }
    }
    return Agent.NONE;
  }

  /**
   * The possessor of the noun at {@code t}, who does what the noun names ("Germany's provision of
   * tanks", "our support for"): a possessive pronoun with only adjectives between, or a name written with
   * "'s" with adjectives, compound nouns and a coordination of nouns between ("Germany's defense investments
   * and security assistance"), not when the name sits after a preposition in another phrase; {@link
   * Agent#NONE} when the token is no noun or has no possessor.
   */
  public Agent possessorOf(int t) {
    if (!upos[t].equals("NOUN")) {
      return Agent.NONE;
    }
    boolean conjunction = false;
    boolean coordinatedNoun = false;
    boolean modifiersOnly = true;
    for (int i = t - 1; i >= 0 && i >= t - POSSESSOR_REACH; i--) {
      if (tokens.boundaryBefore(i + 1) && !(afterComma[i + 1] && conjunction)) {
        return Agent.NONE; // a comma only inside a list of modifiers or nouns ("humanitarian, economic, and security")
      }
      if (POSSESSIVE_PRONOUNS.contains(tokens.lower(i))) {
        // a pronoun only before its own noun and adjectives ("our enduring support"): who "their" is across a
        // coordination or a noun ("their governments' strong support") is not known here
        return modifiersOnly && t - i <= 4 ? new Agent(i, i + 1, false) : Agent.NONE;
      }
      if (genitive[i] && (nominal(i) || upos[i].equals("ADJ"))) {
        // the tagger sees the word without its "'s": "the West's support" reads as "the west support", an adjective
        int start = i;
        while (start > 0 && upos[start - 1].equals("PROPN") && !tokens.boundaryBefore(start)) {
          start--;
        }
        if (coordinatedNoun && start > 0 && upos[start - 1].equals("ADP")) {
          return Agent.NONE; // "the end of Russia's blockade and new assistance": the possessor of another phrase
        }
        return new Agent(start, i + 1, false);
      }
      // a noun before a conjunction ends another phrase ("blockade and new assistance"); adjectives do not
      // ("China's objective and impartial position")
      coordinatedNoun |= conjunction && nominal(i);
      conjunction |= upos[i].equals("CCONJ");
      // a word tagged as a verb right after the possessor is a participle used as an adjective ("our continued
      // support", "Iran's growing defense partnership"), and so is an "-ing" word tagged as a noun before the
      // head ("our enduring commitment")
      boolean adjective = upos[i].equals("ADJ") || upos[i].equals("VERB") && afterDeterminer(i)
          || upos[i].equals("NOUN") && tokens.lower(i).endsWith("ing");
      modifiersOnly &= adjective || upos[i].equals("ADV");
      if (!adjective && !upos[i].equals("ADV") && !upos[i].equals("NOUN") && !upos[i].equals("CCONJ")) {
        return Agent.NONE;
      }
    }
    return Agent.NONE;
  }

  /**
   * Whether a main clause with a subject of its own is coordinated in between tokens {@code from} and
   * {@code to} (", and the conflict ... is flaring up"): what the later clause says is not done by the
   * agent of a verb before it.
   */
  public boolean coordinatedClauseBetween(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (!tokens.boundaryBefore(i) || !upos[i].equals("CCONJ")) {
        continue;
      }
      for (int v = i + 1; v <= to && v < upos.length; v++) {
        if (upos[v].equals("VERB")) {
          Agent a = agentOfVerb(v, 0);
          if (a.present() && a.start() > i) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  /** Whether token {@code i} begins with a capital letter as written. */
  public boolean capitalised(int i) {
    return capitalised[i];
  }

  /**
   * Whether token {@code i} is a capitalised word inside a capitalised name, past the sentence's first
   * word ("the European Peace Facility Fund", "the International Monetary Fund").
   */
  public boolean insideName(int i) {
    return i > 0 && capitalised[i] && (capitalised[i - 1] && !tokens.boundaryBefore(i)
        || i + 1 < upos.length && capitalised[i + 1] && !tokens.boundaryBefore(i + 1));
  }

  /**
   * Whether the verb that governs token {@code t} is the infinitive of a noun of pressing ("could face pressure to
   * agree a peace deal", "came under pressure to", "faces calls to"): the act is pressed on the subject by others,
   * neither done nor said by it.
   */
  public boolean pressedTo(int t) {
    int p = predicateOf(t);
    if (p < 2) {
      return false;
    }
    int g = groupStart(p);
    int to = tokens.lower(g).equals("to") ? g : g - 1;
    return to >= 1 && tokens.lower(to).equals("to") && PRESSING_NOUNS.contains(tokens.lower(to - 1))
        && upos[to - 1].equals("NOUN") && !tokens.boundaryBefore(to) && !tokens.boundaryBefore(to + 1);
  }

  /**
   * Whether the verb group that governs token {@code t}, or a verb that governs that one ("should stop
   * supplying", "must continue to support"), holds a modal of obligation ("must", "should").
   */
  public boolean obligation(int t) {
    int p = predicateOf(t);
    if (p < 0) {
      return false;
    }
    for (int i = groupStart(p); i <= p; i++) {
      if (OBLIGATION.contains(tokens.lower(i))) {
        return true;
      }
    }
    int g = groupStart(p);
    int s = forSubject(g);
    if (s >= 0 && DEONTIC.contains(tokens.lower(s - 2))) {
      return true; // "it is time for Russia to end this war": demanded of Russia
    }
    if (demandedSubject(g)) {
      return true; // "ensure that Russia pays for ...", "we want to see Russia end its war"
    }
    if (g > 1 && upos[g - 1].equals("CCONJ") && !tokens.boundaryBefore(g - 1)) {
      // a coordinated verb is demanded like the one before it: "must withdraw its troops and respect ..."
      for (int i = g - 2; i >= 0 && !tokens.boundaryBefore(i + 1); i--) {
        if (upos[i].equals("VERB") && !afterDeterminer(i)) {
          return obligation(i);
        }
      }
    }
    // the verbs that govern it: "should stop supplying", "must continue to support"
    for (int i = groupStart(p) - 1; i >= 0 && i >= groupStart(p) - 4 && !tokens.boundaryBefore(i + 1); i--) {
      String u = upos[i];
      if (!u.equals("VERB") && !u.equals("AUX") && !u.equals("PART") && !u.equals("ADV")) {
        return false;
      }
      if (OBLIGATION.contains(tokens.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the span holds a first-person pronoun or "my/our" + noun ("my delegation", "our Government"). */
  public boolean firstPerson(Agent a) {
    if (!a.present()) {
      return false;
    }
    for (int i = a.start(); i < a.end(); i++) {
      String w = pronounForm(i);
      if (w.equals("we") || w.equals("i") || w.equals("my") || w.equals("our") || w.equals("us")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the span is a third-person pronoun alone ("it", "they", "he", "she", "its", "their"). */
  public boolean pronoun(Agent a) {
    if (!a.present() || a.end() - a.start() != 1) {
      return false;
    }
    String w = pronounForm(a.start());
    return w.equals("it") || w.equals("they") || w.equals("he") || w.equals("she") || w.equals("its")
        || w.equals("their") || w.equals("his") || w.equals("her");
  }

  /**
   * Whether token {@code p} is an "-ing" form right after one of {@code prepositions}, itself right after a word
   * tagged {@code head}, all in one clause ("the United States in supplying", "a leader in supporting").
   */
  private boolean gerundAfter(int p, Set<String> prepositions, String head) {
    return p > 1 && tokens.lower(p).endsWith("ing") && prepositions.contains(tokens.lower(p - 1))
        && !tokens.boundaryBefore(p) && !tokens.boundaryBefore(p - 1) && upos[p - 2].equals(head);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new java.util.HashSet<>(a);
    u.addAll(b);
    return Set.copyOf(u);
  }
}
