package dev.kalima.io;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Opens sources as {@link Document}s. For each source, in order:
 *
 * <ol>
 *   <li>reads a sample of the first {@link #SAMPLE_BYTES} bytes;
 *   <li>decides whether it is HTML: {@link DecodeOptions.Html#ALWAYS}, {@link
 *       DecodeOptions.Html#NEVER}, or for {@code AUTO} a file name ending in .html, .htm or
 *       .xhtml, or standard input starting with {@code <!doctype html} or {@code <html};
 *   <li>picks the character set and refuses binary input, first match wins:
 *       <ol>
 *         <li>a forced charset ({@link DecodeOptions#charset()}); a byte order mark of that same
 *             charset is skipped; unless the forced charset is UTF-16 or UTF-32 and there is no
 *             byte order mark, input that looks binary (as below) is still refused;
 *         <li>a byte order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE), which is skipped;
 *         <li>a known binary file signature (PNG, JPEG, GIF, PDF, ZIP, gzip, ELF, ...): refused
 *             with {@link InputException#binaryFile};
 *         <li>NUL or control bytes in the first 8 KiB: (only for at least 16 bytes, and an even
 *             length if the sample is the whole input) UTF-16LE/BE if the sample reads as such
 *             text ({@code ByteSniffer.utf16WithoutBom}); with NUL bytes, else UTF-16 if the
 *             NULs sit at one parity and the sample decodes almost cleanly to text ({@code
 *             ByteSniffer.utf16ByNulPattern}), else UTF-32 if ICU's detector says so and the
 *             sample decodes to text without error, else refused as binary (random bytes and
 *             runs of NUL bytes included);
 *         <li>not valid UTF-8 and at least 3% control bytes other than white space and ESC
 *             ({@code ByteSniffer.manyControls}): refused as binary;
 *         <li>for HTML, a charset other than UTF-8 declared in the page;
 *         <li>UTF-8 if the sample is valid UTF-8 (a sequence cut off at the end of the sample is
 *             fine), or UTF-8 with a few errors: at least four valid non-ASCII characters per
 *             malformed sequence ({@code ByteSniffer.mostlyUtf8}; the errors become U+FFFD and
 *             are reported, rather than the whole input being read in a legacy charset);
 *         <li>the best guess of ICU's {@code CharsetDetector} on the sample (ignoring markup for
 *             HTML), kept with ICU's confidence as {@link Document#guess()}; UTF-8 if ICU finds
 *             no charset this runtime can decode;
 *       </ol>
 *   <li>plain text is then decoded as a stream through a bounded buffer and split into
 *       paragraphs by {@link ParagraphSplitter} (line ends normalized, blank lines separate
 *       paragraphs, long paragraphs come in pieces), whose HTML character references ({@code
 *       &amp;amp;}, {@code &amp;#39;}) are decoded unless {@link DecodeOptions#keepReferences()}
 *       ({@link CharacterReferences}); HTML (at most {@link #MAX_HTML_BYTES}) is
 *       decoded in memory, reduced to its visible text by {@link HtmlText} and split the same way.
 * </ol>
 *
 * <p>Malformed input becomes U+FFFD and is counted ({@link Document#malformed()}), or under
 * {@link DecodeOptions#strict()} raises "malformed &lt;charset&gt; at byte N". Every failure is an
 * {@link InputException} with a message for users.
 *
 * <p>Thread-safe: one reader may open documents for several threads; each document is read by
 * one thread.
 */
public final class DocumentReader {

  /** How many leading bytes are examined to detect the character set and binary content. */
  public static final int SAMPLE_BYTES = 64 * 1024;

  /** The fewest bytes from which UTF-16 without a byte order mark is recognised. */
  static final int MIN_UTF16_EVIDENCE = 16;

  /** The largest HTML input parsed (HTML is parsed in memory). */
  public static final int MAX_HTML_BYTES = 256 * 1024 * 1024;

  private final DecodeOptions options;
  private final InputStream stdin;
  private final int softLimit;
  private final int hardLimit;

  /**
   * @param options how to decode
   * @param stdin what "-" reads; never closed by this reader
   */
  public DocumentReader(DecodeOptions options, InputStream stdin) {
    this(options, stdin, ParagraphSplitter.DEFAULT_SOFT_LIMIT, ParagraphSplitter.DEFAULT_HARD_LIMIT);
  }

  DocumentReader(DecodeOptions options, InputStream stdin, int softLimit, int hardLimit) {
    this.options = options;
    this.stdin = stdin;
    this.softLimit = softLimit;
    this.hardLimit = hardLimit;
  }

  /**
   * Opens {@code source}; the caller reads it with {@link Document#next()} and closes it.
   *
   * @throws InputException if it cannot be read or is binary ({@link InputException#binary()}).
   *     Under strict decoding malformed input is raised here for HTML (decoded whole) and from
   *     {@link Document#next()} for plain text (decoded as it is read).
   */
  public Document open(Source source) throws InputException {
    return sniffed(source, (raw, sample, complete, html) -> {
      Decision d = decide(source, sample, complete, html);
      if (html) {
        return openHtml(source, d, raw, sample, complete);
      }
      InputStream inSample = new ByteArrayInputStream(sample, d.skip(), sample.length - d.skip());
      InputStream rest;
      if (complete) {
        closeQuietly(raw); // all read: decoded from memory, with a buffer of the input's size
        rest = inSample;
      } else {
        rest = new SequenceInputStream(inSample, raw);
      }
      DecodingReader reader =
          new DecodingReader(source, rest, d.charset(), options.strict(), d.skip());
      return new StreamDocument(
          source,
          d.charset(),
          d.guess(),
          new ParagraphSplitter(reader, softLimit, hardLimit)
              .decodingReferences(!options.keepReferences()),
          reader::malformed, reader);
    });
  }

  /**
   * Opens {@code source} to be read as raw {@link TextBlock}s that other threads decode, when it is
   * a file that {@link #open} would read as plain UTF-8 text with lenient decoding (the same
   * sniffing decides, on the same sample); else returns {@code null} (nothing stays open), and
   * the caller reads it with {@link #open}. Standard input is never read this way.
   *
   * @throws InputException as {@link #open} does, for the same inputs
   */
  public TextBlocks openBlocks(Source source) throws InputException {
    if (source.isStdin() || options.strict()) {
      return null;
    }
    return sniffed(source, (raw, sample, complete, html) -> {
      Decision d = html ? null : decide(source, sample, complete, false);
      if (html || !d.charset().equals(StandardCharsets.UTF_8)) {
        closeQuietly(raw);
        return null;
      }
      return new TextBlocks(source, sample, d.skip(), raw, d.skip(), !options.keepReferences());
    });
  }

  /** What {@link #sniffed} does with an opened input and its first bytes. */
  private interface Opening<T> {
    /**
     * @param raw the input, positioned after the sample; closed by this step when it returns no
     *     open reader of it
     * @param sample its first {@link #SAMPLE_BYTES} bytes (fewer when {@code complete})
     * @param complete whether the sample is the whole input
     * @param html whether the input is HTML ({@link #isHtml})
     */
    T open(InputStream raw, byte[] sample, boolean complete, boolean html) throws IOException;
  }

  /**
   * Opens {@code source}, reads its sample and hands both to {@code then}; if reading or {@code
   * then} fails, closes the input and reports the failure as an {@link InputException} naming
   * the source (runtime failures pass unchanged).
   */
  private <T> T sniffed(Source source, Opening<T> then) throws InputException {
    InputStream raw = openStream(source);
    try {
      byte[] sample = raw.readNBytes(SAMPLE_BYTES);
      boolean complete = sample.length < SAMPLE_BYTES;
      return then.open(raw, sample, complete, isHtml(source, sample));
    } catch (IOException e) {
      closeQuietly(raw);
      throw InputErrors.wrap(source, e);
    } catch (UncheckedIOException e) {
      closeQuietly(raw);
      throw InputErrors.wrap(source, e);
    } catch (RuntimeException e) {
      closeQuietly(raw);
      throw e;
    }
  }

  /** A document over text already in memory, split by the same rules as a streamed input. */
  public static Document ofText(Source source, Charset charset, String text) {
    return new StreamDocument(
        source, charset, new ParagraphSplitter(new StringReader(text)), () -> 0, () -> {});
  }

  private InputStream openStream(Source source) throws InputException {
    if (source.isStdin()) {
      return new FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input belongs to the caller
        }
      };
    }
    if (Files.isDirectory(source.path())) {
      throw new InputException(source, "is a directory");
    }
    try {
      return Files.newInputStream(source.path());
    } catch (IOException e) {
      throw InputErrors.wrap(source, e);
    }
  }

  private boolean isHtml(Source source, byte[] sample) {
    switch (options.html() == null ? DecodeOptions.Html.AUTO : options.html()) {
      case ALWAYS:
        return true;
      case NEVER:
        return false;
      default:
        break;
    }
    if (!source.isStdin()) {
      String name = source.path().getFileName() == null ? "" : source.path().getFileName().toString();
      name = name.toLowerCase(Locale.ROOT);
      return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }
    ByteSniffer.Bom bom = ByteSniffer.bom(sample, sample.length);
    Charset cs = bom != null ? bom.charset() : StandardCharsets.ISO_8859_1;
    int skip = bom != null ? bom.length() : 0;
    String head =
        new String(sample, skip, Math.min(1024, sample.length - skip), cs)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  /** The charset to decode with, the byte order mark's length, and the guess if it was one. */
  private record Decision(Charset charset, int skip, CharsetGuess guess) {
    Decision(Charset charset, int skip) {
      this(charset, skip, null);
    }
  }

  private Decision decide(Source source, byte[] sample, boolean complete, boolean html)
      throws IOException {
    int n = sample.length;
    ByteSniffer.Bom bom = ByteSniffer.bom(sample, n);
    Charset forced = options.charset();
    if (forced != null) {
      boolean wide = forced.name().startsWith("UTF-16") || forced.name().startsWith("UTF-32");
      if (!wide && bom == null && (ByteSniffer.hasBinarySignature(sample, n) || ByteSniffer.hasNul(sample, n))) {
        throw InputException.binaryFile(source);
      }
      return new Decision(forced, bom != null && bom.charset().equals(forced) ? bom.length() : 0);
    }
    if (bom != null) {
      return new Decision(bom.charset(), bom.length());
    }
    if (ByteSniffer.hasBinarySignature(sample, n)) {
      throw InputException.binaryFile(source);
    }
    boolean nul = ByteSniffer.hasNul(sample, n);
    // too little to tell, or a whole input of odd length: not UTF-16
    boolean mayBeUtf16 = n >= MIN_UTF16_EVIDENCE && (!complete || n % 2 == 0);
    if (mayBeUtf16 && (nul || ByteSniffer.hasControl(sample, n))) {
      Charset utf16 = ByteSniffer.utf16WithoutBom(sample, n);
      if (utf16 != null) {
        return new Decision(utf16, 0);
      }
    }
    if (nul) {
      Charset utf16 = mayBeUtf16 ? ByteSniffer.utf16ByNulPattern(sample, n, complete) : null;
      if (utf16 != null) {
        return new Decision(utf16, 0);
      }
      var match = ByteSniffer.detect(sample, 0, n, false);
      if (match != null && match.getName().startsWith("UTF-32")) {
        Charset utf32 = Charset.forName(match.getName());
        if (ByteSniffer.readsAsText(utf32, sample, n & ~3, complete && (n & 3) == 0)) {
          return new Decision(utf32, 0);
        }
      }
      throw InputException.binaryFile(source);
    }
    if (ByteSniffer.manyControls(sample, n) && !ByteSniffer.isUtf8(sample, 0, n, complete)) {
      throw InputException.binaryFile(source); // random or compressed bytes without a NUL
    }
    if (html) {
      Charset declared = Jsoup.parse(new ByteArrayInputStream(sample), null, "").charset();
      if (!declared.equals(StandardCharsets.UTF_8)) {
        return new Decision(declared, 0);
      }
    }
    if (ByteSniffer.isUtf8(sample, 0, n, complete) || ByteSniffer.mostlyUtf8(sample, n, complete)) {
      return new Decision(StandardCharsets.UTF_8, 0);
    }
    CharsetGuess guess = ByteSniffer.guess(sample, 0, n, html);
    return guess == null ? new Decision(StandardCharsets.UTF_8, 0) : new Decision(guess.charset(), 0, guess);
  }

  private Document openHtml(
      Source source, Decision d, InputStream raw, byte[] sample, boolean complete)
      throws IOException {
    byte[] all = sample;
    try (raw) {
      if (!complete) {
        byte[] more = raw.readNBytes(MAX_HTML_BYTES - sample.length + 1);
        if (more.length > MAX_HTML_BYTES - sample.length) {
          throw new InputException(
              source, "HTML input too large (over " + (MAX_HTML_BYTES >> 20) + " MiB)");
        }
        all = new byte[sample.length + more.length];
        System.arraycopy(sample, 0, all, 0, sample.length);
        System.arraycopy(more, 0, all, sample.length, more.length);
      }
    }
    DecodingReader reader =
        new DecodingReader(
            source,
            new ByteArrayInputStream(all, d.skip(), all.length - d.skip()),
            d.charset(),
            options.strict(),
            d.skip());
    StringBuilder text = new StringBuilder();
    char[] buf = new char[8192];
    for (int k; (k = reader.read(buf)) >= 0; ) {
      text.append(buf, 0, k);
    }
    String visible = HtmlText.extract(text.toString());
    long malformed = reader.malformed();
    return new StreamDocument(
        source,
        d.charset(),
        d.guess(),
        new ParagraphSplitter(new StringReader(visible), softLimit, hardLimit),
        () -> malformed,
        () -> {});
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // already failing; the first error is the one reported
    }
  }
}
