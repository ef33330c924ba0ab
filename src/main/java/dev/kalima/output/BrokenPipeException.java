package dev.kalima.output;

import java.io.IOException;

/**
 * The reader at the other end of standard output went away (for example {@code kalima ... | head}).
 * Not an error for a command-line tool: stop writing and exit quietly with status 0.
 */
public final class BrokenPipeException extends IOException {

  public BrokenPipeException(IOException cause) {
    super("broken pipe", cause);
  }
}
