package org.countrystance.country;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Phoenix/TABARI country actor dictionary (openeventdata/petrarch2, MIT): blocks of a name line,
 * "+alias" lines and "[CODE dates]" lines. Country blocks carry a bare ISO3 code ("[UKR >911221]"),
 * institution blocks an undated state-sector code ("[RUSGOV]"), officials dated state codes
 * ("[RUSGOV 991231-080507]"). Only used by {@link GazetteerBuilder}.
 */
final class PhoenixDictionary {
  /** The file's facts stop here: an open-ended term is closed at this date unless curated rows extend it. */
  static final LocalDate FILE_DATE = LocalDate.of(2014, 1, 30);
  private static final Pattern CODE = Pattern.compile("\\[([A-Z]{3})([A-Z]*)\\s*([^\\]]*)\\]");
  private static final Pattern STATE_SECTOR = Pattern.compile("(GOV|MIL|LEG|JUD|COP|SPY)[A-Z]*");

  record Term(LocalDate from, LocalDate to) {}

  /** One block: its names (as written in the file, underscores for spaces) and parsed codes. */
  record Block(List<String> names, String country, boolean isCountry, boolean isInstitution, List<Term> govTerms) {}

  static List<Block> read(Path file) throws IOException {
    List<Block> blocks = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
      String l = stripComment(line);
      if (l.isBlank()) {
        continue;
      }
      boolean nameLine = Character.isLetterOrDigit(l.charAt(0));
      if (nameLine && !codes.isEmpty()) {
        blocks.add(block(names, codes));
        names = new ArrayList<>();
        codes = new ArrayList<>();
      }
      if (nameLine || l.startsWith("+")) {
        String n = (l.startsWith("+") ? l.substring(1) : l).replaceAll("\\[.*", "").trim();
        if (!n.isEmpty()) {
          names.add(n);
        }
      }
      Matcher m = CODE.matcher(l);
      while (m.find()) {
        codes.add(m.group(0));
      }
    }
    if (!codes.isEmpty()) {
      blocks.add(block(names, codes));
    }
    return blocks;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash >= 0 ? line.substring(0, hash) : line;
  }

  private static Block block(List<String> names, List<String> codes) {
    String country = null;
    boolean isCountry = false;
    boolean institution = true;
    List<Term> gov = new ArrayList<>();
    for (String c : codes) {
      Matcher m = CODE.matcher(c);
      if (!m.find()) {
        continue;
      }
      String sector = m.group(2);
      String dates = m.group(3).trim();
      if (sector.isEmpty()) {
        isCountry = true;
        country = m.group(1);
        institution = false;
      } else if (STATE_SECTOR.matcher(sector).matches()) {
        country = country == null || !isCountry ? m.group(1) : country;
        if (dates.isEmpty()) {
          continue;
        }
        institution = false;
        Term t = term(dates);
        if (t != null && sector.startsWith("GOV")) {
          gov.add(t);
        }
      } else {
        institution = false;
      }
    }
    boolean isInstitution = institution && country != null && !isCountry;
    return new Block(List.copyOf(names), country, isCountry, isInstitution, gov);
  }

  /** "641014-821110", "19390322-19641116", ">20121115", "<910824"; open ends after the file date are capped. */
  static Term term(String dates) {
    String d = dates.replace(" ", "");
    try {
      if (d.startsWith(">")) {
        return new Term(date(d.substring(1)), FILE_DATE);
      }
      if (d.startsWith("<")) {
        return new Term(null, date(d.substring(1)));
      }
      String[] p = d.split("-");
      return p.length == 2 ? new Term(date(p[0]), date(p[1])) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static LocalDate date(String s) {
    if (s.length() == 8) {
      return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
          Integer.parseInt(s.substring(6, 8)));
    }
    if (s.length() == 6) {
      int yy = Integer.parseInt(s.substring(0, 2));
      int year = yy <= 14 ? 2000 + yy : 1900 + yy;
      return LocalDate.of(year, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
    }
    throw new IllegalArgumentException("unreadable Phoenix date " + s);
  }

  /** "RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN_" -> "Russian President Vladimir V. Putin". */
  static String surface(String phoenixName) {
    String s = phoenixName.replace('_', ' ').replaceAll("\\s+", " ").trim();
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.contains(".") && w.length() <= 6 ? w : titleCase(w));
    }
    return b.toString();
  }

  private static String titleCase(String w) {
    StringBuilder b = new StringBuilder(w.length());
    boolean upper = true;
    for (char c : w.toCharArray()) {
      b.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
      upper = c == '-';
    }
    return b.toString();
  }
}
