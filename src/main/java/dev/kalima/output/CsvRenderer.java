package dev.kalima.output;

import dev.kalima.output.model.Column;
import dev.kalima.output.model.RowSink;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 comma-separated values ({@link Format#CSV}), written row by row through Commons CSV:
 *
 * <ul>
 *   <li>a U+FEFF byte order mark first if {@link RenderOptions#bom()};
 *   <li>the column names as the first record unless the header is off;
 *   <li>records end with "\n" (not CRLF); a field is quoted only when Commons CSV's minimal mode
 *       needs it (a comma, quote, CR or LF inside, a first character at or below '#', a trailing
 *       space or control, or an empty first field, so that no record is a blank line), with
 *       quotes doubled inside;
 *   <li>numbers come from {@link CellFormat} (plain integers, decimals with the column scale);
 *       an absent value is an empty field;
 *   <li>with {@link RenderOptions#safeCsv()} text cells and header names go through {@link
 *       FormulaGuard}.
 * </ul>
 */
final class CsvRenderer implements RowSink {

  static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\n").setQuoteMode(QuoteMode.MINIMAL).get();

  private final List<Column> columns;
  private final Writer out;
  private final CSVPrinter printer;
  private final boolean safe;

  /**
   * What the printer writes into: Commons CSV appends a record character by character, so it
   * fills this buffer and each finished record goes to the writer in one call.
   */
  private final StringBuilder record = new StringBuilder(256);

  /** The finished record's characters, handed to the writer without an intermediate string. */
  private char[] chars = new char[256];

  CsvRenderer(List<Column> columns, Writer out, RenderOptions options) throws IOException {
    this.columns = List.copyOf(columns);
    this.out = out;
    this.safe = options.safeCsv();
    if (options.bom()) {
      out.write('\uFEFF');
    }
    this.printer = new CSVPrinter(record, FORMAT);
    if (options.header()) {
      List<String> names = new ArrayList<>(columns.size());
      for (Column column : columns) {
        names.add(safe ? FormulaGuard.guard(column.name()) : column.name());
      }
      printer.printRecord(names);
      writeRecord();
    }
  }

  @Override
  public void row(List<?> cells) throws IOException {
    Renderers.checkRow(columns, cells);
    String[] fields = new String[cells.size()];
    for (int i = 0; i < fields.length; i++) {
      Column column = columns.get(i);
      String text = CellFormat.text(column, cells.get(i));
      if (text == null) {
        fields[i] = ""; // as an empty string, so an empty first field is quoted like any other
      } else {
        fields[i] = safe && !column.numeric() ? FormulaGuard.guard(text) : text;
      }
    }
    printer.printRecord((Object[]) fields);
    writeRecord();
  }

  /** Moves the record the printer just wrote from the buffer to the writer. */
  private void writeRecord() throws IOException {
    int length = record.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    record.getChars(0, length, chars, 0);
    record.setLength(0);
    out.write(chars, 0, length);
  }

  /** Flushes; the writer stays open. */
  @Override
  public void close() throws IOException {
    out.flush();
  }
}
