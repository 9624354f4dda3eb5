package org.countrystance.sample;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The generator's data tables (countries, stance world, templates, sites, defects) from classpath /sample/. */
final class SampleVocabulary implements Serializable {
  /** One weighted row of positions.tsv: the position a country states on a topic. */
  record StancePosition(String iso3, String topic, String position, double weight) implements Serializable {}

  private static volatile SampleVocabulary defaults;

  final List<CountryProfile> countries = new ArrayList<>();
  final Map<String, CountryProfile> byIso3 = new HashMap<>();
  final Map<String, List<StancePosition>> positionsByTopic = new LinkedHashMap<>();
  final List<NewsSource> sources = new ArrayList<>();
  private final Map<String, List<SentenceTemplate>> templates = new HashMap<>();
  private final Map<String, List<String[]>> defects = new HashMap<>();
  final Map<String, List<String>> slots = new HashMap<>();

  private SampleVocabulary() {}

  /** The tables shipped in the jar, read once per JVM (executors build generators per partition). */
  static SampleVocabulary loadDefault() {
    if (defaults == null) {
      synchronized (SampleVocabulary.class) {
        if (defaults == null) defaults = read();
      }
    }
    return defaults;
  }

  private static SampleVocabulary read() {
    SampleVocabulary v = new SampleVocabulary();
    TsvResource c = TsvResource.read("/sample/countries.tsv");
    for (int r = 0; r < c.size(); r++) {
      String from = c.get(r, "leader_from");
      String to = c.get(r, "leader_to");
      String institutions = c.get(r, "institutions");
      CountryProfile p = new CountryProfile(c.get(r, "iso3"), c.get(r, "name"), c.get(r, "demonym"),
          c.get(r, "capital"), c.get(r, "seat"),
          institutions == null ? List.of() : List.of(institutions.split(";")),
          c.get(r, "leader"), c.get(r, "leader_title"),
          from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
          c.get(r, "ministry_site"), c.get(r, "leader_pronoun"));
      v.countries.add(p);
      v.byIso3.put(p.iso3(), p);
    }
    TsvResource p = TsvResource.read("/sample/positions.tsv");
    for (int r = 0; r < p.size(); r++) {
      StancePosition sp = new StancePosition(p.get(r, "iso3"), p.get(r, "topic"), p.get(r, "position"),
          Double.parseDouble(p.get(r, "weight")));
      if (!v.byIso3.containsKey(sp.iso3())) throw new IllegalStateException("positions.tsv: unknown country " + sp.iso3());
      v.positionsByTopic.computeIfAbsent(sp.topic(), k -> new ArrayList<>()).add(sp);
    }
    TsvResource s = TsvResource.read("/sample/sources.tsv");
    for (int r = 0; r < s.size(); r++) {
      v.sources.add(new NewsSource(s.get(r, "site"), s.get(r, "display"), s.get(r, "separator"),
          s.get(r, "language"), s.get(r, "declared"), s.get(r, "section")));
    }
    TsvResource t = TsvResource.read("/sample/templates.tsv");
    for (int r = 0; r < t.size(); r++) {
      SentenceTemplate st = new SentenceTemplate(t.get(r, "kind"), t.get(r, "topic"), t.get(r, "position"),
          t.get(r, "speakers"), t.get(r, "others"), t.get(r, "language"), t.get(r, "text"));
      v.templates.computeIfAbsent(key(st.kind(), st.topic(), st.language()), k -> new ArrayList<>()).add(st);
    }
    TsvResource d = TsvResource.read("/sample/defects.tsv");
    for (int r = 0; r < d.size(); r++) {
      v.defects.computeIfAbsent(d.get(r, "kind"), k -> new ArrayList<>())
          .add(new String[] {d.get(r, "name"), d.get(r, "text")});
    }
    TsvResource f = TsvResource.read("/sample/slots.tsv");
    for (int r = 0; r < f.size(); r++) {
      v.slots.computeIfAbsent(f.get(r, "slot"), k -> new ArrayList<>()).add(f.get(r, "value"));
    }
    return v;
  }

  private static String key(String kind, String topic, String language) {
    return kind + "|" + (topic == null ? "-" : topic) + "|" + language;
  }

  /** Templates of a kind for a topic (null = topic-free) in a language; empty when there are none. */
  List<SentenceTemplate> templates(String kind, String topic, String language) {
    return templates.getOrDefault(key(kind, topic, language), Collections.emptyList());
  }

  /** Rows of defects.tsv of one kind as {name, text}. */
  List<String[]> defects(String kind) {
    List<String[]> rows = defects.get(kind);
    if (rows == null) throw new IllegalStateException("defects.tsv has no rows of kind " + kind);
    return rows;
  }

  List<String> topics() {
    return new ArrayList<>(positionsByTopic.keySet());
  }
}
