package org.countrystance.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.countrystance.country.CountryAnnotator;
import org.countrystance.country.Gazetteer;
import org.countrystance.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prints the PLOVER scores and the records that differ, and fails below the floors reached (so regressions show). */
class PloverEvaluationTest {
  @Test
  void countriesAndRolesStayAboveTheirFloorsOnThePloverDevelopmentHalf() throws IOException {
    Path gold = SharedData.require("eval/plover_gsr.dev.json");
    PloverEvaluation.Result r = PloverEvaluation.evaluate(gold, CountryAnnotator.loadDefault(), Gazetteer.loadDefault());
    System.out.println("PLOVER dev records=" + r.records());
    System.out.println("  countries (role-blind) " + r.countries());
    System.out.println("  roles (country, source|target) " + r.roles());
    System.out.println("  sources " + r.sources());
    System.out.println("  targets " + r.targets());
    System.out.println("  all mentions taken as actors " + r.allMentions());
    System.out.printf("  detection recall (any role) %.3f%n", r.detectionRecall());
    r.errors().forEach(e -> System.out.println("  differs: " + e));
    assertTrue(r.countries().precision() >= 0.95, "country precision " + r.countries());
    assertTrue(r.countries().recall() >= 0.96, "country recall " + r.countries());
    assertTrue(r.roles().precision() >= 0.90, "role precision " + r.roles());
    assertTrue(r.roles().recall() >= 0.86, "role recall " + r.roles());
    assertTrue(r.detectionRecall() >= 0.97, "detection recall " + r.detectionRecall());
  }

  @Test
  void aReciprocalActorMatchesWhetherTaggedSpeakerOrTarget(@TempDir Path dir) throws IOException {
    // PLOVER marks reciprocal actors SRC/TAR but its JSON lists them as sources only
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, """
        [{"id": "H", "event": "DOCUMENT"},
         {"id": "R1", "event": "CONSULT", "text": "French officials held talks with Romania on Tuesday.",
          "source": [{"code": "FRA"}, {"code": "ROU"}],
          "textInfo": {"markup": "(SRC/TAR: French officials) (EVT: held talks) with (SRC/TAR: Romania) on Tuesday."}},
         {"id": "R2", "event": "DEMAND", "text": "Italy urged Serbia to free the monitors.",
          "source": [{"code": "ITA"}], "target": [{"code": "SRB"}],
          "textInfo": {"markup": "(SRC: Italy) (EVT: urged) (TAR: Serbia) to free the monitors."}}]
        """);
    PloverEvaluation.Result r =
        PloverEvaluation.evaluate(gold, CountryAnnotator.loadDefault(), Gazetteer.loadDefault());
    assertEquals(new PrecisionRecall(4, 0, 0), r.roles());
    assertEquals(new PrecisionRecall(2, 0, 1), r.sources(), "sources as the JSON lists them: ROU was tagged target");
  }
  @Test
  void theOtherHalfIsTheWholeFileLessTheDevelopmentHalfsRecords(@TempDir Path dir) throws IOException {
    Path full = dir.resolve("full.json");
    Path dev = dir.resolve("dev.json");
    Files.writeString(full, """
        [{"id": "H", "event": "DOCUMENT"},
         {"id": "A1", "event": "DEMAND", "text": "Italy urged Serbia to free the monitors.",
          "source": [{"code": "ITA"}], "target": [{"code": "SRB"}]},
         {"id": "A2", "event": "DEMAND", "text": "Norway urged Sudan to open the border.",
          "source": [{"code": "ZZZ"}], "target": [{"code": "SDN"}]}]
        """);
    Files.writeString(dev, """
        [{"id": "H", "event": "DOCUMENT"}, {"id": "A1", "event": "DEMAND", "text": "x"}]
        """);
    PloverEvaluation.Result r = PloverEvaluation.evaluate(full, CountryAnnotator.loadDefault(), Gazetteer.loadDefault(),
        PloverEvaluation.ids(dev));
    assertEquals(1, r.records());
    assertEquals(new PrecisionRecall(1, 1, 0), r.countries(), "only A2 is scored: SDN right, NOR not in its gold");
  }
}
