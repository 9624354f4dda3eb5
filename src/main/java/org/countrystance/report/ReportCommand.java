package org.countrystance.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.countrystance.SparkSessions;
import org.countrystance.config.ConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `report`: reads the published tables and writes one self-contained HTML page of charts and evidence. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write an HTML report (stance by day per topic with evidence sentences, tone of top countries).")
public final class ReportCommand implements Callable<Integer> {
  /** The topics a report shows when none is asked for (ids fixed by the topic catalogue). */
  public static final List<String> DEFAULT_TOPICS = List.of("ukraine-war", "israel-gaza", "climate-action");

  @Option(names = "--output", paramLabel = "PATH", required = true, description = "Output root of the tables.")
  String output;
  @Option(names = "--to", paramLabel = "FILE", description = "HTML file to write (default <output>/report.html).")
  Path to;
  @Option(names = "--topic", paramLabel = "ID", description = "Topic to show (repeatable; default all).")
  List<String> topics = new ArrayList<>();
  @Option(names = "--days", paramLabel = "N", defaultValue = "366", description = "Last N days with data (default ${DEFAULT-VALUE}).")
  int days;
  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*]).")
  String master;

  @Override
  public Integer call() throws IOException {
    SparkSession spark = SparkSessions.create(ConfigLoader.load(null, List.of()), master);
    Path written = write(spark);
    System.out.println("report written to " + written.toAbsolutePath());
    return 0;
  }

  /** Reads the tables with the given session and writes the page; returns where. */
  public Path write(SparkSession spark) throws IOException {
    Path target = to != null ? to : Path.of(output, "report.html");
    ReportData.Limits limits = new ReportData.Limits(days, ReportData.Limits.DEFAULT.countriesPerTopic(),
        ReportData.Limits.DEFAULT.evidencePerRow(), ReportData.Limits.DEFAULT.toneCountries());
    ReportInput input = new ReportData(spark, output).load(topics, limits, "Country stance report");
    List<String> shown = new ArrayList<>(topics);
    if (shown.isEmpty()) {
      shown.addAll(DEFAULT_TOPICS);
      for (ReportInput.StanceRow r : input.stance()) if (!shown.contains(r.topic())) shown.add(r.topic());
    }
    if (target.toAbsolutePath().getParent() != null) Files.createDirectories(target.toAbsolutePath().getParent());
    Files.writeString(target, HtmlReport.render(input, shown), StandardCharsets.UTF_8);
    return target;
  }
}
