package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad-input cases (issue 6): each folder under {@code src/test/resources/bad-inputs/<case>/} is a
 * golden case ({@link GoldenFileTest}: {@code args}, optional {@code stdin} and input files,
 * expected {@code stdout}, {@code stderr} and {@code exit}) plus an optional {@code setup} file
 * that generates inputs git cannot hold or that would be unreadable in the repository. The case
 * folder is copied to a temporary directory, {@code setup} runs there, then kalima runs in
 * process through {@link GoldenFileTest#check(Path, Path)}.
 *
 * <p>{@code setup} holds one command per line ({@code #} starts a comment); TEXT runs to the end of
 * the line; the first NAME or PATH and every TEXT may hold these escapes:
 * {@code \n}, {@code \t}, {@code \\}, {@code \s} (a space), {@code \}{@code uXXXX} (a UTF-16
 * unit; the text is written as UTF-8) and {@code \xHH} (a raw byte, for malformed input):
 *
 * <ul>
 *   <li>{@code write NAME TEXT}: a file (parent folders are created);
 *   <li>{@code random NAME BYTES SEED}: BYTES pseudo-random bytes from {@code java.util.Random(SEED)};
 *   <li>{@code mkdir DIR}: an (empty) folder;
 *   <li>{@code deep DIR DEPTH NAME TEXT}: a file DEPTH folders below DIR;
 *   <li>{@code symlink LINK TARGET}: a symbolic link;
 *   <li>{@code unreadable PATH}: permissions 000; the case is skipped when running as root (root
 *       reads anything);
 *   <li>{@code readonly DIR}: permissions 555; also skipped as root;
 *   <li>{@code fifo NAME TEXT}: a named pipe that a background thread fills with TEXT; the case
 *       is skipped where {@code mkfifo} is missing.
 * </ul>
 *
 * Every case also checks what holds for all bad input: stderr never shows a stack trace (no
 * {@code "\tat "}, no {@code "Exception"}) since no case passes {@code --debug}, and the run leaves
 * no file behind in the case folder except those listed in an optional {@code creates} file (so
 * no partial output and no stale temporary file); each file under an optional {@code
 * expected-files/} folder must then be in the case folder with that exact content (an {@code
 * --output} file).
 */
class BadInputsTest {

  private static final Path ROOT = Path.of("src/test/resources/bad-inputs");
  private static final String EXPECTED_FILES = "expected-files";

  @TestFactory
  Stream<DynamicTest> badInputs() throws IOException {
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(ROOT)) {
      dirs.filter(d -> Files.isRegularFile(d.resolve("args"))).sorted().forEach(cases::add);
    }
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> runCase(dir)));
  }

  private static void runCase(Path dir) throws Exception {
    Path work = Files.createTempDirectory("kalima-bad-input-");
    List<Thread> writers = new ArrayList<>();
    try {
      copy(dir, work);
      Path setup = work.resolve("setup");
      if (Files.exists(setup)) {
        for (String line : Files.readAllLines(setup, StandardCharsets.UTF_8)) {
          if (!line.isBlank() && !line.startsWith("#")) {
            setUp(work, split(line.strip()), writers);
          }
        }
      }
      TreeSet<String> before = listing(work);
      // a hang (an input never recognised as binary, an unbounded loop) fails instead of blocking
      GoldenFileTest.Result r =
          assertTimeoutPreemptively(Duration.ofSeconds(120), () -> GoldenFileTest.check(dir, work));
      assertFalse(r.err().contains("\tat "), "stack trace on stderr:\n" + r.err());
      assertFalse(r.err().contains("Exception"), "exception name on stderr:\n" + r.err());
      TreeSet<String> after = listing(work);
      Path creates = dir.resolve("creates");
      if (Files.exists(creates)) {
        for (String name : Files.readAllLines(creates, StandardCharsets.UTF_8)) {
          if (!name.isBlank()) {
            before.add(name.strip());
          }
        }
      }
      assertEquals(before, after, "files in the case folder after the run");
      Path expectedFiles = dir.resolve(EXPECTED_FILES);
      if (Files.isDirectory(expectedFiles)) {
        try (Stream<Path> files = Files.walk(expectedFiles)) {
          for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
            Path actual = work.resolve(expectedFiles.relativize(f).toString());
            assertEquals(
                Files.readString(f, StandardCharsets.UTF_8),
                Files.readString(actual, StandardCharsets.UTF_8),
                "content of " + expectedFiles.relativize(f));
          }
        }
      }
    } finally {
      for (Thread t : writers) {
        t.interrupt();
      }
      delete(work);
    }
  }

  private static void setUp(Path work, String[] cmd, List<Thread> writers) throws Exception {
    if (cmd.length > 1) {
      cmd[1] = new String(bytes(cmd[1]), StandardCharsets.UTF_8); // names may hold escapes too
    }
    switch (cmd[0]) {
      case "write" -> write(work.resolve(cmd[1]), bytes(cmd.length > 2 ? cmd[2] : ""));
      case "random" -> {
        byte[] b = new byte[Integer.parseInt(cmd[2])];
        new Random(Long.parseLong(cmd[3])).nextBytes(b);
        write(work.resolve(cmd[1]), b);
      }
      case "mkdir" -> Files.createDirectories(work.resolve(cmd[1]));
      case "deep" -> {
        Path d = work.resolve(cmd[1]);
        for (int i = 0; i < Integer.parseInt(cmd[2]); i++) {
          d = d.resolve("d");
        }
        write(d.resolve(cmd[3]), bytes(cmd[4]));
      }
      case "symlink" -> {
        Path link = work.resolve(cmd[1]);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, Path.of(cmd[2]));
      }
      case "unreadable" -> {
        assumeTrue(!isRoot(), "running as root: permissions do not stop reads");
        Files.setPosixFilePermissions(work.resolve(cmd[1]), PosixFilePermissions.fromString("---------"));
      }
      case "readonly" -> {
        assumeTrue(!isRoot(), "running as root: permissions do not stop writes");
        Files.setPosixFilePermissions(work.resolve(cmd[1]), PosixFilePermissions.fromString("r-xr-xr-x"));
      }
      case "fifo" -> {
        Path fifo = work.resolve(cmd[1]);
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        byte[] content = bytes(cmd.length > 2 ? cmd[2] : "");
        Thread writer =
            new Thread(
                () -> {
                  try (OutputStream out = Files.newOutputStream(fifo)) {
                    out.write(content);
                  } catch (IOException e) {
                    // the reader went away; the case's own checks tell what happened
                  }
                },
                "fifo-writer");
        writer.setDaemon(true);
        writer.start();
        writers.add(writer);
      }
      default -> throw new IllegalArgumentException("unknown setup command: " + String.join(" ", cmd));
    }
  }

  /** A setup line as words; TEXT, the last argument of write, fifo and deep, runs to the end of the line. */
  private static String[] split(String line) {
    String verb = line.split(" ", 2)[0];
    int parts =
        switch (verb) {
          case "write", "fifo" -> 3;
          case "deep" -> 5;
          default -> 0;
        };
    return line.split(" +", parts);
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean mkfifo(Path path) {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The bytes of a setup TEXT: escapes as described in the class comment, the rest as UTF-8. */
  static byte[] bytes(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder pending = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        pending.append(c);
        continue;
      }
      char e = text.charAt(++i);
      switch (e) {
        case 'n' -> pending.append('\n');
        case 't' -> pending.append('\t');
        case 's' -> pending.append(' ');
        case '\\' -> pending.append('\\');
        case 'u' -> {
          pending.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'x' -> {
          out.writeBytes(pending.toString().getBytes(StandardCharsets.UTF_8));
          pending.setLength(0);
          out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
          i += 2;
        }
        default -> throw new IllegalArgumentException("unknown escape \\" + e + " in " + text);
      }
    }
    out.writeBytes(pending.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void write(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all.filter(p -> !p.startsWith(from.resolve(EXPECTED_FILES)))::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Every path below {@code dir}, relative, without following links. */
  private static TreeSet<String> listing(Path dir) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            if (!d.equals(dir)) {
              names.add(dir.relativize(d) + "/");
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            names.add(dir.relativize(f).toString());
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            names.add(dir.relativize(f).toString());
            return FileVisitResult.CONTINUE;
          }
        });
    return names;
  }

  /** Deletes {@code dir} and everything below it, without following links, restoring permissions first. */
  private static void delete(Path dir) throws IOException {
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
            Files.delete(f);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
            if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
              Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwx------"));
              delete(f); // a folder that could not be opened
            } else {
              Files.delete(f);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
