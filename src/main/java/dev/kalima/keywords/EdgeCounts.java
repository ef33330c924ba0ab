package dev.kalima.keywords;

/**
 * Counts per non-negative {@code long} key (an edge between two term ids): an open-addressing
 * table (linear probing, Fibonacci hashing) of primitive keys and counts, which grows at half
 * full. Equivalent to a {@code Map<Long, Integer>} of counts, without a boxed key, value and
 * entry per edge.
 */
final class EdgeCounts {

  /** The keys plus one, so that 0 marks a free slot. */
  private long[] keys;
  private int[] counts;
  private int size;
  private int shift;

  /** @param expected about how many distinct keys will be counted (the table is sized for them) */
  EdgeCounts(int expected) {
    int capacity = 16;
    while (capacity < 2 * expected) {
      capacity *= 2;
    }
    keys = new long[capacity];
    counts = new int[capacity];
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
  }

  /** Adds one to the count of {@code key} and returns the new count. */
  int increment(long key) {
    long stored = key + 1;
    int mask = keys.length - 1;
    int i = slot(stored);
    while (keys[i] != 0) {
      if (keys[i] == stored) {
        return ++counts[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = stored;
    counts[i] = 1;
    if (2 * ++size > keys.length) {
      grow();
    }
    return 1;
  }

  /** The count of {@code key}, 0 when never counted. */
  int get(long key) {
    long stored = key + 1;
    int mask = keys.length - 1;
    for (int i = slot(stored); keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == stored) {
        return counts[i];
      }
    }
    return 0;
  }

  private int slot(long stored) {
    return (int) ((stored * 0x9E3779B97F4A7C15L) >>> shift);
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    shift--;
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = slot(oldKeys[j]);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        counts[i] = oldCounts[j];
      }
    }
  }
}
