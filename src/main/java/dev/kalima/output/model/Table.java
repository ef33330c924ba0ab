package dev.kalima.output.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rows of cells under named, typed columns: the one thing every output format renders.
 *
 * <p>Each row has exactly one cell per column; see {@link Column} for the cell types. {@code notes}
 * are lines a human reader should see after the table (for example a histogram); only the aligned
 * table format prints them, machine formats never do.
 */
public record Table(List<Column> columns, List<List<Object>> rows, List<String> notes) {

  public Table {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "row has " + row.size() + " cells, table has " + columns.size() + " columns");
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = java.util.Collections.unmodifiableList(copy);
    notes = List.copyOf(notes);
  }

  public Table(List<Column> columns, List<List<Object>> rows) {
    this(columns, rows, List.of());
  }

  public Table withNotes(List<String> extra) {
    return new Table(columns, rows, Objects.requireNonNull(extra));
  }
}
