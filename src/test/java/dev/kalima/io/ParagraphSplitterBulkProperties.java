package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Runs of ordinary chars are copied in bulk; the paragraphs are the same as when every char is
 * taken one by one (a reader that returns one char per read leaves nothing to copy in bulk).
 */
class ParagraphSplitterBulkProperties {

  private static final String CHARS =
      "ab كت Жé中😀 .,'-\t\n\n\r\r\n\u0085\u2028\u2029\u00A0\u2009\u3000\u000B\u001C\u200B\uFEFF";

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of(CHARS.codePoints().mapToObj(Character::toString).toList()),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(30),
        Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(1).ofMaxLength(30));
    return piece.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 1000)
  void sameParagraphsAsCharByChar(
      @ForAll("texts") String text,
      @ForAll @IntRange(min = 2, max = 40) int soft,
      @ForAll @IntRange(min = 0, max = 40) int extra) throws IOException {
    int hard = soft + extra;
    assertEquals(
        split(new OneCharReader(text), soft, hard),
        split(new StringReader(text), soft, hard));
  }

  private static List<Paragraph> split(Reader in, int soft, int hard) throws IOException {
    ParagraphSplitter s = new ParagraphSplitter(in, soft, hard);
    List<Paragraph> out = new ArrayList<>();
    for (Paragraph p = s.next(); p != null; p = s.next()) {
      out.add(p);
    }
    return out;
  }

  /** Returns one char per read. */
  private static final class OneCharReader extends Reader {
    private final String text;
    private int pos;

    OneCharReader(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (pos >= text.length()) {
        return -1;
      }
      buf[off] = text.charAt(pos++);
      return 1;
    }

    @Override
    public void close() {}
  }
}
