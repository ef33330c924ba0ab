package dev.kalima.cli;

import java.io.IOException;

/** A failure of the whole run (output not writable, stopword file missing); the message is complete and written for users. */
final class CommandException extends IOException {
  CommandException(String message, Throwable cause) {
    super(message, cause);
  }
}
