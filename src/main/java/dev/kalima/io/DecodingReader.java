package dev.kalima.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a byte stream with a fixed charset through a bounded buffer, handling malformed input
 * by policy:
 *
 * <ul>
 *   <li>lenient: each malformed or unmappable byte sequence becomes one U+FFFD and is counted
 *       ({@link #malformed()});
 *   <li>strict: the first one raises {@link InputException} "malformed &lt;charset&gt; at byte N"
 *       (N counted from the start of the input, 0-based).
 * </ul>
 */
final class DecodingReader extends Reader {

  private static final int BUFFER_BYTES = 64 * 1024;

  /** The smallest buffer, for a short input in memory (room for any char's bytes). */
  private static final int MIN_BUFFER_BYTES = 64;

  private final Source source;
  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final boolean strict;
  private final ByteBuffer bytes;
  private long base;
  private boolean eof;
  private boolean done;
  private long malformed;

  /**
   * @param firstOffset the position of the first byte of {@code in} in the whole input (the
   *     length of a skipped byte order mark), so that error positions count from the start
   */
  DecodingReader(Source source, InputStream in, Charset charset, boolean strict, long firstOffset) {
    this.source = source;
    this.in = in;
    this.charset = charset;
    this.strict = strict;
    this.base = firstOffset;
    // an input in memory shorter than the buffer needs a buffer only as large as itself
    int size = in instanceof ByteArrayInputStream memory
        ? Math.max(MIN_BUFFER_BYTES, Math.min(BUFFER_BYTES, memory.available() + 1))
        : BUFFER_BYTES;
    this.bytes = ByteBuffer.allocate(size).flip();
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  long malformed() {
    return malformed;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (!done) {
      CoderResult result = decoder.decode(bytes, out, eof);
      if (result.isError()) {
        if (strict) {
          throw new InputException(
              source,
              "malformed " + charset.name() + " at byte " + (base + bytes.position()));
        }
        if (!out.hasRemaining()) {
          break; // report it on the next call, when there is room for U+FFFD
        }
        malformed++;
        out.put('\uFFFD');
        bytes.position(bytes.position() + result.length());
        continue;
      }
      if (result.isOverflow()) {
        break;
      }
      // underflow: everything decodable so far is out
      if (eof) {
        if (decoder.flush(out).isOverflow()) {
          break;
        }
        done = true;
        break;
      }
      if (out.position() > off) {
        break; // hand over what we have before blocking on more input
      }
      fill();
    }
    int n = out.position() - off;
    return n == 0 && done ? -1 : n;
  }

  private void fill() throws IOException {
    base += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
