package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kalima.io.Paragraph;
import dev.kalima.io.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

  @TempDir Path dir;

  private long now;

  private Progress progress(StringWriter out, boolean enabled) {
    return new Progress(new PrintWriter(out), enabled, () -> now);
  }

  private List<Source> twoFiles() throws IOException {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.write(a, new byte[3_000_000]);
    Files.write(b, new byte[1_000_000]);
    return List.of(Source.file(a, true), Source.file(b, true));
  }

  @Test
  void quietForTheFirstTwoSeconds() throws IOException {
    StringWriter out = new StringWriter();
    try (Progress p = progress(out, true)) {
      p.start(twoFiles());
      now = 1_900_000_000L;
      p.read(List.of(new Paragraph(0, "x".repeat(1000), false)));
      p.fileDone();
    }
    assertEquals("", out.toString());
  }

  @Test
  void showsFilesMegabytesRateAndEtaThenErasesTheLine() throws IOException {
    StringWriter out = new StringWriter();
    Progress p = progress(out, true);
    p.start(twoFiles());
    now = 2_000_000_000L;
    p.read(List.of(new Paragraph(0, "x".repeat(1_000_000), false), new Paragraph(1, "é".repeat(500_000), false)));
    p.fileDone();
    assertEquals("\r\u001B[Kkalima: 0/2 files, 2.0 of 4.0 MB, 1.0 MB/s, ETA 0:02", out.toString());
    p.close();
    assertTrue(out.toString().endsWith("ETA 0:02\r\u001B[K"), out.toString());
  }

  @Test
  void redrawsAtMostFiveTimesASecond() throws IOException {
    StringWriter out = new StringWriter();
    Progress p = progress(out, true);
    p.start(twoFiles());
    now = 2_500_000_000L;
    p.fileDone();
    now += 100_000_000L;
    p.fileDone();
    assertEquals(1, out.toString().split("\r", -1).length - 1);
    now += 100_000_000L;
    p.fileDone();
    assertEquals(2, out.toString().split("\r", -1).length - 1);
  }

  /**
   * keywords --reference runs two passes with one runner (the reference, then the inputs): the
   * second pass counts its own files and bytes from zero, not on top of the first's.
   */
  @Test
  void aSecondPassStartsFromZero() throws IOException {
    StringWriter out = new StringWriter();
    Progress p = progress(out, true);
    p.start(twoFiles());
    p.read(List.of(new Paragraph(0, "x".repeat(3_000_000), false)));
    p.fileDone();
    p.fileDone();
    p.close();
    p.start(List.of(Source.stdin()));
    now += 1_000_000_000L;
    p.read(List.of(new Paragraph(0, "x".repeat(500_000), false)));
    assertEquals("kalima: 0/1 file, 0.5 MB, 0.5 MB/s", p.line(now));
  }

  @Test
  void standardInputHasNoTotal() {
    Progress p = progress(new StringWriter(), true);
    p.start(List.of(Source.stdin()));
    now = 4_000_000_000L;
    p.read(List.of(new Paragraph(0, "abcd".repeat(1_000_000), false)));
    assertEquals("kalima: 0/1 file, 4.0 MB, 1.0 MB/s", p.line(now));
  }

  @Test
  void disabledPrintsNothing() throws IOException {
    StringWriter out = new StringWriter();
    try (Progress p = progress(out, false)) {
      p.start(twoFiles());
      now = 10_000_000_000L;
      p.read(List.of(new Paragraph(0, "x", false)));
      p.fileDone();
    }
    assertEquals("", out.toString());
  }

  @Test
  void utf8LengthOfEachScript() {
    assertEquals("a é ك 中 😀".getBytes(StandardCharsets.UTF_8).length, Progress.utf8Length("a é ك 中 😀"));
  }
}
