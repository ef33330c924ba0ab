package dev.kalima.output;

import dev.kalima.output.model.Column;
import dev.kalima.output.model.RowSink;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The aligned table for terminals ({@link Format#TABLE}). Alignment needs every row, so rows are
 * buffered (as display strings) and written on {@link #close()}:
 *
 * <ol>
 *   <li>each cell becomes text through {@link CellFormat}; an absent value shows as "–"; text is
 *       {@linkplain DisplayText#escapeControls escaped} and right-to-left text {@linkplain
 *       DisplayText#isolateIfRtl isolated};
 *   <li>each column is as wide as its widest cell or header, measured with {@link
 *       DisplayText#width}; long cells are never truncated, they widen their column;
 *   <li>unless the header is off: the column names, bold when colour is on, then a line of '─'
 *       under each column;
 *   <li>one line per row; numeric columns (and their headers) right-aligned, text left-aligned,
 *       two spaces between columns, no spaces at the end of a line;
 *   <li>if there are notes: a blank line (when anything was written above), then each note with
 *       its controls escaped.
 * </ol>
 */
final class TableRenderer implements RowSink {

  static final String NULL_CELL = "–";
  private static final String GAP = "  ";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final List<Column> columns;
  private final Writer out;
  private final RenderOptions options;
  private final List<String[]> rows = new ArrayList<>();
  private final List<int[]> rowWidths = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final int[] widths;
  private boolean closed;

  TableRenderer(List<Column> columns, Writer out, RenderOptions options) {
    this.columns = List.copyOf(columns);
    this.out = out;
    this.options = options;
    this.widths = new int[columns.size()];
  }

  @Override
  public void row(List<?> cells) {
    Renderers.checkRow(columns, cells);
    String[] shown = new String[cells.size()];
    int[] shownWidths = new int[shown.length];
    for (int i = 0; i < shown.length; i++) {
      String text = CellFormat.text(columns.get(i), cells.get(i));
      shown[i] = text == null ? NULL_CELL : DisplayText.forCell(text);
      shownWidths[i] = DisplayText.width(shown[i]);
    }
    for (int i = 0; i < shown.length; i++) {
      widths[i] = Math.max(widths[i], shownWidths[i]);
    }
    rows.add(shown);
    rowWidths.add(shownWidths);
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
    boolean wroteAny = false;
    if (options.header()) {
      String[] names = new String[columns.size()];
      int[] nameWidths = new int[names.length];
      StringBuilder rule = new StringBuilder();
      for (int i = 0; i < names.length; i++) {
        names[i] = DisplayText.forCell(columns.get(i).name());
        nameWidths[i] = DisplayText.width(names[i]);
        widths[i] = Math.max(widths[i], nameWidths[i]);
        if (i > 0) {
          rule.append(GAP);
        }
        rule.append("─".repeat(widths[i]));
      }
      String header = line(names, nameWidths);
      out.write(options.color() && !header.isEmpty() ? BOLD + header + RESET : header);
      out.write('\n');
      out.write(rule.toString());
      out.write('\n');
      wroteAny = true;
    }
    for (int r = 0; r < rows.size(); r++) {
      out.write(line(rows.get(r), rowWidths.get(r)));
      out.write('\n');
      wroteAny = true;
    }
    rows.clear();
    rowWidths.clear();
    if (!notes.isEmpty()) {
      if (wroteAny) {
        out.write('\n');
      }
      for (String note : notes) {
        out.write(stripTrailingSpaces(DisplayText.escapeControls(note)));
        out.write('\n');
      }
    }
    out.flush();
  }

  private String line(String[] cells, int[] cellWidths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(GAP);
      }
      String pad = " ".repeat(widths[i] - cellWidths[i]);
      if (columns.get(i).numeric()) {
        line.append(pad).append(cells[i]);
      } else {
        line.append(cells[i]).append(pad);
      }
    }
    return stripTrailingSpaces(line.toString());
  }

  private static String stripTrailingSpaces(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
