package dev.kalima.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kalima.output.model.Column;
import dev.kalima.output.model.RowSink;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RenderersTest {

  private static final List<Column> COLUMNS = List.of(Column.text("t"), Column.integer("n"));

  @ParameterizedTest
  @EnumSource(Format.class)
  void rowsOfTheWrongSizeAreRefused(Format format) throws IOException {
    try (RowSink sink = Renderers.open(format, COLUMNS, new StringWriter(), RenderOptions.DEFAULT)) {
      assertThrows(IllegalArgumentException.class, () -> sink.row(List.of("only one")));
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void cellsOfTheWrongTypeAreRefused(Format format) throws IOException {
    try (RowSink sink = Renderers.open(format, COLUMNS, new StringWriter(), RenderOptions.DEFAULT)) {
      assertThrows(IllegalArgumentException.class, () -> sink.row(List.of("x", "not a number")));
    }
  }

  @Test
  void noColumnsIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> Renderers.open(Format.CSV, List.of(), new StringWriter(), RenderOptions.DEFAULT));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void closeFlushesButNeverClosesTheWriter(Format format) throws IOException {
    TrackingWriter out = new TrackingWriter();
    try (RowSink sink = Renderers.open(format, COLUMNS, out, RenderOptions.DEFAULT)) {
      sink.row(Arrays.asList("x", 1));
    }
    assertFalse(out.closed);
    assertEquals(true, out.flushed);
    out.write("still open");
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"CSV", "TSV", "JSON", "JSONL", "MARKDOWN"})
  void streamingFormatsWriteEachRowBeforeClose(Format format) throws IOException {
    StringWriter out = new StringWriter();
    RowSink sink = Renderers.open(format, COLUMNS, out, RenderOptions.DEFAULT);
    // Jackson keeps a buffer of its own; flushing the sink's writer is the caller's business,
    // so push enough rows to overflow every buffer and check they reached the writer.
    String marker = "row-" + "m".repeat(100);
    for (int i = 0; i < 200; i++) {
      sink.row(Arrays.asList(marker, i));
    }
    int before = out.toString().split(marker, -1).length - 1;
    sink.close();
    assertFalse(before == 0, format + " wrote nothing before close");
  }

  private static final class TrackingWriter extends Writer {
    final StringWriter delegate = new StringWriter();
    boolean closed;
    boolean flushed;

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      if (closed) {
        throw new IOException("closed");
      }
      delegate.write(buf, off, len);
    }

    @Override
    public void flush() {
      flushed = true;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
