package org.countrystance.clean;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.countrystance.tables.ArticlesTable;

/**
 * The cleaning stage: ingested articles to cleaned articles (title, text and detected language
 * replaced) plus {@link ArticlesTable#CLEANING_COLUMNS}. Title affixes are learned over the whole
 * input first (one small aggregation), then each partition builds one {@link ArticleCleaner}.
 */
public final class CleanStage {
  private CleanStage() {}

  public static Dataset<Row> apply(Dataset<Row> ingested, CleaningRules rules) {
    requireSchema(ingested.schema());
    Dataset<Row> input = ingested.select(columns(ArticlesTable.INGESTED));
    Map<String, Set<String>> affixes =
        TitleAffixLearner.learn(input, rules.titleAffixMinTitles, rules.titleAffixMinShare);
    Broadcast<HashMap<String, Set<String>>> shared = JavaSparkContext
        .fromSparkContext(ingested.sparkSession().sparkContext())
        .broadcast(new HashMap<>(affixes));
    return input.mapPartitions(new CleanPartition(rules, shared), Encoders.row(outputSchema()));
  }

  /** INGESTED followed by CLEANING_COLUMNS. */
  public static StructType outputSchema() {
    StructType s = ArticlesTable.INGESTED;
    for (StructField f : ArticlesTable.CLEANING_COLUMNS.fields()) s = s.add(f);
    return s;
  }

  static void requireSchema(StructType actual) {
    for (StructField expected : ArticlesTable.INGESTED.fields()) {
      StructField got = null;
      for (StructField f : actual.fields()) if (f.name().equals(expected.name())) got = f;
      if (got == null || !got.dataType().equals(expected.dataType())) {
        throw new IllegalArgumentException("clean: expected column " + expected.name() + " "
            + expected.dataType().simpleString() + ", got "
            + (got == null ? "no such column" : got.dataType().simpleString()) + " in " + actual.simpleString());
      }
    }
  }

  private static Column[] columns(StructType schema) {
    List<Column> cols = new ArrayList<>();
    for (String name : schema.fieldNames()) cols.add(col(name));
    return cols.toArray(new Column[0]);
  }

  /** Cleans the rows of one partition with one cleaner. */
  static final class CleanPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final CleaningRules rules;
    private final Broadcast<HashMap<String, Set<String>>> affixes;

    CleanPartition(CleaningRules rules, Broadcast<HashMap<String, Set<String>>> affixes) {
      this.rules = rules;
      this.affixes = affixes;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      ArticleCleaner cleaner = new ArticleCleaner(rules, affixes.value());
      StructType in = ArticlesTable.INGESTED;
      int title = in.fieldIndex(ArticlesTable.TITLE);
      int text = in.fieldIndex(ArticlesTable.TEXT);
      int source = in.fieldIndex(ArticlesTable.SOURCE);
      int language = in.fieldIndex(ArticlesTable.LANGUAGE);
      int width = in.size() + ArticlesTable.CLEANING_COLUMNS.size();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          CleanedArticle c = cleaner.clean(r.getString(title), r.getString(text), r.getString(source));
          Object[] v = new Object[width];
          for (int i = 0; i < in.size(); i++) v[i] = r.get(i);
          v[title] = c.title();
          v[text] = c.text();
          v[language] = chooseLanguage(c.language(), r.getString(language));
          int k = in.size();
          v[k++] = c.repairedSpin();
          v[k++] = c.spinRepairs();
          v[k++] = c.removedBoilerplate();
          v[k++] = c.boilerplateLines();
          v[k++] = c.removedRepeatedParagraph();
          v[k++] = c.cleanedTitle();
          v[k++] = c.reflowed();
          v[k++] = c.decodedMarkup();
          v[k++] = c.repairedChars();
          v[k] = c.badChars();
          return RowFactory.create(v);
        }
      };
    }
  }

  /** The detected language; when detection is unsure, the language the input declared, if any. */
  static String chooseLanguage(String detected, String declared) {
    if (!LanguageIdentifier.UNDETERMINED.equals(detected)) return detected;
    if (declared == null || declared.isBlank()) return detected;
    String d = declared.strip().toLowerCase(java.util.Locale.ROOT);
    int dash = d.indexOf('-');
    return dash > 0 ? d.substring(0, dash) : d;
  }
}
