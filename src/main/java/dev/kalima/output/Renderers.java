package dev.kalima.output;

import dev.kalima.output.model.Column;
import dev.kalima.output.model.RowSink;
import dev.kalima.output.model.Table;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses the renderer for a {@link Format}.
 *
 * <p>Every sink checks that each row has one cell per column and that each cell fits its column
 * ({@link IllegalArgumentException} otherwise). CSV, TSV, JSON, JSON Lines and Markdown write each
 * row as it arrives; the aligned table buffers its rows until {@link RowSink#close()}. Every sink
 * flushes on close and never closes the writer. Only the table and Markdown print notes.
 */
public final class Renderers {

  private Renderers() {}

  /**
   * Opens a sink that writes rows under {@code columns} to {@code out} in {@code format}. Formats
   * with a prologue (BOM, header, opening bracket) write it here.
   *
   * @throws IllegalArgumentException if {@code columns} is empty, or for JSON and JSON Lines if two
   *     columns share a name
   */
  public static RowSink open(Format format, List<Column> columns, Writer out, RenderOptions options)
      throws IOException {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    return switch (format) {
      case TABLE -> new TableRenderer(columns, out, options);
      case CSV -> new CsvRenderer(columns, out, options);
      case TSV -> new TsvRenderer(columns, out, options);
      case JSON -> new JsonRenderer(uniqueNames(columns), out, false);
      case JSONL -> new JsonRenderer(uniqueNames(columns), out, true);
      case MARKDOWN -> new MarkdownRenderer(columns, out, options);
    };
  }

  /** Renders a whole table. */
  public static void render(Format format, Table table, Writer out, RenderOptions options)
      throws IOException {
    try (RowSink sink = open(format, table.columns(), out, options)) {
      for (List<Object> row : table.rows()) {
        sink.row(row);
      }
      sink.notes(table.notes());
    }
  }

  static void checkRow(List<Column> columns, List<?> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells, table has " + columns.size() + " columns");
    }
  }

  private static List<Column> uniqueNames(List<Column> columns) {
    Set<String> seen = new HashSet<>();
    for (Column column : columns) {
      if (!seen.add(column.name())) {
        throw new IllegalArgumentException("two columns are named '" + column.name() + "'");
      }
    }
    return columns;
  }
}
