package dev.kalima.keywords;

import java.util.List;

/**
 * Candidate counts over a set of documents, for tf-idf (document frequencies) and keyness
 * (reference frequencies). Immutable; {@link #merge} is associative and commutative, and {@link
 * #EMPTY} is its neutral element. To combine many documents, add them to one {@link Accumulator}
 * (linear in their total size) rather than folding them with {@link #merge} (which copies the
 * growing table at every step).
 */
public final class CorpusCounts {

  public static final CorpusCounts EMPTY = new CorpusCounts(0, 0, new KeyCounts(0));

  private final int docs;
  private final long words;
  /** Key -> occurrences and documents; never changed once here. */
  private final KeyCounts counts;

  private CorpusCounts(int docs, long words, KeyCounts counts) {
    this.docs = docs;
    this.words = words;
    this.counts = counts;
  }

  static CorpusCounts of(ParsedText text, List<Candidate> candidates) {
    KeyCounts m = new KeyCounts(candidates.size());
    for (Candidate c : candidates) {
      m.add(c.key(), c.count(), 1);
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
    return docs == 0 && words == 0 && counts.size() == 0;
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
    return counts.occurrences(key);
  }

  /** Number of documents a candidate key occurs in. */
  public long documentFrequency(String key) {
    return counts.documents(key);
  }

  /** Same documents, words and, for every key, the same occurrences and documents. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CorpusCounts other
        && docs == other.docs
        && words == other.words
        && counts.sameCounts(other.counts);
  }

  @Override
  public int hashCode() {
    return (31 * Integer.hashCode(docs) + Long.hashCode(words)) * 31 + counts.contentHash();
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
   *       into the accumulator's own table (a {@link KeyCounts}; the added value's is only read);
   *   <li>{@link #result} hands that table to the returned value without copying it; the next
   *       {@link #add}, if any, first copies it, so a returned value never changes.
   * </ul>
   */
  public static final class Accumulator {
    private int docs;
    private long words;
    private KeyCounts counts = new KeyCounts(1 << 10);
    /** True once {@link #counts} belongs to a returned value: copy it before changing it. */
    private boolean handedOut;

    /** Adds {@code c}'s counts to the sums; returns this. */
    public Accumulator add(CorpusCounts c) {
      if (handedOut) {
        counts = counts.copy();
        handedOut = false;
      }
      docs += c.docs;
      words += c.words;
      counts.addAll(c.counts);
      return this;
    }

    /** The sums of everything added so far, as an immutable value. */
    public CorpusCounts result() {
      if (docs == 0 && words == 0 && counts.size() == 0) {
        return EMPTY;
      }
      handedOut = true;
      return new CorpusCounts(docs, words, counts);
    }
  }
}
