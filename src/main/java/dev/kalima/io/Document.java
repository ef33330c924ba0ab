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

  /** The next paragraph, or {@code null} at the end of the document. */
  Paragraph next() throws IOException;

  /**
   * How many malformed byte sequences were replaced by U+FFFD so far (0 under strict decoding,
   * where a malformed sequence raises {@link InputException} instead).
   */
  long malformed();
}
