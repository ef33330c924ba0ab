package dev.kalima.keywords;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate counts over a set of documents, for tf-idf (document frequencies) and keyness
 * (reference frequencies). Immutable; {@link #merge} is associative and commutative, and {@link
 * #EMPTY} is its neutral element.
 */
public final class CorpusCounts {

  public static final CorpusCounts EMPTY = new CorpusCounts(0, 0, Map.of());

  private final int docs;
  private final long words;
  private final Map<String, long[]> counts; // key -> {occurrences, documents}

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

  /** The sum of both. */
  public CorpusCounts merge(CorpusCounts other) {
    CorpusCounts big = counts.size() >= other.counts.size() ? this : other;
    CorpusCounts small = big == this ? other : this;
    Map<String, long[]> m = new HashMap<>(big.counts.size() + small.counts.size());
    big.counts.forEach((k, v) -> m.put(k, v.clone()));
    small.counts.forEach(
        (k, v) ->
            m.merge(k, v.clone(), (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
    return new CorpusCounts(docs + other.docs, words + other.words, m);
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
}
