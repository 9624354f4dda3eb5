package org.countrystance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.countrystance.config.ConfTable;
import org.countrystance.country.Gazetteer;
import org.countrystance.country.GazetteerEntry;
import org.countrystance.country.MentionKind;

/**
 * The project's own tables rewritten in the formats Spark NLP's rule annotators read: the gazetteer's
 * surfaces as a TextMatcher phrase list, the tone lexicon as a SentimentDetector dictionary.
 */
public final class NaiveResources {
  /** Separator of word and tag in the sentiment dictionary (no lexicon token holds a tab). */
  public static final String DICTIONARY_DELIMITER = "\t";

  private NaiveResources() {}

  /** Every distinct surface that refers to a country (names, demonyms, capitals, ..., leaders); no blocks. */
  public static List<String> entityPhrases(Gazetteer gazetteer) {
    Set<String> phrases = new LinkedHashSet<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.kind() != MentionKind.BLOCK && !e.surface().isBlank()) phrases.add(e.surface().trim());
    }
    return new ArrayList<>(phrases);
  }

  /**
   * Word to tag in SentimentDetector's vocabulary: positive or negative by the sign of the valence
   * (VADER, then AFINN, then news valence overriding, as the tone lexicon merges them), increment or
   * decrement for intensifiers and dampeners, revert for negators. {@code confDir} null = the jar's tables.
   */
  public static Map<String, String> sentimentTags(Path confDir) {
    Function<String, List<String[]>> table = confDir == null ? ConfTable::orderedDefault
        : rel -> ConfTable.ordered(org.countrystance.config.RuleTables.local(confDir), rel);
    Map<String, String> tags = new LinkedHashMap<>();
    for (String file : List.of("lexicon/valence.tsv", "lexicon/afinn_valence.tsv", "lexicon/news_valence.tsv")) {
      for (String[] r : table.apply(file)) {
        double v = ConfTable.number(r, 1, file);
        if (v != 0) tags.put(key(r[0]), v > 0 ? "positive" : "negative");
      }
    }
    for (String[] r : table.apply("lexicon/modifiers.tsv")) {
      tags.put(key(r[0]), ConfTable.number(r, 1, "modifiers.tsv") >= 0 ? "increment" : "decrement");
    }
    for (String[] r : table.apply("lexicon/negations.tsv")) {
      tags.put(key(r[0]), "revert");
    }
    tags.remove("");
    return tags;
  }

  /** Writes one phrase per line (TextMatcher's TEXT format). */
  public static Path writeEntities(List<String> phrases, Path file) {
    return write(file, String.join("\n", phrases) + "\n");
  }

  /** Writes {@code word<TAB>tag} lines (SentimentDetector's TEXT format with a delimiter). */
  public static Path writeDictionary(Map<String, String> tags, Path file) {
    StringBuilder b = new StringBuilder();
    tags.forEach((word, tag) -> b.append(word).append(DICTIONARY_DELIMITER).append(tag).append('\n'));
    return write(file, b.toString());
  }

  // SentimentDetector compares lower-cased tokens with the keys, so keys are lower-cased too.
  private static String key(String token) {
    return token.trim().toLowerCase(Locale.ROOT);
  }

  private static Path write(Path file, String content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
