package dev.kalima.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a UTF-8 plain-text input (opened by {@link DocumentReader#openBlocks}) as raw {@link
 * TextBlock}s, without decoding it, so that other threads can decode and split the blocks:
 *
 * <ul>
 *   <li>a block is at least the requested number of bytes (unless the input ends first) and ends
 *       right after the first blank line found from there: two line feeds in a row (LF LF) or two
 *       CR LF in a row. There the paragraph splitter has just ended a paragraph and holds nothing,
 *       so a fresh splitter on the next block gives the same paragraphs as one splitter on the
 *       whole input (a UTF-8 sequence never contains those bytes, so none is cut either);
 *   <li>a block may be asked to hold at least a number of chars of paragraph text (for a language
 *       sample): only bytes that always start a char that is not white space (printable ASCII, and
 *       UTF-8 lead bytes of U+00C0 to U+07FF and U+4000 and up) are counted, so it may hold more;
 *   <li>when no blank line comes within {@link #MAX_BLOCK_FACTOR} times the block size, {@link
 *       #next} gives up ({@code null} with {@link #rest()} not null): the rest of the input is then
 *       read as a stream document from the last cut, with the same paragraphs.
 * </ul>
 *
 * Read by one thread; close it when done.
 */
public final class TextBlocks implements AutoCloseable {

  /** How many times the block size a block may grow while looking for a blank line. */
  static final int MAX_BLOCK_FACTOR = 8;

  private final Source source;
  private final InputStream in;
  private byte[] buffer;
  /** Unconsumed bytes are buffer[start, end). */
  private int start;
  private int end;
  /** The position of buffer[start] in the whole input. */
  private long offset;
  private boolean eof;
  private boolean done;
  private boolean gaveUp;
  /** Whether a block was taken. */
  private boolean started;
  private final boolean decodeReferences;

  TextBlocks(
      Source source, byte[] head, int from, InputStream in, long offset, boolean decodeReferences) {
    this.source = source;
    this.decodeReferences = decodeReferences;
    this.in = in;
    this.buffer = Arrays.copyOfRange(head, from, head.length);
    this.end = buffer.length;
    this.offset = offset;
  }

  /**
   * The next block of at least {@code minBytes} bytes and {@code minChars} sure chars (see the
   * class comment), or {@code null} at the end of the input or when no blank line was found
   * (then see {@link #rest()}). Unless it gives up, the first call gives a block, empty for an
   * empty input.
   */
  public TextBlock next(int minBytes, int minChars) throws IOException {
    if (done || gaveUp) {
      return null;
    }
    int limit = Math.max(minBytes, 1) * MAX_BLOCK_FACTOR;
    int scanned = 0; // bytes after start already looked at
    int chars = 0;
    while (true) {
      // count sure chars and look for a cut in the bytes read so far
      for (int i = start + scanned; i < end; i++) {
        if (chars >= minChars) {
          // enough chars counted: only a blank line at or after minBytes can end the block
          for (int j = Math.max(i, start + minBytes - 1); j < end; j++) {
            if (buffer[j] == '\n' && isBlankLineEnd(j)) {
              return take(j + 1);
            }
          }
          break;
        }
        int b = buffer[i] & 0xFF;
        if (b > 0x20 && b < 0x7F || b >= 0xC3 && b <= 0xDF || b >= 0xE4 && b <= 0xF4) {
          chars++;
        } else if (b == '\n' && i - start + 1 >= minBytes && chars >= minChars && isBlankLineEnd(i)) {
          return take(i + 1);
        }
      }
      scanned = end - start;
      if (eof) {
        done = true;
        return end > start || !started ? take(end) : null;
      }
      if (end - start >= limit) {
        gaveUp = true;
        return null;
      }
      fill(Math.min(limit - (end - start), 1 << 20) + 4);
    }
  }

  /** Whether buffer[i] is a line feed ending a blank line (LF LF, or CR LF CR LF). */
  private boolean isBlankLineEnd(int i) {
    if (i - 1 >= start && buffer[i - 1] == '\n') {
      return true;
    }
    return i - 3 >= start && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r';
  }

  /**
   * After {@link #next} gave up: the rest of the input from the end of the last block, as a
   * document streamed by {@link DocumentReader}'s rules; else null.
   */
  public Document rest() {
    if (!gaveUp) {
      return null;
    }
    DecodingReader reader =
        new DecodingReader(
            source,
            new SequenceInputStream(new ByteArrayInputStream(buffer, start, end - start), in),
            StandardCharsets.UTF_8,
            false,
            offset);
    return new StreamDocument(
        source,
        StandardCharsets.UTF_8,
        new ParagraphSplitter(reader).decodingReferences(decodeReferences),
        reader::malformed,
        reader);
  }

  private TextBlock take(int to) {
    TextBlock block = new TextBlock(source, Arrays.copyOfRange(buffer, start, to), offset, decodeReferences);
    offset += to - start;
    start = to;
    started = true;
    return block;
  }

  /** Reads up to {@code n} more bytes (fewer at the end of the input). */
  private void fill(int n) throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (buffer.length - end < n) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, end + n));
    }
    int read = in.readNBytes(buffer, end, n);
    end += read;
    if (read < n) {
      eof = true;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
