package org.countrystance.config;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathSafetyTest {
  @Test
  void anOutputEqualToInsideOrContainingTheInputIsRefused() {
    assertThrows(ConfigException.class, () -> PathSafety.checkOutput("/data/in", "/data/in"));
    assertThrows(ConfigException.class, () -> PathSafety.checkOutput("/data/in", "/data/in/out"));
    assertThrows(ConfigException.class, () -> PathSafety.checkOutput("/data/in/", "/data/in/./x/"));
    assertThrows(ConfigException.class, () -> PathSafety.checkOutput("/data/all/in", "/data/all"));
  }

  @Test
  void siblingsWithACommonPrefixAreAllowed() {
    assertTrue(PathSafety.checkOutput("/data/input", "/data/input-out").endsWith("/data/input-out"));
  }

  @Test
  void emptyPathsParentEscapesAndTheRootAreRefused() {
    assertThrows(ConfigException.class, () -> PathSafety.checkOutput("", "/tmp/out"));
    assertThrows(ConfigException.class, () -> PathSafety.checkOutput("/data/in", " "));
    ConfigException e = assertThrows(ConfigException.class, () -> PathSafety.checkOutput("/data/in", "/tmp/out/../../etc"));
    assertTrue(e.getMessage().contains(".."), e.getMessage());
    assertThrows(ConfigException.class, () -> PathSafety.checkOutput("/data/in", "/"));
  }

  @Test
  void symlinksAreResolvedOnBothSidesBeforeComparing(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path intoInput = Files.createSymbolicLink(dir.resolve("into-input"), in);
    ConfigException e = assertThrows(ConfigException.class, () -> PathSafety.checkOutput(in.toString(), intoInput + "/new/out"));
    assertTrue(e.getMessage().contains("inside input.path") && e.getMessage().contains(in + "/new/out"), e.getMessage());
    Path inputLink = Files.createSymbolicLink(dir.resolve("input-link"), in);
    assertThrows(ConfigException.class, () -> PathSafety.checkOutput(inputLink.toString(), in + "/out"));
    assertThrows(ConfigException.class, () -> PathSafety.checkOutput(in.toString(), intoInput.toString()));
    Path other = Files.createDirectories(dir.resolve("other"));
    Path otherLink = Files.createSymbolicLink(dir.resolve("other-link"), other);
    assertTrue(PathSafety.checkOutput(inputLink.toString(), otherLink + "/out").endsWith("/other-link/out"),
        "a link to a folder beside the input is fine");
  }

  @Test
  void relativeInputsMayClimbButAreComparedAbsolutely() {
    String cwd = System.getProperty("user.dir");
    assertThrows(ConfigException.class, () -> PathSafety.checkOutput("../x", cwd + "/../x/out"));
  }
}
