package org.countrystance.eval;

import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.AnnotatorType;
import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserModel;
import com.johnsnowlabs.nlp.annotators.parser.typdep.TypedDependencyParserModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Speed of the saved Spark NLP dependency models (from {@link UdParserEvaluation}) the way Spark NLP is
 * normally run: {@code transform} over a DataFrame holding one EWT test sentence per row (gold tokens and
 * UPOS as annotation columns), on {@code local[1]}, timed warm. Compare with the per-sentence calls
 * without a DataFrame that {@link UdParserEvaluation} times.
 *
 * <pre>java -cp ... org.countrystance.eval.UdParserDataFrameSpeed &lt;ud-dir&gt; &lt;model-dir&gt;</pre>
 */
public final class UdParserDataFrameSpeed {
  private UdParserDataFrameSpeed() {}

  public static void main(String[] args) throws IOException {
    List<UdTreebank.Sentence> test = UdTreebank.read(Path.of(args[0]).resolve("en_ewt-ud-test.conllu"));
    Path models = Path.of(args[1]);
    SparkSession spark = SparkSession.builder().master("local[1]").appName("ud-parser-dataframe-speed")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      Dataset<Row> sentences = sentences(spark, test).cache();
      sentences.count();
      DependencyParserModel unlabelled = DependencyParserModel.read().load(models.resolve("dependency").toString());
      unlabelled.setInputCols(new String[] {"document", "pos", "token"});
      unlabelled.setOutputCol("dependency");
      Dataset<Row> parsed = unlabelled.transform(sentences);
      time(parsed, "dependency", test.size());
      Path typedDir = models.resolve("typed-dependency");
      if (Files.isDirectory(typedDir)) {
        TypedDependencyParserModel typed = TypedDependencyParserModel.read().load(typedDir.toString());
        typed.setInputCols(new String[] {"token", "pos", "dependency"});
        typed.setOutputCol("relation");
        time(typed.transform(parsed), "relation", test.size());
      }
    } finally {
      spark.stop();
    }
  }

  /** Writes the column to Spark's no-op sink twice (the first round warms up) and prints both. */
  private static void time(Dataset<Row> parsed, String column, int sentences) {
    for (int round = 1; round <= 2; round++) {
      long t0 = System.nanoTime();
      long c0 = processCpuNanos();
      parsed.select(column).write().format("noop").mode("overwrite").save();
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpu = (processCpuNanos() - c0) / 1e9;
      System.out.printf("DataFrame transform up to %s, round %d: %d sentences in %.1f s, %.0f sentences/s"
          + " (%.0f per second of the JVM's CPU time)%n", column, round, sentences, seconds, sentences / seconds,
          sentences / cpu);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** One row per sentence: document, token and pos columns carrying Spark NLP's annotation type. */
  static Dataset<Row> sentences(SparkSession spark, List<UdTreebank.Sentence> test) {
    String[] columns = {"document", "token", "pos"};
    StructType schema = new StructType();
    for (String c : columns) {
      schema = schema.add(c, DataTypes.createArrayType(Annotation.dataType()));
    }
    List<Row> rows = new ArrayList<>();
    for (UdTreebank.Sentence s : test) {
      List<Annotation> all = SparkNlpSentenceParser.annotations(s.forms(), s.upos());
      rows.add(RowFactory.create(rows(all, AnnotatorType.DOCUMENT()), rows(all, AnnotatorType.TOKEN()),
          rows(all, AnnotatorType.POS())));
    }
    Dataset<Row> df = spark.createDataFrame(rows, schema);
    Column[] typed = new Column[columns.length];
    for (int i = 0; i < columns.length; i++) {
      typed[i] = df.col(columns[i]).as(columns[i],
          new MetadataBuilder().putString("annotatorType", columns[i]).build());
    }
    return df.select(typed);
  }

  private static List<Row> rows(List<Annotation> annotations, String type) {
    List<Row> rows = new ArrayList<>();
    for (Annotation a : annotations) {
      if (a.annotatorType().equals(type)) {
        rows.add(RowFactory.create(a.annotatorType(), a.begin(), a.end(), a.result(),
            JavaConverters.mapAsJavaMapConverter(a.metadata()).asJava(), a.embeddings()));
      }
    }
    return rows;
  }
}
