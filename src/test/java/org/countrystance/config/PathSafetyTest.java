package org.countrystance.config;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

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
  void relativeInputsMayClimbButAreComparedAbsolutely() {
    String cwd = System.getProperty("user.dir");
    assertThrows(ConfigException.class, () -> PathSafety.checkOutput("../x", cwd + "/../x/out"));
  }
}
