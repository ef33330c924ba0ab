package dev.kalima.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;

/**
 * An open, decoded input, read as a stream of paragraphs so that memory does not grow with the
 * size of one file. Not thread-safe; read it from one thread, then close it.
 */
public interface Document extends Closeable {

  Source source();

  /** The character set the bytes were decoded with (after BOM / UTF-8 / detection). */
  Charset charset();

  /**
   * ICU's guess, with its confidence, when {@link #charset()} is one (the input was not UTF-8,
   * had no byte order mark and was read without a forced charset); {@code null} when the charset
   * was forced, announced by a byte order mark or declared, or when the bytes are UTF-8, UTF-16 or
   * UTF-32.
   */
  CharsetGuess guess();

  /** The next paragraph, or {@code null} at the end of the document. */
  Paragraph next() throws IOException;

  /**
   * How many malformed byte sequences were replaced by U+FFFD so far (0 under strict decoding,
   * where a malformed sequence raises {@link InputException} instead).
   */
  long malformed();
}
