package org.countrystance.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.countrystance.tables.CountryDailyTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/** country_daily's tone columns are the tone toward the country, not the tone of its sentences. */
class CountryDailyToneTest {
  private static Row toned(Row base, double sentenceTone, double towardCountry) {
    Object[] v = new Object[base.size()];
    for (int i = 0; i < v.length; i++) v[i] = base.get(i);
    v[MentionsTable.SCHEMA.fieldIndex(MentionsTable.TONE)] = sentenceTone;
    v[MentionsTable.SCHEMA.fieldIndex(MentionsTable.MENTION_TONE)] = towardCountry;
    return RowFactory.create(v);
  }

  @Test
  void toneMeanAndSharesAverageTheToneTowardTheCountry() {
    // positive sentences that speak badly of the country: its tone is negative
    List<Row> rows = List.of(
        toned(StanceDailyTest.mention("a1", "a1", "s", 1, null, null), 0.5, -0.6),
        toned(StanceDailyTest.mention("a2", "a2", "s", 1, null, null), 0.5, -0.2));
    Row r = DailyAggregates.countryDaily(SparkTestSession.get().createDataFrame(rows, MentionsTable.SCHEMA)).first();
    assertEquals(-0.4, r.<Double>getAs(CountryDailyTable.TONE_MEAN), 1e-9);
    assertEquals(1.0, r.<Double>getAs(CountryDailyTable.NEGATIVE_SHARE), 1e-9);
    assertEquals(0.0, r.<Double>getAs(CountryDailyTable.POSITIVE_SHARE), 1e-9);
  }
}
