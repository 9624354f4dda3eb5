package org.countrystance.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * A path with its symlinks resolved: the deepest existing ancestor's real path, plus the part that
 * does not exist yet (an output folder a first run will create). Local paths through java.nio; other
 * file systems through Hadoop's {@code resolvePath}; unchanged when nothing can be resolved.
 */
final class RealPaths {
  private RealPaths() {}

  static URI resolve(URI uri, Configuration conf) {
    try {
      if (uri.getScheme() == null || "file".equals(uri.getScheme())) return local(Path.of(uri.getPath()));
      if (conf == null) return uri;
      return hadoop(new org.apache.hadoop.fs.Path(uri), conf);
    } catch (IOException | RuntimeException e) {
      return uri;
    }
  }

  private static URI local(Path p) throws IOException {
    Path existing = p;
    while (existing != null && !Files.exists(existing)) existing = existing.getParent();
    if (existing == null) return p.toUri();
    return existing.toRealPath().resolve(existing.relativize(p)).normalize().toUri();
  }

  private static URI hadoop(org.apache.hadoop.fs.Path p, Configuration conf) throws IOException {
    FileSystem fs = p.getFileSystem(conf);
    org.apache.hadoop.fs.Path existing = p;
    StringBuilder rest = new StringBuilder();
    while (existing != null && !fs.exists(existing)) {
      rest.insert(0, "/" + existing.getName());
      existing = existing.getParent();
    }
    if (existing == null) return p.toUri();
    URI real = fs.resolvePath(existing).toUri();
    return URI.create(real.toString().replaceAll("/$", "") + rest).normalize();
  }
}
