package dev.kalima.analysis;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;

/**
 * The {@link Token.Type#WORD} tokens of a text as offsets only, without {@link Token} or String
 * objects: exactly the start and end of every word token {@link WordTokenizer#tokenize} gives for
 * the same locale and text, in order (they come from {@link WordTokenizer#scan}, so the segments,
 * the letter test and the French, Italian and Catalan elision split are the tokenizer's own).
 * Numbers are not listed, and phrase breaks are not computed.
 *
 * <p>Reused: {@link #scan} replaces the previous text's words. Not thread-safe: one per thread.
 */
public final class WordSpans {

  private final WordTokenizer tokenizer;
  private final WordTokenizer.TokenSink sink = this::add;
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private int size;

  public WordSpans(ULocale locale) {
    this(locale, true);
  }

  /** @param fastPath false to take every boundary from ICU's iterator (for tests) */
  WordSpans(ULocale locale, boolean fastPath) {
    this.tokenizer = new WordTokenizer(locale, fastPath);
  }

  /** Finds the words of {@code text}; read them with {@link #size}, {@link #start}, {@link #end}. */
  public void scan(String text) {
    size = 0;
    tokenizer.scan(text, sink);
  }

  /** The number of words found by the last {@link #scan}. */
  public int size() {
    return size;
  }

  /** The start offset of word {@code i}. */
  public int start(int i) {
    return starts[i];
  }

  /** The end offset (exclusive) of word {@code i}. */
  public int end(int i) {
    return ends[i];
  }

  private void add(String text, int start, int end, boolean number) {
    if (number) {
      return;
    }
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    size++;
  }
}
