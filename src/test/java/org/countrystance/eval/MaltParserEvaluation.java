package org.countrystance.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.countrystance.country.CountryAnnotator;
import org.countrystance.country.CountryMention;
import org.countrystance.country.Gazetteer;
import org.countrystance.country.MentionRole;
import org.countrystance.country.RoledMention;
import org.countrystance.country.Tokens;
import org.countrystance.syntax.PosTagger;
import org.maltparser.MaltParserService;
import org.maltparser.concurrent.ConcurrentMaltParserModel;
import org.maltparser.concurrent.ConcurrentMaltParserService;
import org.maltparser.concurrent.graph.ConcurrentDependencyGraph;
import org.maltparser.concurrent.graph.ConcurrentDependencyNode;

/**
 * A trainable dependency parser measured as issue 22 asks: MaltParser 1.9.2 (Maven Central, BSD 3-Clause,
 * a test-scope dependency, not in the job's jar), trained on UD EWT train with LIBLINEAR and its own
 * feature model for the chosen transition system, scored on EWT test (UAS, LAS with the relation subtype,
 * every word counted) with gold UPOS and with the job's tagger's UPOS ({@link PosTagger}), then as a
 * source of PLOVER roles: each mention's head word climbs the tree over modifier relations (amod,
 * compound, nmod:poss, nmod:desc, flat, det, nummod: "Russian/amod President/nmod:desc Boris/nsubj") and
 * the word it reaches gives the role by {@link RelationRoles}' standard mapping (subject of a main or
 * adverbial clause or "by" agent = speaker; object, passive subject or oblique with "against", "to", ... =
 * target). Chosen on the dev half and then frozen; the other half is scored with {@code --other-half}.
 * Not a test: run it by hand (after {@code mvn -q -o test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt}):
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.countrystance.eval.MaltParserEvaluation \
 *   ../shared/data/ud ../shared/data/eval/plover_gsr.dev.json [nivreeager|stacklazy] [--other-half FULL.txt]
 * </pre>
 * FULL.txt is PLOVER_GSR_CAMEO.txt of GitHub openeventdata/PLOVER. Measured (issue 22): EWT test LAS 0.732 with
 * the job's UPOS (0.822 gold); roles below the rules on both halves (src/site/markdown/countries-and-roles.md).
 */
public final class MaltParserEvaluation {
  /** Relations of a word inside the noun phrase of another: the mention takes that word's function. */
  static final Set<String> CLIMB = Set.of("amod", "compound", "nmod:poss", "nmod:desc", "flat", "det", "nummod");

  private final ConcurrentMaltParserModel model;
  private final PosTagger pos = new PosTagger();
  private final RelationRoles mapping = new RelationRoles(null, RelationRoles.Mapping.standard());

  MaltParserEvaluation(ConcurrentMaltParserModel model) {
    this.model = model;
  }

  public static void main(String[] args) throws Exception {
    Path ud = Path.of(args[0]);
    Path dev = Path.of(args[1]);
    String algorithm = args.length > 2 && !args[2].startsWith("--") ? args[2] : "nivreeager";
    int other = List.of(args).indexOf("--other-half");
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    Path work = Files.createTempDirectory("maltparser");
    UdTreebank.write(UdTreebank.read(ud.resolve("en_ewt-ud-train.conllu")), work.resolve("train.conllu"), true);
    long c0 = cpu.getCurrentThreadCpuTime();
    new MaltParserService().runExperiment("-c ewt -m learn -w " + work + " -i " + work.resolve("train.conllu")
        + " -if conllu -a " + algorithm + " -l liblinear");
    long c1 = cpu.getCurrentThreadCpuTime();
    Path mco = work.resolve("ewt.mco");
    System.out.printf(Locale.ROOT, "trained %s on EWT train in %.0f s of CPU; model %.1f MB%n", algorithm,
        (c1 - c0) / 1e9, Files.size(mco) / 1e6);
    MaltParserEvaluation malt = new MaltParserEvaluation(
        ConcurrentMaltParserService.initializeParserModel(mco.toUri().toURL()));

    List<UdTreebank.Sentence> test = UdTreebank.read(ud.resolve("en_ewt-ud-test.conllu"));
    malt.score("EWT test, gold UPOS", test, false);
    malt.score("EWT test, tagger UPOS", test, false); // JIT warm-up for the timed run below
    malt.score("EWT test, tagger UPOS", test, true);

    CountryAnnotator annotator = CountryAnnotator.loadDefault();
    Gazetteer gazetteer = Gazetteer.loadDefault();
    Path file = other < 0 ? dev : Path.of(args[other + 1]);
    Set<String> leave = other < 0 ? Set.of() : PloverEvaluation.ids(dev);
    String half = other < 0 ? "dev half" : "other half";
    print(half + ": rules", PloverEvaluation.evaluate(file, annotator, gazetteer, leave));
    print(half + ": parser", PloverEvaluation.evaluate(file, annotator, gazetteer, leave, malt::roles));
    print(half + ": rules, parser where mentioned", PloverEvaluation.evaluate(file, annotator, gazetteer, leave,
        s -> merge(s.mentions(), malt.roles(s), null)));
    print(half + ": rules, parser speakers", PloverEvaluation.evaluate(file, annotator, gazetteer, leave,
        s -> merge(s.mentions(), malt.roles(s), MentionRole.SPEAKER)));

    Path rolesReal = Path.of("src/test/resources/eval/roles_real");
    Path shared = ud.getParent();
    if (Files.exists(shared.resolve(EvalCommand.UNGD))) {
      for (String split : List.of("dev", "test")) {
        printReal("real sentences " + split + ": rules", RoleRealEvaluation.score(
            realItems(rolesReal, shared, annotator, s -> s.mentions()), split));
        printReal("real sentences " + split + ": parser", RoleRealEvaluation.score(
            realItems(rolesReal, shared, annotator, malt::roles), split));
      }
    }
  }

  /**
   * The roles_real sentences with the roles of {@code roles} over the country step's mentions of each labelled
   * sentence (the sentence alone, without the annotator's reporter turns and first-person author).
   */
  static List<RoleRealEvaluation.Item> realItems(Path set, Path shared, CountryAnnotator annotator,
      java.util.function.Function<CountryAnnotator.SentenceMentions, List<RoledMention>> roles) throws Exception {
    java.util.Map<String, java.util.Map<String, Set<String>>> gold = RoleRealEvaluation.labels(set);
    java.util.Map<String, java.util.Map<String, String[]>> texts = new java.util.HashMap<>();
    List<RoleRealEvaluation.Item> items = new ArrayList<>();
    for (String[] c : StanceRealEvaluation.rows(set.resolve("sentences.tsv"))) {
      String[] article = texts.computeIfAbsent(c[2], k -> StanceRealEvaluation.load(shared, k)).get(c[1]);
      String sentence = article[0].substring(Integer.parseInt(c[4]), Integer.parseInt(c[5]));
      java.util.Map<String, String> predicted = new java.util.LinkedHashMap<>();
      java.time.LocalDate day = java.time.LocalDate.parse(article[2]);
      for (CountryAnnotator.SentenceMentions s : annotator.annotate(article[0], day)) {
        if (!s.sentence().text().equals(sentence)) {
          continue;
        }
        for (RoledMention m : roles.apply(s)) {
          predicted.merge(m.mention().iso3(), m.role().name().toLowerCase(Locale.ROOT), RoleRealEvaluation::stronger);
        }
      }
      items.add(new RoleRealEvaluation.Item(c[0], c[3], sentence, gold.getOrDefault(c[0], java.util.Map.of()),
          predicted));
    }
    return items;
  }

  private static void printReal(String name, RoleRealEvaluation.Score s) {
    System.out.printf(Locale.ROOT, "%-42s countries P %.3f R %.3f | roles P %.3f R %.3f%n", name,
        s.countries().precision(), s.countries().recall(), s.roles().precision(), s.roles().recall());
  }

  /** Prints UAS and LAS over every word; with {@code timed}, the CPU time per sentence of tagging and parsing. */
  private void score(String name, List<UdTreebank.Sentence> sentences, boolean timed) throws Exception {
    boolean gold = name.contains("gold");
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long words = 0;
    long attached = 0;
    long labelled = 0;
    long c0 = cpu.getCurrentThreadCpuTime();
    for (UdTreebank.Sentence s : sentences) {
      String[] upos = gold ? s.upos() : pos.tag(s.forms());
      ConcurrentDependencyGraph g = parse(s.forms(), upos);
      for (int i = 0; i < s.size(); i++) {
        ConcurrentDependencyNode n = g.getDependencyNode(i + 1);
        words++;
        if (n.getHeadIndex() == s.heads()[i]) {
          attached++;
          labelled += s.relations()[i].equals(n.getLabel("DEPREL")) ? 1 : 0;
        }
      }
    }
    long c1 = cpu.getCurrentThreadCpuTime();
    System.out.printf(Locale.ROOT, "%-24s UAS %.3f LAS %.3f (%d words)%s%n", name, attached / (double) words,
        labelled / (double) words, words, timed ? String.format(Locale.ROOT, "; %.2f ms of CPU a sentence",
            (c1 - c0) / 1e6 / sentences.size()) : "");
  }

  private ConcurrentDependencyGraph parse(String[] forms, String[] upos) throws Exception {
    String[] rows = new String[forms.length];
    for (int i = 0; i < forms.length; i++) {
      rows[i] = (i + 1) + "\t" + forms[i] + "\t_\t" + upos[i] + "\t_\t_";
    }
    return model.parse(rows);
  }

  /** The roles of a sentence's mentions from its parse. */
  List<RoledMention> roles(CountryAnnotator.SentenceMentions s) {
    List<CountryMention> mentions = s.mentions().stream().map(RoledMention::mention).toList();
    Tokens t = Tokens.of(s.sentence().text());
    String[] forms = new String[t.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = t.raw(i);
    }
    String[] upos = pos.tag(forms);
    int[] heads = new int[forms.length];
    String[] relations = new String[forms.length];
    try {
      ConcurrentDependencyGraph g = parse(forms, upos);
      for (int i = 0; i < forms.length; i++) {
        ConcurrentDependencyNode n = g.getDependencyNode(i + 1);
        heads[i] = n.getHeadIndex();
        String label = n.getLabel("DEPREL");
        relations[i] = label == null || label.isEmpty() ? "dep" : label;
      }
    } catch (Exception e) {
      throw new IllegalStateException("MaltParser failed on: " + s.sentence().text(), e);
    }
    String[] labels = RelationLabels.of(forms, upos, heads, relations);
    List<MentionRole> roles = new ArrayList<>();
    for (CountryMention m : mentions) {
      int w = headWord(t, heads, relations, m);
      roles.add(w < 0 ? MentionRole.MENTIONED : mapping.roleOf(labels[w]));
    }
    List<RoledMention> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Set<String> targets = new LinkedHashSet<>();
      for (int o = 0; roles.get(i) == MentionRole.SPEAKER && o < mentions.size(); o++) {
        if (roles.get(o) == MentionRole.TARGET && !mentions.get(o).iso3().equals(mentions.get(i).iso3())) {
          targets.add(mentions.get(o).iso3());
        }
      }
      out.add(new RoledMention(mentions.get(i), roles.get(i), List.copyOf(targets), null));
    }
    return out;
  }

  /** The mention's word whose head lies outside it, climbed over modifier relations; -1 if no word is inside. */
  static int headWord(Tokens t, int[] heads, String[] relations, CountryMention m) {
    int[] span = RelationRoles.tokenSpan(t, m);
    if (span == null) {
      return -1;
    }
    int a = span[0];
    int b = span[1];
    int h = a;
    for (int i = a; i < b; i++) {
      if (heads[i] - 1 < a || heads[i] - 1 >= b) {
        h = i;
        break;
      }
    }
    for (int guard = 0; guard < relations.length && CLIMB.contains(relations[h]) && heads[h] > 0; guard++) {
      h = heads[h] - 1;
    }
    return h;
  }

  /** The first roles, with the second's where the first says MENTIONED (and the second says {@code only}). */
  private static List<RoledMention> merge(List<RoledMention> first, List<RoledMention> second, MentionRole only) {
    List<RoledMention> out = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      boolean take = first.get(i).role() == MentionRole.MENTIONED && (only == null || second.get(i).role() == only);
      out.add(take ? second.get(i) : first.get(i));
    }
    return out;
  }

  private static void print(String name, PloverEvaluation.Result r) {
    System.out.printf(Locale.ROOT, "%-42s countries P %.3f R %.3f | roles P %.3f R %.3f%n", name,
        r.countries().precision(), r.countries().recall(), r.roles().precision(), r.roles().recall());
  }
}
