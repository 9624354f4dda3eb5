package org.countrystance.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One topic's stance rows arranged for a chart: countries (most statements first) x time buckets (days,
 * or weeks when the period is long) x positions (favor, against, then neutral), with each cell's evidence.
 */
final class StanceGrid {
  /** Periods longer than this many days are shown per week (Monday start) so bars stay readable. */
  static final int MAX_DAILY_BUCKETS = 45;
  private static final List<String> POLARITY_ORDER = List.of("favor", "against", "neutral");

  record Cell(long statements, double confidenceSum, List<ReportInput.Evidence> evidence) {}

  final String topic;
  final boolean weekly;
  final List<LocalDate> buckets;
  final List<String> countries;
  /** position -> polarity, in stacking order. */
  final Map<String, String> positions;
  private final Map<String, Cell> cells = new LinkedHashMap<>();

  StanceGrid(String topic, List<ReportInput.StanceRow> rows, LocalDate first, LocalDate last, int evidencePerCell) {
    this.topic = topic;
    this.weekly = ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAILY_BUCKETS;
    this.buckets = buckets(first, last, weekly);
    Map<String, Long> totals = new LinkedHashMap<>();
    Map<String, String> polarity = new TreeMap<>();
    for (ReportInput.StanceRow r : rows) {
      totals.merge(r.country(), r.statements(), Long::sum);
      polarity.put(r.position(), r.polarity());
      String key = key(r.country(), bucket(r.day()), r.position());
      Cell c = cells.getOrDefault(key, new Cell(0, 0, new ArrayList<>()));
      List<ReportInput.Evidence> ev = new ArrayList<>(c.evidence());
      for (ReportInput.Evidence e : r.evidence()) if (ev.size() < evidencePerCell) ev.add(e);
      cells.put(key, new Cell(c.statements() + r.statements(),
          c.confidenceSum() + r.meanConfidence() * r.statements(), ev));
    }
    this.countries = totals.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    this.positions = new LinkedHashMap<>();
    polarity.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, String> e) -> rank(e.getValue())).thenComparing(Map.Entry::getKey))
        .forEach(e -> positions.put(e.getKey(), e.getValue()));
  }

  LocalDate bucket(LocalDate day) {
    return weekly ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
  }

  Cell cell(String country, LocalDate bucket, String position) {
    return cells.get(key(country, bucket, position));
  }

  long total(String country, LocalDate bucket) {
    long n = 0;
    for (String p : positions.keySet()) {
      Cell c = cell(country, bucket, p);
      if (c != null) n += c.statements();
    }
    return n;
  }

  /** Colour of each position: its polarity's palette, in order within that polarity. */
  Map<String, String> colours() {
    Map<String, Integer> seen = new LinkedHashMap<>();
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> p : positions.entrySet()) {
      int k = seen.merge(p.getValue(), 1, Integer::sum) - 1;
      out.put(p.getKey(), Svg.positionColour(p.getValue(), k));
    }
    return out;
  }

  private static int rank(String polarity) {
    int i = POLARITY_ORDER.indexOf(polarity);
    return i < 0 ? POLARITY_ORDER.size() : i;
  }

  private static List<LocalDate> buckets(LocalDate first, LocalDate last, boolean weekly) {
    List<LocalDate> out = new ArrayList<>();
    LocalDate d = weekly ? first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : first;
    for (; !d.isAfter(last); d = d.plusDays(weekly ? 7 : 1)) out.add(d);
    return out;
  }

  private static String key(String country, LocalDate bucket, String position) {
    return country + '\u0000' + bucket + '\u0000' + position;
  }
}
