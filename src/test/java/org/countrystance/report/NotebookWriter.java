package org.countrystance.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a Jupyter nbformat 4.5 notebook (cells with outputs) and a static HTML rendering of it. */
final class NotebookWriter {
  /** A query result: column names and rows as display strings. */
  record Table(List<String> columns, List<List<String>> rows) {
    int col(String name) {
      int i = columns.indexOf(name);
      if (i < 0) throw new IllegalArgumentException("no column " + name + " in " + columns);
      return i;
    }
  }

  private static final int SHOWN = 10;
  private final List<Map<String, Object>> cells = new ArrayList<>();
  private int executionCount;

  void markdown(String text) {
    cells.add(cell("markdown", text.strip(), Map.of()));
  }

  void code(String source, List<Map<String, Object>> outputs) {
    Map<String, Object> c = cell("code", source.strip(), Map.of());
    c.put("execution_count", ++executionCount);
    List<Map<String, Object>> withCounts = new ArrayList<>();
    for (Map<String, Object> o : outputs) {
      Map<String, Object> copy = new LinkedHashMap<>(o);
      if ("execute_result".equals(copy.get("output_type"))) copy.put("execution_count", executionCount);
      withCounts.add(copy);
    }
    c.put("outputs", withCounts);
    cells.add(c);
  }

  /** A Python cell running one SQL statement with DuckDB into a pandas DataFrame, shown as its result. */
  void sqlCode(String variable, String queryFile, String sql, Table result) {
    String source = variable + " = con.sql(\"\"\"\n" + sql + "\n\"\"\").df()\n" + variable;
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("text/html", lines(html(result)));
    data.put("text/plain", lines(plain(result)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("output_type", "execute_result");
    out.put("data", data);
    out.put("metadata", Map.of());
    code(source, List.of(out));
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("tags", List.of("sql"));
    metadata.put("countrystance_query", queryFile);
    cells.get(cells.size() - 1).put("metadata", metadata);
  }

  static Map<String, Object> svg(String svg, String plain) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("image/svg+xml", lines(svg));
    data.put("text/plain", lines(plain));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("output_type", "display_data");
    out.put("data", data);
    out.put("metadata", Map.of());
    return out;
  }

  /** The notebook as nbformat 4.5 JSON. */
  String ipynb() throws Exception {
    Map<String, Object> nb = new LinkedHashMap<>();
    nb.put("cells", cells);
    Map<String, Object> kernel = new LinkedHashMap<>();
    kernel.put("display_name", "Python 3");
    kernel.put("language", "python");
    kernel.put("name", "python3");
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("kernelspec", kernel);
    metadata.put("language_info", new LinkedHashMap<>(Map.of("name", "python")));
    nb.put("metadata", metadata);
    nb.put("nbformat", 4);
    nb.put("nbformat_minor", 5);
    DefaultIndenter oneSpace = new DefaultIndenter(" ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(oneSpace).withArrayIndenter(oneSpace);
    return new ObjectMapper().writer(pp).writeValueAsString(nb) + "\n";
  }

  /** A static page of the notebook: rendered markdown, code with prompts, outputs (tables, SVG). */
  @SuppressWarnings("unchecked")
  String html(String title) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(Svg.esc(title)).append("</title>\n<style>\n")
        .append("body{font-family:Helvetica,Arial,sans-serif;max-width:1240px;margin:24px auto;color:#222}\n")
        .append(".cell{margin:14px 0} .prompt{color:#303f9f;font-family:monospace;font-size:12px}\n")
        .append("pre.src{background:#f7f7f7;border:1px solid #e0e0e0;padding:8px;overflow-x:auto;font-size:13px}\n")
        .append("table.dataframe{border-collapse:collapse;font-size:12px} .dataframe td,.dataframe th{border:1px solid")
        .append(" #ddd;padding:2px 6px;text-align:right} .dataframe td:last-child{text-align:left}\n")
        .append("code{background:#f2f2f2;padding:0 3px}\n</style>\n</head>\n<body>\n");
    for (Map<String, Object> c : cells) {
      String source = String.join("", (List<String>) c.get("source"));
      sb.append("<div class=\"cell\">\n");
      if ("markdown".equals(c.get("cell_type"))) {
        sb.append(Markdown.toHtml(source));
      } else {
        sb.append("<div class=\"prompt\">In [").append(c.get("execution_count")).append("]:</div>\n<pre class=\"src\">")
            .append(Svg.esc(source)).append("</pre>\n");
        for (Map<String, Object> o : (List<Map<String, Object>>) c.get("outputs")) {
          Map<String, Object> data = (Map<String, Object>) o.get("data");
          if (data.containsKey("image/svg+xml")) sb.append(String.join("", (List<String>) data.get("image/svg+xml")));
          else if (data.containsKey("text/html")) sb.append(String.join("", (List<String>) data.get("text/html")));
          else sb.append("<pre>").append(Svg.esc(String.join("", (List<String>) data.get("text/plain")))).append("</pre>");
        }
      }
      sb.append("</div>\n");
    }
    return sb.append("</body>\n</html>\n").toString();
  }

  private Map<String, Object> cell(String type, String source, Map<String, Object> metadata) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("cell_type", type);
    c.put("id", String.format("cell-%02d", cells.size() + 1));
    c.put("metadata", metadata);
    c.put("source", lines(source));
    return c;
  }

  /** Jupyter stores text as a list of lines, each keeping its newline. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) out.add(text.substring(start));
    return out;
  }

  /** Rows shown like pandas: all when few, else the first and last few and a size line. */
  private static List<Integer> shown(Table t) {
    List<Integer> idx = new ArrayList<>();
    int n = t.rows().size();
    for (int i = 0; i < n; i++) if (n <= 2 * SHOWN || i < SHOWN || i >= n - SHOWN) idx.add(i);
    return idx;
  }

  static String plain(Table t) {
    List<Integer> idx = shown(t);
    int[] width = new int[t.columns().size() + 1];
    width[0] = String.valueOf(t.rows().size()).length();
    for (int c = 0; c < t.columns().size(); c++) width[c + 1] = t.columns().get(c).length();
    for (int i : idx) for (int c = 0; c < t.columns().size(); c++) width[c + 1] = Math.max(width[c + 1], clip(t.rows().get(i).get(c)).length());
    StringBuilder sb = new StringBuilder(" ".repeat(width[0]));
    for (int c = 0; c < t.columns().size(); c++) sb.append("  ").append(pad(t.columns().get(c), width[c + 1]));
    int previous = -1;
    for (int i : idx) {
      if (previous >= 0 && i != previous + 1) sb.append("\n").append(pad("..", width[0]));
      sb.append("\n").append(pad(String.valueOf(i), width[0]));
      for (int c = 0; c < t.columns().size(); c++) sb.append("  ").append(pad(clip(t.rows().get(i).get(c)), width[c + 1]));
      previous = i;
    }
    if (idx.size() < t.rows().size()) sb.append("\n\n[").append(t.rows().size()).append(" rows x ")
        .append(t.columns().size()).append(" columns]");
    return sb.toString();
  }

  static String html(Table t) {
    StringBuilder sb = new StringBuilder("<table class=\"dataframe\">\n<thead><tr><th></th>");
    for (String c : t.columns()) sb.append("<th>").append(Svg.esc(c)).append("</th>");
    sb.append("</tr></thead>\n<tbody>\n");
    int previous = -1;
    for (int i : shown(t)) {
      if (previous >= 0 && i != previous + 1) sb.append("<tr><th>...</th><td colspan=\"").append(t.columns().size()).append("\">...</td></tr>\n");
      sb.append("<tr><th>").append(i).append("</th>");
      for (String v : t.rows().get(i)) sb.append("<td>").append(Svg.esc(v)).append("</td>");
      sb.append("</tr>\n");
      previous = i;
    }
    sb.append("</tbody>\n</table>\n<p>").append(t.rows().size()).append(" rows × ").append(t.columns().size())
        .append(" columns</p>\n");
    return sb.toString();
  }

  private static String clip(String v) {
    String s = v == null ? "None" : v;
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  private static String pad(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }
}
