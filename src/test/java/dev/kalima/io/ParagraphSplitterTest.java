package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

  static List<Paragraph> split(Reader in, int soft, int hard) throws IOException {
    ParagraphSplitter splitter = new ParagraphSplitter(in, soft, hard);
    List<Paragraph> out = new ArrayList<>();
    for (Paragraph p; (p = splitter.next()) != null; ) {
      out.add(p);
    }
    return out;
  }

  static List<Paragraph> split(String text) throws IOException {
    return split(new StringReader(text), 1 << 20, 16 << 20);
  }

  static List<String> texts(List<Paragraph> ps) {
    return ps.stream().map(Paragraph::text).toList();
  }

  /** A reader producing {@code count} copies of {@code unit} without holding them in memory. */
  static Reader repeat(String unit, long count) {
    return new Reader() {
      long left = count;
      int at;

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int n = 0;
        while (n < len && left > 0) {
          cbuf[off + n++] = unit.charAt(at++);
          if (at == unit.length()) {
            at = 0;
            left--;
          }
        }
        return n;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void blankLinesSeparateParagraphs() throws IOException {
    assertEquals(List.of("one\ntwo", "three"), texts(split("one\ntwo\n\nthree\n")));
  }

  @Test
  void lineOfOnlyWhiteSpaceIsBlank() throws IOException {
    assertEquals(List.of("a", "b"), texts(split("a\n \t\u00A0\nb")));
  }

  @Test
  void paragraphsAreStrippedAndNumbered() throws IOException {
    List<Paragraph> ps = split("\n\n   first  \n\n\n\n  second\t\n\n");
    assertEquals(List.of(new Paragraph(0, "first", false), new Paragraph(1, "second", false)), ps);
  }

  @Test
  void crlfAndCrBecomeLf() throws IOException {
    assertEquals(List.of("a\nb", "c\nd", "e"), texts(split("a\r\nb\r\n\r\nc\rd\r\re")));
  }

  @Test
  void crlfSplitAcrossReadsIsOneLineEnd() throws IOException {
    // a reader that hands out one char per read, so "\r" and "\n" arrive in separate reads
    Reader slow =
        new StringReader("a\r\n\r\nb") {
          @Override
          public int read(char[] cbuf, int off, int len) throws IOException {
            return super.read(cbuf, off, Math.min(len, 1));
          }
        };
    assertEquals(List.of("a", "b"), texts(split(slow, 16, 32)));
  }

  @Test
  void unicodeLineAndParagraphSeparators() throws IOException {
    assertEquals(List.of("a\nb\nc", "d"), texts(split("a\u2028b\u0085c\u2029d\u2029")));
  }

  @Test
  void emptyAndBlankInputGiveNothing() throws IOException {
    assertEquals(List.of(), split(""));
    assertEquals(List.of(), split(" \n\t\n  \r\n"));
  }

  @Test
  void longParagraphIsCutAtWhiteSpace() throws IOException {
    List<Paragraph> ps = split(new StringReader("aaa bbb ccc ddd\n\nnext"), 8, 100);
    assertEquals(
        List.of(
            new Paragraph(0, "aaa bbb", true),
            new Paragraph(0, "ccc ddd", false),
            new Paragraph(1, "next", false)),
        ps);
  }

  @Test
  void stretchWithoutWhiteSpaceIsCutAtHardLimit() throws IOException {
    List<Paragraph> ps = split(new StringReader("abcdefghij"), 2, 4);
    assertEquals(List.of("abcd", "efgh", "ij"), texts(ps));
    assertTrue(ps.get(0).continues());
    assertTrue(ps.get(1).continues());
    assertFalse(ps.get(2).continues());
  }

  @Test
  void hardCutKeepsAWordWholeWhenThePieceHasWhiteSpace() throws IOException {
    List<Paragraph> ps = split(new StringReader("ab cdefgh"), 4, 6);
    assertEquals(List.of(new Paragraph(0, "ab", true), new Paragraph(0, "cdefgh", false)), ps);
  }

  @Test
  void hardCutNeverSplitsASurrogatePair() throws IOException {
    String smiley = "\uD83D\uDE00"; // one code point, two chars
    List<Paragraph> ps = split(new StringReader("abc" + smiley + "xyz"), 2, 4);
    assertEquals(List.of("abc", smiley + "xy", "z"), texts(ps));
    for (Paragraph p : ps) {
      assertFalse(Character.isHighSurrogate(p.text().charAt(p.text().length() - 1)));
      assertFalse(Character.isLowSurrogate(p.text().charAt(0)));
    }
  }

  @Test
  void trailingWhiteSpaceAfterCutDoesNotLeaveAnEmptyPiece() throws IOException {
    List<Paragraph> ps = split(new StringReader("abcdefgh   \n\n"), 2, 4);
    assertEquals(List.of("abcd", "efgh"), texts(ps));
    assertFalse(ps.get(1).continues());
  }

  @Test
  void tenMillionLetterWordComesThroughAsOnePiece() throws IOException {
    ParagraphSplitter splitter = new ParagraphSplitter(repeat("k", 10_000_000));
    Paragraph p = splitter.next();
    assertEquals(10_000_000, p.text().length());
    assertFalse(p.continues());
    assertNull(splitter.next());
  }

  @Test
  void longRunOfWordsStreamsInBoundedPieces() throws IOException {
    ParagraphSplitter splitter = new ParagraphSplitter(repeat("word ", 1_000_000), 1000, 4000);
    long chars = 0;
    int pieces = 0;
    for (Paragraph p; (p = splitter.next()) != null; ) {
      assertTrue(p.text().length() <= 1000, "piece length " + p.text().length());
      assertEquals(0, p.index());
      assertTrue(p.text().startsWith("word") && p.text().endsWith("word"));
      chars += p.text().length() + 1; // +1 for the space dropped at the cut or at the end
      pieces++;
    }
    assertEquals(5_000_000, chars);
    assertTrue(pieces > 1000);
  }
}
