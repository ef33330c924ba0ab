package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a real process shows (issue 6): a closed pipe, signals, the process's own standard
 * input and working directory. Each test starts {@code java dev.kalima.cli.Main} with the test
 * class path (so it runs during {@code mvn verify}, before the jar exists).
 */
class ProcessLevelTest {

  private static ProcessBuilder kalima(Path workingDir, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    if (workingDir != null) {
      pb.directory(workingDir.toFile());
    }
    return pb;
  }

  private static String stderr(Process p) throws IOException {
    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static String stderrUnchecked(Process p) {
    try {
      return stderr(p);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static void finish(Process p) throws InterruptedException {
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("kalima did not finish");
    }
  }

  @Test
  void stdoutClosedEarlyEndsQuietlyWithExitZero(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("many.txt");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      text.append("w").append(Integer.toString(i, 36).replace('0', 'x').replace('1', 'y')).append(' ');
    }
    Files.writeString(input, text, StandardCharsets.UTF_8);
    Process p = kalima(null, "words", "-f", "tsv", "--top", "0", "--lang", "en", input.toString()).start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("rank\tword\tcount\tpercent\tdocs", out.readLine()); // like `| head -1`
    }
    finish(p);
    String err = stderr(p);
    assertEquals(0, p.exitValue(), err);
    assertEquals("", err);
  }

  @Test
  void devStdinIsReadAsAStream() throws Exception {
    Process p = kalima(null, "words", "-f", "tsv", "--no-header", "--lang", "en", "/dev/stdin").start();
    try (OutputStream in = p.getOutputStream()) {
      in.write("alpha beta alpha\n".getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    finish(p);
    assertEquals(0, p.exitValue(), stderr(p));
    assertEquals("1\talpha\t2\t66.67\t1\n2\tbeta\t1\t33.33\t1\n", out);
  }

  @Test
  void safeCsvDefusesFormulasInFileNamesEndToEnd(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("=cmd.txt"), "alpha\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("+sum.txt"), "beta\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("plain.txt"), "gamma\n", StandardCharsets.UTF_8);
    List<String> files = new ArrayList<>();
    for (String flag : List.of("--safe-csv", "--no-header")) {
      Process p =
          kalima(dir, "words", "-f", "csv", "--by-file", "--lang", "en", flag, "=cmd.txt", "+sum.txt", "plain.txt")
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      finish(p);
      assertEquals(0, p.exitValue(), stderr(p));
      for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(out))) {
        files.add(r.get(0));
      }
    }
    assertEquals(
        List.of("file", "'=cmd.txt", "'+sum.txt", "plain.txt", "=cmd.txt", "+sum.txt", "plain.txt"), files);
  }

  @Test
  void sigtermWhileWritingOutputLeavesTheOldFileAndNoTempFile(@TempDir Path dir) throws Exception {
    signalWhileWriting(dir, "TERM");
  }

  @Test
  void sigintWhileWritingOutputLeavesTheOldFileAndNoTempFile(@TempDir Path dir) throws Exception {
    signalWhileWriting(dir, "INT");
  }

  /**
   * Starts {@code words -o out.tsv -} with standard input held open, waits until the temporary
   * output file exists (kalima is mid-run), sends the signal and checks the result.
   */
  private static void signalWhileWriting(Path dir, String signal) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")), "no kill");
    Path target = dir.resolve("out.tsv");
    Files.writeString(target, "old\n", StandardCharsets.UTF_8);
    Process p = kalima(dir, "words", "-f", "tsv", "-o", "out.tsv", "-").start();
    try (OutputStream in = p.getOutputStream()) {
      in.write("some words that are never finished\n".getBytes(StandardCharsets.UTF_8));
      in.flush();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (listing(dir).size() < 2) {
        assertTrue(p.isAlive(), () -> "kalima ended early: " + stderrUnchecked(p));
        assertTrue(System.nanoTime() < deadline, "no temporary file appeared");
        Thread.sleep(20);
      }
      Process kill =
          new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid()))
              .redirectErrorStream(true)
              .start();
      kill.getInputStream().readAllBytes();
      assertEquals(0, kill.waitFor());
      finish(p);
    } catch (IOException e) {
      // standard input closed by the dying process: fine
    }
    assertTrue(p.exitValue() != 0, "a killed run must not exit 0");
    assertEquals(List.of("out.tsv"), listing(dir));
    assertEquals("old\n", Files.readString(target, StandardCharsets.UTF_8));
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
