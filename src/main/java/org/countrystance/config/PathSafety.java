package org.countrystance.config;

import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.conf.Configuration;

/**
 * Refuses input/output path pairs that could make the job delete or overwrite what it reads, before
 * anything is deleted: empty paths, '..' segments, a file-system root as output, and an output equal
 * to, inside, or containing the input, compared as written and with symlinks resolved on both sides.
 */
public final class PathSafety {
  private PathSafety() {}

  /** The normalised output path, or a ConfigException naming the problem (local symlinks resolved). */
  public static String checkOutput(String input, String output) {
    return checkOutput(input, output, null);
  }

  /**
   * As {@link #checkOutput(String, String)}, resolving symlinks of other file systems (HDFS) with
   * {@code conf}: an output reached through a link into the input is as unsafe as one inside it.
   */
  public static String checkOutput(String input, String output, Configuration conf) {
    String checked = checkText(input, output);
    URI in = RealPaths.resolve(normalise("input.path", input, true), conf);
    URI out = RealPaths.resolve(normalise("output.path", output, false), conf);
    if (sameFileSystem(in, out)) {
      String inPath = withSlash(in);
      String outPath = withSlash(out);
      String where = " (symlinks resolved: output " + out.getPath() + ", input " + in.getPath() + ")";
      if (outPath.equals(inPath)) throw new ConfigException("output.path is the input folder: " + output + where);
      if (outPath.startsWith(inPath)) {
        throw new ConfigException("output.path " + output + " is inside input.path " + input + where);
      }
      if (inPath.startsWith(outPath)) {
        throw new ConfigException("output.path " + output + " contains input.path " + input + where);
      }
    }
    return checked;
  }

  private static String checkText(String input, String output) {
    if (input == null || input.isBlank()) throw new ConfigException("input.path: empty (use --input PATH)");
    if (output == null || output.isBlank()) throw new ConfigException("output.path: empty (use --output PATH)");
    URI in = normalise("input.path", input, true);
    URI out = normalise("output.path", output, false);
    if (out.getPath() == null || out.getPath().equals("/") || out.getPath().isEmpty()) {
      throw new ConfigException("output.path: refusing a file-system root as output: " + output);
    }
    String inPath = withSlash(in);
    String outPath = withSlash(out);
    if (sameFileSystem(in, out)) {
      if (outPath.equals(inPath)) throw new ConfigException("output.path equals input.path: " + output);
      if (outPath.startsWith(inPath)) {
        throw new ConfigException("output.path " + output + " is inside input.path " + input);
      }
      if (inPath.startsWith(outPath)) {
        throw new ConfigException("output.path " + output + " contains input.path " + input);
      }
    }
    return out.toString();
  }

  /**
   * An absolute, normalised URI. For the output (which the job replaces parts of) a '..' segment is
   * refused rather than resolved: it is how a relative path escapes to somewhere unintended.
   */
  public static URI normalise(String key, String path, boolean allowParentSegments) {
    String p = path.trim();
    for (String segment : p.replace('\\', '/').split("/")) {
      if (segment.equals("..") && !allowParentSegments) {
        throw new ConfigException(key + ": '..' segments are not allowed: " + path);
      }
    }
    try {
      boolean hasScheme = p.contains("://") || p.startsWith("file:");
      return hasScheme ? new URI(p).normalize() : java.nio.file.Path.of(p).toAbsolutePath().normalize().toUri();
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new ConfigException(key + ": not a valid path: " + path);
    }
  }

  private static boolean sameFileSystem(URI a, URI b) {
    return String.valueOf(a.getScheme()).equals(String.valueOf(b.getScheme()))
        && String.valueOf(a.getAuthority()).equals(String.valueOf(b.getAuthority()));
  }

  private static String withSlash(URI u) {
    String p = u.getPath();
    return p.endsWith("/") ? p : p + "/";
  }
}
