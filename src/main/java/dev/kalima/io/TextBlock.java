package dev.kalima.io;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * A stretch of a UTF-8 plain-text input that starts at the start of the input or right after a
 * blank line, and ends at the end of the input or right after a blank line (see {@link
 * TextBlocks}), so that it splits into exactly the paragraphs the whole input has there. Any
 * thread may {@link #open} it, independently of the other blocks.
 *
 * @param source the input it comes from
 * @param bytes the block's bytes (owned by the block, never changed)
 * @param offset the position of its first byte in the whole input
 * @param decodeReferences whether its paragraphs get their HTML character references decoded
 *     ({@link DecodeOptions#keepReferences()})
 */
public record TextBlock(Source source, byte[] bytes, long offset, boolean decodeReferences) {

  /**
   * Its paragraphs, decoded leniently (each malformed sequence becomes U+FFFD and is counted in
   * {@link Document#malformed()}) and split by the same rules as {@link DocumentReader#open}.
   * Paragraph indexes count from 0 within the block.
   */
  public Document open() {
    // valid UTF-8 is decoded at once; a block with U+FFFD (malformed bytes, or a real U+FFFD)
    // goes through the decoder that counts the malformed sequences
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      StringReader reader = new StringReader(text);
      return new StreamDocument(
          source, StandardCharsets.UTF_8, splitter(reader), () -> 0, reader);
    }
    DecodingReader reader =
        new DecodingReader(
            source, new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, false, offset);
    return new StreamDocument(
        source, StandardCharsets.UTF_8, splitter(reader), reader::malformed, reader);
  }

  private ParagraphSplitter splitter(java.io.Reader reader) {
    return new ParagraphSplitter(reader).decodingReferences(decodeReferences);
  }
}
