package dev.kalima.output;

import dev.kalima.output.model.Column;
import dev.kalima.output.model.RowSink;
import dev.kalima.output.model.Table;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Chooses the renderer for a {@link Format}. */
public final class Renderers {

  private Renderers() {}

  /** Opens a sink that writes rows under {@code columns} to {@code out} in {@code format}. */
  public static RowSink open(Format format, List<Column> columns, Writer out, RenderOptions options)
      throws IOException {
    throw new UnsupportedOperationException("TODO output helper: " + format);
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
}
