package org.countrystance.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the read-only shared data lives ({@code ../shared/data}); tests that need it skip without it. */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String configured = System.getProperty("countrystance.shared");
    Path base = configured != null ? Path.of(configured) : Path.of("..", "shared");
    return base.toAbsolutePath().normalize().resolve("data");
  }

  /** The shared file, or the test is skipped with a message naming what is missing. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p),
        "skipped: shared data " + p + " is absent (it exists beside the checkout in CI at ../shared)");
    return p;
  }
}
