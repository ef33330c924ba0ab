package dev.kalima.stats;

import java.util.Arrays;

/**
 * How often each distinct surface form (a token exactly as written) was seen, in first-seen
 * order, and how many running words were counted: the raw count of one chunk or document before
 * any normalization.
 *
 * <ul>
 *   <li>{@link #add} counts a char range of a text: the form is looked up by its chars in an
 *       open-addressing hash table, so a {@link String} is made only for a form not seen before;
 *   <li>{@link #merge} adds another table's forms in its first-seen order after this one's, so
 *       merging the tables of consecutive chunks in order gives the table of the whole text;
 *   <li>forms are numbered 0, 1, ... in first-seen order ({@link #form}, {@link #count}).
 * </ul>
 *
 * <p>Mutable while one thread fills it; hand it over to another thread only when done.
 */
public final class SurfaceCounts {

  private static final int MIN_SLOTS = 256;

  /** Slot -> form number + 1 (0 = empty); its length is a power of two, at most 3/4 used. */
  private int[] slots = new int[MIN_SLOTS];
  private String[] forms = new String[MIN_SLOTS / 2];
  private int[] hashes = new int[MIN_SLOTS / 2];
  private long[] counts = new long[MIN_SLOTS / 2];
  private int size;
  private long words;

  /** Counts one occurrence of text[start, end) and one running word. */
  public void add(String text, int start, int end) {
    words++;
    int h = hash(text, start, end);
    int len = end - start;
    int mask = slots.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      int e = slots[i] - 1;
      if (e < 0) {
        insert(i, h, text.substring(start, end), 1);
        return;
      }
      if (hashes[e] == h) {
        String f = forms[e];
        if (f.length() == len && text.regionMatches(start, f, 0, len)) {
          counts[e]++;
          return;
        }
      }
    }
  }

  /** Adds {@code n} occurrences of {@code form} (whose {@link String#hashCode} is {@code h}). */
  private void add(String form, int h, long n) {
    int mask = slots.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      int e = slots[i] - 1;
      if (e < 0) {
        insert(i, h, form, n);
        return;
      }
      if (hashes[e] == h && forms[e].equals(form)) {
        counts[e] += n;
        return;
      }
    }
  }

  /** Adds to the number of running words counted. */
  public void addWords(long n) {
    words += n;
  }

  /** Adds all of {@code other} into this table (in place, after this one's forms) and returns this. */
  public SurfaceCounts merge(SurfaceCounts other) {
    for (int e = 0; e < other.size; e++) {
      add(other.forms[e], other.hashes[e], other.counts[e]);
    }
    words += other.words;
    return this;
  }

  /** Number of distinct forms. */
  public int size() {
    return size;
  }

  /** The {@code i}-th distinct form in first-seen order. */
  public String form(int i) {
    return forms[i];
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

  private void insert(int slot, int h, String form, long n) {
    if (size == forms.length) {
      int cap = size * 2;
      forms = Arrays.copyOf(forms, cap);
      hashes = Arrays.copyOf(hashes, cap);
      counts = Arrays.copyOf(counts, cap);
    }
    forms[size] = form;
    hashes[size] = h;
    counts[size] = n;
    size++;
    slots[slot] = size;
    if (size * 4 > slots.length * 3) {
      rehash(slots.length * 2);
    }
  }

  private void rehash(int n) {
    int[] fresh = new int[n];
    int mask = n - 1;
    for (int e = 0; e < size; e++) {
      int i = spread(hashes[e]) & mask;
      while (fresh[i] != 0) {
        i = (i + 1) & mask;
      }
      fresh[i] = e + 1;
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

  /** Mixes the bits of a string hash so that linear probing sees them all. */
  static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
