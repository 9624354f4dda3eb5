package org.countrystance.country;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.countrystance.config.ConfTable;

/**
 * The builders' test for "this name is also something else": lower-case English words (a spelling word
 * list such as Debian's {@code /usr/share/dict/words}: "reading", "mobile", "china") and person names (the
 * first names and surnames of datafaker's {@code en/name.yml}, and the words of the leaders' names in
 * {@code leaders.tsv} that are no country surface: "Jackson", "Florence", "Jordan"). Keys are normalised
 * like {@link Tokens}.
 */
final class CommonWords {
  private static final Set<String> NAME_LISTS = Set.of("male_first_name:", "female_first_name:", "last_name:");

  private final Set<String> words;
  private final Set<String> names;

  CommonWords(Set<String> words, Set<String> names) {
    this.words = Set.copyOf(words);
    this.names = Set.copyOf(names);
  }

  /** The word list (only its all-lower-case lines), the name lists of a datafaker name.yml, and the leaders table. */
  static CommonWords load(Path wordList, Path nameYml, Path confDir) throws IOException {
    Set<String> words = new HashSet<>();
    for (String line : Files.readAllLines(wordList, StandardCharsets.UTF_8)) {
      String w = line.trim();
      if (!w.isEmpty() && w.equals(w.toLowerCase(java.util.Locale.ROOT)) && !w.endsWith("'s")) {
        words.add(GazetteerBuilder.key(w));
      }
    }
    Set<String> names = new HashSet<>();
    boolean inList = false;
    for (String line : Files.readAllLines(nameYml, StandardCharsets.UTF_8)) {
      String t = line.trim();
      if (t.endsWith(":")) {
        inList = NAME_LISTS.contains(t);
      } else if (inList && t.startsWith("- ")) {
        names.add(GazetteerBuilder.key(t.substring(2).replace("\"", "")));
      }
    }
    ConfTable aliases = ConfTable.read(confDir, Gazetteer.ALIASES);
    Set<String> countrySurfaces = new HashSet<>();
    for (String[] r : aliases.rows()) {
      countrySurfaces.add(GazetteerBuilder.key(ConfTable.cell(r, aliases.column("surface"))));
    }
    ConfTable leaders = ConfTable.read(confDir, Gazetteer.LEADERS);
    int surface = leaders.column("surface");
    for (String[] r : leaders.rows()) {
      Tokens t = Tokens.of(ConfTable.cell(r, surface));
      for (int i = 0; i < t.size(); i++) {
        // "Russian President Mikhail Gorbachev", "Moscow Mayor ...": a country word in a title is no name
        if (t.size() > 1 && t.key(i).length() >= 3 && t.isCapitalised(i) && !countrySurfaces.contains(t.key(i))) {
          names.add(t.key(i));
        }
      }
    }
    return new CommonWords(words, names);
  }

  boolean isWord(String key) {
    return words.contains(key);
  }

  boolean isName(String key) {
    return names.contains(key);
  }

  /** True when every token of the phrase is a common word or a person name ("Reading", "Long Beach", "Jackson"). */
  boolean everyTokenOrdinary(List<String> keys) {
    return keys.stream().allMatch(k -> isWord(k) || isName(k));
  }

  /** True when every token of the phrase is a common word ("Centre", "Eastern Province", "Upper River"). */
  boolean everyTokenWord(List<String> keys) {
    return keys.stream().allMatch(this::isWord);
  }
}
