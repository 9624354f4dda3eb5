package org.countrystance.it;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.countrystance.tables.CountryDailyTable;
import org.countrystance.testing.ChildJvm;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.ItRuns;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 7.7: with a 1 GB driver heap and spark.driver.maxResultSize=16m the job finishes on a corpus
 * where China on 2023-01-05 holds 80% of all mentions. The peak heap after GC is printed.
 */
class BoundedMemoryIT {
  private static final String[] VERBS = {"criticised", "praised", "questioned", "welcomed", "rejected", "discussed",
      "examined", "defended", "opposed", "supported", "reviewed", "announced", "delayed", "signed", "debated"};
  private static final String[] NOUNS = {"tariffs", "the summit", "export rules", "a loan", "the treaty", "sanctions",
      "the pipeline", "grain deals", "a port project", "chip controls", "fishing rights", "the talks", "a rail link",
      "new visas", "the budget", "solar panels", "rare earths", "shipping lanes", "bond sales", "the census"};

  /** 1,500 articles of 30 varied sentences: 80% about China on 2023-01-05, the rest about France on other days. */
  private static Path skewedCorpus() throws Exception {
    Random rng = new Random(7);
    InputFixtures f = new InputFixtures();
    for (int i = 0; i < 1500; i++) {
      boolean skewed = i < 1200;
      String country = skewed ? "China" : "France";
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 30; s++) {
        text.append(country).append(' ').append(VERBS[rng.nextInt(VERBS.length)]).append(' ')
            .append(NOUNS[rng.nextInt(NOUNS.length)]).append(" and ").append(NOUNS[rng.nextInt(NOUNS.length)])
            .append(" on day ").append(rng.nextInt(1000)).append(". ");
      }
      String day = skewed ? "2023-01-05" : "2023-01-0" + (1 + rng.nextInt(4));
      f.add("skew-" + i, country + " report " + i, text.toString(), day + "T" + String.format("%02d", rng.nextInt(24)) + ":00:00Z");
    }
    return f.write(SparkTestSession.get(), ItRuns.work("skewed-corpus"));
  }

  @Test
  void oneGigabyteOfDriverHeapSufficesWhenOneDayAndCountryHoldEightyPercentOfMentions() throws Exception {
    Path corpus = skewedCorpus();
    Path out = ItRuns.work("skewed-out");
    Path log = ItRuns.work("skewed.log");
    Path gc = ItRuns.work("skewed-gc.log");
    int code = ChildJvm.runCli(log, List.of("-Xmx1g", "-Xlog:gc:file=" + gc),
        "run", "--input", corpus.toString(), "--output", out.toString(), "--master", "local[2]",
        "--set", "spark.conf.\"spark.driver.maxResultSize\"=16m");
    assertEquals(0, code, "see " + log);

    Row totals = SparkTestSession.get().read().schema(CountryDailyTable.SCHEMA)
        .parquet(out.resolve(CountryDailyTable.NAME).toString())
        .agg(sum(when(col(CountryDailyTable.COUNTRY).equalTo("CHN")
                .and(col(CountryDailyTable.PUBLISHED_DATE).equalTo(lit("2023-01-05").cast("date"))), col(CountryDailyTable.MENTIONS))),
            sum(col(CountryDailyTable.MENTIONS))).first();
    double share = (double) totals.getLong(0) / totals.getLong(1);
    assertTrue(share >= 0.75, "the corpus is skewed as intended: " + share);
    long peak = 0;
    Matcher m = Pattern.compile("(\\d+)M->\\d+M\\(").matcher(Files.readString(gc));
    while (m.find()) peak = Math.max(peak, Long.parseLong(m.group(1)));
    System.out.printf("BoundedMemoryIT: %d mentions, %.0f%% on CHN 2023-01-05, peak heap before GC %d MB of 1024 MB%n",
        totals.getLong(1), 100 * share, peak);
    Files.writeString(ItRuns.work("skewed-peak-heap.txt"), peak + " MB\n");
  }
}
