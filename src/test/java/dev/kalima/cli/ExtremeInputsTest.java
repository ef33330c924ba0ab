package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extreme inputs (issue 6), generated in a temporary folder and kept small enough for the unit
 * suite (a few MB): the algorithms are bounded by the paragraph splitter's chunk limits, not by
 * the input, so the same code handles the 2 GB versions; here the counts must be exact.
 */
class ExtremeInputsTest {

  /** Runs {@code words -f tsv --no-header --lang en ARGS} and returns its rows as fields. */
  private static List<String[]> words(String... args) {
    String[] all = new String[args.length + 6];
    System.arraycopy(new String[] {"words", "-f", "tsv", "--no-header", "--lang", "en"}, 0, all, 0, 6);
    System.arraycopy(args, 0, all, 6, args.length);
    GoldenFileTest.Result r = GoldenFileTest.run(all);
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    return r.out().lines().map(l -> l.split("\t")).toList();
  }

  private static long total(List<String[]> rows) {
    return rows.stream().mapToLong(r -> Long.parseLong(r[2])).sum();
  }

  @Test
  void oneLineOfSeveralMegabytesWithoutNewline(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("line.txt");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 400_000; i++) {
        w.write(i % 2 == 0 ? "alpha " : "beta "); // about 2.2 MB, one line, no newline at the end
      }
    }
    List<String[]> rows = words("--top", "0", file.toString());
    assertEquals(2, rows.size());
    assertEquals("200000", rows.get(0)[2]);
    assertEquals("200000", rows.get(1)[2]);
  }

  /**
   * A line of several pieces (the reader cuts it at white space every 1 Mi chars), each now its
   * own chunk: still one paragraph, and every word counted once. (Sentences are segmented per
   * piece, so a cut inside a sentence makes two; not asserted here.)
   */
  @Test
  void oneLongLineIsOneParagraph(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("line.txt");
    Files.writeString(file, "alpha beta. ".repeat(300_000), StandardCharsets.UTF_8); // 3.6 MB
    for (String threads : List.of("1", "2")) {
      GoldenFileTest.Result r =
          GoldenFileTest.run("sentences", "-f", "tsv", "--lang", "en", "--threads", threads, file.toString());
      assertEquals(0, r.exit(), r.err());
      List<String> header = List.of(r.out().lines().findFirst().orElseThrow().split("\t"));
      String[] row = r.out().lines().skip(1).findFirst().orElseThrow().split("\t");
      assertEquals("1", row[header.indexOf("paragraphs")], threads + " threads");
      assertEquals("600000", row[header.indexOf("words")], threads + " threads");
    }
  }

  @Test
  void megabytesWithoutAnySpace(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("nospace.txt");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 300_000; i++) {
        w.write(i % 3 == 0 ? "كتاب،" : "word,"); // words joined by commas only, about 1.8 MB
      }
    }
    List<String[]> rows = words("--top", "0", file.toString());
    assertEquals(300_000, total(rows));
    assertEquals("200000", rows.get(0)[2]);
    assertEquals("word", rows.get(0)[1]);
    assertEquals("100000", rows.get(1)[2]);
  }

  @Test
  void singleWordOfTenMillionLettersIsOneWord(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("word.txt");
    Files.writeString(file, "a".repeat(10_000_000), StandardCharsets.US_ASCII);
    List<String[]> rows = words(file.toString());
    assertEquals(1, rows.size());
    assertEquals(10_000_000, rows.get(0)[1].length());
    assertEquals("1", rows.get(0)[2]);
    assertEquals("100.00", rows.get(0)[3]);
  }

  @Test
  void manySmallFilesInATree(@TempDir Path dir) throws IOException {
    for (int d = 0; d < 20; d++) {
      Path sub = Files.createDirectories(dir.resolve("d" + d));
      for (int f = 0; f < 100; f++) {
        Files.writeString(sub.resolve("f" + f + ".txt"), "tiny file\n", StandardCharsets.UTF_8);
      }
    }
    List<String[]> rows = words("--threads", "2", dir.toString());
    assertEquals(2, rows.size());
    assertEquals("2000", rows.get(0)[2]);
    assertEquals("2000", rows.get(0)[4]); // docs
    assertEquals("2000", rows.get(1)[2]);
  }
}
