package dev.kalima.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

  @TempDir Path dir;

  @Test
  void commitReplacesTheTargetAndLeavesNoTempFile() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old\n");
    try (AtomicOutput output = AtomicOutput.open(target)) {
      output.writer().write("new كتاب\n");
      assertEquals("old\n", Files.readString(target), "target untouched until commit");
      output.commit();
    }
    assertEquals("new كتاب\n", Files.readString(target, StandardCharsets.UTF_8));
    assertEquals(List.of("out.csv"), names(dir));
  }

  @Test
  void createsAMissingTarget() throws IOException {
    Path target = dir.resolve("new.json");
    try (AtomicOutput output = AtomicOutput.open(target)) {
      output.writer().write("[]\n");
      output.commit();
    }
    assertEquals("[]\n", Files.readString(target));
  }

  @Test
  void tempFileIsHiddenInTheSameDirectory() throws IOException {
    Path target = dir.resolve("out.csv");
    try (AtomicOutput output = AtomicOutput.open(target)) {
      assertEquals(target, output.target());
      List<String> during = names(dir);
      assertEquals(1, during.size());
      assertTrue(during.get(0).startsWith(".out.csv.") && during.get(0).endsWith(".tmp"), during.get(0));
    }
    assertEquals(List.of(), names(dir));
  }

  @Test
  void closeWithoutCommitKeepsTheOldFile() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old\n");
    try (AtomicOutput output = AtomicOutput.open(target)) {
      output.writer().write("half");
      output.writer().flush();
    }
    assertEquals("old\n", Files.readString(target));
    assertEquals(List.of("out.csv"), names(dir));
  }

  @Test
  void aFailureWhileWritingKeepsTheOldFile() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old\n");
    assertThrows(IllegalStateException.class, () -> {
      try (AtomicOutput output = AtomicOutput.open(target)) {
        output.writer().write("half");
        throw new IllegalStateException("renderer failed");
      }
    });
    assertEquals("old\n", Files.readString(target));
    assertEquals(List.of("out.csv"), names(dir));
  }

  @Test
  void closingTheWriterOnlyFlushes() throws IOException {
    Path target = dir.resolve("out.txt");
    try (AtomicOutput output = AtomicOutput.open(target)) {
      try (Writer w = output.writer()) {
        w.write("a");
      }
      output.commit();
    }
    assertEquals("a", Files.readString(target));
  }

  @Test
  void commitTwiceIsAMistake() throws IOException {
    try (AtomicOutput output = AtomicOutput.open(dir.resolve("x"))) {
      output.commit();
      assertThrows(IllegalStateException.class, output::commit);
    }
    assertEquals(List.of("x"), names(dir));
  }

  @Test
  void keepsTheTargetsPermissions() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    try (AtomicOutput output = AtomicOutput.open(target)) {
      output.commit();
    }
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }

  @Test
  void aNewFileGetsTheUsualPermissionsNotTheTempFilesOwnerOnly() throws IOException {
    Path usual = Files.createFile(dir.resolve("usual")); // 0666 minus the umask
    Path target = dir.resolve("out.csv");
    try (AtomicOutput output = AtomicOutput.open(target)) {
      output.commit();
    }
    assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(target));
  }

  @Test
  void writesThroughASymbolicLink() throws IOException {
    Path real = Files.writeString(dir.resolve("real.csv"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());
    try (AtomicOutput output = AtomicOutput.open(link)) {
      output.writer().write("new\n");
      output.commit();
    }
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new\n", Files.readString(real));
  }

  /**
   * A target that is not a regular file (a named pipe here; a device such as /dev/null or
   * /dev/stdout alike) is written straight into: renaming a temporary file over it would replace
   * the pipe or device with a plain file (as root, /dev/null itself) and the reader would never
   * see a byte.
   */
  @Test
  void aNamedPipeIsWrittenIntoNotReplaced() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException noMkfifo) {
      org.junit.jupiter.api.Assumptions.abort("mkfifo is not available");
      return;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    java.util.concurrent.CompletableFuture<String> read = new java.util.concurrent.CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                read.complete(Files.readString(fifo, StandardCharsets.UTF_8));
              } catch (IOException e) {
                read.completeExceptionally(e);
              }
            });
    reader.setDaemon(true); // blocks in open() for good if nobody ever writes into the pipe
    reader.start();
    try (AtomicOutput output = AtomicOutput.open(fifo)) {
      output.writer().write("rank,word\n1,كتاب\n");
      output.commit();
    }
    boolean stillAPipe = !Files.isRegularFile(fifo) && Files.exists(fifo);
    if (!stillAPipe) {
      // unblock nothing: the pipe the reader waits on is gone; fail without waiting
      org.junit.jupiter.api.Assertions.fail("the named pipe was replaced by a regular file");
    }
    assertEquals("rank,word\n1,كتاب\n", read.get(10, TimeUnit.SECONDS));
    assertEquals(List.of("pipe"), names(dir));
  }

  @Test
  void missingDirectoryIsReportedInPlainWords() {
    Path target = dir.resolve("nope").resolve("out.csv");
    IOException e = assertThrows(OutputException.class, () -> AtomicOutput.open(target));
    assertEquals("cannot write " + target + ": directory " + dir.resolve("nope") + " does not exist",
        e.getMessage());
  }

  @Test
  void parentThatIsAFileIsReportedInPlainWords() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Path target = file.resolve("out.csv");
    IOException e = assertThrows(OutputException.class, () -> AtomicOutput.open(target));
    assertEquals("cannot write " + target + ": " + file + " is not a directory", e.getMessage());
    assertEquals(List.of("file"), names(dir));
  }

  @Test
  void targetThatIsADirectoryIsReported() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    IOException e = assertThrows(OutputException.class, () -> AtomicOutput.open(sub));
    assertEquals("cannot write " + sub + ": is a directory", e.getMessage());
  }

  @Test
  void unwritableDirectoryIsReportedInPlainWords() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(locked), "running as root: permission bits are not enforced");
      Path target = locked.resolve("out.csv");
      IOException e = assertThrows(OutputException.class, () -> AtomicOutput.open(target));
      assertEquals("cannot write " + target + ": permission denied", e.getMessage());
      assertEquals(List.of(), names(locked));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void systemErrorsBecomePlainWords() {
    Path target = Path.of("out.csv");
    assertEquals("cannot write out.csv: no space left on device",
        AtomicOutput.describe(target, new IOException("No space left on device")).getMessage());
    assertEquals("cannot write out.csv: no space left on device",
        AtomicOutput.describe(target,
            new FileSystemException("/x/.out.csv.1.tmp", null, "No space left on device"))
            .getMessage());
    assertEquals("cannot write out.csv: permission denied",
        AtomicOutput.describe(target, new AccessDeniedException("/x/.out.csv.1.tmp")).getMessage());
    assertEquals("cannot write out.csv: read-only file system",
        AtomicOutput.describe(target,
            new FileSystemException("/x", null, "Read-only file system")).getMessage());
    assertEquals("cannot write out.csv: disk quota exceeded",
        AtomicOutput.describe(target, new IOException("Disk quota exceeded")).getMessage());
  }

  @Test
  void terminationWhileWritingLeavesTheOldFileAndNoTempFile() throws Exception {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old\n");
    Process child = new ProcessBuilder(
            StdoutTargetTest.javaBinary(), "-cp", System.getProperty("java.class.path"),
            OutputProcessMain.class.getName(), "atomic", target.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("ready", out.readLine());
      assertEquals(2, names(dir).size(), "the temp file exists while writing");
      child.destroy(); // SIGTERM: shutdown hooks run
      assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    }
    assertEquals("old\n", Files.readString(target));
    assertEquals(List.of("out.csv"), names(dir));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
