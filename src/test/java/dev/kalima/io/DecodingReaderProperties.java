package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An input in memory (read with a buffer of its own size) decodes as a stream does. */
class DecodingReaderProperties {

  private static final Source SOURCE = Source.file(Path.of("t.txt"), true);

  /** UTF-8 of ASCII, Arabic, CJK and emoji, with broken and cut sequences mixed in. */
  @Provide
  Arbitrary<byte[]> inputs() {
    List<byte[]> pieces = List.of(
        "a".getBytes(StandardCharsets.UTF_8), " \n".getBytes(StandardCharsets.UTF_8),
        "كتاب".getBytes(StandardCharsets.UTF_8), "中".getBytes(StandardCharsets.UTF_8),
        "🍕".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE4, (byte) 0xB8},
        new byte[] {(byte) 0xF0, (byte) 0x9F}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF},
        "x".repeat(61).getBytes(StandardCharsets.UTF_8));
    return Arbitraries.of(pieces).list().ofMaxSize(80).map(list -> {
      int n = list.stream().mapToInt(b -> b.length).sum();
      byte[] all = new byte[n];
      int at = 0;
      for (byte[] b : list) {
        System.arraycopy(b, 0, all, at, b.length);
        at += b.length;
      }
      return all;
    });
  }

  @Property(tries = 500)
  void memoryDecodesAsAStream(@ForAll("inputs") byte[] input) throws IOException {
    InputStream stream = new FilterInputStream(new ByteArrayInputStream(input)) {};
    DecodingReader expected = new DecodingReader(SOURCE, stream, StandardCharsets.UTF_8, false, 0);
    DecodingReader actual =
        new DecodingReader(SOURCE, new ByteArrayInputStream(input), StandardCharsets.UTF_8, false, 0);
    assertEquals(readAll(expected), readAll(actual));
    assertEquals(expected.malformed(), actual.malformed());
  }

  @Property(tries = 300)
  void strictErrorsAtTheSameByte(@ForAll("inputs") byte[] input) {
    InputStream stream = new FilterInputStream(new ByteArrayInputStream(input)) {};
    assertEquals(
        strictOutcome(new DecodingReader(SOURCE, stream, StandardCharsets.UTF_8, true, 3)),
        strictOutcome(new DecodingReader(
            SOURCE, new ByteArrayInputStream(input), StandardCharsets.UTF_8, true, 3)));
  }

  private static String strictOutcome(DecodingReader reader) {
    try {
      return readAll(reader);
    } catch (IOException e) {
      return "error: " + e.getMessage();
    }
  }

  private static String readAll(DecodingReader reader) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[37];
    for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }
}
