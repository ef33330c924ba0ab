package dev.kalima.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.kalima.output.model.Column;
import dev.kalima.output.model.RowSink;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * JSON ({@link Format#JSON}) and JSON Lines ({@link Format#JSONL}), streamed through a Jackson
 * {@link JsonGenerator}; nothing is buffered beyond the generator's own buffer.
 *
 * <ul>
 *   <li>each row is one compact object whose keys are the column names in column order;
 *   <li>text is a JSON string (Jackson's escaping: quotes, backslashes and C0 controls escaped,
 *       other characters kept as UTF-8); integers are JSON integers; decimals are JSON numbers
 *       rounded to the column scale and never in exponent notation (12.35, 3.00); an absent value,
 *       NaN or an infinity is {@code null};
 *   <li>JSON: one array, one object per line: {@code [\n{...},\n{...}\n]\n}, or {@code []\n} when
 *       there are no rows;
 *   <li>JSON Lines: each object followed by "\n", nothing for no rows.
 * </ul>
 *
 * Header, BOM, formula guarding and notes do not apply (a BOM is not allowed in JSON).
 */
final class JsonRenderer implements RowSink {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private final List<Column> columns;
  private final boolean lines;
  private final JsonGenerator json;
  private boolean closed;

  JsonRenderer(List<Column> columns, Writer out, boolean lines) throws IOException {
    this.columns = List.copyOf(columns);
    this.lines = lines;
    this.json = FACTORY.createGenerator(out);
    if (lines) {
      json.setPrettyPrinter(new MinimalPrettyPrinter(""));
    } else {
      json.setPrettyPrinter(new ObjectPerLine());
      json.writeStartArray();
    }
  }

  @Override
  public void row(List<?> cells) throws IOException {
    Renderers.checkRow(columns, cells);
    Object[] values = new Object[cells.size()]; // converted first: a bad cell writes nothing
    for (int i = 0; i < values.length; i++) {
      Column column = columns.get(i);
      Object cell = cells.get(i);
      values[i] = switch (column.kind()) {
        case TEXT -> CellFormat.text(column, cell);
        case INTEGER -> cell == null ? null : CellFormat.integer(column, cell);
        case DECIMAL -> CellFormat.decimal(column, cell);
      };
    }
    json.writeStartObject();
    for (int i = 0; i < values.length; i++) {
      json.writeFieldName(columns.get(i).name());
      Object value = values[i];
      if (value == null) {
        json.writeNull();
      } else if (value instanceof String text) {
        json.writeString(text);
      } else if (value instanceof Long integer) {
        json.writeNumber(integer);
      } else {
        json.writeNumber((BigDecimal) value);
      }
    }
    json.writeEndObject();
    if (lines) {
      json.writeRaw('\n');
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (!lines) {
      json.writeEndArray();
      json.writeRaw('\n');
    }
    json.close(); // flushes; the target writer stays open (AUTO_CLOSE_TARGET is off)
  }

  /** Compact objects, one per line, inside an array whose brackets sit on their own lines. */
  private static final class ObjectPerLine extends MinimalPrettyPrinter {

    ObjectPerLine() {
      super("");
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(",\n");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
      if (nrOfValues > 0) {
        g.writeRaw('\n');
      }
      g.writeRaw(']');
    }
  }
}
