package dev.kalima.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a user's stopword file: one word per line, UTF-8 (a byte order mark is skipped), blank
 * lines and # comments ignored. A file that cannot be read fails the run with one line: "no such
 * stopword file", or "cannot read stopword file: " and the reason ("not UTF-8", "is a directory",
 * "permission denied", else the system's).
 */
final class Stopwords {

  private Stopwords() {}

  static Set<String> read(Path file) throws IOException {
    if (file == null) {
      return Set.of();
    }
    Set<String> words = new LinkedHashSet<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String w = line.strip();
        if (w.startsWith("\uFEFF")) {
          w = w.substring(1).strip();
        }
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
    } catch (NoSuchFileException e) {
      throw new CommandException(file + ": no such stopword file", e);
    } catch (CharacterCodingException e) {
      throw new CommandException(file + ": cannot read stopword file: not UTF-8", e);
    } catch (IOException e) {
      throw new CommandException(file + ": cannot read stopword file: " + reason(file, e), e);
    }
    return Set.copyOf(words);
  }

  /**
   * The reason in the words kalima uses for inputs ("is a directory", "permission denied"), for
   * a file that could not be read ({@code null}: standard input).
   */
  static String reason(Path file, IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (file != null && Files.isDirectory(file)) {
      return "is a directory";
    }
    String m = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
