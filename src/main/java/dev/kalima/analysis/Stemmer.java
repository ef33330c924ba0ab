package dev.kalima.analysis;

/**
 * Reduces a normalized key to its light stem. Implementations wrap Lucene's stemmers, which keep
 * state between calls: an instance is not thread-safe, use one per {@link TermAnalyzer}.
 */
@FunctionalInterface
public interface Stemmer {

  /** The stem of a normalized key; never empty for a non-empty key. */
  String stem(String key);

  /** The stemmer that leaves every key as it is. */
  static Stemmer identity() {
    return key -> key;
  }
}
