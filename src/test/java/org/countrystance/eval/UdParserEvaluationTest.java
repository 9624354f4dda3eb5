package org.countrystance.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UdParserEvaluationTest {
  private static final String TREEBANK = String.join("\n",
      "# text = Russia's envoy criticised Ukraine.",
      "1-2\tRussia's\t_\t_\t_\t_\t_\t_\t_\t_",
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_",
      "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_",
      "3\tenvoy\tenvoy\tNOUN\tNN\t_\t4\tnsubj\t_\t_",
      "4\tcriticised\tcriticise\tVERB\tVBD\t_\t0\troot\t_\t_",
      "4.1\tsaid\tsay\tVERB\tVBD\t_\t_\t_\t4:conj\t_",
      "5\tUkraine\tUkraine\tPROPN\tNNP\t_\t4\tobj\t_\t_",
      "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
      "",
      "1\tChina\tChina\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
      "2\tsupports\tsupport\tVERB\tVBZ\t_\t0\troot\t_\t_",
      "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_",
      "4\tplan\tplan\tNOUN\tNN\t_\t2\tobj\t_\t_",
      "",
      "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_",
      "2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_",
      "3\twarned\twarn\tVERB\tVBN\t_\t0\troot\t_\t_",
      "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_",
      "5\tFrance\tFrance\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_",
      "",
      "");

  private static List<UdTreebank.Sentence> fixture(Path dir) throws IOException {
    return UdTreebank.read(Files.writeString(dir.resolve("t.conllu"), TREEBANK, StandardCharsets.UTF_8));
  }

  @Test
  void readsSyntacticWordsOnlySkippingMultiWordTokensAndEmptyNodes(@TempDir Path dir) throws IOException {
    List<UdTreebank.Sentence> sentences = fixture(dir);
    assertEquals(3, sentences.size());
    assertArrayEquals(new String[] {"Russia", "'s", "envoy", "criticised", "Ukraine", "."}, sentences.get(0).forms());
    assertArrayEquals(new int[] {3, 1, 4, 0, 4, 4}, sentences.get(0).heads());
    assertEquals("obl:agent", sentences.get(2).relations()[4]);
    assertEquals("VBN", sentences.get(2).xpos()[2]);
  }

  @Test
  void writesUposIntoTheXposColumnAndTheLowerCasedFormAsLemma(@TempDir Path dir) throws IOException {
    List<UdTreebank.Sentence> sentences = fixture(dir);
    Path out = dir.resolve("out.conllu");
    UdTreebank.write(sentences, out, true);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("1\tRussia\trussia\tPROPN\tPROPN\t_\t3\tnmod:poss\t_\t_", lines.get(0));
    assertEquals(6 + 1 + 4 + 1 + 5 + 1, lines.size());
    assertEquals(UdTreebank.read(out).get(2).heads()[4], 3);
  }

  @Test
  void aParserTrainedOnAFewSentencesGivesTheirTreesBackThroughPlainJavaCalls(@TempDir Path dir) throws IOException {
    List<UdTreebank.Sentence> sentences = fixture(dir);
    Path train = dir.resolve("train.conllu");
    UdTreebank.write(sentences, train, true);
    DependencyParserModel model = UdParserEvaluation.trainUnlabelled(SparkTestSession.get(), train, 15);
    UdParserEvaluation.Score s =
        UdParserEvaluation.score(sentences, new SparkNlpSentenceParser(model, null), UdTreebank.Sentence::upos);
    assertEquals(15, s.words());
    // A word-index slip between the annotations and the tree (0- vs 1-based heads, the root) gets most
    // heads wrong; the greedy parser itself may still miss one of its training words (it attaches
    // "Ukraine" to the full stop here).
    assertTrue(s.headRight() >= 13, "heads right of 15 training words: " + s.headRight());
    assertEquals(0, s.labelledRight(), "no typed model: no relation named");
  }
}
