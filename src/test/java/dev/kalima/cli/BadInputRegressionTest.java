package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per bug found while hardening kalima against bad input (issue 6), named after what it reproduces. */
class BadInputRegressionTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

  @Test
  void binaryFileNamedExplicitlyIsAnErrorThatDoesNotSaySkipped(@TempDir Path dir) throws Exception {
    Path png = Files.write(dir.resolve("image.txt"), PNG);
    GoldenFileTest.Result r = GoldenFileTest.run("words", "-f", "tsv", png.toString());
    assertEquals(1, r.exit());
    assertEquals("kalima: " + png + ": binary file\n", r.err());
  }

  @Test
  void binaryFileMetWhileWalkingIsAWarningThatSaysSkipped(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("image.txt"), PNG);
    Files.writeString(dir.resolve("text.txt"), "word\n");
    GoldenFileTest.Result r = GoldenFileTest.run("words", "-f", "tsv", "--no-header", dir.toString());
    assertEquals(0, r.exit());
    assertEquals("kalima: " + dir.resolve("image.txt") + ": warning: binary file (skipped)\n", r.err());
    assertEquals("1\tword\t1\t100.00\t1\n", r.out());
  }

  @Test
  void numbersOptionShowsNumbersAndFoldsArabicIndicDigits() {
    GoldenFileTest.Result r =
        GoldenFileTest.run(
            new java.io.ByteArrayInputStream("٢٠٢٥ 2025 ۲۰۲۵ news\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "words", "-f", "tsv", "--no-header", "--numbers", "--show-key", "--lang", "en");
    assertEquals(0, r.exit(), r.err());
    java.util.List<String> rows = r.out().lines().toList();
    assertEquals(2, rows.size(), r.out());
    String[] first = rows.get(0).split("\t");
    assertEquals("3", first[2], r.out()); // the three spellings of 2025 are one term
    assertEquals("2025", first[5]);
    assertEquals("news", rows.get(1).split("\t")[1]);
  }

  @Test
  void numbersOptionCountsNumbersInTheTotalSoPercentNeverExceeds100() {
    GoldenFileTest.Result r =
        GoldenFileTest.run(
            new java.io.ByteArrayInputStream("2025 2025 2025 news\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "words", "-f", "tsv", "--no-header", "--numbers", "--lang", "en");
    assertEquals("1\t2025\t3\t75.00\t1\n2\tnews\t1\t25.00\t1\n", r.out(), r.err());
  }

  @Test
  void hostileFileNameCannotSendEscapeSequencesToStderr(@TempDir Path dir) throws Exception {
    Path evil = dir.resolve("evil\u001b[2J\u202e.txt");
    Files.write(evil, PNG);
    GoldenFileTest.Result r = GoldenFileTest.run("words", dir.toString());
    assertEquals(0, r.exit());
    assertEquals("kalima: " + dir + "/evil\\x1b[2J\\u202E.txt: warning: binary file (skipped)\n", r.err());
  }

  @Test
  void hostileOptionCannotSendEscapeSequencesToStderr() {
    GoldenFileTest.Result r = GoldenFileTest.run("words", "--\u001b]0;title\u0007");
    assertEquals(2, r.exit());
    assertEquals(-1, r.err().indexOf('\u001b'), r.err());
    assertEquals(-1, r.err().indexOf('\u0007'), r.err());
  }

  @Test
  void hostileFileNameInTheTableFileColumnIsEscaped(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("evil\u001b[2J\u001b]0;pwned\u0007.txt"), "safe\n");
    GoldenFileTest.Result r = GoldenFileTest.run("words", "--by-file", "--lang", "en", dir.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(-1, r.out().indexOf('\u001b'), r.out());
    assertEquals(-1, r.out().indexOf('\u0007'), r.out());
    assertEquals(true, r.out().contains(dir + "/evil\\x1b[2J\\x1b]0;pwned\\x07.txt  en"), r.out());
  }
}
