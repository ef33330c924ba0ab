package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden-file tests: each folder under {@code src/test/resources/golden/<case>/} holds
 *
 * <ul>
 *   <li>{@code args}: the command line, one argument per line (an argument naming a file of the
 *       case folder is resolved against it; other paths are relative to the project root, e.g.
 *       {@code examples/ar-news.txt});
 *   <li>{@code stdin} (optional): bytes fed to standard input;
 *   <li>{@code stdout}, {@code stderr} (optional, empty if absent), {@code exit}: what kalima must
 *       print and return, compared byte for byte.
 * </ul>
 *
 * The case folder's absolute path is removed from the outputs, so they show the names as typed.
 * Run with {@code -Dgolden.update=true} to rewrite the expected files from the actual output; then
 * review the diff.
 */
class GoldenFileTest {

  private static final Path ROOT = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TestFactory
  Stream<DynamicTest> goldenCases() throws IOException {
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(ROOT)) {
      dirs.filter(d -> Files.isRegularFile(d.resolve("args"))).sorted().forEach(cases::add);
    }
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  static void check(Path dir) throws IOException {
    Path abs = dir.toAbsolutePath();
    List<String> args = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8)) {
      if (line.isEmpty()) {
        continue;
      }
      args.add(Files.exists(abs.resolve(line)) && !line.equals("-") ? abs.resolve(line).toString() : line);
    }
    Path stdinFile = dir.resolve("stdin");
    InputStream stdin =
        Files.exists(stdinFile) ? Files.newInputStream(stdinFile) : new ByteArrayInputStream(new byte[0]);
    Result r = run(stdin, args.toArray(String[]::new));
    String prefix = abs + "/";
    String stdout = r.out.replace(prefix, "");
    String stderr = r.err.replace(prefix, "");
    if (UPDATE) {
      Files.writeString(dir.resolve("stdout"), stdout, StandardCharsets.UTF_8);
      if (stderr.isEmpty()) {
        Files.deleteIfExists(dir.resolve("stderr"));
      } else {
        Files.writeString(dir.resolve("stderr"), stderr, StandardCharsets.UTF_8);
      }
      Files.writeString(dir.resolve("exit"), r.exit + "\n", StandardCharsets.UTF_8);
      return;
    }
    String expectedOut = read(dir.resolve("stdout"));
    String expectedErr = read(dir.resolve("stderr"));
    int expectedExit = Integer.parseInt(read(dir.resolve("exit")).strip());
    if (!expectedOut.equals(stdout) || !expectedErr.equals(stderr) || expectedExit != r.exit) {
      fail(
          "golden case " + dir.getFileName() + " differs\n"
              + "--- expected exit " + expectedExit + ", actual " + r.exit + "\n"
              + "--- expected stdout:\n" + expectedOut
              + "--- actual stdout:\n" + stdout
              + "--- expected stderr:\n" + expectedErr
              + "--- actual stderr:\n" + stderr);
    }
    assertEquals(expectedOut, stdout);
  }

  private static String read(Path p) throws IOException {
    return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
  }

  /** What one in-process run printed and returned. */
  record Result(int exit, String out, String err) {}

  /** Runs kalima in process with in-memory streams (no terminal, so no colour). */
  static Result run(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter errWriter = new PrintWriter(err);
    int exit = Main.run(stdin, out, errWriter, false, args);
    errWriter.flush();
    return new Result(exit, out.toString(), err.toString());
  }

  static Result run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }
}
