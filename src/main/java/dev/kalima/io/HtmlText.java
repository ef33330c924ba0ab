package dev.kalima.io;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible text of an HTML page as plain text whose blank lines separate paragraphs, ready for
 * {@link ParagraphSplitter}:
 *
 * <ul>
 *   <li>only the body is read;
 *   <li>dropped with their content: script, style, noscript, template, nav, footer, aside, form,
 *       button, select, textarea, iframe, object, embed, svg, canvas, video, audio, a header that
 *       is not inside an article or main element, and any element with the {@code hidden}
 *       attribute or an inline {@code display:none} style;
 *   <li>block elements (p, div, headings, list items, table cells, blockquote, pre, section,
 *       article, ...) start and end a paragraph, so headings and list items are paragraphs of
 *       their own;
 *   <li>{@code <br>} ends a line; two in a row end a paragraph;
 *   <li>outside {@code <pre>}, runs of white space become one space, as a browser shows them;
 *       inside {@code <pre>} text is kept as is.
 * </ul>
 */
final class HtmlText {

  private static final Set<String> DROPPED =
      Set.of(
          "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
          "select", "textarea", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
          "head", "title", "meta", "link");

  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "blockquote", "body", "caption", "center", "dd", "details",
          "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3",
          "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol",
          "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
          "ul");

  private HtmlText() {}

  /** The visible text of {@code html}, paragraphs separated by blank lines. */
  static String extract(String html) {
    org.jsoup.nodes.Document doc = Jsoup.parse(html);
    Collector collector = new Collector();
    NodeTraversor.filter(collector, doc.body());
    return collector.out.toString();
  }

  private static boolean dropped(Element e) {
    String tag = e.normalName();
    if (DROPPED.contains(tag) || e.hasAttr("hidden")) {
      return true;
    }
    if (tag.equals("header") && e.closest("article, main") == null) {
      return true;
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  private static final class Collector implements NodeFilter {
    private final StringBuilder out = new StringBuilder();
    private boolean pendingSpace;
    private int preDepth;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Element e) {
        if (dropped(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
          lineBreak();
        } else if (BLOCKS.contains(tag)) {
          paragraphBreak();
        }
        if (tag.equals("pre")) {
          preDepth++;
        }
      } else if (node instanceof TextNode t) {
        if (preDepth > 0) {
          out.append(t.getWholeText());
          pendingSpace = false;
        } else {
          appendCollapsed(t.getWholeText());
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("pre")) {
          preDepth--;
        }
        if (BLOCKS.contains(tag)) {
          paragraphBreak();
        }
      }
      return FilterResult.CONTINUE;
    }

    private void appendCollapsed(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (ParagraphSplitter.isSpace(c)) {
          pendingSpace = true;
        } else {
          if (pendingSpace && !atLineStart()) {
            out.append(' ');
          }
          pendingSpace = false;
          out.append(c);
        }
      }
    }

    private boolean atLineStart() {
      return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
    }

    private void lineBreak() {
      out.append('\n');
      pendingSpace = false;
    }

    private void paragraphBreak() {
      pendingSpace = false;
      int len = out.length();
      if (len == 0 || (len >= 2 && out.charAt(len - 1) == '\n' && out.charAt(len - 2) == '\n')) {
        return;
      }
      out.append(out.charAt(len - 1) == '\n' ? "\n" : "\n\n");
    }
  }
}
