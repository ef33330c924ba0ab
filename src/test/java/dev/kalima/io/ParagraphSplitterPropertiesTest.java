package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ParagraphSplitterPropertiesTest {

  private static final List<String> PIECES =
      List.of("a", "b", "س", "é", "\uD83D\uDE00", " ", "\t", "\n", "\r", "\r\n", "\u00A0", "\u0301");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(200).map(l -> String.join("", l));
  }

  private static String withoutSpace(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().filter(c -> !ParagraphSplitter.isSpace((char) c)).forEach(c -> b.append((char) c));
    return b.toString();
  }

  @Property
  void piecesAreTrimmedWholeAndLoseNoText(
      @ForAll("texts") String text,
      @ForAll @IntRange(min = 2, max = 12) int soft,
      @ForAll @IntRange(min = 0, max = 12) int extra)
      throws IOException {
    List<Paragraph> ps = ParagraphSplitterTest.split(new StringReader(text), soft, soft + extra);
    StringBuilder all = new StringBuilder();
    int expectedIndex = 0;
    for (Paragraph p : ps) {
      String t = p.text();
      assertFalse(t.isEmpty());
      assertFalse(ParagraphSplitter.isSpace(t.charAt(0)));
      assertFalse(ParagraphSplitter.isSpace(t.charAt(t.length() - 1)));
      assertFalse(Character.isLowSurrogate(t.charAt(0)), t);
      assertFalse(Character.isHighSurrogate(t.charAt(t.length() - 1)), t);
      assertFalse(t.contains("\r"));
      assertEquals(expectedIndex, p.index());
      if (!p.continues()) {
        expectedIndex++;
      }
      all.append(t);
    }
    if (!ps.isEmpty()) {
      assertFalse(ps.get(ps.size() - 1).continues());
    }
    assertEquals(withoutSpace(text), withoutSpace(all.toString()));
  }

  @Property
  void streamedBytesGiveTheSameParagraphsAsText(
      @ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 7) int chunk)
      throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    InputStream trickle =
        new ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, chunk));
          }
        };
    DecodeOptions utf8 = new DecodeOptions(StandardCharsets.UTF_8, true, DecodeOptions.Html.NEVER);
    try (Document streamed = new DocumentReader(utf8, trickle).open(Source.stdin());
        Document inMemory = DocumentReader.ofText(Source.stdin(), StandardCharsets.UTF_8, text)) {
      assertEquals(DocumentReaderTest.texts(inMemory), DocumentReaderTest.texts(streamed));
      assertTrue(streamed.malformed() == 0);
    }
  }
}
