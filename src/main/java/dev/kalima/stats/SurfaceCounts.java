package dev.kalima.stats;

import java.util.Arrays;

/**
 * How often each distinct surface form (a token exactly as written) was seen, in first-seen
 * order, and how many running words were counted: the raw count of one chunk or document before
 * any normalization.
 *
 * <ul>
 *   <li>{@link #add} counts a char range of a text: the form is looked up by its chars in an
 *       open-addressing hash table, and a form not seen before is copied into one char array
 *       that holds all forms (no {@link String} per form until {@link #form} asks for one);
 *   <li>{@link #merge} adds another table's forms in its first-seen order after this one's, so
 *       merging the tables of consecutive chunks in order gives the table of the whole text;
 *   <li>forms are numbered 0, 1, ... in first-seen order ({@link #form}, {@link #count}).
 * </ul>
 *
 * <p>Mutable while one thread fills it; hand it over to another thread only when done.
 */
public final class SurfaceCounts {

  private static final int MIN_SLOTS = 256;

  /**
   * Slot i is {@code slots[2i]} (form number + 1, 0 = empty) with the form's hash next to it in
   * {@code slots[2i + 1]}, so a probe reads one place; the number of slots is a power of two, at
   * most 3/4 used.
   */
  private int[] slots = new int[2 * MIN_SLOTS];
  /** The chars of all forms, one after the other (where each is: {@link #spans}). */
  private char[] chars = new char[MIN_SLOTS * 4];
  private int used;
  /** Form i is chars[spans[2i], spans[2i] + spans[2i + 1]). */
  private int[] spans = new int[MIN_SLOTS];
  private int[] hashes = new int[MIN_SLOTS / 2];
  private long[] counts = new long[MIN_SLOTS / 2];
  private int size;
  private long words;

  /** Counts one occurrence of text[start, end) and one running word. */
  public void add(String text, int start, int end) {
    words++;
    int h = hash(text, start, end);
    int len = end - start;
    int[] t = slots;
    int mask = (t.length >> 1) - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      int e = t[2 * i] - 1;
      if (e < 0) {
        int at = reserve(len);
        text.getChars(start, end, chars, at);
        insert(i, h, at, len, 1);
        return;
      }
      if (t[2 * i + 1] == h && spans[2 * e + 1] == len && matches(text, start, spans[2 * e], len)) {
        counts[e]++;
        return;
      }
    }
  }

  /**
   * Counts one occurrence of text[start, end) and one running word, as {@link #add(String, int,
   * int)} does for the same chars.
   */
  public void add(char[] text, int start, int end) {
    words++;
    int h = hash(text, start, end);
    add(text, start, end - start, h, 1);
  }

  /** Adds {@code n} occurrences of the form text[start, start + len) (hash {@code h}). */
  private void add(char[] text, int start, int len, int h, long n) {
    int[] t = slots;
    int mask = (t.length >> 1) - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      int e = t[2 * i] - 1;
      if (e < 0) {
        int at = reserve(len);
        System.arraycopy(text, start, chars, at, len);
        insert(i, h, at, len, n);
        return;
      }
      if (t[2 * i + 1] == h && spans[2 * e + 1] == len) {
        int s = spans[2 * e];
        if (Arrays.equals(chars, s, s + len, text, start, start + len)) {
          counts[e] += n;
          return;
        }
      }
    }
  }

  private boolean matches(String text, int start, int at, int len) {
    char[] c = chars;
    for (int k = 0; k < len; k++) {
      if (text.charAt(start + k) != c[at + k]) {
        return false;
      }
    }
    return true;
  }

  /** Adds to the number of running words counted. */
  public void addWords(long n) {
    words += n;
  }

  /** Adds all of {@code other} into this table (in place, after this one's forms) and returns this. */
  public SurfaceCounts merge(SurfaceCounts other) {
    for (int e = 0; e < other.size; e++) {
      add(other.chars, other.spans[2 * e], other.spans[2 * e + 1], other.hashes[e], other.counts[e]);
    }
    words += other.words;
    return this;
  }

  /** Number of distinct forms. */
  public int size() {
    return size;
  }

  /** The {@code i}-th distinct form in first-seen order (a new string on each call). */
  public String form(int i) {
    return new String(chars, spans[2 * i], spans[2 * i + 1]);
  }

  /** How often the {@code i}-th form was seen. */
  public long count(int i) {
    return counts[i];
  }

  /** The running words counted (numbers included when they are counted). */
  public long words() {
    return words;
  }

  /** The same as {@code form(i).hashCode()}, without computing it. */
  int hash(int i) {
    return hashes[i];
  }

  /** The chars of the forms: form i is {@code chars()[start(i), start(i) + length(i))}. */
  char[] chars() {
    return chars;
  }

  /** Where the {@code i}-th form starts in {@link #chars()}. */
  int start(int i) {
    return spans[2 * i];
  }

  /** The length of the {@code i}-th form. */
  int length(int i) {
    return spans[2 * i + 1];
  }

  /** Room for {@code len} more chars; returns where they go. */
  private int reserve(int len) {
    if (chars.length - used < len) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
    }
    int at = used;
    used += len;
    return at;
  }

  private void insert(int slot, int h, int at, int len, long n) {
    if (size == hashes.length) {
      int cap = size * 2;
      spans = Arrays.copyOf(spans, 2 * cap);
      hashes = Arrays.copyOf(hashes, cap);
      counts = Arrays.copyOf(counts, cap);
    }
    spans[2 * size] = at;
    spans[2 * size + 1] = len;
    hashes[size] = h;
    counts[size] = n;
    size++;
    slots[2 * slot] = size;
    slots[2 * slot + 1] = h;
    if (size * 4 > (slots.length >> 1) * 3) {
      rehash(slots.length);
    }
  }

  /** Rehashes into {@code n} slots. */
  private void rehash(int n) {
    int[] fresh = new int[2 * n];
    int mask = n - 1;
    for (int e = 0; e < size; e++) {
      int h = hashes[e];
      int i = spread(h) & mask;
      while (fresh[2 * i] != 0) {
        i = (i + 1) & mask;
      }
      fresh[2 * i] = e + 1;
      fresh[2 * i + 1] = h;
    }
    slots = fresh;
  }

  /** {@link String#hashCode} of text[start, end). */
  static int hash(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h;
  }

  /** {@link String#hashCode} of the chars text[start, end). */
  static int hash(char[] text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text[i];
    }
    return h;
  }

  /** Mixes the bits of a string hash so that linear probing sees them all. */
  static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
