package org.countrystance.report;

/** The little Markdown the notebook's prose uses (headings, lists, paragraphs, `code`, **bold**, *italic*) as HTML. */
final class Markdown {
  private Markdown() {}

  static String toHtml(String markdown) {
    StringBuilder sb = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    boolean inList = false;
    for (String raw : markdown.split("\n")) {
      String line = raw.strip();
      boolean item = line.startsWith("- ");
      boolean continuation = raw.startsWith("  ") && inList && !line.isEmpty();
      if (line.isEmpty() || line.startsWith("#") || item) {
        flush(sb, paragraph);
      }
      if (inList && !item && !continuation) {
        sb.append("</li>\n</ul>\n");
        inList = false;
      }
      if (line.startsWith("#")) {
        int level = line.indexOf(' ');
        sb.append("<h").append(level).append('>').append(inline(line.substring(level + 1))).append("</h").append(level).append(">\n");
      } else if (item) {
        sb.append(inList ? "</li>\n" : "<ul>\n");
        inList = true;
        sb.append("<li>").append(inline(line.substring(2)));
      } else if (continuation) {
        sb.append(' ').append(inline(line));
      } else if (!line.isEmpty()) {
        paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
      }
    }
    flush(sb, paragraph);
    if (inList) sb.append("</li>\n</ul>\n");
    return sb.toString();
  }

  private static void flush(StringBuilder sb, StringBuilder paragraph) {
    if (paragraph.length() > 0) sb.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
    paragraph.setLength(0);
  }

  private static String inline(String text) {
    return Svg.esc(text)
        .replaceAll("`([^`]+)`", "<code>$1</code>")
        .replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>")
        .replaceAll("\\*([^*]+)\\*", "<i>$1</i>");
  }
}
