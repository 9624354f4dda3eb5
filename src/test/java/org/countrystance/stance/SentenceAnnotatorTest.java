package org.countrystance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAnnotatorTest {
  private static final SentenceAnnotator ANNOTATOR = SentenceAnnotator.loadDefault();

  @Test
  void givesASpeakerToneTopicsAndItsStanceAndATargetOnlyToneAndTopics() {
    String s = "Poland strongly condemned the brutal Russian invasion of Ukraine.";
    List<SentenceAnnotator.MentionAnnotation> r = ANNOTATOR.annotate(s, List.of(
        new SpeakerMention("POL", 0, 6, true, List.of("RUS")),
        new SpeakerMention("UKR", s.indexOf("Ukraine"), s.indexOf("Ukraine") + 7, false,
            List.of())), null);
    SentenceAnnotator.MentionAnnotation poland = r.get(0);
    assertTrue(poland.tone() < 0);
    assertEquals(List.of("ukraine-war"), poland.topics());
    assertEquals("ukraine-war", poland.topic());
    assertEquals("supports_ukraine", poland.position());
    assertEquals("against", poland.polarity());
    assertTrue(poland.confidence() > 0.5);
    assertTrue(poland.cues().contains("condemned"));
    SentenceAnnotator.MentionAnnotation ukraine = r.get(1);
    assertEquals(List.of("ukraine-war"), ukraine.topics());
    assertNull(ukraine.position());
    assertNull(ukraine.confidence());
    assertTrue(ukraine.cues().isEmpty());
  }

  @Test
  void addsTheAuthorCountryOfAFirstPersonStatement() {
    List<SentenceAnnotator.MentionAnnotation> r = ANNOTATOR.annotate(
        "We call for an immediate ceasefire in Gaza.", List.of(), "QAT");
    assertEquals(1, r.size());
    assertEquals("QAT", r.get(0).mention().iso3());
    assertEquals("calls_for_ceasefire", r.get(0).position());
    assertEquals("neutral", r.get(0).polarity());
  }

  @Test
  void survivesJavaSerializationAsSparkShipsItToExecutors() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(ANNOTATOR);
    }
    SentenceAnnotator copy;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (SentenceAnnotator) in.readObject();
    }
    String s = "Turkey offered to host talks between Moscow and Kyiv to end the war.";
    List<SpeakerMention> m = List.of(new SpeakerMention("TUR", 0, 6, true, List.of()));
    assertEquals("calls_for_peace", copy.annotate(s, m, null).get(0).position());
    assertEquals(ANNOTATOR.annotate(s, m, null).get(0).tone(), copy.annotate(s, m, null).get(0).tone());
  }
}
