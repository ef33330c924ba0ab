package dev.kalima.output;

import java.io.IOException;

/**
 * An output could not be written. The message is written for users ("cannot write out.csv:
 * permission denied") and can be shown as it is; the cause keeps the system's own exception.
 */
public final class OutputException extends IOException {

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
