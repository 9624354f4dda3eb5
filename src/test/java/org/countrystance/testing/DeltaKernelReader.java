package org.countrystance.testing;

import io.delta.kernel.Scan;
import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.internal.util.Utils;
import io.delta.kernel.types.BooleanType;
import io.delta.kernel.types.DateType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampType;
import io.delta.kernel.utils.CloseableIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;

/**
 * A second reader of the Delta tables, without Spark: Delta Kernel (io.delta:delta-kernel-defaults)
 * replays a table's _delta_log to the files of one version and reads them with its own Parquet reader.
 * Rows come back rendered like {@link Tables#render}: the values of the chosen columns joined with " | ".
 */
public final class DeltaKernelReader {
  private final Engine engine;

  public DeltaKernelReader(Configuration hadoop) {
    this.engine = DefaultEngine.create(hadoop);
  }

  /** The table's current version, as its log says. */
  public long latestVersion(String table) {
    return Table.forPath(engine, table).getLatestSnapshot(engine).getVersion(engine);
  }

  /** The rendered rows of the table at the version, sorted; the columns must be of an atomic type. */
  public List<String> rows(String table, long version, List<String> columns) {
    Snapshot snapshot = Table.forPath(engine, table).getSnapshotAsOfVersion(engine, version);
    StructType schema = snapshot.getSchema(engine);
    Scan scan = snapshot.getScanBuilder(engine).build();
    Row scanState = scan.getScanState(engine);
    StructType physical = ScanStateRow.getPhysicalDataReadSchema(engine, scanState);
    List<String> out = new ArrayList<>();
    try (CloseableIterator<FilteredColumnarBatch> files = scan.getScanFiles(engine)) {
      while (files.hasNext()) {
        try (CloseableIterator<Row> fileRows = files.next().getRows()) {
          while (fileRows.hasNext()) {
            Row file = fileRows.next();
            CloseableIterator<ColumnarBatch> data = engine.getParquetHandler().readParquetFiles(
                Utils.singletonCloseableIterator(InternalScanFileUtils.getAddFileStatus(file)), physical, Optional.empty());
            try (CloseableIterator<FilteredColumnarBatch> batches = Scan.transformPhysicalData(engine, scanState, file, data)) {
              while (batches.hasNext()) {
                try (CloseableIterator<Row> rows = batches.next().getRows()) {
                  while (rows.hasNext()) out.add(render(rows.next(), schema, columns));
                }
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + table + " at version " + version, e);
    }
    out.sort(null);
    return out;
  }

  private static String render(Row row, StructType schema, List<String> columns) {
    List<Object> values = new ArrayList<>();
    for (String name : columns) {
      int i = schema.indexOf(name);
      if (i < 0) throw new IllegalArgumentException("no column " + name + " in " + schema);
      values.add(value(row, i, schema.at(i)));
    }
    return Tables.render(values);
  }

  private static Object value(Row row, int i, StructField field) {
    if (row.isNullAt(i)) return null;
    var type = field.getDataType();
    if (type instanceof StringType) return row.getString(i);
    if (type instanceof IntegerType) return row.getInt(i);
    if (type instanceof LongType) return row.getLong(i);
    if (type instanceof DoubleType) return row.getDouble(i);
    if (type instanceof BooleanType) return row.getBoolean(i);
    if (type instanceof DateType) return LocalDate.ofEpochDay(row.getInt(i));
    if (type instanceof TimestampType) return Instant.EPOCH.plus(row.getLong(i), ChronoUnit.MICROS);
    throw new IllegalArgumentException(field.getName() + " is of type " + type + ", not compared");
  }
}
