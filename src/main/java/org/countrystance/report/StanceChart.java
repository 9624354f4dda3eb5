package org.countrystance.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * An inline SVG of one topic: a row per country, a stacked bar per day (or week) split by position,
 * each segment linking to the evidence list of that country, day and position.
 */
final class StanceChart {
  static final int WIDTH = 1180;
  private static final int LEFT = 120;
  private static final int RIGHT = 20;
  private static final int TOP = 56;
  private static final int ROW = 66;
  private static final int BAR = 46;
  private static final int AXIS = 46;

  private StanceChart() {}

  static String render(StanceGrid g) {
    return render(g, ReportInput.Labels.NONE);
  }

  /** The chart with position labels in its legend (ids stay in the data attributes and anchors). */
  static String render(StanceGrid g, ReportInput.Labels labels) {
    int height = TOP + g.countries.size() * ROW + AXIS;
    double plot = WIDTH - LEFT - RIGHT;
    double step = plot / Math.max(1, g.buckets.size());
    double barWidth = Math.max(2, Math.min(40, step * 0.72));
    Map<String, String> colours = g.colours();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"stance-chart\" "
        + "data-topic=\"%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" %s>\n",
        Svg.esc(g.topic), WIDTH, height, WIDTH, height, Svg.FONT));
    sb.append(String.format("<title>%s: statements per %s by position</title>\n", Svg.esc(g.topic),
        g.weekly ? "week" : "day"));
    sb.append(String.format("<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", WIDTH, height));
    legend(sb, colours, g, labels);
    for (int r = 0; r < g.countries.size(); r++) {
      String country = g.countries.get(r);
      double base = TOP + r * ROW + BAR + 4;
      long peak = 1;
      for (LocalDate b : g.buckets) peak = Math.max(peak, g.total(country, b));
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%s\" text-anchor=\"end\" font-size=\"15\" "
          + "font-weight=\"bold\" fill=\"#222\">%s</text>\n", LEFT - 12, Svg.num(base - BAR / 2.0), Svg.esc(country)));
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%s\" text-anchor=\"end\" font-size=\"11\" "
          + "fill=\"#666\">peak %d</text>\n", LEFT - 12, Svg.num(base - BAR / 2.0 + 15), peak));
      sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%s\" y2=\"%s\" stroke=\"#bbb\"/>\n",
          LEFT, WIDTH - RIGHT, Svg.num(base), Svg.num(base)));
      sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%s\" y2=\"%s\" stroke=\"#eee\" "
          + "stroke-dasharray=\"3,3\"/>\n", LEFT, WIDTH - RIGHT, Svg.num(base - BAR), Svg.num(base - BAR)));
      for (int i = 0; i < g.buckets.size(); i++) {
        LocalDate bucket = g.buckets.get(i);
        double x = LEFT + i * step + (step - barWidth) / 2;
        double y = base;
        for (Map.Entry<String, String> p : colours.entrySet()) {
          StanceGrid.Cell c = g.cell(country, bucket, p.getKey());
          if (c == null || c.statements() == 0) continue;
          double h = BAR * (double) c.statements() / peak;
          y -= h;
          sb.append(String.format(Locale.ROOT, "<a href=\"#%s\"><rect class=\"bar\" data-country=\"%s\" "
              + "data-day=\"%s\" data-position=\"%s\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\">"
              + "<title>%s %s %s: %d statement%s, mean confidence %.2f</title></rect></a>\n",
              Svg.anchor(g.topic, country, bucket, p.getKey()), Svg.esc(country), bucket, Svg.esc(p.getKey()),
              Svg.num(x), Svg.num(y), Svg.num(barWidth), Svg.num(h), p.getValue(), Svg.esc(country),
              g.weekly ? "week of " + bucket : bucket, Svg.esc(p.getKey()), c.statements(),
              c.statements() == 1 ? "" : "s", c.confidenceSum() / c.statements()));
        }
      }
    }
    axis(sb, g, height, step);
    return sb.append("</svg>\n").toString();
  }

  private static void legend(StringBuilder sb, Map<String, String> colours, StanceGrid g, ReportInput.Labels labels) {
    double x = LEFT;
    for (Map.Entry<String, String> p : colours.entrySet()) {
      String label = labels.position(g.topic, p.getKey()) + " (" + g.positions.get(p.getKey()) + ")";
      sb.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"14\" width=\"14\" height=\"14\" fill=\"%s\"/>"
          + "<text x=\"%s\" y=\"26\" font-size=\"13\" fill=\"#222\">%s</text>\n",
          Svg.num(x), p.getValue(), Svg.num(x + 20), Svg.esc(label)));
      x += 20 + Svg.textWidth(label, 13) + 24;
    }
  }

  private static void axis(StringBuilder sb, StanceGrid g, int height, double step) {
    double y = height - AXIS + 8;
    int every = (int) Math.ceil(g.buckets.size() / 16.0);
    for (int i = 0; i < g.buckets.size(); i++) {
      double x = LEFT + i * step + step / 2;
      sb.append(String.format(Locale.ROOT, "<line x1=\"%s\" x2=\"%s\" y1=\"%s\" y2=\"%s\" stroke=\"#999\"/>\n",
          Svg.num(x), Svg.num(x), Svg.num(y - 8), Svg.num(y - 4)));
      if (i % every == 0) {
        sb.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\" font-size=\"12\" "
            + "fill=\"#333\">%s</text>\n", Svg.num(x), Svg.num(y + 10), Svg.shortDate(g.buckets.get(i))));
      }
    }
    String caption = (g.weekly ? "week starting (UTC), " : "UTC publication day, ")
        + g.buckets.get(0).getYear() + (g.buckets.get(g.buckets.size() - 1).getYear() != g.buckets.get(0).getYear()
        ? "–" + g.buckets.get(g.buckets.size() - 1).getYear() : "") + " · bar height: statements (row scale)";
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\" "
        + "fill=\"#666\">%s</text>\n", WIDTH - RIGHT, height - 6, Svg.esc(caption)));
  }
}
