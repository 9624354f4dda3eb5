package org.countrystance.sample;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.countrystance.sample.StoryComposer.ComposedStory;

/**
 * Generates row {@code index} of the sample corpus from (seed, index) alone, in O(1) memory: an original
 * story or a syndicated copy of an earlier one, on a site, with scraping defects and, at the configured
 * rate, an invalid row of each kind in turn.
 */
public final class ArticleGenerator {
  private static final DateTimeFormatter URL_DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);
  /** A copy appears between 30 minutes and two days after the original. */
  private static final int MAX_COPY_DELAY_MINUTES = 48 * 60;

  private final GeneratorSettings settings;
  private final StoryPlanner planner;
  private final StoryComposer composer;
  private final Syndication syndication;
  private final TextDefects defects;
  private final BadRows badRows;
  private final LanguageLabels languages = new LanguageLabels();

  public ArticleGenerator(GeneratorSettings settings) {
    this.settings = settings;
    SampleVocabulary vocabulary = SampleVocabulary.loadDefault();
    this.planner = new StoryPlanner(settings, vocabulary);
    this.composer = new StoryComposer(settings, vocabulary);
    this.syndication = new Syndication(settings, planner);
    this.defects = new TextDefects(vocabulary);
    this.badRows = new BadRows(settings, vocabulary);
  }

  /** Row {@code index} with the settings' seed. */
  public GeneratedArticle generate(long index) {
    return generate(index, settings.seed());
  }

  /** Row {@code index} for {@code seed}: the same (seed, index) always gives the same row. */
  public GeneratedArticle generate(long index, long seed) {
    if (seed != settings.seed()) return new ArticleGenerator(settings.withSeed(seed)).generate(index);
    long root = syndication.storyRoot(index);
    StoryPlan plan = planner.plan(root);
    ComposedStory story = composer.compose(plan);
    SplittableRandom rng = RandomStreams.of(seed, index, RandomStreams.ARTICLE);
    ArticleDraft draft = new ArticleDraft();
    draft.story = String.format(Locale.ROOT, "story-%d", root);
    draft.authorCountry = plan.authorCountry();
    List<List<Sentence>> paragraphs = story.paragraphs();
    NewsSource source = plan.source();
    draft.instant = plan.publishedAt();
    if (root != index) {
      source = planner.pickSource(rng, plan.language(), plan.source());
      draft.instant = plan.publishedAt().plusSeconds(60L * (30 + rng.nextInt(MAX_COPY_DELAY_MINUTES)));
      paragraphs = reword(paragraphs, plan, rng);
    }
    if (!plan.english()) draft.defects.add("non_english");
    List<String> prose = new ArrayList<>(paragraphs.size());
    Set<String> stances = new LinkedHashSet<>();
    for (List<Sentence> paragraph : paragraphs) {
      StringBuilder p = new StringBuilder(400);
      for (Sentence s : paragraph) {
        if (p.length() > 0) p.append(' ');
        p.append(s.text());
        stances.addAll(s.stances());
      }
      prose.add(p.toString());
    }
    draft.stances.addAll(stances);
    draft.text = defects.body(prose, plan.english(), rng, draft.defects);
    draft.title = defects.title(story.title(), source, rng, draft.defects);
    draft.source = source.site();
    draft.language = languages.declared(source, plan.language(), rng, draft.defects);
    draft.publishedAt = PublishedAtFormat.render(draft.instant, rng);
    draft.articleId = articleId(seed, index);
    draft.url = url(source, draft.instant, story.title(), draft.articleId);
    BadRowKind bad = badRows.kindAt(index);
    if (bad != null) {
      badRows.apply(bad, draft, index, RandomStreams.of(seed, index, RandomStreams.BAD_ROW), i -> articleId(seed, i));
    }
    return draft.toArticle();
  }

  /** A copy's small edits: one narrative sentence reworded (replaced), sometimes the last paragraph cut. */
  private List<List<Sentence>> reword(List<List<Sentence>> paragraphs, StoryPlan plan, SplittableRandom rng) {
    List<List<Sentence>> out = new ArrayList<>(paragraphs.size());
    for (List<Sentence> p : paragraphs) out.add(new ArrayList<>(p));
    if (out.size() > 3 && RandomStreams.chance(rng, 0.3)) out.remove(out.size() - 1);
    int p = 1 + rng.nextInt(Math.max(1, out.size() - 1));
    if (p < out.size()) {
      List<Sentence> paragraph = out.get(p);
      int s = rng.nextInt(paragraph.size());
      if (Sentence.NARRATIVE.equals(paragraph.get(s).kind()) || Sentence.FOREIGN.equals(paragraph.get(s).kind())) {
        paragraph.set(s, composer.nextSentence(rng, narrativeOnly(plan),
            plan.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate(), new java.util.HashSet<>()));
      }
    }
    return out;
  }

  /** A plan whose body sentences are narrative only, so a reworded sentence adds no stance. */
  private static StoryPlan narrativeOnly(StoryPlan plan) {
    return plan.english() ? new StoryPlan(plan.root(), plan.language(), null, null, plan.source(), plan.publishedAt()) : plan;
  }

  static String articleId(long seed, long index) {
    return String.format(Locale.ROOT, "%016x", RandomStreams.mix(seed * 31 + RandomStreams.mix(index + RandomStreams.ARTICLE_ID)));
  }

  private static String url(NewsSource source, Instant at, String title, String id) {
    StringBuilder slug = new StringBuilder(64);
    for (int i = 0; i < title.length() && slug.length() < 60; i++) {
      char c = Character.toLowerCase(title.charAt(i));
      if (c < 128 && Character.isLetterOrDigit(c)) slug.append(c);
      else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') slug.append('-');
    }
    return "https://www." + source.site() + "/" + source.section() + "/" + URL_DAY.format(at.atOffset(ZoneOffset.UTC))
        + "/" + slug + (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-' ? "-" : "") + id.substring(0, 8);
  }
}
