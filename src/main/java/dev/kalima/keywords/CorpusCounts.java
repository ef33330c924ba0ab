package dev.kalima.keywords;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate counts over a set of documents, for tf-idf (document frequencies) and keyness
 * (reference frequencies). Immutable; {@link #merge} is associative and commutative, and {@link
 * #EMPTY} is its neutral element. To combine many documents, add them to one {@link Accumulator}
 * (linear in their total size) rather than folding them with {@link #merge} (which copies the
 * growing table at every step).
 */
public final class CorpusCounts {

  public static final CorpusCounts EMPTY = new CorpusCounts(0, 0, Map.of());

  private final int docs;
  private final long words;
  private final Map<String, long[]> counts; // key -> {occurrences, documents}; never changed

  private CorpusCounts(int docs, long words, Map<String, long[]> counts) {
    this.docs = docs;
    this.words = words;
    this.counts = counts;
  }

  static CorpusCounts of(ParsedText text, List<Candidate> candidates) {
    Map<String, long[]> m = new HashMap<>();
    for (Candidate c : candidates) {
      m.put(c.key(), new long[] {c.count(), 1});
    }
    return new CorpusCounts(1, text.words().size(), m);
  }

  /** The sum of both (a new value; neither is changed). */
  public CorpusCounts merge(CorpusCounts other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    CorpusCounts big = counts.size() >= other.counts.size() ? this : other;
    CorpusCounts small = big == this ? other : this;
    return new Accumulator().add(big).add(small).result();
  }

  private boolean isEmpty() {
    return docs == 0 && words == 0 && counts.isEmpty();
  }

  /** Number of documents. */
  public int docs() {
    return docs;
  }

  /** Number of words (tokens) in all documents. */
  public long words() {
    return words;
  }

  /** Occurrences of a candidate key. */
  public long count(String key) {
    long[] v = counts.get(key);
    return v == null ? 0 : v[0];
  }

  /** Number of documents a candidate key occurs in. */
  public long documentFrequency(String key) {
    long[] v = counts.get(key);
    return v == null ? 0 : v[1];
  }

  /** Same documents, words and, for every key, the same occurrences and documents. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CorpusCounts other)
        || docs != other.docs
        || words != other.words
        || counts.size() != other.counts.size()) {
      return false;
    }
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      long[] theirs = other.counts.get(e.getKey());
      if (theirs == null || theirs[0] != e.getValue()[0] || theirs[1] != e.getValue()[1]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 31 * Integer.hashCode(docs) + Long.hashCode(words);
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      h += e.getKey().hashCode() ^ Long.hashCode(31 * e.getValue()[0] + e.getValue()[1]);
    }
    return h;
  }

  @Override
  public String toString() {
    return "CorpusCounts[docs=" + docs + ", words=" + words + ", keys=" + counts.size() + "]";
  }

  /**
   * Sums many counts in one table: {@code new Accumulator().add(a).add(b).result()} equals {@code
   * a.merge(b)}, in time linear in the size of what is added. Mutable; one thread.
   *
   * <ul>
   *   <li>{@link #add} sums the documents and words, and each key's occurrences and documents,
   *       into the accumulator's own table (never into the added value's arrays);
   *   <li>{@link #result} hands that table to the returned value without copying it; the next
   *       {@link #add}, if any, first copies it, so a returned value never changes.
   * </ul>
   */
  public static final class Accumulator {
    private int docs;
    private long words;
    private HashMap<String, long[]> counts = new HashMap<>();
    /** True once {@link #counts} belongs to a returned value: copy it before changing it. */
    private boolean handedOut;

    /** Adds {@code c}'s counts to the sums; returns this. */
    public Accumulator add(CorpusCounts c) {
      if (handedOut) {
        HashMap<String, long[]> copy = new HashMap<>(counts.size() * 4 / 3 + 1);
        counts.forEach((k, v) -> copy.put(k, v.clone()));
        counts = copy;
        handedOut = false;
      }
      docs += c.docs;
      words += c.words;
      c.counts.forEach(
          (k, v) -> {
            long[] sum = counts.get(k);
            if (sum == null) {
              counts.put(k, new long[] {v[0], v[1]});
            } else {
              sum[0] += v[0];
              sum[1] += v[1];
            }
          });
      return this;
    }

    /** The sums of everything added so far, as an immutable value. */
    public CorpusCounts result() {
      if (docs == 0 && words == 0 && counts.isEmpty()) {
        return EMPTY;
      }
      handedOut = true;
      return new CorpusCounts(docs, words, counts);
    }
  }
}
