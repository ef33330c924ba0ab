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
 *       case folder, or a path below one of its subfolders, is resolved against it; other
 *       paths are relative to the project root, e.g. {@code examples/ar-news.txt});
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
    check(dir, dir);
  }

  /**
   * Runs the case in {@code dir} with its files taken from {@code work} (a copy of the case folder
   * that a test may have added generated files to): arguments resolve against {@code work} and its
   * absolute path is removed from the outputs. The expected files are read from (or with {@code
   * -Dgolden.update=true} written to) {@code dir}. Returns what kalima printed, for further checks.
   */
  static Result check(Path dir, Path work) throws IOException {
    Path abs = work.toAbsolutePath();
    List<String> args = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8)) {
      if (line.isEmpty()) {
        continue;
      }
      args.add(inCase(abs, line) ? abs.resolve(line).toString() : line);
    }
    Path stdinFile = work.resolve("stdin");
    InputStream stdin =
        Files.exists(stdinFile) ? Files.newInputStream(stdinFile) : new ByteArrayInputStream(new byte[0]);
    Result r = run(stdin, args.toArray(String[]::new));
    String prefix = abs + "/";
    String stdout = r.out.replace(prefix, "");
    String stderr = r.err.replace(prefix, "");
    Result shown = new Result(r.exit, stdout, stderr);
    if (UPDATE) {
      Files.writeString(dir.resolve("stdout"), stdout, StandardCharsets.UTF_8);
      if (stderr.isEmpty()) {
        Files.deleteIfExists(dir.resolve("stderr"));
      } else {
        Files.writeString(dir.resolve("stderr"), stderr, StandardCharsets.UTF_8);
      }
      Files.writeString(dir.resolve("exit"), r.exit + "\n", StandardCharsets.UTF_8);
      return shown;
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
    return shown;
  }

  /**
   * Whether argument {@code arg} names a file of the case folder {@code abs}: an existing one, or
   * one below an existing subfolder (an {@code --output} file, possibly in a missing folder).
   */
  private static boolean inCase(Path abs, String arg) {
    if (arg.equals("-") || arg.startsWith("-") || arg.startsWith("/")) {
      return false;
    }
    Path p = abs.resolve(arg);
    return Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
        || (arg.contains("/") && Files.isDirectory(abs.resolve(arg.substring(0, arg.indexOf('/')))));
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
