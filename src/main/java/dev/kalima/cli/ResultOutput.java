package dev.kalima.cli;

import dev.kalima.output.Format;
import dev.kalima.output.Renderers;
import dev.kalima.output.model.Column;
import dev.kalima.output.model.RowSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The destination of a command's rows: standard output, or an {@code --output} file that is
 * written to a temporary file beside it and renamed over it only when complete.
 */
final class ResultOutput implements AutoCloseable {

  private final RowSink sink;
  private final Writer writer;
  private final Path target;
  private final Path temp;
  private boolean committed;

  private ResultOutput(RowSink sink, Writer writer, Path target, Path temp) {
    this.sink = sink;
    this.writer = writer;
    this.target = target;
    this.temp = temp;
  }

  static ResultOutput open(OutputOptions options, RunContext context, List<Column> columns)
      throws IOException {
    Format format = options.format();
    boolean color = options.output() == null && context.stdoutIsTerminal() && System.getenv("NO_COLOR") == null;
    if (options.output() == null) {
      Writer out = context.out();
      return new ResultOutput(
          Renderers.open(format, columns, out, options.renderOptions(color)), out, null, null);
    }
    Path target = options.output().toAbsolutePath();
    Path dir = target.getParent();
    Path temp;
    try {
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      throw new CommandException(options.output() + ": cannot write: " + reason(e), e);
    }
    Writer out =
        new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8));
    return new ResultOutput(
        Renderers.open(format, columns, out, options.renderOptions(false)), out, target, temp);
  }

  RowSink sink() {
    return sink;
  }

  /** Finishes the output: flushes standard output, or renames the complete file into place. */
  void commit() throws IOException {
    sink.close();
    if (temp == null) {
      writer.flush();
    } else {
      writer.close();
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new CommandException(target + ": cannot write: " + reason(e), e);
      }
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed && temp != null) {
      try {
        writer.close();
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
