package dev.kalima.stats;

import java.util.Map;

/**
 * Sums of term counts, for merging many {@link TextStats} term maps into one: an open-addressing
 * table of keys and primitive counts, so adding a count neither boxes it nor allocates a map
 * entry. Each slot keeps its key's hash beside it, so a probe reads another key only when the
 * hashes agree. {@link #toTable} gives the sums as a {@link TermTable}. Mutable; one thread.
 */
final class TermTotals {

  private String[] keys = new String[1 << 10];
  private long[] counts = new long[1 << 10];
  private int[] hashes = new int[1 << 10];
  private int size;

  /** Adds {@code count} occurrences of {@code key}. */
  void add(String key, long count) {
    int mask = keys.length - 1;
    int h = spread(key.hashCode());
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k == null) {
        keys[slot] = key;
        counts[slot] = count;
        hashes[slot] = h;
        if (++size * 2 > keys.length) {
          grow();
        }
        return;
      }
      if (hashes[slot] == h && (k == key || k.equals(key))) {
        counts[slot] += count;
        return;
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
    String[] k = new String[size];
    long[] c = new long[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        k[n] = keys[i];
        c[n] = counts[i];
        n++;
      }
    }
    return TermTable.own(k, c, n);
  }

  private static int spread(int h) {
    h *= 0x9E3779B1;
    return h ^ (h >>> 16);
  }

  private void grow() {
    String[] oldKeys = keys;
    long[] oldCounts = counts;
    int[] oldHashes = hashes;
    keys = new String[oldKeys.length * 2];
    counts = new long[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      String k = oldKeys[i];
      if (k != null) {
        int slot = oldHashes[i] & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = k;
        counts[slot] = oldCounts[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }
}
