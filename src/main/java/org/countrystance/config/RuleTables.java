package org.countrystance.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Every rule table of {@code conf/} (the .tsv tables and topics.conf) as one immutable artifact, read
 * once on the driver from the jar or from {@code rules.conf-dir} (any Hadoop path: local, hdfs://,
 * s3a://), with one hash over them all. It is serializable: tasks get it by broadcast or in their
 * closure and build their rules from it, so an executor never reads a rule table from its own disk.
 */
public final class RuleTables implements Serializable {
  private static final long serialVersionUID = 1L;
  /** A file every build ships; its folder is the shipped conf/. */
  private static final String ANCHOR = "/conf/topics.conf";
  private static volatile RuleTables shipped;

  private final String origin;
  private final SortedMap<String, String> files;
  private final String hash;

  private RuleTables(String origin, SortedMap<String, String> files) {
    this.origin = origin;
    this.files = files;
    this.hash = hash(files);
  }

  /** The tables of {@code confDir} ("" = the ones inside the jar), read through Hadoop's file systems. */
  public static RuleTables load(String confDir, Configuration hadoop) {
    if (confDir == null || confDir.isBlank()) return shipped();
    Path root = new Path(confDir);
    SortedMap<String, String> files = new TreeMap<>();
    try {
      org.apache.hadoop.fs.FileSystem fs = root.getFileSystem(hadoop);
      FileStatus rootStatus = fs.getFileStatus(root);
      if (!rootStatus.isDirectory()) throw new ConfigException("rules.conf-dir " + confDir + ": expected a folder, got a file");
      String prefix = rootStatus.getPath().toUri().getPath().replaceAll("/+$", "") + "/";
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
      while (it.hasNext()) {
        Path p = it.next().getPath();
        String relative = p.toUri().getPath().substring(prefix.length());
        if (!isRuleFile(relative)) continue;
        try (InputStream in = fs.open(p)) {
          files.put(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (java.io.FileNotFoundException e) {
      throw new ConfigException("rules.conf-dir " + confDir + ": no such folder");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules.conf-dir " + confDir, e);
    }
    if (files.isEmpty()) throw new ConfigException("rules.conf-dir " + confDir + ": no rule tables (*.tsv, topics.conf) in it");
    return new RuleTables(confDir.trim(), files);
  }

  /** A local folder's tables (tests, developer tools). */
  public static RuleTables local(java.nio.file.Path confDir) {
    return load(confDir.toAbsolutePath().toUri().toString(), new Configuration(false));
  }

  /** The tables inside the jar (read once per JVM: the jar does not change under a running job). */
  public static RuleTables shipped() {
    RuleTables s = shipped;
    if (s == null) {
      synchronized (RuleTables.class) {
        if (shipped == null) shipped = readShipped();
        s = shipped;
      }
    }
    return s;
  }

  private static RuleTables readShipped() {
    java.net.URL anchor = RuleTables.class.getResource(ANCHOR);
    if (anchor == null) throw new IllegalStateException("expected classpath resource " + ANCHOR + ", got nothing");
    try {
      if (anchor.openConnection() instanceof java.net.JarURLConnection jar) {
        jar.setUseCaches(false);
        SortedMap<String, String> files = new TreeMap<>();
        try (java.util.jar.JarFile file = jar.getJarFile()) {
          for (java.util.jar.JarEntry e : (Iterable<java.util.jar.JarEntry>) file.stream()::iterator) {
            String relative = e.getName().startsWith("conf/") ? e.getName().substring("conf/".length()) : "";
            if (e.isDirectory() || !isRuleFile(relative)) continue;
            try (InputStream in = file.getInputStream(e)) {
              files.put(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
          }
        }
        return new RuleTables("jar", files);
      }
      return new RuleTables("jar", walk(java.nio.file.Path.of(anchor.toURI()).getParent()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rule tables shipped in the jar", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the shipped conf/ from " + anchor, e);
    }
  }

  private static SortedMap<String, String> walk(java.nio.file.Path root) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    try (Stream<java.nio.file.Path> all = Files.walk(root)) {
      for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) all::iterator) {
        String relative = root.relativize(p).toString().replace('\\', '/');
        if (Files.isRegularFile(p) && isRuleFile(relative)) {
          files.put(relative, new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  /** The .tsv tables and topics.conf; not application.conf, the DDL or the queries. */
  static boolean isRuleFile(String relative) {
    return relative.endsWith(".tsv") || relative.equals("topics.conf");
  }

  /** Where the tables came from: "jar" or the rules.conf-dir folder. */
  public String origin() {
    return origin;
  }

  /** A short SHA-256 over every table's path and content: which rules a run used. */
  public String hash() {
    return hash;
  }

  /** The tables' paths relative to conf/, sorted. */
  public java.util.Set<String> names() {
    return files.keySet();
  }

  /** A table's name for messages: the folder it came from and its path inside. */
  public String describe(String relative) {
    return origin.equals("jar") ? "classpath:/conf/" + relative : origin.replaceAll("/+$", "") + "/" + relative;
  }

  /** A table's text, or a failure naming the file that the folder lacks. */
  public String text(String relative) {
    String t = files.get(relative);
    if (t == null) {
      throw new ConfigException(describe(relative) + ": no such rule table (rules.conf-dir must hold a complete"
          + " copy of conf/)");
    }
    return t;
  }

  public java.io.BufferedReader reader(String relative) {
    return new java.io.BufferedReader(new StringReader(text(relative)));
  }

  private static String hash(SortedMap<String, String> files) {
    try {
      java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
      files.forEach((name, text) -> {
        d.update(name.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(text.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
      });
      return HexFormat.of().formatHex(d.digest(), 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
