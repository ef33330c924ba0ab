package dev.kalima.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads a user's stopword file: one word per line, UTF-8, blank lines and # comments ignored. */
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
    } catch (IOException e) {
      throw new CommandException(file + ": cannot read stopword file: " + e.getMessage(), e);
    }
    return Set.copyOf(words);
  }
}
