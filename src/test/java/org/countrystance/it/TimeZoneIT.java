package org.countrystance.it;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.testing.ChildJvm;
import org.countrystance.testing.ItRuns;
import org.countrystance.testing.OutputSnapshot;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/** Issue 7.6: the JVM's time zone (UTC+14, UTC-10) changes nothing; 23:30 UTC stays on its UTC day. */
class TimeZoneIT {
  private static Path runIn(String zone) throws Exception {
    Path out = ItRuns.work("tz-" + zone.replace('/', '-'));
    Path log = ItRuns.work("tz-" + zone.replace('/', '-') + ".log");
    assertEquals(0, ChildJvm.runCli(log, List.of("-Xmx1500m", "-Duser.timezone=" + zone), ItRuns.runArgs(out)),
        "see " + log);
    return out;
  }

  @Test
  void kiritimatiAndHonoluluProduceTheSameTablesAsTheCleanRun() throws Exception {
    Path clean = ItRuns.cleanOutput();
    Path east = runIn("Pacific/Kiritimati");
    Path west = runIn("Pacific/Honolulu");
    var expected = OutputSnapshot.byDay(clean);
    assertEquals(expected, OutputSnapshot.byDay(east), "UTC+14");
    assertEquals(expected, OutputSnapshot.byDay(west), "UTC-10");
    assertEquals(OutputSnapshot.rejects(clean),
        OutputSnapshot.rejects(west));
    for (Path out : List.of(east, west)) {
      List<Row> late = SparkTestSession.get().read().schema(ArticlesTable.schema())
          .parquet(out.resolve(ArticlesTable.NAME).toString())
          .where(col(ArticlesTable.ARTICLE_ID).isin(ItRuns.LATE_NIGHT_IDS.toArray())).collectAsList();
      assertEquals(3, late.size());
      for (Row r : late) {
        assertEquals(LocalDate.of(2023, 1, 2), r.<LocalDate>getAs(ArticlesTable.PUBLISHED_DATE), r.<String>getAs(ArticlesTable.ARTICLE_ID));
      }
    }
  }
}
