package org.countrystance.country;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryAnnotatorTest {
  private static final CountryAnnotator ANNOTATOR = CountryAnnotator.loadDefault();
  private static final LocalDate D = LocalDate.of(2024, 2, 24);
  private static final String TEXT = "Ukraine marked two years of war. Zelensky said Kyiv would never accept Russia's"
      + " terms. The weather was mild.";

  @Test
  void keepsOnlySentencesWithCountriesWithTheirIndexAndRoles() {
    List<CountryAnnotator.SentenceMentions> out = ANNOTATOR.annotate(TEXT, D);
    assertEquals(List.of(0, 1), out.stream().map(s -> s.sentence().index()).toList());
    List<RoledMention> second = out.get(1).mentions();
    assertEquals(List.of("UKR", "UKR", "RUS"), second.stream().map(RoledMention::iso3).toList());
    assertEquals(MentionRole.SPEAKER, second.get(0).role());
    assertEquals(List.of("RUS"), out.get(1).counterparts(0));
    assertEquals(List.of("UKR"), out.get(1).counterparts(2));
  }

  @Test
  void georgiaInAnArticleAboutUsPlacesIsTheUsStateButNotWhenTbilisiIsNamed() {
    String usArticle = "New plants will open in Ohio and Arizona. Georgia will get two of them.";
    assertEquals(List.of(List.of("USA", "USA")), isos(ANNOTATOR.annotate(usArticle, D)));
    String both = usArticle + " Officials in Tbilisi welcomed the news.";
    assertEquals(List.of(List.of("USA", "USA"), List.of("GEO"), List.of("GEO")), isos(ANNOTATOR.annotate(both, D)));
  }

  @Test
  void everySentenceKeepsTheSentencesWithoutCountriesAndTheArticleLevelRules() {
    List<CountryAnnotator.SentenceMentions> out = ANNOTATOR.annotateEverySentence(TEXT, D);
    assertEquals(List.of(0, 1, 2), out.stream().map(s -> s.sentence().index()).toList());
    assertEquals(List.of(), out.get(2).mentions());
    assertEquals(ANNOTATOR.annotate(TEXT, D), out.subList(0, 2));
    String usArticle = "New plants will open in Ohio and Arizona. Georgia will get two of them.";
    assertEquals(List.of(List.of("USA", "USA")), isos(ANNOTATOR.annotateEverySentence(usArticle, D)).subList(0, 1));
    assertEquals(List.of(), isos(ANNOTATOR.annotateEverySentence(usArticle, D)).get(1));
  }

  private static List<List<String>> isos(List<CountryAnnotator.SentenceMentions> out) {
    return out.stream().map(s -> s.mentions().stream().map(RoledMention::iso3).toList()).toList();
  }

  @Test
  void survivesJavaSerialisationForSparkExecutors() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
      o.writeObject(ANNOTATOR);
    }
    CountryAnnotator copy;
    try (ObjectInputStream i = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (CountryAnnotator) i.readObject();
    }
    assertEquals(ANNOTATOR.annotate(TEXT, D), copy.annotate(TEXT, D));
  }
}
