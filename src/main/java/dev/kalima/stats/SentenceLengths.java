package dev.kalima.stats;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A histogram of sentence lengths in words: how many sentences have each length. It keeps every
 * length, so the median is exact and two histograms merge by adding counts ({@link #merge} is
 * associative and commutative, {@link #EMPTY} is neutral). Immutable.
 */
public final class SentenceLengths {

  public static final SentenceLengths EMPTY = new SentenceLengths(new TreeMap<>());

  private final NavigableMap<Integer, Long> counts;

  private SentenceLengths(NavigableMap<Integer, Long> counts) {
    this.counts = counts;
  }

  /** A histogram from length → number of sentences (entries with count 0 are dropped). */
  public static SentenceLengths of(Map<Integer, Long> counts) {
    TreeMap<Integer, Long> copy = new TreeMap<>();
    counts.forEach(
        (length, n) -> {
          if (length < 0 || n < 0) {
            throw new IllegalArgumentException("negative length or count");
          }
          if (n > 0) {
            copy.put(length, n);
          }
        });
    return new SentenceLengths(copy);
  }

  public SentenceLengths merge(SentenceLengths other) {
    if (other.counts.isEmpty()) {
      return this;
    }
    if (counts.isEmpty()) {
      return other;
    }
    TreeMap<Integer, Long> sum = new TreeMap<>(counts);
    other.counts.forEach((length, n) -> sum.merge(length, n, Long::sum));
    return new SentenceLengths(sum);
  }

  /** Length → number of sentences, by increasing length. */
  public NavigableMap<Integer, Long> counts() {
    return Collections.unmodifiableNavigableMap(counts);
  }

  /** Number of sentences. */
  public long sentences() {
    long n = 0;
    for (long c : counts.values()) {
      n += c;
    }
    return n;
  }

  /** Total words over all sentences. */
  public long words() {
    long w = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      w += e.getKey() * e.getValue();
    }
    return w;
  }

  /** Shortest length, or {@code null} without sentences. */
  public Integer min() {
    return counts.isEmpty() ? null : counts.firstKey();
  }

  /** Longest length, or {@code null} without sentences. */
  public Integer max() {
    return counts.isEmpty() ? null : counts.lastKey();
  }

  /** Mean length, or {@code null} without sentences. */
  public Double mean() {
    long n = sentences();
    return n == 0 ? null : (double) words() / n;
  }

  /**
   * The median length: the middle length, or the mean of the two middle lengths for an even
   * number of sentences; {@code null} without sentences.
   */
  public Double median() {
    long n = sentences();
    if (n == 0) {
      return null;
    }
    return (valueAt((n - 1) / 2) + valueAt(n / 2)) / 2.0;
  }

  /** The length of the sentence at 0-based rank {@code rank} in length order. */
  private int valueAt(long rank) {
    long seen = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      seen += e.getValue();
      if (rank < seen) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("rank out of range");
  }

  /**
   * The population standard deviation of the lengths (divided by the number of sentences), or
   * {@code null} without sentences.
   */
  public Double stdev() {
    long n = sentences();
    if (n == 0) {
      return null;
    }
    double mean = (double) words() / n;
    double squares = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      double d = e.getKey() - mean;
      squares += d * d * e.getValue();
    }
    return Math.sqrt(squares / n);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SentenceLengths other && counts.equals(other.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  @Override
  public String toString() {
    return "SentenceLengths" + counts;
  }
}
