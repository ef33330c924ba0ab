package dev.kalima.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns command-line operands into an ordered list of sources.
 *
 * <ul>
 *   <li>"-" is standard input; no operand at all also means standard input;
 *   <li>a file is itself (whatever its name);
 *   <li>a directory is walked recursively, keeping the files the {@link InputSelection} selects,
 *       sorted by path so that the order never depends on the file system;
 *   <li>a missing operand is reported to {@link Problems#error} and skipped.
 * </ul>
 */
public final class InputFinder {

  private final InputSelection selection;

  public InputFinder(InputSelection selection) {
    this.selection = selection;
  }

  public List<Source> find(List<String> operands, Problems problems) {
    List<Source> out = new ArrayList<>();
    if (operands.isEmpty()) {
      out.add(Source.stdin());
      return out;
    }
    for (String operand : operands) {
      if (operand.equals(Source.STDIN_NAME)) {
        out.add(Source.stdin());
        continue;
      }
      Path path = Path.of(operand);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .sorted()
              .forEach(p -> out.add(Source.file(p, false)));
        } catch (IOException e) {
          problems.error(operand, "cannot read directory", e);
        }
      } else if (Files.exists(path)) {
        out.add(Source.file(path, true));
      } else {
        problems.error(operand, "no such file or directory", null);
      }
    }
    return out;
  }
}
