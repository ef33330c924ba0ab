package dev.kalima.output;

import dev.kalima.output.model.Column;
import dev.kalima.output.model.RowSink;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table ({@link Format#MARKDOWN}), written row by row (no padding:
 * Markdown renderers align the columns, and streaming keeps memory flat):
 *
 * <ol>
 *   <li>the header row {@code | name | count |}; with the header off the header cells are empty,
 *       since a GFM table cannot exist without a header row;
 *   <li>the alignment row: {@code ---} for text, {@code ---:} (right-aligned) for numbers;
 *   <li>one row per line: {@code | cell | cell |}; an absent value shows as "–";
 *   <li>on close, if there are notes: a blank line, then the notes verbatim (controls escaped)
 *       inside a fenced code block, so their line layout survives rendering.
 * </ol>
 *
 * A cell is {@linkplain #escape escaped}: line breaks become {@code <br>}; the characters
 * {@code \ ` * _ [ ] < > | ~ &} get a backslash so they show literally instead of formatting or
 * splitting the cell; then controls are {@linkplain DisplayText#escapeControls escaped}.
 * Right-to-left text is not wrapped in isolates: each rendered cell is its own bidi paragraph.
 */
final class MarkdownRenderer implements RowSink {

  private final List<Column> columns;
  private final Writer out;
  private final List<String> notes = new ArrayList<>();
  private boolean closed;

  MarkdownRenderer(List<Column> columns, Writer out, RenderOptions options) throws IOException {
    this.columns = List.copyOf(columns);
    this.out = out;
    StringBuilder header = new StringBuilder("|");
    StringBuilder align = new StringBuilder("|");
    for (Column column : columns) {
      header.append(' ').append(options.header() ? escape(column.name()) : "").append(" |");
      align.append(column.numeric() ? " ---: |" : " --- |");
    }
    out.write(header.append('\n').append(align).append('\n').toString());
  }

  @Override
  public void row(List<?> cells) throws IOException {
    Renderers.checkRow(columns, cells);
    StringBuilder line = new StringBuilder("|");
    for (int i = 0; i < cells.size(); i++) {
      String text = CellFormat.text(columns.get(i), cells.get(i));
      line.append(' ').append(text == null ? TableRenderer.NULL_CELL : escape(text)).append(" |");
    }
    out.write(line.append('\n').toString());
  }

  @Override
  public void notes(List<String> lines) {
    notes.addAll(lines);
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (!notes.isEmpty()) {
      List<String> shown = new ArrayList<>(notes.size());
      int longestTicks = 0;
      for (String note : notes) {
        String escaped = DisplayText.escapeControls(note);
        shown.add(escaped);
        longestTicks = Math.max(longestTicks, longestRun(escaped, '`'));
      }
      String fence = "`".repeat(Math.max(3, longestTicks + 1));
      StringBuilder block = new StringBuilder("\n").append(fence).append('\n');
      for (String line : shown) {
        block.append(line).append('\n');
      }
      out.write(block.append(fence).append('\n').toString());
    }
    out.flush();
  }

  /** The cell text as Markdown that shows it literally inside one table cell. */
  static String escape(String text) {
    StringBuilder md = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\r' -> {
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          md.append("<br>");
        }
        case '\n' -> md.append("<br>");
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&' -> md.append('\\').append(c);
        default -> md.append(c);
      }
    }
    return DisplayText.escapeControls(md.toString());
  }

  private static int longestRun(String s, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
