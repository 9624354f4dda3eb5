package org.countrystance;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The packaged jar is what spark-submit gets: Spark NLP and our code in, Spark out, no signatures. */
class UberJarIT {
  private static List<String> entries() throws Exception {
    Path jar = Path.of(System.getProperty("countrystance.jar", "target/country-stance-0.1.0.jar"));
    assertTrue(Files.exists(jar), "run `mvn package` first: " + jar);
    List<String> names = new ArrayList<>();
    try (JarFile f = new JarFile(jar.toFile())) {
      f.stream().forEach(e -> names.add(e.getName()));
    }
    return names;
  }

  @Test
  void theJarCarriesSparkNlpOurCodeAndConfButNoSparkClasses() throws Exception {
    List<String> names = entries();
    assertTrue(names.contains("org/countrystance/Main.class"));
    assertTrue(names.stream().anyMatch(n -> n.startsWith("com/johnsnowlabs/nlp/")), "Spark NLP is inside");
    assertTrue(names.contains("conf/application.conf"), "default configuration is inside");
    List<String> spark = names.stream().filter(n -> n.startsWith("org/apache/spark/") && n.endsWith(".class")).limit(5).toList();
    assertEquals(List.of(), spark, "Spark classes must come from the cluster");
    assertFalse(names.stream().anyMatch(n -> n.startsWith("scala/")), "Scala library comes from the cluster");
  }

  @Test
  void signaturesAndSparkNlpsLoggingFilesAreStripped() throws Exception {
    List<String> names = entries();
    assertTrue(names.stream().noneMatch(n -> n.matches("META-INF/[^/]+\\\\.(SF|DSA|RSA|EC)")), "no signature files");
    assertFalse(names.contains("log4j.properties"), "spark-nlp's log4j 1 file would silence logging");
    assertTrue(names.contains("log4j2.properties"), "our own logging configuration");
  }
}
