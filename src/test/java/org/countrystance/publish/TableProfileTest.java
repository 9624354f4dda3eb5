package org.countrystance.publish;

import static org.apache.spark.sql.types.DataTypes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/** One pass over a table gives its rows, the keys held by more than one row, and rows lacking a required column. */
class TableProfileTest {
  private static final StructType SHAPE = new StructType().add("day", DateType).add("country", StringType)
      .add("id", StringType).add("n", IntegerType);
  private static final LocalDate D = LocalDate.of(2023, 3, 1);

  private static Dataset<Row> rows(Row... rows) {
    return SparkTestSession.get().createDataFrame(List.of(rows), SHAPE);
  }

  @Test
  void countsRowsKeysHeldMoreThanOnceAndRowsLackingARequiredColumn() {
    Dataset<Row> rows = rows(
        RowFactory.create(D, "CHN", "a", 0), RowFactory.create(D, "CHN", "a", 1),   // key (a, 0) and (a, 1): distinct
        RowFactory.create(D, "RUS", "b", 0), RowFactory.create(D, "RUS", "b", 0),   // (b, 0) twice
        RowFactory.create(null, "RUS", "c", 0), RowFactory.create(D, null, "c", 0), // (c, 0) twice, both lacking
        RowFactory.create(D, "UKR", "c", 0),                                        // (c, 0) a third time
        RowFactory.create(D, "UKR", "d", 0));
    TableProfile p = TableProfile.of(rows, List.of("id", "n"), List.of("day", "country"));
    assertEquals(8, p.rows());
    assertEquals(2, p.duplicateKeys(), "(b, 0) and (c, 0)");
    assertEquals(2, p.incomplete(), "one row without a day, one without a country");

    TableProfile byId = TableProfile.of(rows, List.of("id"), List.of("day"));
    assertEquals(3, byId.duplicateKeys(), "a, b and c");
    assertEquals(1, byId.incomplete());
  }

  @Test
  void withoutAKeyOrRequiredColumnsOnlyRowsAreCounted() {
    Dataset<Row> rows = rows(RowFactory.create(null, null, "a", 0), RowFactory.create(null, null, "a", 0));
    assertEquals(new TableProfile(2, 0, 0), TableProfile.of(rows, List.of(), List.of()));
  }

  @Test
  void anEmptyTableIsAllZeros() {
    assertEquals(new TableProfile(0, 0, 0), TableProfile.of(rows(), List.of("id"), List.of("day")));
    assertEquals(new TableProfile(0, 0, 0), TableProfile.of(rows(), List.of(), List.of("day")));
  }

  @Test
  void severalTablesInOneQueryAreEachProfiledAsAlone() {
    Dataset<Row> a = rows(RowFactory.create(D, "CHN", "a", 0), RowFactory.create(D, "CHN", "a", 0),
        RowFactory.create(null, "RUS", "b", 1));
    Dataset<Row> b = rows(RowFactory.create(D, null, "a", 0), RowFactory.create(D, "UKR", null, 0),
        RowFactory.create(D, "UKR", null, 0));
    Map<String, TableProfile.Shape> shapes = new LinkedHashMap<>();
    shapes.put("a", new TableProfile.Shape(a, List.of("id", "n"), List.of("day")));
    shapes.put("empty", new TableProfile.Shape(rows(), List.of("id"), List.of("day")));
    shapes.put("b", new TableProfile.Shape(b, List.of("id", "day"), List.of("country")));
    shapes.put("nokey", new TableProfile.Shape(a, List.of(), List.of()));
    Map<String, TableProfile> p = TableProfile.of(shapes);
    assertEquals(List.of("a", "empty", "b", "nokey"), List.copyOf(p.keySet()));
    assertEquals(TableProfile.of(a, List.of("id", "n"), List.of("day")), p.get("a"));
    assertEquals(new TableProfile(3, 1, 1), p.get("a"));
    assertEquals(new TableProfile(0, 0, 0), p.get("empty"));
    assertEquals(new TableProfile(3, 1, 1), p.get("b"), "(null id, D) twice: a null key part is one key");
    assertEquals(new TableProfile(3, 0, 0), p.get("nokey"));
  }
}
