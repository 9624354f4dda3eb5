package org.countrystance.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs the CLI (or another main class) in a child JVM with the test classpath and Spark's JVM flags,
 * its stdout and stderr in one log file, so a test can give it its own heap, time zone or system
 * properties, read its whole log, or SIGKILL it.
 */
public final class ChildJvm {
  private static final long TIMEOUT_MINUTES = 15;
  private final Process process;
  private final Path log;

  private ChildJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code java <spark flags> <jvmArgs> -cp <test classpath> <mainClass> <args>}. */
  public static ChildJvm start(Path log, List<String> jvmArgs, String mainClass, String... args) throws IOException {
    return start(log, jvmArgs, Map.of(), mainClass, args);
  }

  /** As {@link #start(Path, List, String, String...)}, with extra environment variables (credentials). */
  public static ChildJvm start(Path log, List<String> jvmArgs, Map<String, String> env, String mainClass,
      String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String flags = System.getProperty("countrystance.jvmflags", "");
    if (flags.isBlank()) throw new IllegalStateException("system property countrystance.jvmflags is not set (see pom.xml failsafe)");
    cmd.addAll(Arrays.asList(flags.trim().split("\\s+")));
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(Arrays.asList(args));
    Files.createDirectories(log.toAbsolutePath().getParent());
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().remove("SPARK_LOCAL_IP");
    pb.environment().putAll(env);
    return new ChildJvm(pb.start(), log);
  }

  /** Runs {@code org.countrystance.Main} to completion and returns its exit code. */
  public static int runCli(Path log, List<String> jvmArgs, String... args) throws Exception {
    return start(log, jvmArgs, "org.countrystance.Main", args).waitFor();
  }

  public int waitFor() throws InterruptedException {
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("child JVM did not finish in " + TIMEOUT_MINUTES + " min; log " + log);
    }
    return process.exitValue();
  }

  /**
   * Waits until the condition holds, then SIGKILLs the JVM (no shutdown hooks run). Returns false if
   * the process ended before the condition was seen.
   */
  public boolean killWhen(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(TIMEOUT_MINUTES);
    while (process.isAlive() && System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        process.destroyForcibly();
        process.waitFor();
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  public String log() throws IOException {
    return Files.readString(log);
  }
}
