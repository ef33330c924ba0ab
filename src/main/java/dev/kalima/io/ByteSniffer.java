package dev.kalima.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Looks at the first bytes of an input: byte order mark, binary signatures, character set. */
final class ByteSniffer {

  /** How many leading bytes are searched for NUL bytes. */
  static final int BINARY_SAMPLE = 8 * 1024;

  /** A byte order mark: the charset it announces and its length in bytes. */
  record Bom(Charset charset, int length) {}

  private record Signature(byte[] bytes) {
    boolean matches(byte[] sample, int length) {
      return length >= bytes.length && Arrays.equals(sample, 0, bytes.length, bytes, 0, bytes.length);
    }
  }

  private static final List<Signature> BINARY_SIGNATURES =
      List.of(
          sig(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), // PNG
          sig(0xFF, 0xD8, 0xFF), // JPEG
          sig('G', 'I', 'F', '8', '7', 'a'), // GIF
          sig('G', 'I', 'F', '8', '9', 'a'),
          sig('%', 'P', 'D', 'F', '-'), // PDF
          sig('P', 'K', 0x03, 0x04), // ZIP, and so jar, docx, odt, epub
          sig('P', 'K', 0x05, 0x06), // empty ZIP
          sig('P', 'K', 0x07, 0x08), // spanned ZIP
          sig(0x1F, 0x8B), // gzip
          sig(0x7F, 'E', 'L', 'F'), // ELF
          sig('B', 'Z', 'h'), // bzip2
          sig(0xFD, '7', 'z', 'X', 'Z', 0x00), // xz
          sig('7', 'z', 0xBC, 0xAF, 0x27, 0x1C), // 7-Zip
          sig(0x28, 0xB5, 0x2F, 0xFD), // zstd
          sig(0xCA, 0xFE, 0xBA, 0xBE), // Java class, Mach-O fat binary
          sig(0xCF, 0xFA, 0xED, 0xFE), // Mach-O 64-bit
          sig(0xCE, 0xFA, 0xED, 0xFE), // Mach-O 32-bit
          sig(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), // OLE2: doc, xls
          sig('R', 'a', 'r', '!', 0x1A, 0x07), // RAR
          sig('O', 'g', 'g', 'S'), // Ogg
          sig('R', 'I', 'F', 'F'), // RIFF: WAV, AVI, WebP
          sig(0x00, 'a', 's', 'm'), // WebAssembly
          sig('w', 'O', 'F', 'F'), // WOFF font
          sig('w', 'O', 'F', '2'), // WOFF2 font
          sig('I', 'D', '3'), // MP3 with ID3 tag
          sig('S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0));

  private ByteSniffer() {}

  private static Signature sig(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return new Signature(b);
  }

  /**
   * The byte order mark at the start of {@code sample}, or {@code null}. UTF-32 marks are tested
   * before UTF-16 ones, since the UTF-32LE mark starts with the UTF-16LE one.
   */
  static Bom bom(byte[] sample, int length) {
    if (starts(sample, length, 0xEF, 0xBB, 0xBF)) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (starts(sample, length, 0x00, 0x00, 0xFE, 0xFF)) {
      return new Bom(Charset.forName("UTF-32BE"), 4);
    }
    if (starts(sample, length, 0xFF, 0xFE, 0x00, 0x00)) {
      return new Bom(Charset.forName("UTF-32LE"), 4);
    }
    if (starts(sample, length, 0xFE, 0xFF)) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    if (starts(sample, length, 0xFF, 0xFE)) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    return null;
  }

  private static boolean starts(byte[] sample, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((sample[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** True if the sample starts with the signature of a known binary format. */
  static boolean hasBinarySignature(byte[] sample, int length) {
    for (Signature s : BINARY_SIGNATURES) {
      if (s.matches(sample, length)) {
        return true;
      }
    }
    return false;
  }

  /** True if one of the first {@link #BINARY_SAMPLE} bytes is NUL. */
  static boolean hasNul(byte[] sample, int length) {
    int n = Math.min(length, BINARY_SAMPLE);
    for (int i = 0; i < n; i++) {
      if (sample[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** True if one of the first {@link #BINARY_SAMPLE} bytes is a C0 control other than TAB, LF, VT, FF, CR and ESC. */
  static boolean hasControl(byte[] sample, int length) {
    int n = Math.min(length, BINARY_SAMPLE);
    for (int i = 0; i < n; i++) {
      int b = sample[i] & 0xFF;
      if (b < 0x20 && (b < 0x09 || b > 0x0D) && b != 0x1B) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if at least 3% of the first {@link #BINARY_SAMPLE} bytes (and at least 4 of them) are C0
   * controls other than TAB, LF, VT, FF, CR and ESC: legacy 8-bit text never has that many, random
   * and compressed bytes do (about 10%).
   */
  static boolean manyControls(byte[] sample, int length) {
    int n = Math.min(length, BINARY_SAMPLE);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = sample[i] & 0xFF;
      if (b < 0x20 && (b < 0x09 || b > 0x0D) && b != 0x1B) {
        controls++;
      }
    }
    return controls >= 4 && controls * 100 >= 3L * n;
  }

  /**
   * UTF-16LE or UTF-16BE if the first {@link #BINARY_SAMPLE} bytes read as text in that encoding
   * (for text without a byte order mark, where ICU's detector is weak outside Latin scripts):
   *
   * <ul>
   *   <li>they decode without error;
   *   <li>at least 95% of the code points are letters, digits, marks, punctuation, symbols or
   *       white space (no other controls, no unassigned or private-use code points), and at least
   *       half are letters or combining marks;
   *   <li>the high bytes take at most 16 values, as they do in alphabetic scripts (the whole
   *       text sits in one or two Unicode blocks plus ASCII punctuation), and the four most
   *       common of them make up at least 90% of the units (ASCII text with a control byte, read
   *       as UTF-16, has letters for high bytes: many values, none dominant);
   * </ul>
   *
   * Otherwise {@code null}. Meant for samples that contain NUL or control bytes; plain ASCII read
   * as UTF-16 can look like CJK text.
   */
  static Charset utf16WithoutBom(byte[] sample, int length) {
    int n = Math.min(length, BINARY_SAMPLE) & ~1;
    if (n < 4) {
      return null;
    }
    Charset best = null;
    double bestScore = 0.95;
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      int highOffset = cs.equals(StandardCharsets.UTF_16LE) ? 1 : 0;
      boolean[] highSeen = new boolean[256];
      int distinctHigh = 0;
      for (int i = highOffset; i < n; i += 2) {
        if (!highSeen[sample[i] & 0xFF]) {
          highSeen[sample[i] & 0xFF] = true;
          distinctHigh++;
        }
      }
      if (distinctHigh > 16 || !fewHighBytesDominate(sample, highOffset, n)) {
        continue;
      }
      CharBuffer text;
      try {
        text =
            cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(sample, 0, n));
      } catch (java.nio.charset.CharacterCodingException e) {
        continue;
      }
      String s = text.toString();
      int good = 0;
      int letters = 0;
      int all = 0;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        all++;
        if (textLike(cp)) {
          good++;
        }
        if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
          letters++;
        }
      }
      double score = (double) good / all;
      if (score >= bestScore && letters * 2 >= all) {
        best = cs;
        bestScore = score;
      }
    }
    return best;
  }

  /** True if the four most common bytes at {@code sample[offset], sample[offset + 2], ...} make up 90% of them. */
  private static boolean fewHighBytesDominate(byte[] sample, int offset, int n) {
    int[] counts = new int[256];
    int units = 0;
    for (int i = offset; i < n; i += 2) {
      counts[sample[i] & 0xFF]++;
      units++;
    }
    Arrays.sort(counts);
    int top = counts[255] + counts[254] + counts[253] + counts[252];
    return top * 10 >= units * 9;
  }

  /**
   * True if the sample is UTF-8 with a few errors (a truncated or corrupted UTF-8 file): it holds
   * at least one valid non-ASCII character and at least four of them per malformed sequence.
   * Legacy 8-bit text (Latin-1, windows-1256) rarely forms even one valid multi-byte sequence,
   * and never four for each invalid one.
   */
  static boolean mostlyUtf8(byte[] sample, int length, boolean complete) {
    int n = Math.min(length, BINARY_SAMPLE * 8);
    Decoded d = decodeCounting(StandardCharsets.UTF_8, sample, n, complete && n == length);
    long nonAscii = d.text().chars().filter(c -> c >= 0x80 && !Character.isLowSurrogate((char) c)).count();
    return nonAscii > 0 && nonAscii >= 4L * d.malformed();
  }

  /** Text decoded from a sample and the number of malformed sequences met on the way. */
  record Decoded(String text, int malformed) {}

  /**
   * Decodes {@code sample[0, n)} with {@code cs}, counting each malformed or unmappable sequence
   * (which is dropped); when {@code complete} is false a sequence cut off at the end of the sample
   * is not counted.
   */
  static Decoded decodeCounting(Charset cs, byte[] sample, int n, boolean complete) {
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(sample, 0, n);
    CharBuffer out = CharBuffer.allocate(n + 4);
    int malformed = 0;
    while (true) {
      CoderResult r = decoder.decode(in, out, complete);
      if (r.isError()) {
        malformed++;
        in.position(in.position() + r.length());
      } else {
        break; // underflow: the output buffer is large enough never to overflow
      }
    }
    if (complete) {
      decoder.flush(out);
    }
    return new Decoded(out.flip().toString(), malformed);
  }

  /**
   * UTF-16LE or UTF-16BE for a sample with NUL bytes that shows the pattern of UTF-16 text with
   * ASCII characters in it (white space, digits, punctuation or Latin letters), evidence that
   * random or binary bytes do not give; otherwise {@code null}. All of:
   *
   * <ul>
   *   <li>NUL bytes cluster at the high byte of the units: at least 2% of the units have a NUL
   *       high byte, and at least four times as many as have a NUL low byte;
   *   <li>at most 1% of the units are malformed (a sequence cut off at the end of the sample
   *       does not count);
   *   <li>at least 95% of the decoded code points are letters, digits, marks, punctuation,
   *       symbols or white space.
   * </ul>
   */
  static Charset utf16ByNulPattern(byte[] sample, int length, boolean complete) {
    int n = Math.min(length, BINARY_SAMPLE) & ~1;
    int units = n / 2;
    if (units < 2) {
      return null;
    }
    int nulEven = 0;
    int nulOdd = 0;
    for (int i = 0; i < n; i += 2) {
      if (sample[i] == 0) {
        nulEven++;
      }
      if (sample[i + 1] == 0) {
        nulOdd++;
      }
    }
    Charset cs;
    int high;
    int low;
    if (nulOdd >= nulEven) {
      cs = StandardCharsets.UTF_16LE;
      high = nulOdd;
      low = nulEven;
    } else {
      cs = StandardCharsets.UTF_16BE;
      high = nulEven;
      low = nulOdd;
    }
    if (high * 50 < units || high < 4 * low) {
      return null;
    }
    Decoded d = decodeCounting(cs, sample, n, complete && n == length);
    if (d.malformed() * 100 > units) {
      return null;
    }
    return textLikeShare(d.text()) >= 0.95 ? cs : null;
  }

  /**
   * True if {@code sample[0, n)} decodes with {@code cs} without a single malformed sequence and
   * at least 95% of the code points are text-like (so that a run of NUL bytes, which is valid
   * UTF-32, does not pass).
   */
  static boolean readsAsText(Charset cs, byte[] sample, int n, boolean complete) {
    Decoded d = decodeCounting(cs, sample, n, complete);
    return d.malformed() == 0 && textLikeShare(d.text()) >= 0.95;
  }

  private static double textLikeShare(String s) {
    int good = 0;
    int all = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      all++;
      if (textLike(cp)) {
        good++;
      }
    }
    return all == 0 ? 0 : (double) good / all;
  }

  private static boolean textLike(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.UNASSIGNED:
      case Character.PRIVATE_USE:
      case Character.SURROGATE:
        return false;
      default:
        return true;
    }
  }

  /**
   * True if {@code sample[from, from + length)} is valid UTF-8. When {@code complete} is false the
   * sample is a prefix of a longer input, so a multi-byte sequence cut off at its end is fine.
   */
  static boolean isUtf8(byte[] sample, int from, int length, boolean complete) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(sample, from, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    CoderResult result = decoder.decode(in, out, complete);
    if (result.isError()) {
      return false;
    }
    if (complete) {
      try {
        result = decoder.flush(out);
      } catch (IllegalStateException e) {
        return false;
      }
      return !result.isError();
    }
    return true;
  }

  /**
   * The character set ICU's {@link CharsetDetector} finds most likely for the sample, among those
   * this Java runtime can decode; {@code null} if none.
   *
   * @param markup ignore markup (HTML tags) while detecting
   */
  static CharsetMatch detect(byte[] sample, int from, int length, boolean markup) {
    if (length == 0) {
      return null;
    }
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(markup);
    detector.setText(Arrays.copyOfRange(sample, from, from + length));
    for (CharsetMatch match : detector.detectAll()) {
      if (supported(match.getName())) {
        return match;
      }
    }
    return null;
  }

  static boolean supported(String name) {
    try {
      return Charset.isSupported(name);
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }

  /**
   * The most likely single-byte or legacy multi-byte charset ICU finds for the sample, with ICU's
   * confidence in it, or {@code null} when there is none (the sample is empty, or no match is a
   * charset this runtime can decode). UTF-16 and UTF-32 guesses are passed over: without a byte
   * order mark they are only taken on the stronger evidence checked before this fallback (ICU
   * names UTF-16LE for a short ASCII line with one stray byte).
   */
  static CharsetGuess guess(byte[] sample, int from, int length, boolean markup) {
    if (length == 0) {
      return null;
    }
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(markup);
    detector.setText(Arrays.copyOfRange(sample, from, from + length));
    for (CharsetMatch match : detector.detectAll()) {
      String name = match.getName();
      if (!name.startsWith("UTF-16") && !name.startsWith("UTF-32") && supported(name)) {
        return new CharsetGuess(Charset.forName(name), match.getConfidence());
      }
    }
    return null;
  }

}
