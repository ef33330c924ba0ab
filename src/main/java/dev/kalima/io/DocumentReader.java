package dev.kalima.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;

/** Opens sources as {@link Document}s: decoding, HTML text extraction, paragraph splitting. */
public final class DocumentReader {

  private final DecodeOptions options;
  private final InputStream stdin;

  public DocumentReader(DecodeOptions options, InputStream stdin) {
    this.options = options;
    this.stdin = stdin;
  }

  public Document open(Source source) throws InputException {
    try {
      byte[] bytes =
          source.isStdin() ? stdin.readAllBytes() : Files.readAllBytes(source.path());
      Charset cs = options.charset() != null ? options.charset() : StandardCharsets.UTF_8;
      return ofText(source, cs, new String(bytes, cs));
    } catch (IOException e) {
      throw new InputException(source, e.getMessage(), e);
    }
  }

  /** A document over text already in memory (tests, small inputs). */
  public static Document ofText(Source source, Charset charset, String text) {
    Deque<Paragraph> paragraphs = new ArrayDeque<>();
    int index = 0;
    for (String block : text.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t]*\n")) {
      if (!block.isBlank()) {
        paragraphs.add(new Paragraph(index++, block.strip(), false));
      }
    }
    return new Document() {
      @Override
      public Source source() {
        return source;
      }

      @Override
      public Charset charset() {
        return charset;
      }

      @Override
      public Paragraph next() {
        return paragraphs.poll();
      }

      @Override
      public long malformed() {
        return 0;
      }

      @Override
      public void close() {}
    };
  }
}
