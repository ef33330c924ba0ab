package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Splitting the blocks of {@link TextBlocks} one by one gives the same paragraphs (text and
 * continuation, character references decoded) as splitting the whole input, and the same count of
 * malformed sequences.
 */
class TextBlocksProperties {

  private static final Source SOURCE = Source.file(Path.of("t.txt"), true);

  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<String> piece = Arbitraries.of(
        "word", "كلمة", " ", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\t", "\u00A0", "\u2029",
        "\u2028", "\u0085", "x.", "😀", "a\u0301", "\n \n", "\n\n\n", "\uFFFD", "&amp;",
        "&nbsp;", "&#10;", "&");
    Arbitrary<byte[]> text = piece.list().ofMaxSize(80)
        .map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8));
    // now and then a malformed byte, or a malformed sequence (a surrogate, a truncated 4-byte
    // sequence, a lone continuation byte, an overlong form)
    Arbitrary<byte[]> bad = Arbitraries.of(
        new byte[] {(byte) 0xE2}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {(byte) 0xF0, (byte) 0x9F}, new byte[] {(byte) 0x80},
        new byte[] {(byte) 0xC0, (byte) 0xAF});
    return Arbitraries.oneOf(text, text.map(b -> {
      byte[] c = b.clone();
      if (c.length > 0) {
        c[c.length / 2] = (byte) 0xE2;
      }
      return c;
    }), net.jqwik.api.Combinators.combine(text, bad).as((b, x) -> {
      byte[] c = java.util.Arrays.copyOf(b, b.length + x.length);
      System.arraycopy(b, b.length / 2, c, b.length / 2 + x.length, b.length - b.length / 2);
      System.arraycopy(x, 0, c, b.length / 2, x.length);
      return c;
    }));
  }

  @Property(tries = 2000)
  void blocksSplitLikeTheWholeInput(
      @ForAll("inputs") byte[] input,
      @ForAll @IntRange(min = 1, max = 40) int blockBytes,
      @ForAll @IntRange(min = 0, max = 10) int sampleChars,
      @ForAll @IntRange(min = 0, max = 5) int headBytes)
      throws IOException {
    int head = Math.min(headBytes, input.length);
    byte[] first = java.util.Arrays.copyOf(input, head);
    TextBlocks blocks =
        new TextBlocks(SOURCE, first, 0,
            new ByteArrayInputStream(input, head, input.length - head), 0, true);
    List<String> actual = new ArrayList<>();
    long malformed = 0;
    int count = 0;
    long offset = 0;
    for (TextBlock b = blocks.next(blockBytes, sampleChars); b != null; b = blocks.next(blockBytes, 0)) {
      assertEquals(offset, b.offset(), "blocks are contiguous");
      offset += b.bytes().length;
      if (count++ == 0 && b.bytes().length < input.length) {
        assertTrue(b.bytes().length >= blockBytes, "a block other than the last is full");
      }
      try (Document d = b.open()) {
        malformed += paragraphs(d, actual);
      }
    }
    Document rest = blocks.rest();
    assertTrue(count >= 1 || rest != null, "an input gives a block, or the rest to stream");
    if (rest != null) {
      try (rest) {
        malformed += paragraphs(rest, actual);
      }
    }
    DecodingReader whole =
        new DecodingReader(SOURCE, new ByteArrayInputStream(input), StandardCharsets.UTF_8, false, 0);
    List<String> expected = new ArrayList<>();
    try (Document d = new StreamDocument(SOURCE, StandardCharsets.UTF_8, new ParagraphSplitter(whole).decodingReferences(true), whole::malformed, whole)) {
      paragraphs(d, expected);
      assertEquals(d.malformed(), malformed, "malformed sequences");
    }
    assertEquals(expected, actual);
  }

  @Example
  void givesUpWithoutABlankLineAndTheRestReadsOn() throws IOException {
    String text = "one two three four five six seven eight nine ten\nand more\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    TextBlocks blocks = new TextBlocks(SOURCE, new byte[0], 0, new ByteArrayInputStream(bytes), 0, true);
    assertNull(blocks.next(4, 0), "no blank line within 8 x 4 bytes");
    Document rest = blocks.rest();
    assertNotNull(rest);
    List<String> got = new ArrayList<>();
    paragraphs(rest, got);
    assertEquals(List.of("one two three four five six seven eight nine ten\nand more|false"), got);
  }

  @Example
  void firstBlockHoldsTheSample() throws IOException {
    byte[] bytes = "a\n\nb\n\ncdef\n\ng".getBytes(StandardCharsets.UTF_8);
    TextBlocks blocks = new TextBlocks(SOURCE, bytes, 0, new ByteArrayInputStream(new byte[0]), 0, true);
    assertEquals("a\n\nb\n\ncdef\n\n",
        new String(blocks.next(1, 4).bytes(), StandardCharsets.UTF_8), "4 sure chars: a b c d");
    assertEquals("g", new String(blocks.next(1, 0).bytes(), StandardCharsets.UTF_8));
    assertNull(blocks.next(1, 0));
  }

  private static long paragraphs(Document d, List<String> out) throws IOException {
    for (Paragraph p = d.next(); p != null; p = d.next()) {
      out.add(p.text() + "|" + p.continues());
    }
    return d.malformed();
  }

  @Example
  void stringInputsSplitAlike() throws IOException {
    // the in-memory reader and the decoder agree (a sanity check of the reference above)
    ParagraphSplitter s = new ParagraphSplitter(new StringReader("a\n\nb"));
    assertEquals("a", s.next().text());
    assertEquals("b", s.next().text());
  }
}
