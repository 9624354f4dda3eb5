package org.countrystance.clean;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes scraped markup to plain text: HTML comments, tags and entities and NFKC over the whole text
 * (lines kept, for reflow), then markdown syntax per paragraph (after reflow, because the wrapping
 * column counted the link targets that markdown decoding removes).
 */
final class MarkupDecoder {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern SCRIPT = Pattern.compile(
      "<(script|style|noscript)\\b[^>]*>.*?</\\1\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  /** Block-level tags end a line; the rest vanish. The name must follow '<' directly, so "a < b" stays. */
  private static final Pattern BLOCK_TAG = Pattern.compile(
      "</?(?:p|div|br|tr|li|ul|ol|h[1-6]|table|tbody|thead|figure|figcaption|blockquote|section"
          + "|article|header|footer|hr|td|th|dt|dd)\\b(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
  private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,9}));");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\s]*\\)");
  /** [text](url): the text may be wrapped over lines, the url may contain one level of parentheses. */
  private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]+)\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*\\)");
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp)://[^<>\\s]+|[^<>\\s@]+@[^<>\\s@]+)>");
  private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]*#{1,6}[ \\t]+(?=\\S)");
  private static final Pattern QUOTE = Pattern.compile("(?m)^[ \\t]*>[ \\t]?");
  private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*(?:[-*_][ \\t]*){3,}$");
  /** Emphasis markers: runs of two or more, or one touching a word (a lone " * " list bullet stays). */
  private static final Pattern STARS = Pattern.compile("\\*{2,}|(?<=\\S)\\*|\\*(?=\\S)");
  private static final Pattern UNDERSCORES = Pattern.compile(
      "_{2,}|(?<![\\p{L}\\p{N}_])_(?=\\S)|(?<=\\S)_(?![\\p{L}\\p{N}_])");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!$&<>|~\"'])");

  private final Map<String, String> entities;

  MarkupDecoder(Map<String, String> entities) {
    this.entities = entities;
  }

  /** The decoded text (lines kept) and whether any HTML was decoded or removed. */
  record Decoded(String text, boolean changedMarkup) {}

  Decoded decode(String raw) {
    String s = raw.indexOf('\r') >= 0 ? raw.replace("\r\n", "\n").replace('\r', '\n') : raw;
    String before = s;
    if (s.indexOf('<') >= 0) {
      s = COMMENT.matcher(s).replaceAll("");
      s = SCRIPT.matcher(s).replaceAll("");
      s = AUTOLINK.matcher(s).replaceAll("$1");
      s = BLOCK_TAG.matcher(s).replaceAll("\n");
      s = TAG.matcher(s).replaceAll("");
    }
    if (s.indexOf('&') >= 0) s = decodeEntities(s);
    boolean html = !s.equals(before);
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    s = Text.removeInvisible(s);
    return new Decoded(s, html);
  }

  String decodeEntities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String replacement = null;
      try {
        if (m.group(1) != null) replacement = Character.toString(Integer.parseInt(m.group(1)));
        else if (m.group(2) != null) replacement = Character.toString(Integer.parseInt(m.group(2), 16));
        else replacement = entities.get(m.group(3));
      } catch (IllegalArgumentException notACodePoint) {
        replacement = null;
      }
      if (replacement == null) continue;
      if (out == null) out = new StringBuilder(s.length());
      out.append(s, last, m.start()).append(replacement);
      last = m.end();
    }
    if (out == null) return s;
    return out.append(s, last, s.length()).toString();
  }

  static String decodeMarkdown(String s) {
    if (s.indexOf('[') >= 0) {
      s = IMAGE.matcher(s).replaceAll("");
      s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1).replaceAll("\\s+", " ")));
    }
    boolean escaped = s.indexOf('\\') >= 0;
    // Escaped markers are literal text: park them so the emphasis rules below do not eat them.
    if (escaped) s = s.replace("\\*", "\uE000").replace("\\_", "\uE001");
    if (s.indexOf('#') >= 0) s = HEADING.matcher(s).replaceAll("");
    if (s.indexOf('>') >= 0) s = QUOTE.matcher(s).replaceAll("");
    if (s.indexOf("---") >= 0 || s.indexOf("***") >= 0 || s.indexOf("___") >= 0) {
      s = RULE.matcher(s).replaceAll("");
    }
    if (s.indexOf('*') >= 0) s = STARS.matcher(s).replaceAll("");
    if (s.indexOf('_') >= 0) s = UNDERSCORES.matcher(s).replaceAll("");
    if (s.indexOf('`') >= 0) s = s.replace("`", "");
    if (escaped) {
      s = ESCAPE.matcher(s).replaceAll("$1");
      s = s.replace('\uE000', '*').replace('\uE001', '_');
    }
    return s;
  }
}
