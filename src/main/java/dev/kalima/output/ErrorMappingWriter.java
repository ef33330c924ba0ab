package dev.kalima.output;

import java.io.IOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/**
 * A writer that turns the I/O errors of the writer it wraps into the exceptions its owner wants
 * users to see (a full disk as {@link OutputException}, a closed pipe as {@link
 * BrokenPipeException}). {@link #close()} only flushes: the wrapped writer's owner closes it.
 */
final class ErrorMappingWriter extends Writer {

  private final Writer delegate;
  private final UnaryOperator<IOException> mapper;

  ErrorMappingWriter(Writer delegate, UnaryOperator<IOException> mapper) {
    this.delegate = delegate;
    this.mapper = mapper;
  }

  @Override
  public void write(int c) throws IOException {
    try {
      delegate.write(c);
    } catch (IOException e) {
      throw mapper.apply(e);
    }
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    try {
      delegate.write(buf, off, len);
    } catch (IOException e) {
      throw mapper.apply(e);
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    try {
      delegate.write(s, off, len);
    } catch (IOException e) {
      throw mapper.apply(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      delegate.flush();
    } catch (IOException e) {
      throw mapper.apply(e);
    }
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
