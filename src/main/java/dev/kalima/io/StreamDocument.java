package dev.kalima.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.function.LongSupplier;

/** A {@link Document} that pulls paragraphs from a {@link ParagraphSplitter} on demand. */
final class StreamDocument implements Document {

  private final Source source;
  private final Charset charset;
  private final CharsetGuess guess;
  private final ParagraphSplitter splitter;
  private final LongSupplier malformed;
  private final Closeable resource;
  private boolean closed;

  StreamDocument(
      Source source,
      Charset charset,
      ParagraphSplitter splitter,
      LongSupplier malformed,
      Closeable resource) {
    this(source, charset, null, splitter, malformed, resource);
  }

  /** @param guess how the charset was guessed, or {@code null} if it was not ({@link #guess()}) */
  StreamDocument(
      Source source,
      Charset charset,
      CharsetGuess guess,
      ParagraphSplitter splitter,
      LongSupplier malformed,
      Closeable resource) {
    this.source = source;
    this.charset = charset;
    this.guess = guess;
    this.splitter = splitter;
    this.malformed = malformed;
    this.resource = resource;
  }

  @Override
  public Source source() {
    return source;
  }

  @Override
  public Charset charset() {
    return charset;
  }

  /**
   * {@inheritDoc}
   *
   * @throws InputException for every read or decoding failure, with a message for users
   */
  @Override
  public CharsetGuess guess() {
    return guess;
  }

  @Override
  public Paragraph next() throws InputException {
    if (closed) {
      return null;
    }
    try {
      return splitter.next();
    } catch (IOException e) {
      throw InputErrors.wrap(source, e);
    } catch (UncheckedIOException e) {
      throw InputErrors.wrap(source, e);
    }
  }

  @Override
  public long malformed() {
    return malformed.getAsLong();
  }

  @Override
  public void close() throws InputException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      resource.close();
    } catch (IOException e) {
      throw InputErrors.wrap(source, e);
    }
  }
}
