package org.countrystance.aggregate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfTable;
import org.countrystance.config.RuleTables;
import org.countrystance.country.Gazetteer;
import org.countrystance.stance.Position;
import org.countrystance.stance.Topic;
import org.countrystance.stance.TopicCatalog;
import org.countrystance.tables.DimensionTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rows of the dimension tables, from the rule tables the run uses (the jar's conf/ or
 * rules.conf-dir): countries from the gazetteer plus conf/dimensions/regions.tsv, topics from
 * conf/topics.conf, positions from conf/topics.conf plus the labels of conf/dimensions/positions.tsv.
 */
public final class Dimensions {
  private static final Logger LOG = LoggerFactory.getLogger(Dimensions.class);
  static final String REGIONS = "dimensions/regions.tsv";
  static final String POSITION_LABELS = "dimensions/positions.tsv";

  private final Map<String, List<Row>> rows;

  private Dimensions(Map<String, List<Row>> rows) {
    this.rows = rows;
  }

  /** From the run's rule tables (null: the tables in the jar); a table they lack comes from the jar. */
  public static Dimensions load(RuleTables rules) {
    RuleTables r = rules == null ? RuleTables.shipped() : rules;
    return of(Gazetteer.load(r), TopicCatalog.load(r), table(r, REGIONS), table(r, POSITION_LABELS));
  }

  private static List<String[]> table(RuleTables rules, String relative) {
    return rules.names().contains(relative) ? ConfTable.from(rules, relative).rows()
        : ConfTable.orderedDefault(relative);
  }

  static Dimensions of(Gazetteer gazetteer, TopicCatalog topics, List<String[]> regions, List<String[]> labels) {
    Map<String, String[]> regionOf = new HashMap<>();
    for (String[] r : regions) regionOf.put(r[0], r);
    Map<String, String> labelOf = new HashMap<>();
    for (String[] r : labels) labelOf.put(r[0] + "\t" + r[1], r[2]);
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    List<Row> countries = new ArrayList<>();
    TreeSet<String> noRegion = new TreeSet<>();
    for (Gazetteer.Country c : new java.util.TreeMap<>(gazetteer.countries()).values()) {
      String[] region = regionOf.get(c.iso3());
      if (region == null) noRegion.add(c.iso3());
      countries.add(RowFactory.create(c.iso3(), blankToNull(c.iso2()), c.name(),
          region == null ? null : blankToNull(cell(region, 1)), region == null ? null : blankToNull(cell(region, 2))));
    }
    if (!noRegion.isEmpty()) LOG.warn("countries without a row in conf/{}: {}", REGIONS, noRegion);
    List<Row> topicRows = new ArrayList<>();
    List<Row> positions = new ArrayList<>();
    List<String> unlabelled = new ArrayList<>();
    for (Topic t : topics.topics()) {
      topicRows.add(RowFactory.create(t.id(), t.label(), t.target()));
      for (Position p : t.positions()) {
        String label = labelOf.get(t.id() + "\t" + p.id());
        if (label == null) unlabelled.add(t.id() + "/" + p.id());
        positions.add(RowFactory.create(t.id(), p.id(), label == null ? p.id() : label,
            p.polarity().label()));
      }
    }
    if (!unlabelled.isEmpty()) LOG.warn("positions without a label in conf/{} (labelled with their id): {}",
        POSITION_LABELS, unlabelled);
    rows.put(DimensionTables.COUNTRIES, countries);
    rows.put(DimensionTables.TOPICS, topicRows);
    rows.put(DimensionTables.POSITIONS, positions);
    return new Dimensions(rows);
  }

  /** A dimension table's rows (ordered by key). */
  public List<Row> rows(String table) {
    return rows.get(table);
  }

  public Dataset<Row> dataset(SparkSession spark, String table) {
    return spark.createDataFrame(rows(table), DimensionTables.schemaOf(table));
  }

  private static String cell(String[] row, int i) {
    return i < row.length ? row[i].trim() : "";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
