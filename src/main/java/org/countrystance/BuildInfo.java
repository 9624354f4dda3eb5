package org.countrystance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of the code that runs, as "0.1.0+&lt;commit&gt;" (".dirty" when the checkout had local
 * changes): from the build.properties that Maven filters at build time, so that a run's manifest, the
 * jar's manifest and {@code --version} name the same build, in tests and in the jar alike.
 */
public final class BuildInfo {
  private static final String RESOURCE = "/org/countrystance/build.properties";
  public static final String VERSION = version(load());

  private BuildInfo() {}

  static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return p;
  }

  /** Version plus commit; a property Maven could not fill (built outside git, or not by Maven) is left out. */
  static String version(Properties p) {
    String version = filled(p.getProperty("version"));
    if (version == null) version = BuildInfo.class.getPackage().getImplementationVersion();
    if (version == null) return "dev";
    String commit = filled(p.getProperty("commit"));
    if (commit == null) return version;
    return version + "+" + commit + ("true".equals(p.getProperty("dirty")) ? ".dirty" : "");
  }

  private static String filled(String value) {
    return value == null || value.isBlank() || value.startsWith("${") ? null : value.trim();
  }
}
