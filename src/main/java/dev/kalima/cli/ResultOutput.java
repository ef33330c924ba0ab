package dev.kalima.cli;

import dev.kalima.output.AtomicOutput;
import dev.kalima.output.Format;
import dev.kalima.output.Renderers;
import dev.kalima.output.model.Column;
import dev.kalima.output.model.RowSink;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The destination of a command's rows: standard output, or an {@code --output} file that is
 * written atomically ({@link AtomicOutput}: complete, or the old file untouched).
 */
final class ResultOutput implements AutoCloseable {

  private final RowSink sink;
  private final Writer writer;
  private final AtomicOutput file;

  private ResultOutput(RowSink sink, Writer writer, AtomicOutput file) {
    this.sink = sink;
    this.writer = writer;
    this.file = file;
  }

  static ResultOutput open(OutputOptions options, RunContext context, List<Column> columns)
      throws IOException {
    Format format = options.format();
    if (options.output() == null) {
      boolean color = context.stdoutIsTerminal() && System.getenv("NO_COLOR") == null;
      Writer out = context.out();
      return new ResultOutput(
          Renderers.open(format, columns, out, options.renderOptions(color)), out, null);
    }
    AtomicOutput file = AtomicOutput.open(options.output());
    try {
      return new ResultOutput(
          Renderers.open(format, columns, file.writer(), options.renderOptions(false)),
          file.writer(),
          file);
    } catch (IOException | RuntimeException e) {
      file.close();
      throw e;
    }
  }

  RowSink sink() {
    return sink;
  }

  /** Finishes the output: flushes standard output, or moves the complete file into place. */
  void commit() throws IOException {
    sink.close();
    writer.flush();
    if (file != null) {
      file.commit();
    }
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}
