package dev.kalima.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Turns low-level I/O failures into short messages written for users. */
final class InputErrors {

  private InputErrors() {}

  /**
   * The user-facing message for an I/O failure:
   *
   * <ul>
   *   <li>missing file: "no such file or directory";
   *   <li>access denied: "permission denied";
   *   <li>a directory where a file was expected: "is a directory";
   *   <li>a symbolic link loop: "symbolic link loop";
   *   <li>anything else: "read error: " followed by the system's reason.
   * </ul>
   */
  static String message(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    String reason =
        e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      reason = e.getClass().getSimpleName();
    }
    String lower = reason.toLowerCase(Locale.ROOT);
    if (lower.contains("is a directory")) {
      return "is a directory";
    }
    if (lower.contains("permission denied")) {
      return "permission denied";
    }
    if (lower.contains("no such file")) {
      return "no such file or directory";
    }
    return "read error: " + reason;
  }

  /** {@code e} itself if it already is an {@link InputException}, else one with {@link #message}. */
  static InputException wrap(Source source, IOException e) {
    if (e instanceof InputException ie) {
      return ie;
    }
    return new InputException(source, message(e), e);
  }

  static InputException wrap(Source source, UncheckedIOException e) {
    return wrap(source, e.getCause());
  }
}
