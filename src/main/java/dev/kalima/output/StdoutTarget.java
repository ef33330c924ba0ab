package dev.kalima.output;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Standard output as a UTF-8 {@link Writer} that reports a closed pipe.
 *
 * <p>{@link System#out} is a {@link java.io.PrintStream}, which swallows write errors, so a command
 * piped into {@code head} would go on computing and writing into nothing. The writer from {@link
 * #open()} writes straight to file descriptor 1 and turns the "broken pipe" error into a {@link
 * BrokenPipeException}, so the caller can stop early and exit 0. Every other write error becomes an
 * {@link OutputException} "cannot write to standard output: <reason>" (the system's message in
 * lower case, e.g. "no space left on device"), with the original as its cause.
 *
 * <p>The writer is buffered; {@code close()} only flushes, file descriptor 1 stays open. Do not
 * mix it with {@code System.out} in one run, their buffers are separate. Do not wrap it in a
 * {@link java.io.PrintWriter}, which would swallow the exception again.
 */
public final class StdoutTarget {

  private StdoutTarget() {}

  /** A buffered UTF-8 writer on file descriptor 1 that throws {@link BrokenPipeException}. */
  public static Writer open() {
    return writer(new FileOutputStream(FileDescriptor.out));
  }

  /**
   * A buffered UTF-8 writer on {@code out} that turns broken-pipe errors into {@link
   * BrokenPipeException}; closing it flushes but leaves {@code out} open.
   */
  public static Writer writer(OutputStream out) {
    return new FailOnce(
        new ErrorMappingWriter(
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
            StdoutTarget::map));
  }

  /**
   * After its first write error, every write throws that same error again and {@code flush()}
   * does nothing: the error was already thrown to the writing code, which reports it (or, for a
   * broken pipe, stops quietly), so the final flush in {@code main} must not report it twice.
   * Output is never half-committed by this: standard output has no commit.
   */
  private static final class FailOnce extends Writer {
    private final Writer delegate;
    private IOException failure;

    FailOnce(Writer delegate) {
      this.delegate = delegate;
    }

    @Override
    public void write(int c) throws IOException {
      check();
      try {
        delegate.write(c);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      check();
      try {
        delegate.write(buf, off, len);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      check();
      try {
        delegate.write(s, off, len);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void flush() throws IOException {
      if (failure != null) {
        return;
      }
      try {
        delegate.flush();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    /** Only flushes: file descriptor 1 stays open. */
    @Override
    public void close() throws IOException {
      flush();
    }

    private void check() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }

    private IOException failed(IOException e) {
      failure = e;
      return e;
    }
  }

  /**
   * True if {@code e} (or a cause) is the operating system's "the reader has gone" error: EPIPE
   * ("Broken pipe") on Linux and macOS, "The pipe is being closed" or "The pipe has been ended" on
   * Windows.
   */
  static boolean isBrokenPipe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BrokenPipeException) {
        return true;
      }
      String message = t.getMessage();
      if (message != null) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("broken pipe")
            || m.contains("pipe is being closed")
            || m.contains("pipe has been ended")) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static IOException map(IOException e) {
    if (e instanceof BrokenPipeException || e instanceof OutputException) {
      return e;
    }
    if (isBrokenPipe(e)) {
      return new BrokenPipeException(e);
    }
    String reason = e.getMessage();
    return new OutputException(
        "cannot write to standard output: "
            + (reason == null ? e.getClass().getSimpleName() : reason.toLowerCase(Locale.ROOT)),
        e);
  }
}
