package dev.kalima.output;

import dev.kalima.output.model.Column;
import dev.kalima.output.model.RowSink;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Tab-separated values ({@link Format#TSV}) in the "linear TSV" convention, written row by row:
 *
 * <ul>
 *   <li>a U+FEFF byte order mark first if {@link RenderOptions#bom()};
 *   <li>the column names as the first line unless the header is off;
 *   <li>fields joined by a tab, each line ending with "\n";
 *   <li>inside a field a backslash becomes {@code \\}, a tab {@code \t}, a line feed {@code \n}
 *       and a carriage return {@code \r}, so every record is exactly one line and splitting on tabs
 *       is always right;
 *   <li>numbers come from {@link CellFormat}; an absent value is an empty field;
 *   <li>with {@link RenderOptions#safeCsv()} text cells and header names go through {@link
 *       FormulaGuard} before escaping.
 * </ul>
 */
final class TsvRenderer implements RowSink {

  private final List<Column> columns;
  private final Writer out;
  private final boolean safe;

  /**
   * Per column, the previous row's cell if it was a {@link String} written exactly as it is (no
   * guard, nothing to escape), else {@code null}; a cell that is the very same string (a file
   * column) is then copied without scanning it again. Compared by identity only.
   */
  private final Object[] lastPlain;

  /** The line being built, reused from row to row. */
  private final StringBuilder line = new StringBuilder(256);

  /** The finished line's characters, handed to the writer without an intermediate string. */
  private char[] chars = new char[256];

  TsvRenderer(List<Column> columns, Writer out, RenderOptions options) throws IOException {
    this.columns = List.copyOf(columns);
    this.out = out;
    this.safe = options.safeCsv();
    this.lastPlain = new Object[columns.size()];
    if (options.bom()) {
      out.write('\uFEFF');
    }
    if (options.header()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) {
          line.append('\t');
        }
        String name = columns.get(i).name();
        escape(safe ? FormulaGuard.guard(name) : name, line);
      }
      out.write(line.append('\n').toString());
    }
  }

  @Override
  public void row(List<?> cells) throws IOException {
    Renderers.checkRow(columns, cells);
    StringBuilder line = this.line;
    line.setLength(0);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append('\t');
      }
      Column column = columns.get(i);
      Object cell = cells.get(i);
      if (column.numeric()) {
        CellFormat.append(column, cell, line); // digits, '-' and '.' never need escaping
      } else if (cell != null) {
        if (cell == lastPlain[i]) { // the same string as in the previous row (a file name, say)
          line.append((String) cell);
          continue;
        }
        String text = CellFormat.text(column, cell);
        String guarded = safe ? FormulaGuard.guard(text) : text;
        boolean plain = escape(guarded, line) && guarded == text;
        lastPlain[i] = plain && cell instanceof String ? cell : null;
      }
    }
    line.append('\n');
    int length = line.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    line.getChars(0, length, chars, 0);
    out.write(chars, 0, length);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }

  /**
   * Appends {@code field} with backslash, tab, line feed and carriage return escaped; returns
   * {@code true} if it had none of them (and was appended as it is).
   */
  static boolean escape(String field, StringBuilder to) {
    int length = field.length();
    int plain = 0;
    while (plain < length) {
      char c = field.charAt(plain);
      if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        break;
      }
      plain++;
    }
    if (plain == length) {
      to.append(field); // the common case: nothing to escape, copied at once
      return true;
    }
    to.append(field, 0, plain);
    for (int i = plain; i < length; i++) {
      char c = field.charAt(i);
      switch (c) {
        case '\\' -> to.append("\\\\");
        case '\t' -> to.append("\\t");
        case '\n' -> to.append("\\n");
        case '\r' -> to.append("\\r");
        default -> to.append(c);
      }
    }
    return false;
  }
}
