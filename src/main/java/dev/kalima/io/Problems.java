package dev.kalima.io;

/**
 * Receives what went wrong with individual inputs, so that one bad input never stops the others.
 * Implemented by the command layer, which prints {@code kalima: <source>: <message>} and keeps the
 * tally that decides the exit code.
 */
public interface Problems {

  /** The input could not be read; it contributes nothing. Makes the run exit 1. */
  void error(String source, String message, Throwable cause);

  /** Something a user should know; the input was still processed (or deliberately skipped). */
  void warning(String source, String message);
}
