package org.countrystance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The version every manifest and --version show: the pom's version and the commit it was built from. */
class BuildInfoTest {
  private static Properties props(String version, String commit, String dirty) {
    Properties p = new Properties();
    p.setProperty("version", version);
    p.setProperty("commit", commit);
    p.setProperty("dirty", dirty);
    return p;
  }

  @Test
  void theVersionCarriesTheCommitAndWhetherTheCheckoutHadLocalChanges() {
    assertEquals("0.1.0+0123456789ab", BuildInfo.version(props("0.1.0", "0123456789ab", "false")));
    assertEquals("0.1.0+0123456789ab.dirty", BuildInfo.version(props("0.1.0", "0123456789ab", "true")));
  }

  @Test
  void aBuildOutsideGitHasTheVersionAlone() {
    assertEquals("0.1.0", BuildInfo.version(props("0.1.0", "${git.commit.id.abbrev}", "${git.dirty}")));
  }

  @Test
  void thisBuildsVersionIsThePomsWithItsCommitAndVersionPrintsIt() throws Exception {
    String commit = new String(new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").start()
        .getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(BuildInfo.VERSION.startsWith("0.1.0+" + commit), BuildInfo.VERSION + " vs HEAD " + commit);
    assertEquals(BuildInfo.VERSION, CountryStanceJob.VERSION);

    PrintStream stdout = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.execute("--version"));
    } finally {
      System.setOut(stdout);
    }
    assertEquals("country-stance " + BuildInfo.VERSION, out.toString(StandardCharsets.UTF_8).strip());
  }
}
