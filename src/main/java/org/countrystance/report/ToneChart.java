package org.countrystance.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An inline SVG of the daily mean tone of a few countries: one line per country, zero line, legend. */
final class ToneChart {
  static final int WIDTH = 1180;
  static final int HEIGHT = 380;
  private static final int LEFT = 64;
  private static final int RIGHT = 190;
  private static final int TOP = 24;
  private static final int BOTTOM = 52;

  private ToneChart() {}

  /** Points of any number of countries; countries keep the order of their first point. */
  static String render(List<ReportInput.TonePoint> points) {
    Map<String, List<ReportInput.TonePoint>> series = new LinkedHashMap<>();
    LocalDate first = null;
    LocalDate last = null;
    double lo = 0;
    double hi = 0;
    Map<String, Long> mentions = new LinkedHashMap<>();
    for (ReportInput.TonePoint p : points) {
      series.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p);
      mentions.merge(p.country(), p.mentions(), Long::sum);
      first = first == null || p.day().isBefore(first) ? p.day() : first;
      last = last == null || p.day().isAfter(last) ? p.day() : last;
      lo = Math.min(lo, p.toneMean());
      hi = Math.max(hi, p.toneMean());
    }
    double tick = hi - lo > 1 ? 0.25 : 0.1;
    lo = Math.floor(lo / tick - 1e-9) * tick;
    hi = Math.ceil(hi / tick + 1e-9) * tick;
    if (hi - lo < tick) hi = lo + tick;
    long span = first == null ? 1 : Math.max(1, ChronoUnit.DAYS.between(first, last));
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tone-chart\" width=\"%d\" "
        + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" %s>\n<title>Daily mean tone by country</title>\n"
        + "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", WIDTH, HEIGHT, WIDTH, HEIGHT, Svg.FONT, WIDTH, HEIGHT));
    for (double v = lo; v <= hi + 1e-9; v += tick) {
      double y = TOP + plotH * (hi - v) / (hi - lo);
      boolean zero = Math.abs(v) < 1e-9;
      sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%s\" y1=\"%s\" y2=\"%s\" stroke=\"%s\"%s/>"
          + "<text x=\"%d\" y=\"%s\" text-anchor=\"end\" font-size=\"12\" fill=\"#333\">%+.2f</text>\n",
          LEFT, Svg.num(LEFT + plotW), Svg.num(y), Svg.num(y), zero ? "#888" : "#e4e4e4",
          zero ? " stroke-width=\"1.5\"" : "", LEFT - 8, Svg.num(y + 4), zero ? 0.0 : v));
    }
    if (first != null) {
      int every = (int) Math.ceil((span + 1) / 16.0);
      for (int d = 0; d <= span; d += every) {
        double x = LEFT + plotW * d / span;
        sb.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" "
            + "fill=\"#333\">%s</text>\n", Svg.num(x), HEIGHT - BOTTOM + 20, Svg.shortDate(first.plusDays(d))));
      }
      sb.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%d\" text-anchor=\"end\" font-size=\"12\" fill=\"#666\">"
          + "UTC publication day, %d · tone: -1 negative … +1 positive</text>\n", Svg.num(LEFT + plotW),
          HEIGHT - 10, first.getYear()));
    }
    int k = 0;
    for (Map.Entry<String, List<ReportInput.TonePoint>> s : series.entrySet()) {
      String colour = Svg.SERIES[k % Svg.SERIES.length];
      StringBuilder line = new StringBuilder();
      StringBuilder dots = new StringBuilder();
      for (ReportInput.TonePoint p : s.getValue().stream().sorted((a, b) -> a.day().compareTo(b.day())).toList()) {
        double x = LEFT + plotW * ChronoUnit.DAYS.between(first, p.day()) / span;
        double y = TOP + plotH * (hi - p.toneMean()) / (hi - lo);
        line.append(Svg.num(x)).append(',').append(Svg.num(y)).append(' ');
        dots.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"><title>%s %s: tone "
            + "%+.3f over %d mentions</title></circle>", Svg.num(x), Svg.num(y), colour, Svg.esc(p.country()),
            p.day(), p.toneMean(), p.mentions()));
      }
      sb.append(String.format("<polyline class=\"tone-line\" data-country=\"%s\" fill=\"none\" stroke=\"%s\" "
          + "stroke-width=\"2.2\" points=\"%s\"/>\n%s\n", Svg.esc(s.getKey()), colour, line.toString().trim(), dots));
      double ly = TOP + 10 + k * 24;
      sb.append(String.format(Locale.ROOT, "<line x1=\"%s\" x2=\"%s\" y1=\"%s\" y2=\"%s\" stroke=\"%s\" "
          + "stroke-width=\"3\"/><text x=\"%s\" y=\"%s\" font-size=\"13\" fill=\"#222\">%s (%d mentions)</text>\n",
          Svg.num(LEFT + plotW + 16), Svg.num(LEFT + plotW + 40), Svg.num(ly), Svg.num(ly), colour,
          Svg.num(LEFT + plotW + 46), Svg.num(ly + 4), Svg.esc(s.getKey()), mentions.get(s.getKey())));
      k++;
    }
    return sb.append("</svg>\n").toString();
  }
}
