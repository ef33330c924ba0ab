package dev.kalima.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Set;

/**
 * The {@link Token.Type#WORD} tokens of a text as offsets only, without {@link Token} or String
 * objects: exactly the start and end of every word token {@link WordTokenizer#tokenize} gives for
 * the same locale and text, in order (the same segments from {@link WordSegments}, the same
 * letter test, the same French, Italian and Catalan elision split). Numbers are not listed, and
 * phrase breaks are not computed.
 *
 * <p>Reused: {@link #scan} replaces the previous text's words. Not thread-safe: one per thread.
 */
public final class WordSpans {

  private final WordSegments segments;
  private final Set<String> elisions;
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private int size;

  public WordSpans(ULocale locale) {
    this(locale, true);
  }

  /** @param fastPath false to take every boundary from ICU's iterator (for tests) */
  WordSpans(ULocale locale, boolean fastPath) {
    this.segments = new WordSegments(locale, fastPath);
    this.elisions = Elisions.of(locale.getLanguage());
  }

  /** Finds the words of {@code text}; read them with {@link #size}, {@link #start}, {@link #end}. */
  public void scan(String text) {
    size = 0;
    WordSegments words = segments;
    words.setText(text);
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      int status = words.getRuleStatus();
      if (status < BreakIterator.WORD_NUMBER || !containsLetter(text, start, end)) {
        continue; // not a word: white space, punctuation, a number, tatweel alone
      }
      int apostrophe = elisions.isEmpty() ? -1 : elision(text, start, end);
      if (apostrophe > 0) {
        add(start, apostrophe + 1);
        start = apostrophe + 1;
      }
      add(start, end);
    }
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

  private void add(int start, int end) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  /** As {@link WordTokenizer}: the apostrophe ending an elided prefix of text[start, end), or -1. */
  private int elision(String text, int start, int end) {
    for (int i = start + 1; i < end - 1 && i - start <= 6; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '\u2019') {
        String prefix = UCharacter.foldCase(text.substring(start, i), true);
        return elisions.contains(prefix) && containsLetter(text, i + 1, end) ? i : -1;
      }
    }
    return -1;
  }

  /** As {@link WordTokenizer}: a letter other than tatweel; ASCII letters answered directly. */
  private static boolean containsLetter(String text, int start, int end) {
    for (int i = start; i < end; ) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') {
          return true;
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (cp != 0x0640 && UCharacter.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
