package org.countrystance.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Universal Dependencies CoNLL-U treebank read as sentences of syntactic words: forms, both tag
 * columns and the basic tree (head and relation per word). Multi-word token lines ("3-4") and empty
 * nodes ("8.1") are skipped: the basic tree is over the syntactic words only.
 */
public final class UdTreebank {
  /** One sentence; {@code heads[i]} is 1-based (0 for the root), as in the file. */
  public record Sentence(String[] forms, String[] upos, String[] xpos, int[] heads, String[] relations) {
    public int size() {
      return forms.length;
    }
  }

  private UdTreebank() {}

  public static List<Sentence> read(Path conllu) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        if (!rows.isEmpty()) {
          sentences.add(sentence(rows));
          rows.clear();
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 10) {
        throw new IOException(conllu + " line " + lineNumber + ": expected 10 tab-separated columns, got " + c.length);
      }
      if (!c[0].contains("-") && !c[0].contains(".")) {
        rows.add(c);
      }
    }
    if (!rows.isEmpty()) {
      sentences.add(sentence(rows));
    }
    return sentences;
  }

  private static Sentence sentence(List<String[]> rows) {
    int n = rows.size();
    Sentence s = new Sentence(new String[n], new String[n], new String[n], new int[n], new String[n]);
    for (int i = 0; i < n; i++) {
      String[] c = rows.get(i);
      s.forms()[i] = c[1];
      s.upos()[i] = c[3];
      s.xpos()[i] = c[4];
      s.heads()[i] = Integer.parseInt(c[6]);
      s.relations()[i] = c[7];
    }
    return s;
  }

  /**
   * Writes the sentences back as CoNLL-U with syntactic words only, the form Spark NLP's CoNLL-U readers
   * accept (both parse every line's head as a number, so a multi-word token line stops them). With
   * {@code uposInBothTagColumns} the UPOS tag also fills the XPOS column, which is the one Spark NLP's
   * unlabelled parser learns from, so that both parsers are trained on, and later fed, the same UPOS tags.
   * The lemma column holds the lower-cased form, which is what the typed parser is given as lemma when it
   * annotates.
   */
  public static void write(List<Sentence> sentences, Path out, boolean uposInBothTagColumns) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Sentence s : sentences) {
        for (int i = 0; i < s.size(); i++) {
          String xpos = uposInBothTagColumns ? s.upos()[i] : s.xpos()[i];
          String lemma = s.forms()[i].toLowerCase(Locale.ROOT);
          w.write((i + 1) + "\t" + s.forms()[i] + "\t" + lemma + "\t" + s.upos()[i] + "\t" + xpos + "\t_\t"
              + s.heads()[i] + "\t" + s.relations()[i] + "\t_\t_\n");
        }
        w.write("\n");
      }
    }
  }
}
