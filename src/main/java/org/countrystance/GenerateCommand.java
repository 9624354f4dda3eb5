package org.countrystance;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.PathSafety;
import org.countrystance.sample.GeneratorSettings;
import org.countrystance.sample.SampleCorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `generate`: writes the deterministic synthetic sample corpus (with its truth columns) as Parquet. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a deterministic synthetic corpus of scraped-looking articles (Parquet).")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--output", required = true, paramLabel = "PATH", description = "Folder to write (replaced).")
  String output;
  @Option(names = "--articles", paramLabel = "N", description = "Number of input rows (default ${DEFAULT-VALUE}).")
  long articles = GeneratorSettings.DEFAULT_ARTICLES;
  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed = GeneratorSettings.DEFAULT_SEED;
  @Option(names = "--words", paramLabel = "W", description = "Approximate words per article (default 400).")
  Integer words;
  @Option(names = "--from", paramLabel = "DATE", description = "First publication day (default 2023-01-01).")
  String from;
  @Option(names = "--to", paramLabel = "DATE", description = "Last publication day (default 2023-03-31).")
  String to;
  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*]).")
  String master;

  @Override
  public Integer call() {
    PathSafety.normalise("--output", output, false);
    GeneratorSettings settings = GeneratorSettings.defaults().withArticles(articles).withSeed(seed);
    if (words != null) settings = settings.withWordsPerArticle(words);
    if (from != null || to != null) {
      settings = settings.withDays(from != null ? LocalDate.parse(from) : settings.from(),
          to != null ? LocalDate.parse(to) : settings.to());
    }
    SparkSession spark = SparkSessions.create(ConfigLoader.load(null, List.of()), master);
    long start = System.nanoTime();
    SampleCorpusWriter.write(spark, settings, output);
    System.out.printf("wrote %d articles to %s in %.1f s%n", articles, output, (System.nanoTime() - start) / 1e9);
    return RunOutcome.OK;
  }
}
