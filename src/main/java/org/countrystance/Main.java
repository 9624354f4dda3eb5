package org.countrystance;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: `run` the job, `generate` a sample corpus, and the report/eval/bench tools. */
@Command(name = "country-stance", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Country mentions, tone and stated stance in scraped news, aggregated by day.",
    subcommands = {RunCommand.class, GenerateCommand.class, org.countrystance.report.ReportCommand.class,
        org.countrystance.eval.EvalCommand.class, org.countrystance.bench.BenchCommand.class, TrainCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  public static void main(String[] args) {
    int code = execute(args);
    String failure = yarnClusterFailure(code, System.getProperty("spark.master"),
        System.getProperty("spark.submit.deployMode"));
    // YARN's application master reports an exception from main as the application's final status and
    // diagnostics ("User class threw exception: ..."); a System.exit there is only "shutdown hook
    // called before final status was reported". Kubernetes and standalone report the exit code itself.
    if (failure != null) throw new IllegalStateException(failure);
    System.exit(code);
  }

  /** The message that fails a YARN cluster-mode application for a non-zero exit code, else null. */
  static String yarnClusterFailure(int code, String master, String deployMode) {
    if (code == RunOutcome.OK || !"yarn".equals(master) || !"cluster".equals(deployMode)) return null;
    return "country-stance " + RunOutcome.describe(code) + " (exit code " + code
        + "); the driver log and the run manifest _runs/<run_id>.json say why";
  }

  /** Runs a command line and returns the exit code (what tests call instead of main). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("error: " + e.getMessage());
      return RunOutcome.FAILED;
    });
    cli.setExitCodeExceptionMapper(e -> RunOutcome.USAGE);
    return cli.execute(args);
  }

  /** The same version string as every run's manifest ({@link BuildInfo}). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"country-stance " + BuildInfo.VERSION};
    }
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
