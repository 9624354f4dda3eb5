package org.countrystance.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.countrystance.country.CountryAnnotator;
import org.countrystance.country.Gazetteer;
import org.countrystance.country.RoledMention;

/**
 * Share of CLIFF's hand-coded pages (nyt.json, bbc.json: scraped with boilerplate, focus country as ISO2)
 * whose most-mentioned country is the focus country, scored two ways: strict (one country per page, ties go
 * to the first mentioned) and by CLIFF's own protocol, under which its 95% was measured: CLIFF's
 * frequency-of-mention focus returns every country tied for the top count, and its checker counts a page
 * right when the hand-coded country is among them. Pages without a hand code are not scored (CLIFF's checker
 * counts them as right; leaving them out is the stricter choice). The pages are from January-February 2012,
 * so leaders are matched as of {@link #PAGE_DATE}.
 */
public final class CliffFocusEvaluation {
  static final LocalDate PAGE_DATE = LocalDate.of(2012, 2, 1);
  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

  /**
   * The shares, and the strict misses ("file id: gold vs predicted") for reading the errors; {@code
   * correctAmongTied} counts the pages whose hand-coded country is among those tied for the top count.
   */
  public record Result(int scored, int correct, int correctAmongTied, List<String> misses) {
    public double share() {
      return scored == 0 ? 0 : (double) correct / scored;
    }

    /** The share by CLIFF's protocol: the hand-coded country is among the countries tied for the top count. */
    public double shareAmongTied() {
      return scored == 0 ? 0 : (double) correctAmongTied / scored;
    }
  }

  private CliffFocusEvaluation() {}

  /** Scores every {@code *.json} page file given (e.g. nyt.json and bbc.json of the CLIFF test resources). */
  public static Result evaluate(List<Path> files, CountryAnnotator annotator, Gazetteer gazetteer) throws IOException {
    int scored = 0;
    int correct = 0;
    int amongTied = 0;
    List<String> misses = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (Path f : files) {
      for (JsonNode page : json.readTree(f.toFile())) {
        String iso2 = page.path("handCodedCountryCode").asText("");
        if (iso2.isEmpty()) {
          continue;
        }
        scored++;
        String gold = gazetteer.iso3OfIso2(iso2);
        List<String> top = mostMentioned(decode(page.path("text").asText("")), annotator);
        String predicted = top.isEmpty() ? null : top.get(0);
        if (gold != null && gold.equals(predicted)) {
          correct++;
        } else {
          misses.add(f.getFileName() + " " + page.path("mediacloudId").asText() + ": gold " + gold + " predicted "
              + predicted + (top.size() > 1 ? " (tied: " + top + ")" : ""));
        }
        if (gold != null && top.contains(gold)) {
          amongTied++;
        }
      }
    }
    return new Result(scored, correct, amongTied, misses);
  }

  /** The countries tied for the most mentions, in order of first mention (empty when none is mentioned). */
  static List<String> mostMentioned(String text, CountryAnnotator annotator) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (CountryAnnotator.SentenceMentions s : annotator.annotate(text, PAGE_DATE)) {
      for (RoledMention m : s.mentions()) {
        counts.merge(m.iso3(), 1, Integer::sum);
      }
    }
    int max = counts.values().stream().max(Integer::compare).orElse(0);
    return counts.entrySet().stream().filter(e -> e.getValue() == max).map(Map.Entry::getKey).toList();
  }

  /** The pages keep HTML character references ("&#x2019;"); decode the numeric ones and the common named ones. */
  static String decode(String html) {
    Matcher m = NUMERIC_ENTITY.matcher(html);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
      m.appendReplacement(b, Matcher.quoteReplacement(new String(Character.toChars(code))));
    }
    m.appendTail(b);
    return b.toString().replace("&amp;", "&").replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&nbsp;", " ");
  }
}
