package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One test per decoding bug found while hardening kalima against bad input (issue 6), named after what it reproduces. */
class DecodingRegressionTest {

  private static Document open(byte[] input) throws IOException {
    return new DocumentReader(DecodeOptions.DEFAULT, new ByteArrayInputStream(input)).open(Source.stdin());
  }

  private static void assertBinary(byte[] input, String what) {
    InputException e = assertThrows(InputException.class, () -> open(input).close(), what);
    assertTrue(e.binary(), what + ": " + e.getMessage());
  }

  @Test
  void randomBytesAreBinaryNotUtf16WithMalformedUnits() {
    for (int seed = 0; seed < 100; seed++) {
      byte[] noise = new byte[3000];
      new Random(seed).nextBytes(noise);
      if (noise[0] == (byte) 0xFF || noise[0] == (byte) 0xFE || noise[0] == (byte) 0xEF || noise[0] == 0) {
        noise[0] = 'x'; // no accidental byte order mark
      }
      assertBinary(noise, "seed " + seed);
    }
  }

  @Test
  void shortRandomBytesWithoutNulAreBinaryNotLegacyText() {
    for (int seed = 0; seed < 100; seed++) {
      byte[] noise = new byte[200];
      new Random(seed).nextBytes(noise);
      for (int i = 0; i < noise.length; i++) {
        if (noise[i] == 0) {
          noise[i] = 'x';
        }
      }
      noise[0] = 'x'; // no accidental byte order mark or file signature
      assertBinary(noise, "seed " + seed);
    }
  }

  @Test
  void utf8WithBackspaceOverstrikeStaysText() throws IOException {
    String text = "N\bNA\bAM\bME\bE  kalima \u2013 word statistics";
    try (Document doc = open(text.getBytes(StandardCharsets.UTF_8))) {
      assertEquals(StandardCharsets.UTF_8, doc.charset());
    }
  }

  @Test
  void asciiWithEscapeSequencesAndABellStaysUtf8NotUtf16() throws IOException {
    String text = "hello\u001b[31mred\u001b[0m world \u001b]0;pwned\u0007 title";
    try (Document doc = open(text.getBytes(StandardCharsets.UTF_8))) {
      assertEquals(StandardCharsets.UTF_8, doc.charset());
      assertEquals(text, doc.next().text());
      assertEquals(0, doc.malformed());
    }
  }

  @Test
  void cjkUtf16WithSpacesButWithoutBomIsStillRecognised() throws IOException {
    String text = "日本語の文章です。 東京は大きい都市です。 今日は晴れ。 ".repeat(20).strip();
    for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      try (Document doc = open(text.getBytes(cs))) {
        assertEquals(cs, doc.charset());
        assertEquals(text, doc.next().text());
        assertEquals(0, doc.malformed());
      }
    }
  }

  @Test
  void runOfNulBytesIsBinaryNotUtf32() {
    assertBinary(new byte[DocumentReader.SAMPLE_BYTES], "64 KiB of NUL (as from /dev/zero)");
    assertBinary(new byte[64], "64 NUL bytes");
  }

  @Test
  void utf32WithoutBomIsStillRecognised() throws IOException {
    String text = "UTF-32 text without a byte order mark, in English and عربي.";
    var cs = java.nio.charset.Charset.forName("UTF-32LE");
    try (Document doc = open(text.getBytes(cs))) {
      assertEquals(cs, doc.charset());
      assertEquals(text, doc.next().text());
    }
  }

  @Test
  void utf8WithAFewBrokenSequencesIsUtf8WithReplacementsNotLatin1() throws IOException {
    byte[] good = "Le café était prêt, naïve idée — résumé. ".repeat(3).getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[good.length + 3];
    System.arraycopy(good, 0, input, 0, 40);
    input[40] = (byte) 0xE2; // a truncated three-byte sequence
    input[41] = (byte) 0x82;
    input[42] = ' ';
    System.arraycopy(good, 40, input, 43, good.length - 40);
    try (Document doc = open(input)) {
      assertEquals(StandardCharsets.UTF_8, doc.charset());
      doc.next();
      assertEquals(1, doc.malformed());
    }
  }

  @Test
  void latin1FrenchIsStillReadAsLatin1() throws IOException {
    String text = "Le café était prêt, naïve idée, résumé à la française. ".repeat(3).strip();
    try (Document doc = open(text.getBytes(StandardCharsets.ISO_8859_1))) {
      assertEquals(text, doc.next().text());
      assertEquals(0, doc.malformed());
    }
  }

  @Test
  void shortTextWithANulByteIsBinaryNotUtf16() {
    assertBinary("abc\u0000def".getBytes(StandardCharsets.US_ASCII), "7 bytes with a NUL");
    assertBinary("some text\u0000with a NUL byte!\n".getBytes(StandardCharsets.US_ASCII), "odd length, complete");
  }
}
