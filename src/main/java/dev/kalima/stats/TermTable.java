package dev.kalima.stats;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The term counts of a {@link TextStats}: an immutable map from normalized word to occurrences,
 * kept as two flat arrays (keys and primitive counts, each key once), so that building it, summing
 * it into {@link TermTotals} and counting its types and hapax neither box a count nor allocate a
 * map entry.
 *
 * <ul>
 *   <li>{@link #size} is the number of types; {@link #hapax} the number of keys counted once,
 *       computed when the table is made;
 *   <li>{@link #key} and {@link #count} read entry {@code i} (0 to size - 1) in the table's own
 *       order, which carries no meaning;
 *   <li>{@link #get} and {@link #containsKey} (for equality and tests) use a hash index built on
 *       their first call; the rest of the {@link Map} interface reads the arrays.
 * </ul>
 *
 * Immutable: the arrays are owned by the table (the factory methods take them over or copy).
 */
final class TermTable extends AbstractMap<String, Long> {

  static final TermTable EMPTY = new TermTable(new String[0], new long[0], 0);

  private final String[] keys;
  private final long[] counts;
  private final int size;
  private final long hapax;
  /** Built on the first {@link #get}; immutable once built (a racing second build is harmless). */
  private Index index;

  private TermTable(String[] keys, long[] counts, int size) {
    this.keys = keys;
    this.counts = counts;
    this.size = size;
    long ones = 0;
    for (int i = 0; i < size; i++) {
      if (counts[i] == 1) {
        ones++;
      }
    }
    this.hapax = ones;
  }

  /**
   * The table of keys[0, size) and counts[0, size), taking both arrays over (the caller keeps no
   * reference); the keys must be distinct and not null (not checked), the counts positive.
   */
  static TermTable own(String[] keys, long[] counts, int size) {
    return size == 0 ? EMPTY : new TermTable(keys, counts, size);
  }

  /** A table with the entries of {@code map} (a {@link TermTable} is returned as it is). */
  static TermTable of(Map<String, Long> map) {
    if (map instanceof TermTable t) {
      return t;
    }
    String[] keys = new String[map.size()];
    long[] counts = new long[map.size()];
    int n = 0;
    for (Map.Entry<String, Long> e : map.entrySet()) {
      keys[n] = e.getKey();
      counts[n] = e.getValue();
      n++;
    }
    return own(keys, counts, n);
  }

  @Override
  public int size() {
    return size;
  }

  /** Keys counted exactly once. */
  long hapax() {
    return hapax;
  }

  /** The key of entry {@code i}. */
  String key(int i) {
    return keys[i];
  }

  /** The count of entry {@code i}. */
  long count(int i) {
    return counts[i];
  }

  @Override
  public Long get(Object key) {
    int i = index().find(key);
    return i < 0 ? null : counts[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return index().find(key) >= 0;
  }

  private Index index() {
    Index x = index;
    if (x == null) {
      x = new Index(keys, size);
      index = x;
    }
    return x;
  }

  @Override
  public Set<Map.Entry<String, Long>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, Long>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, Long> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return Map.entry(keys[i], counts[i]);
          }
        };
      }
    };
  }

  /** Open addressing from key to entry number. Immutable once built. */
  private static final class Index {
    private final int[] slots; // entry + 1; 0 is empty
    private final String[] keys;

    Index(String[] keys, int size) {
      this.keys = keys;
      int n = Integer.highestOneBit(Math.max(2, size) * 2 - 1) << 1;
      int[] table = new int[n];
      int mask = n - 1;
      for (int i = 0; i < size; i++) {
        int slot = spread(keys[i].hashCode()) & mask;
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = i + 1;
      }
      this.slots = table;
    }

    int find(Object key) {
      if (!(key instanceof String)) {
        return -1;
      }
      int mask = slots.length - 1;
      for (int slot = spread(key.hashCode()) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
        int i = slots[slot] - 1;
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    private static int spread(int h) {
      h *= 0x9E3779B1;
      return h ^ (h >>> 16);
    }
  }
}
