package org.countrystance.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the repository's {@code conf/} for tests that edit the rules a job or loader reads. */
public final class ConfCopy {
  private ConfCopy() {}

  /** Copies {@code conf/} into {@code dir} (created if missing) and returns {@code dir}. */
  public static Path into(Path dir) throws IOException {
    Path conf = Path.of("conf");
    try (Stream<Path> all = Files.walk(conf)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = dir.resolve(conf.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
    return dir;
  }
}
