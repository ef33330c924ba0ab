package dev.kalima.cli;

import dev.kalima.io.Problems;
import dev.kalima.output.DisplayText;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything one run shares: the streams it reads and writes, the user's diagnostic preferences
 * and the tally of problems that decides the exit code. Created by {@link Main} per run; nothing
 * here is global.
 */
public final class RunContext implements Problems {

  private final InputStream in;
  private final Writer out;
  private final PrintWriter err;
  private final boolean stdoutIsTerminal;
  private final boolean stderrIsTerminal;
  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicInteger warnings = new AtomicInteger();
  private volatile boolean debug;
  private volatile boolean quiet;

  public RunContext(InputStream in, Writer out, PrintWriter err, boolean stdoutIsTerminal) {
    this(in, out, err, stdoutIsTerminal, false);
  }

  /** @param stderrIsTerminal whether standard error is a terminal (the progress line shows there) */
  public RunContext(
      InputStream in, Writer out, PrintWriter err, boolean stdoutIsTerminal, boolean stderrIsTerminal) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.stdoutIsTerminal = stdoutIsTerminal;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  /** A context on the process's own streams (UTF-8). */
  static RunContext system() {
    java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
    return new RunContext(
        System.in,
        new java.io.OutputStreamWriter(System.out, utf8),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, utf8), true),
        false);
  }

  public InputStream in() {
    return in;
  }

  /** Standard output, for results only. */
  public Writer out() {
    return out;
  }

  /** Standard error, for diagnostics only. */
  public PrintWriter err() {
    return err;
  }

  public boolean stdoutIsTerminal() {
    return stdoutIsTerminal;
  }

  public boolean stderrIsTerminal() {
    return stderrIsTerminal;
  }

  void configure(boolean debug, boolean quiet) {
    this.debug = debug;
    this.quiet = quiet;
  }

  public boolean debug() {
    return debug;
  }

  public boolean quiet() {
    return quiet;
  }

  @Override
  public void error(String source, String message, Throwable cause) {
    errors.incrementAndGet();
    synchronized (err) {
      err.println("kalima: " + visible(source) + ": " + visible(message));
      if (debug && cause != null) {
        cause.printStackTrace(err);
      }
      err.flush();
    }
  }

  @Override
  public void warning(String source, String message) {
    warnings.incrementAndGet();
    if (quiet) {
      return;
    }
    synchronized (err) {
      err.println("kalima: " + visible(source) + ": warning: " + visible(message));
      err.flush();
    }
  }

  /**
   * {@code s} safe to print on a terminal: control characters, bidi overrides and line breaks (a
   * hostile file name, a byte of a file quoted in a message) become visible escapes ({@link
   * DisplayText#escapeControls}), so a diagnostic is always one line that cannot move the cursor
   * or change colours.
   */
  static String visible(String s) {
    return s == null ? "" : DisplayText.escapeControls(s);
  }

  /** Number of inputs that could not be read. */
  public int errors() {
    return errors.get();
  }

  /** 0 when every input was read, 1 when at least one could not be. */
  public int exitCode() {
    return errors.get() == 0 ? ExitCodes.OK : ExitCodes.INPUT_ERROR;
  }
}
