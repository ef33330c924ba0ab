package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests for directory walking found while hardening kalima against bad input (issue 6). */
class WalkRegressionTest {

  @Test
  void walkWarningsComeSortedByPathNotInFileSystemOrder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("words.txt"), "x");
    List<String> expected = new ArrayList<>();
    for (int i = 19; i >= 0; i--) {
      String name = String.format(java.util.Locale.ROOT, "loop%02d", i);
      Files.createSymbolicLink(dir.resolve(name), Path.of("."));
      expected.add(0, dir.resolve(name) + ": symbolic link loop (not followed again)");
    }
    List<String> warnings = new ArrayList<>();
    Problems problems =
        new Problems() {
          @Override
          public void error(String source, String message, Throwable cause) {
            throw new AssertionError(source + ": " + message);
          }

          @Override
          public void warning(String source, String message) {
            warnings.add(source + ": " + message);
          }
        };
    List<Source> found = new InputFinder(InputSelection.defaults()).find(List.of(dir.toString()), problems);
    assertEquals(List.of(dir.resolve("words.txt")), found.stream().map(Source::path).toList());
    assertEquals(expected, warnings);
  }
}
