package dev.kalima.keywords;

import java.util.Arrays;

/**
 * Two counts per candidate key (occurrences and documents) in a compact open-addressing table,
 * for {@link CorpusCounts}, whose tables over a large corpus hold millions of keys:
 *
 * <ul>
 *   <li>the keys' chars are stored one after the other in one {@code char[]} (no string, array or
 *       map entry per key); entries are numbered in order of first addition;
 *   <li>a slot holds an entry's number + 1 (0 = empty) next to its key's hash ({@link
 *       String#hashCode}), so a probe reads one place and compares chars only when the hashes
 *       agree; the table is at most 3/4 full;
 *   <li>the counts of entry e are {@code counts[2e]} (occurrences) and {@code counts[2e + 1]}
 *       (documents).
 * </ul>
 *
 * <p>Mutable; one thread. {@link CorpusCounts} never changes a table once a value holds it.
 */
final class KeyCounts {

  private int[] slots;
  private char[] chars;
  private int used;
  /** Entry e's key is chars[spans[2e], spans[2e] + spans[2e + 1]). */
  private int[] spans;
  private long[] counts;
  private int size;

  /** An empty table with room for about {@code expected} keys before it grows. */
  KeyCounts(int expected) {
    int cap = Math.max(8, expected);
    int slotCount = Integer.highestOneBit(cap * 4 / 3 + 1) << 1;
    slots = new int[2 * slotCount];
    spans = new int[2 * cap];
    counts = new long[2 * cap];
    chars = new char[cap * 8];
  }

  private KeyCounts(KeyCounts other) {
    slots = other.slots.clone();
    chars = Arrays.copyOf(other.chars, other.used);
    used = other.used;
    spans = Arrays.copyOf(other.spans, 2 * other.size);
    counts = Arrays.copyOf(other.counts, 2 * other.size);
    size = other.size;
  }

  /** A copy that can change without changing this table. */
  KeyCounts copy() {
    return new KeyCounts(this);
  }

  /** Number of distinct keys. */
  int size() {
    return size;
  }

  /** Adds {@code occurrences} and {@code documents} to the counts of {@code key}. */
  void add(String key, long occurrences, long documents) {
    int len = key.length();
    int h = key.hashCode();
    int e = find(key, h);
    if (e < 0) {
      int at = reserve(len);
      key.getChars(0, len, chars, at);
      e = insert(h, at, len);
    }
    counts[2 * e] += occurrences;
    counts[2 * e + 1] += documents;
  }

  /** Adds every count of {@code other} to this table's. */
  void addAll(KeyCounts other) {
    addAll(other, false);
  }

  /**
   * Adds the occurrences of {@code other} to this table's; a key's documents become the larger of
   * its documents here and there (both tables count parts of one document, where a key is in one
   * document however many parts hold it).
   */
  void addAllSameDocument(KeyCounts other) {
    addAll(other, true);
  }

  private void addAll(KeyCounts other, boolean sameDocument) {
    for (int e = 0; e < other.size; e++) {
      int at = other.spans[2 * e];
      int len = other.spans[2 * e + 1];
      int h = hash(other.chars, at, len);
      int mine = find(other.chars, at, len, h);
      if (mine < 0) {
        int to = reserve(len);
        System.arraycopy(other.chars, at, chars, to, len);
        mine = insert(h, to, len);
      }
      counts[2 * mine] += other.counts[2 * e];
      long documents = other.counts[2 * e + 1];
      long mineDocuments = counts[2 * mine + 1];
      counts[2 * mine + 1] =
          sameDocument ? Math.max(mineDocuments, documents) : mineDocuments + documents;
    }
  }

  /** Occurrences of {@code key}, 0 if absent. */
  long occurrences(String key) {
    int e = find(key, key.hashCode());
    return e < 0 ? 0 : counts[2 * e];
  }

  /** Documents holding {@code key}, 0 if absent. */
  long documents(String key) {
    int e = find(key, key.hashCode());
    return e < 0 ? 0 : counts[2 * e + 1];
  }

  /** True when both tables hold the same keys with the same two counts each. */
  boolean sameCounts(KeyCounts other) {
    if (size != other.size) {
      return false;
    }
    for (int e = 0; e < size; e++) {
      int at = spans[2 * e];
      int len = spans[2 * e + 1];
      int theirs = other.find(chars, at, len, hash(chars, at, len));
      if (theirs < 0
          || counts[2 * e] != other.counts[2 * theirs]
          || counts[2 * e + 1] != other.counts[2 * theirs + 1]) {
        return false;
      }
    }
    return true;
  }

  /** A hash of the keys and their counts that does not depend on the order of the entries. */
  int contentHash() {
    int h = 0;
    for (int e = 0; e < size; e++) {
      int k = hash(chars, spans[2 * e], spans[2 * e + 1]);
      h += k ^ Long.hashCode(31 * counts[2 * e] + counts[2 * e + 1]);
    }
    return h;
  }

  /** The entry of {@code key} (hash {@code h}), or -1. */
  private int find(String key, int h) {
    int len = key.length();
    int[] t = slots;
    int mask = (t.length >> 1) - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      int e = t[2 * i] - 1;
      if (e < 0) {
        return -1;
      }
      if (t[2 * i + 1] == h && spans[2 * e + 1] == len && matches(key, spans[2 * e])) {
        return e;
      }
    }
  }

  /** The entry of the key text[start, start + len) (hash {@code h}), or -1. */
  private int find(char[] text, int start, int len, int h) {
    int[] t = slots;
    int mask = (t.length >> 1) - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      int e = t[2 * i] - 1;
      if (e < 0) {
        return -1;
      }
      if (t[2 * i + 1] == h && spans[2 * e + 1] == len) {
        int s = spans[2 * e];
        if (Arrays.equals(chars, s, s + len, text, start, start + len)) {
          return e;
        }
      }
    }
  }

  private boolean matches(String key, int at) {
    char[] c = chars;
    for (int k = 0, n = key.length(); k < n; k++) {
      if (key.charAt(k) != c[at + k]) {
        return false;
      }
    }
    return true;
  }

  /** Where {@code len} more chars go, growing the chars when needed. */
  private int reserve(int len) {
    if (chars.length - used < len) {
      long want = Math.max(2L * chars.length, (long) used + len);
      if (want > Integer.MAX_VALUE - 8) {
        want = Integer.MAX_VALUE - 8;
        if (want - used < len) {
          throw new IllegalStateException("too many distinct candidate keys to count");
        }
      }
      chars = Arrays.copyOf(chars, (int) want);
    }
    int at = used;
    used += len;
    return at;
  }

  /** Adds a new entry with no counts for the key at chars[at, at + len); returns its number. */
  private int insert(int h, int at, int len) {
    if (size == spans.length / 2) {
      int cap = Math.max(8, 2 * size);
      spans = Arrays.copyOf(spans, 2 * cap);
      counts = Arrays.copyOf(counts, 2 * cap);
    }
    if ((size + 1) * 4 > (slots.length >> 1) * 3) {
      grow();
    }
    int e = size++;
    spans[2 * e] = at;
    spans[2 * e + 1] = len;
    put(slots, e, h);
    return e;
  }

  private static void put(int[] table, int e, int h) {
    int mask = (table.length >> 1) - 1;
    int i = spread(h) & mask;
    while (table[2 * i] != 0) {
      i = (i + 1) & mask;
    }
    table[2 * i] = e + 1;
    table[2 * i + 1] = h;
  }

  /** Twice the slots, each entry put again by the hash its slot holds. */
  private void grow() {
    int[] old = slots;
    int[] fresh = new int[2 * old.length];
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0) {
        put(fresh, old[i] - 1, old[i + 1]);
      }
    }
    slots = fresh;
  }

  /** {@link String#hashCode} of chars[start, start + len). */
  private static int hash(char[] text, int start, int len) {
    int h = 0;
    for (int k = start, end = start + len; k < end; k++) {
      h = 31 * h + text[k];
    }
    return h;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
