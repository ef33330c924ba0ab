package dev.kalima.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a document comes from: a file, or standard input ({@code path == null}).
 *
 * @param name how the source is shown to users: the operand as typed, or the path found while
 *     walking a directory (relative to the operand), or "-" for standard input
 * @param path the file to read, or {@code null} for standard input
 * @param explicit true when the user named this file on the command line; false when it was found
 *     by walking a directory (binary files found that way are skipped with a warning)
 */
public record Source(String name, Path path, boolean explicit) {

  public static final String STDIN_NAME = "-";

  public Source {
    Objects.requireNonNull(name, "name");
  }

  public static Source stdin() {
    return new Source(STDIN_NAME, null, true);
  }

  public static Source file(Path path, boolean explicit) {
    return new Source(path.toString(), path, explicit);
  }

  public boolean isStdin() {
    return path == null;
  }

  @Override
  public String toString() {
    return name;
  }
}
