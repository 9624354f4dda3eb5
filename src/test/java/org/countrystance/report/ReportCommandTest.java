package org.countrystance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `report` over a published output: bounded reads, evidence text from mentions, a page a browser draws. */
class ReportCommandTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static Path root;

  @BeforeAll
  static void output() {
    root = ReportFixtures.output();
  }

  @Test
  void keepsTheTopCountriesPerTopicAndAFewEvidenceSentencesFromMentions() {
    ReportInput input = new ReportData(SparkTestSession.get(), root.toString())
        .load(List.of("ukraine-war"), new ReportData.Limits(366, 2, 1, 3), "t");
    Map<String, Long> statements = new HashMap<>();
    for (ReportInput.StanceRow r : input.stance()) {
      assertEquals("ukraine-war", r.topic());
      assertTrue(r.evidence().size() <= 1);
      for (ReportInput.Evidence e : r.evidence()) {
        assertTrue(e.sentence().contains(Statements.surface(r.country())), "evidence names its speaker: " + e);
      }
      statements.merge(r.country(), r.statements(), Long::sum);
    }
    // the fixture's weights make China (6 per day at most) and the United States (3) the top speakers
    assertEquals(Set.of("CHN", "USA"), statements.keySet());
    assertEquals(3, new HashSet<>(input.tone().stream().map(ReportInput.TonePoint::country).toList()).size());
  }

  @Test
  void writesTheReportWhereToSaysWithEveryTopicAndChinasSentences(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("r.html");
    ReportCommand command = new ReportCommand();
    new CommandLine(command).parseArgs("--output", root.toString(), "--to", html.toString());
    assertEquals(html, command.write(SparkTestSession.get()));
    String page = Files.readString(html);
    for (String topic : ReportCommand.DEFAULT_TOPICS) assertTrue(page.contains("data-topic=\"" + topic + "\""), topic);
    assertTrue(page.contains("China called on Russia and Ukraine to resume peace talks"));
  }

  @Test
  void chromiumDrawsTheReportAsAColourfulPage(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "skipped: " + CHROMIUM + " is absent (CI installs it in .ci/run)");
    Path html = dir.resolve("report.html");
    ReportCommand command = new ReportCommand();
    new CommandLine(command).parseArgs("--output", root.toString(), "--to", html.toString());
    command.write(SparkTestSession.get());
    Path png = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + png,
        "--window-size=1280,2000", html.toUri().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "chromium did not finish");
    assertTrue(Files.exists(png), "no screenshot; chromium said: " + Files.readString(dir.resolve("chromium.log")));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1280, image.getWidth());
    long inked = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        if (rgb != 0xffffff) inked++;
        colours.add(rgb & 0xf0f0f0);
      }
    }
    long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
    assertTrue(inked > sampled / 20, "the page is mostly blank: " + inked + " of " + sampled + " inked");
    assertTrue(colours.size() >= 8, "too few colours for position bars and tone lines: " + colours.size());
  }
}
