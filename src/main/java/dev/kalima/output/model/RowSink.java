package dev.kalima.output.model;

import java.io.IOException;
import java.util.List;

/**
 * A streaming consumer of rows, for outputs too large to hold as a {@link Table} (for example
 * every sentence of a corpus). The header is known before the first row; {@link #close()} writes
 * whatever the format needs at the end (the closing bracket of a JSON array, the aligned table
 * that had to be buffered) and flushes, but never closes the underlying writer.
 */
public interface RowSink extends AutoCloseable {

  /** Appends one row; it has one cell per column, typed as {@link Column} describes. */
  void row(List<?> cells) throws IOException;

  /** Lines for human readers after the rows; machine formats ignore them. */
  default void notes(List<String> lines) throws IOException {}

  @Override
  void close() throws IOException;
}
