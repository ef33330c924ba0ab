package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

  static final Charset CP1256 = Charset.forName("windows-1256");
  static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  /** Plain Arabic news text (no harakat, so every legacy Arabic charset can hold it). */
  static final String ARABIC =
      "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة، ويضم المستشفى مئتي سرير "
          + "وقسما للطوارئ يعمل على مدار الساعة. وقال مدير المستشفى إن الأطباء والممرضين "
          + "سيبدأون العمل في الأسبوع المقبل، وإن المرضى سيستقبلون بالمجان خلال الشهر الأول. "
          + "وأضاف أن المشروع استغرق ثلاث سنوات من العمل المتواصل، وأن تكلفته تجاوزت "
          + "المبلغ الذي رصدته الحكومة في البداية بسبب ارتفاع أسعار مواد البناء.";

  @TempDir Path dir;

  static byte[] bytes(Charset cs, String text) {
    ByteBuffer b = cs.encode(text);
    return Arrays.copyOfRange(b.array(), b.position(), b.limit());
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] of(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  static List<String> texts(Document doc) throws IOException {
    List<String> out = new ArrayList<>();
    for (Paragraph p; (p = doc.next()) != null; ) {
      out.add(p.text());
    }
    return out;
  }

  Document openStdin(DecodeOptions options, byte[] input) throws InputException {
    return new DocumentReader(options, new ByteArrayInputStream(input)).open(Source.stdin());
  }

  Document openStdin(byte[] input) throws InputException {
    return openStdin(DecodeOptions.DEFAULT, input);
  }

  Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  Document openFile(DecodeOptions options, Path path) throws InputException {
    return new DocumentReader(options, InputStream.nullInputStream()).open(Source.file(path, true));
  }

  // --- byte order marks ---------------------------------------------------------------------

  void assertBom(byte[] bom, Charset cs) throws IOException {
    String text = "سلام hello";
    try (Document doc = openStdin(concat(bom, bytes(cs, text)))) {
      assertEquals(List.of(text), texts(doc));
      assertEquals(cs, doc.charset());
    }
  }

  @Test
  void utf8BomIsStripped() throws IOException {
    assertBom(of(0xEF, 0xBB, 0xBF), StandardCharsets.UTF_8);
  }

  @Test
  void utf16LeBom() throws IOException {
    assertBom(of(0xFF, 0xFE), StandardCharsets.UTF_16LE);
  }

  @Test
  void utf16BeBom() throws IOException {
    assertBom(of(0xFE, 0xFF), StandardCharsets.UTF_16BE);
  }

  @Test
  void utf32LeBom() throws IOException {
    assertBom(of(0xFF, 0xFE, 0x00, 0x00), Charset.forName("UTF-32LE"));
  }

  @Test
  void utf32BeBom() throws IOException {
    assertBom(of(0x00, 0x00, 0xFE, 0xFF), Charset.forName("UTF-32BE"));
  }

  @Test
  void bomOfTheForcedCharsetIsStripped() throws IOException {
    DecodeOptions utf8 = new DecodeOptions(StandardCharsets.UTF_8, false, DecodeOptions.Html.NEVER);
    try (Document doc = openStdin(utf8, concat(of(0xEF, 0xBB, 0xBF), bytes(StandardCharsets.UTF_8, "x")))) {
      assertEquals(List.of("x"), texts(doc));
    }
  }

  // --- charset detection --------------------------------------------------------------------

  @Test
  void validUtf8IsUtf8() throws IOException {
    try (Document doc = openStdin(bytes(StandardCharsets.UTF_8, ARABIC))) {
      assertEquals(StandardCharsets.UTF_8, doc.charset());
      assertEquals(List.of(ARABIC), texts(doc));
    }
  }

  @Test
  void multiByteSequenceCutByTheSampleEndIsStillUtf8() throws IOException {
    // "س" is D8 B3: its first byte is the last byte of the sample
    String text = "a".repeat(DocumentReader.SAMPLE_BYTES - 1) + "س";
    try (Document doc = openStdin(bytes(StandardCharsets.UTF_8, text))) {
      assertEquals(StandardCharsets.UTF_8, doc.charset());
      assertEquals(List.of(text), texts(doc));
      assertEquals(0, doc.malformed());
    }
  }

  @Test
  void windows1256IsDetected() throws IOException {
    try (Document doc = openStdin(bytes(CP1256, ARABIC))) {
      assertEquals(CP1256, doc.charset());
      assertEquals(List.of(ARABIC), texts(doc));
    }
  }

  @Test
  void shortAsciiLineWithStrayBytesIsNotReadAsUtf16() throws IOException {
    // ICU's detector ranks UTF-16LE first for these 16 bytes; without NULs or a BOM that is wrong
    byte[] sample = {'c', 'a', 'f', (byte) 0xC3, ' ', 'o', 'k', ' ', (byte) 0xFF, ' ', 'w', 'o', 'r', 'd', '!', '\n'};
    try (Document doc = openStdin(sample)) {
      assertFalse(doc.charset().name().startsWith("UTF-16"), doc.charset().name());
      assertTrue(texts(doc).get(0).startsWith("caf"));
    }
  }

  @Test
  void iso88596IsDetected() throws IOException {
    try (Document doc = openStdin(bytes(ISO_8859_6, ARABIC))) {
      assertEquals(ISO_8859_6, doc.charset());
      assertEquals(List.of(ARABIC), texts(doc));
    }
  }

  @Test
  void forcedCharsetWins() throws IOException {
    DecodeOptions latin1 = new DecodeOptions(StandardCharsets.ISO_8859_1, false, DecodeOptions.Html.NEVER);
    try (Document doc = openStdin(latin1, bytes(StandardCharsets.UTF_8, "é"))) {
      assertEquals(List.of("Ã©"), texts(doc));
    }
  }

  @Test
  void windows1256ExampleDecodesToTheUtf8Example() throws IOException {
    List<String> utf8;
    try (Document doc = openFile(DecodeOptions.DEFAULT, Path.of("examples/ar-news.txt"))) {
      assertEquals(StandardCharsets.UTF_8, doc.charset());
      utf8 = texts(doc);
    }
    try (Document doc = openFile(DecodeOptions.DEFAULT, Path.of("examples/ar-news-cp1256.txt"))) {
      assertEquals(CP1256, doc.charset());
      assertEquals(utf8, texts(doc));
    }
    assertEquals(9, utf8.size());
  }

  // --- guessed charsets ----------------------------------------------------------------------

  /** Three German words in Latin-1: few letters for ICU to go on. */
  static final String SHORT_GERMAN = "Grüße aus Köln\n";

  /** A German sentence in Latin-1 with a non-ASCII letter in five of its eleven words. */
  static final String GERMAN = "Die Straße ist schön und grün. Über den Bäumen fliegen Vögel.\n";

  @Test
  void aShortLatin1TextIsAWeakGuess() throws IOException {
    try (Document doc = openStdin(bytes(StandardCharsets.ISO_8859_1, SHORT_GERMAN))) {
      CharsetGuess guess = doc.guess();
      assertEquals(StandardCharsets.ISO_8859_1, doc.charset());
      assertEquals(doc.charset(), guess.charset());
      assertTrue(guess.weak(), guess.toString());
      assertTrue(guess.confidence() >= 0 && guess.confidence() < CharsetGuess.WEAK_BELOW, guess.toString());
      assertEquals(List.of(SHORT_GERMAN.strip()), texts(doc));
    }
  }

  @Test
  void aLatin1SentenceIsAConfidentGuess() throws IOException {
    try (Document doc = openStdin(bytes(StandardCharsets.ISO_8859_1, GERMAN))) {
      assertEquals(StandardCharsets.ISO_8859_1, doc.guess().charset());
      assertFalse(doc.guess().weak(), doc.guess().toString());
      assertEquals(List.of(GERMAN.strip()), texts(doc));
    }
  }

  @Test
  void theWindows1256ExampleIsAConfidentGuess() throws IOException {
    try (Document doc = openFile(DecodeOptions.DEFAULT, Path.of("examples/ar-news-cp1256.txt"))) {
      assertEquals(CP1256, doc.guess().charset());
      assertFalse(doc.guess().weak(), doc.guess().toString());
    }
  }

  @Test
  void nothingIsGuessedWhenTheBytesOrTheUserSay() throws IOException {
    byte[] latin1 = bytes(StandardCharsets.ISO_8859_1, SHORT_GERMAN);
    DecodeOptions forced = new DecodeOptions(StandardCharsets.ISO_8859_1, false, DecodeOptions.Html.NEVER);
    try (Document doc = openStdin(forced, latin1)) {
      assertNull(doc.guess());
    }
    try (Document doc = openStdin(bytes(StandardCharsets.UTF_8, SHORT_GERMAN))) {
      assertNull(doc.guess());
    }
    try (Document doc = openStdin(concat(of(0xFF, 0xFE), bytes(StandardCharsets.UTF_16LE, SHORT_GERMAN)))) {
      assertNull(doc.guess());
    }
    String html = "<html><head><meta charset=\"ISO-8859-1\"></head><body><p>" + SHORT_GERMAN + "</p></body></html>";
    try (Document doc = openFile(DecodeOptions.DEFAULT, write("de.html", bytes(StandardCharsets.ISO_8859_1, html)))) {
      assertEquals(StandardCharsets.ISO_8859_1, doc.charset());
      assertNull(doc.guess());
    }
  }

  @Test
  void weakMeansBelowTheMiddleOfIcusScale() {
    assertTrue(new CharsetGuess(StandardCharsets.ISO_8859_1, 10).weak());
    assertTrue(new CharsetGuess(StandardCharsets.ISO_8859_1, 49).weak());
    assertFalse(new CharsetGuess(StandardCharsets.ISO_8859_1, 50).weak());
    assertFalse(new CharsetGuess(StandardCharsets.ISO_8859_1, 100).weak());
  }

  // --- malformed input ----------------------------------------------------------------------

  @Test
  void malformedBytesAreReplacedAndCounted() throws IOException {
    DecodeOptions utf8 = new DecodeOptions(StandardCharsets.UTF_8, false, DecodeOptions.Html.NEVER);
    try (Document doc = openStdin(utf8, of('a', 'b', 0xFF, 'c', 'd', 0xFE))) {
      assertEquals(List.of("ab\uFFFDcd\uFFFD"), texts(doc));
      assertEquals(2, doc.malformed());
    }
  }

  @Test
  void malformedByteAfterTheSampleIsCounted() throws IOException {
    byte[] input = concat("a".repeat(70_000).getBytes(StandardCharsets.US_ASCII), of(0xC3, 'x'));
    try (Document doc = openStdin(input)) {
      assertEquals(StandardCharsets.UTF_8, doc.charset());
      assertEquals(List.of("a".repeat(70_000) + "\uFFFDx"), texts(doc));
      assertEquals(1, doc.malformed());
    }
  }

  @Test
  void strictRejectsMalformedInputWithItsPosition() throws IOException {
    DecodeOptions strict = new DecodeOptions(StandardCharsets.UTF_8, true, DecodeOptions.Html.NEVER);
    // the BOM counts: the bad byte is the 6th byte of the input
    try (Document doc = openStdin(strict, of(0xEF, 0xBB, 0xBF, 'a', 'b', 0xFF, 'c'))) {
      InputException e = assertThrows(InputException.class, doc::next);
      assertEquals("malformed UTF-8 at byte 5", e.getMessage());
      assertFalse(e.binary());
    }
  }

  @Test
  void strictAcceptsWellFormedInput() throws IOException {
    DecodeOptions strict = new DecodeOptions(null, true, DecodeOptions.Html.AUTO);
    try (Document doc = openStdin(strict, bytes(StandardCharsets.UTF_8, "ok\n\nfine"))) {
      assertEquals(List.of("ok", "fine"), texts(doc));
      assertEquals(0, doc.malformed());
    }
  }

  // --- line ends and paragraphs -------------------------------------------------------------

  @Test
  void crlfFileBecomesLf() throws IOException {
    try (Document doc = openStdin(bytes(StandardCharsets.UTF_8, "one\r\ntwo\r\n\r\nthree\r\n"))) {
      assertEquals(List.of("one\ntwo", "three"), texts(doc));
    }
  }

  @Test
  void ofTextUsesTheSameParagraphRules() throws IOException {
    try (Document doc = DocumentReader.ofText(Source.stdin(), StandardCharsets.UTF_8, " a\r\n \r\nb\rc ")) {
      assertEquals(List.of("a", "b\nc"), texts(doc));
    }
  }

  @Test
  void longParagraphComesInPiecesSharingItsIndex() throws IOException {
    byte[] input = bytes(StandardCharsets.UTF_8, "aaaa bbbb cccc\n\nnext");
    DocumentReader reader =
        new DocumentReader(DecodeOptions.DEFAULT, new ByteArrayInputStream(input), 5, 10);
    try (Document doc = reader.open(Source.stdin())) {
      assertEquals(new Paragraph(0, "aaaa", true), doc.next());
      assertEquals(new Paragraph(0, "bbbb", true), doc.next());
      assertEquals(new Paragraph(0, "cccc", false), doc.next());
      assertEquals(new Paragraph(1, "next", false), doc.next());
      assertEquals(null, doc.next());
    }
  }

  // --- binary input -------------------------------------------------------------------------

  void assertBinary(byte[] input) throws IOException {
    InputException e = assertThrows(InputException.class, () -> openStdin(input));
    assertTrue(e.binary());
    assertEquals(InputException.BINARY_MESSAGE, e.getMessage());
  }

  @Test
  void pngIsBinary() throws IOException {
    assertBinary(of(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 'x'));
  }

  @Test
  void pdfZipGzipElfAreBinary() throws IOException {
    assertBinary("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    assertBinary(of('P', 'K', 3, 4, 'a'));
    assertBinary(of(0x1F, 0x8B, 8, 0));
    assertBinary(of(0x7F, 'E', 'L', 'F', 2, 1, 1));
  }

  @Test
  void nulByteMeansBinary() throws IOException {
    assertBinary(of('a', 'b', 0, 1, 2, 3, 0xFF, 0x80, 0, 0, 7));
  }

  @Test
  void sixteenBitDataWithoutLettersIsNotMistakenForUtf16() throws IOException {
    // little-endian 16-bit values 0x2500..0x257F after a zero: as UTF-16 they would all be
    // assigned box-drawing symbols with one high byte, but text needs letters
    byte[] data = new byte[4000];
    for (int i = 2; i < data.length; i += 2) {
      data[i] = (byte) ((i * 7) % 128);
      data[i + 1] = 0x25;
    }
    assertBinary(data);
  }

  @Test
  void nulByteIsBinaryEvenWithAForcedCharset() throws IOException {
    DecodeOptions utf8 = new DecodeOptions(StandardCharsets.UTF_8, false, DecodeOptions.Html.NEVER);
    InputException e =
        assertThrows(InputException.class, () -> openStdin(utf8, of('a', 0, 'b')));
    assertTrue(e.binary());
  }

  @Test
  void utf16WithoutBomIsTextNotBinary() throws IOException {
    String text = "This is plain English text saved as UTF-16 without a byte order mark. ".repeat(5);
    try (Document doc = openStdin(bytes(StandardCharsets.UTF_16LE, text))) {
      assertEquals(StandardCharsets.UTF_16LE, doc.charset());
      assertEquals(List.of(text.strip()), texts(doc));
    }
  }

  @Test
  void arabicUtf16WithoutBomIsRecognised() throws IOException {
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      try (Document doc = openStdin(bytes(cs, ARABIC))) {
        assertEquals(cs, doc.charset());
        assertEquals(List.of(ARABIC), texts(doc));
      }
    }
  }

  @Test
  void asciiWithAControlByteStaysUtf8() throws IOException {
    String text = "Ring the bell \u0007 twice, then read the rest of this ordinary sentence.";
    try (Document doc = openStdin(bytes(StandardCharsets.UTF_8, text))) {
      assertEquals(StandardCharsets.UTF_8, doc.charset());
      assertEquals(List.of(text), texts(doc));
    }
  }

  // --- sources and errors -------------------------------------------------------------------

  @Test
  void stdinIsReadFromTheInjectedStreamAndNotClosed() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream("from stdin".getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    try (Document doc = new DocumentReader(DecodeOptions.DEFAULT, in).open(Source.stdin())) {
      assertEquals(List.of("from stdin"), texts(doc));
    }
    assertFalse(closed[0]);
  }

  @Test
  void missingFileIsAUserMessage() {
    InputException e =
        assertThrows(
            InputException.class, () -> openFile(DecodeOptions.DEFAULT, dir.resolve("nope.txt")));
    assertEquals("no such file or directory", e.getMessage());
    assertFalse(e.binary());
  }

  @Test
  void directoryIsAUserMessage() {
    InputException e =
        assertThrows(InputException.class, () -> openFile(DecodeOptions.DEFAULT, dir));
    assertEquals("is a directory", e.getMessage());
  }

  @Test
  void readErrorBecomesInputException() throws IOException {
    InputStream failing =
        new InputStream() {
          int n;

          @Override
          public int read() throws IOException {
            if (n++ < 10) {
              return 'a';
            }
            throw new IOException("device gone");
          }
        };
    InputException e =
        assertThrows(
            InputException.class,
            () -> new DocumentReader(DecodeOptions.DEFAULT, failing).open(Source.stdin()));
    assertEquals("read error: device gone", e.getMessage());
  }

  // --- HTML ---------------------------------------------------------------------------------

  static final String PAGE =
      "<!DOCTYPE html><html><head><title>t</title><style>p{}</style></head><body>"
          + "<nav>Home | News</nav><h1>Headline</h1><p>First <b>para</b>.</p>"
          + "<script>track()</script><p>Second</p></body></html>";

  @Test
  void htmlFileIsReducedToVisibleParagraphs() throws IOException {
    Path page = write("page.html", PAGE.getBytes(StandardCharsets.UTF_8));
    try (Document doc = openFile(DecodeOptions.DEFAULT, page)) {
      assertEquals(List.of("Headline", "First para.", "Second"), texts(doc));
    }
  }

  @Test
  void htmlOnStdinIsSniffed() throws IOException {
    try (Document doc = openStdin(("  \n" + PAGE).getBytes(StandardCharsets.UTF_8))) {
      assertEquals(List.of("Headline", "First para.", "Second"), texts(doc));
    }
  }

  // --- HTML character references in plain text ----------------------------------------------

  @Test
  void plainTextHasItsCharacterReferencesDecoded() throws IOException {
    byte[] text = "&lsquo;Miral&rsquo; &amp; co&#039;s\n\nAT&T &nbsp;end&nbsp;".getBytes(StandardCharsets.UTF_8);
    try (Document doc = openStdin(text)) {
      assertEquals(List.of("‘Miral’ & co's", "AT&T \u00A0end"), texts(doc));
    }
    Path file = write("scraped.txt", text);
    try (Document doc = openFile(DecodeOptions.DEFAULT, file)) {
      assertEquals(List.of("‘Miral’ & co's", "AT&T \u00A0end"), texts(doc));
    }
    assertEquals(
        List.of("‘Miral’ & co's", "AT&T \u00A0end"),
        blockTexts(DecodeOptions.DEFAULT, file),
        "the parallel path too");
  }

  /** The paragraphs of {@code file} read as {@link TextBlocks} of one byte or more. */
  static List<String> blockTexts(DecodeOptions options, Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (TextBlocks blocks =
        new DocumentReader(options, InputStream.nullInputStream()).openBlocks(Source.file(file, true))) {
      for (TextBlock b = blocks.next(1, 0); b != null; b = blocks.next(1, 0)) {
        try (Document d = b.open()) {
          out.addAll(texts(d));
        }
      }
      Document rest = blocks.rest();
      if (rest != null) {
        try (rest) {
          out.addAll(texts(rest));
        }
      }
    }
    return out;
  }

  @Test
  void aParagraphOfOnlyASpaceReferenceStaysAsWritten() throws IOException {
    try (Document doc = openStdin("&nbsp;\n\nx".getBytes(StandardCharsets.UTF_8))) {
      assertEquals(List.of("&nbsp;", "x"), texts(doc));
    }
  }

  @Test
  void keepReferencesLeavesThemAsWritten() throws IOException {
    DecodeOptions keep = new DecodeOptions(null, false, DecodeOptions.Html.AUTO, true);
    byte[] text = "co&#039;s &amp; more".getBytes(StandardCharsets.UTF_8);
    try (Document doc = openStdin(keep, text)) {
      assertEquals(List.of("co&#039;s &amp; more"), texts(doc));
    }
    Path file = write("kept.txt", text);
    assertEquals(List.of("co&#039;s &amp; more"), blockTexts(keep, file));
  }

  @Test
  void htmlIsDecodedOnceByItsParser() throws IOException {
    Path page = write("p.html", "<p>&amp;amp; &rsquo;</p>".getBytes(StandardCharsets.UTF_8));
    try (Document doc = openFile(DecodeOptions.DEFAULT, page)) {
      assertEquals(List.of("&amp; ’"), texts(doc));
    }
  }

  @Test
  void htmlNeverKeepsTheMarkup() throws IOException {
    DecodeOptions never = new DecodeOptions(null, false, DecodeOptions.Html.NEVER);
    try (Document doc = openStdin(never, "<html><p>x</p></html>".getBytes(StandardCharsets.UTF_8))) {
      assertEquals(List.of("<html><p>x</p></html>"), texts(doc));
    }
  }

  @Test
  void htmlAlwaysParsesATextFile() throws IOException {
    Path page = write("page.txt", "<p>a</p><p>b</p>".getBytes(StandardCharsets.UTF_8));
    DecodeOptions always = new DecodeOptions(null, false, DecodeOptions.Html.ALWAYS);
    try (Document doc = openFile(always, page)) {
      assertEquals(List.of("a", "b"), texts(doc));
    }
  }

  @Test
  void htmlDeclaredCharsetIsUsed() throws IOException {
    String html =
        "<html><head><meta charset=\"windows-1256\"></head><body><p>" + ARABIC + "</p></body></html>";
    Path page = write("ar.htm", bytes(CP1256, html));
    try (Document doc = openFile(DecodeOptions.DEFAULT, page)) {
      assertEquals(CP1256, doc.charset());
      assertEquals(List.of(ARABIC), texts(doc));
    }
  }

  @Test
  void htmlWithoutDeclarationIsDetected() throws IOException {
    String html = "<html><body><p>" + ARABIC + "</p></body></html>";
    Path page = write("ar.html", bytes(CP1256, html));
    try (Document doc = openFile(DecodeOptions.DEFAULT, page)) {
      assertEquals(CP1256, doc.charset());
      assertEquals(List.of(ARABIC), texts(doc));
    }
  }
}
