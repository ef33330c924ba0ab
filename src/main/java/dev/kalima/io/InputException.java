package dev.kalima.io;

/**
 * A problem with one input that users can act on; the message is written for them and does not
 * repeat the source name (the caller prints {@code kalima: <source>: <message>}).
 */
public final class InputException extends java.io.IOException {

  private final transient Source source;

  public InputException(Source source, String message) {
    super(message);
    this.source = source;
  }

  public InputException(Source source, String message, Throwable cause) {
    super(message, cause);
    this.source = source;
  }

  public Source source() {
    return source;
  }
}
