package org.countrystance.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.countrystance.RunOutcome;
import org.countrystance.SparkSessions;
import org.countrystance.config.ConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `bench`: floor vs full job vs naive Spark NLP pipeline on generated corpora of growing size and the real one. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Time the job against the floor (Parquet read + word count) and a naive Spark NLP pipeline,",
        "on generated corpora of growing size and on the real corpus; print and save the report."})
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--sizes", split = ",", paramLabel = "N[,N...]", defaultValue = "20000,80000,320000",
      description = "Generated corpus sizes in articles (default ${DEFAULT-VALUE}).")
  List<Long> sizes;
  @Option(names = "--work", paramLabel = "DIR", defaultValue = "bench-work",
      description = "Work folder: corpora reused from <DIR>/corpus-<n>, job outputs, bench-report.{md,json}"
          + " (default ${DEFAULT-VALUE}).")
  Path work;
  @Option(names = "--real", paramLabel = "PATH", defaultValue = "../shared/data/corpus/whitehouse_2022_2023.parquet",
      description = "Real corpus to run on too, skipped with a message when absent (default ${DEFAULT-VALUE}).")
  String real;
  @Option(names = "--naive-max", paramLabel = "N",
      description = "Largest corpus (articles) the slow naive pipeline runs on (default: the smallest size).")
  Long naiveMax;
  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*]).")
  String master;
  @Spec
  CommandSpec spec;

  private final Function<String, SparkSession> sessions;

  public BenchCommand() {
    this(master -> SparkSessions.create(ConfigLoader.load(null, List.of()), master));
  }

  /** With a given way to get the session from the --master value (tests pass their shared session). */
  public BenchCommand(Function<String, SparkSession> sessions) {
    this.sessions = sessions;
  }

  @Override
  public Integer call() {
    if (sizes.isEmpty() || Collections.min(sizes) < 1) {
      throw new ParameterException(spec.commandLine(), "--sizes must be positive article counts, got " + sizes);
    }
    long cap = naiveMax != null ? naiveMax : Collections.min(sizes);
    PrintWriter out = spec.commandLine().getOut();
    BenchRunner.Settings settings = new BenchRunner.Settings(sizes, work.toAbsolutePath().normalize(), real, cap);
    BenchReport report = new BenchRunner(sessions.apply(master), settings, out).run();
    report.write(settings.work());
    out.println();
    out.print(report.markdown());
    out.println();
    out.println("report written to " + settings.work().resolve("bench-report.md") + " and bench-report.json");
    out.flush();
    return report.runs.stream().anyMatch(BenchRun::failed) ? RunOutcome.FAILED : RunOutcome.OK;
  }
}
