package dev.kalima.stats;

import java.util.Arrays;
import java.util.Map;

/**
 * Sums of term counts, for merging many {@link TextStats} term tables into one: an open-addressing
 * table whose slots hold, side by side in one {@code long[]}, a key's hash and number and its
 * count, so adding a count neither boxes it nor allocates an entry, and reads one slot and the
 * key (only when the hashes agree). The keys are kept in order of first addition. {@link
 * #toTable} gives the sums as a {@link TermTable}. Mutable; one thread.
 */
final class TermTotals {

  /** Per slot two longs: the key's hash (high 32 bits) and number + 1 (low; 0 is empty), then its count. */
  private long[] slots = new long[2 << 10];
  /** The keys by number. */
  private String[] keys = new String[1 << 9];
  private int size;

  /** Adds {@code count} occurrences of {@code key}. */
  void add(String key, long count) {
    long[] table = slots;
    int mask = (table.length >> 1) - 1;
    int h = spread(key.hashCode());
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      long entry = table[slot << 1];
      if (entry == 0) {
        if (size == keys.length) {
          keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size] = key;
        table[slot << 1] = (long) h << 32 | (size + 1);
        table[(slot << 1) + 1] = count;
        if (++size * 2 > mask + 1) {
          grow();
        }
        return;
      }
      if ((int) (entry >>> 32) == h) {
        String k = keys[(int) entry - 1];
        if (k == key || k.equals(key)) {
          table[(slot << 1) + 1] += count;
          return;
        }
      }
    }
  }

  /** Adds every count of {@code terms} (read from its arrays when it is a {@link TermTable}). */
  void addAll(Map<String, Long> terms) {
    if (terms instanceof TermTable t) {
      for (int i = 0, n = t.size(); i < n; i++) {
        add(t.key(i), t.count(i));
      }
    } else {
      terms.forEach(this::add);
    }
  }

  int size() {
    return size;
  }

  /** The sums, as a new immutable table (this one may go on adding). */
  TermTable toTable() {
    long[] counts = new long[size];
    for (int i = 0; i < slots.length; i += 2) {
      if (slots[i] != 0) {
        counts[(int) slots[i] - 1] = slots[i + 1];
      }
    }
    return TermTable.own(Arrays.copyOf(keys, size), counts, size);
  }

  private static int spread(int h) {
    h *= 0x9E3779B1;
    return h ^ (h >>> 16);
  }

  private void grow() {
    long[] old = slots;
    long[] table = new long[old.length * 2];
    int mask = (table.length >> 1) - 1;
    for (int i = 0; i < old.length; i += 2) {
      long entry = old[i];
      if (entry != 0) {
        int slot = (int) (entry >>> 32) & mask;
        while (table[slot << 1] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot << 1] = entry;
        table[(slot << 1) + 1] = old[i + 1];
      }
    }
    slots = table;
  }
}
