package dev.kalima.keywords;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidates of one text by key, in order of first occurrence, looked up by the characters
 * of a key being built (a {@code StringBuilder}) so that no key string is made for an
 * occurrence of a candidate already found: an open-addressing table (linear probing) over the
 * key's {@link String#hashCode} value, which grows at half full. Equivalent to a {@code
 * LinkedHashMap<String, Candidate>} keyed by {@link Candidate#key()}.
 */
final class CandidateIndex {

  private final List<Candidate> inOrder = new ArrayList<>();
  private Candidate[] slots = new Candidate[64];
  private int[] hashes = new int[64];

  /** The candidate whose key has the characters of {@code key}, or null. */
  Candidate get(CharSequence key) {
    int h = hash(key);
    int mask = slots.length - 1;
    for (int i = spread(h) & mask; slots[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && slots[i].key().contentEquals(key)) {
        return slots[i];
      }
    }
    return null;
  }

  /** Adds a candidate whose key is not in the index yet. */
  void add(Candidate c) {
    if (2 * (inOrder.size() + 1) > slots.length) {
      grow();
    }
    insert(c, c.key().hashCode());
    inOrder.add(c);
  }

  /** Every candidate, in the order they were added. */
  List<Candidate> inOrder() {
    return inOrder;
  }

  private void insert(Candidate c, int h) {
    int mask = slots.length - 1;
    int i = spread(h) & mask;
    while (slots[i] != null) {
      i = (i + 1) & mask;
    }
    slots[i] = c;
    hashes[i] = h;
  }

  private void grow() {
    Candidate[] old = slots;
    int[] oldHashes = hashes;
    slots = new Candidate[old.length * 2];
    hashes = new int[old.length * 2];
    for (int i = 0; i < old.length; i++) {
      if (old[i] != null) {
        insert(old[i], oldHashes[i]);
      }
    }
  }

  /** {@link String#hashCode} of the characters, without making the string. */
  private static int hash(CharSequence s) {
    int h = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
