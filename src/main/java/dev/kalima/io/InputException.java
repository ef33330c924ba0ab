package dev.kalima.io;

/**
 * A problem with one input that users can act on; the message is written for them and does not
 * repeat the source name (the caller prints {@code kalima: <source>: <message>}).
 *
 * <p>{@link #binary()} tells a binary input (deliberately not read) apart from a read error, so
 * that the caller can skip binaries found while walking a directory with a warning and report
 * explicitly named ones as errors.
 */
public final class InputException extends java.io.IOException {

  /**
   * The message of {@link #binaryFile(Source)}. It says nothing of what happens next: the caller
   * decides whether the file is an error (named on the command line) or skipped with a warning.
   */
  public static final String BINARY_MESSAGE = "binary file";

  private final transient Source source;
  private final boolean binary;

  public InputException(Source source, String message) {
    this(source, message, null, false);
  }

  public InputException(Source source, String message, Throwable cause) {
    this(source, message, cause, false);
  }

  private InputException(Source source, String message, Throwable cause, boolean binary) {
    super(message, cause);
    this.source = source;
    this.binary = binary;
  }

  /** The input looks binary (NUL bytes or a known file signature), so it was not decoded. */
  public static InputException binaryFile(Source source) {
    return new InputException(source, BINARY_MESSAGE, null, true);
  }

  public Source source() {
    return source;
  }

  /** True when the input was refused because it is binary, false for every other problem. */
  public boolean binary() {
    return binary;
  }
}
