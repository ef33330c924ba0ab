package dev.kalima.keywords;

/**
 * What to extract.
 *
 * @param method the scoring method
 * @param top how many keywords to keep per document (or for the corpus)
 * @param maxNgram the longest phrase, in words (1..)
 * @param dedup near-duplicate threshold between 0 (off) and 1, see {@link Deduplicator}
 * @param sentences how many key sentences to pick (0: none)
 */
public record KeywordOptions(Method method, int top, int maxNgram, double dedup, int sentences) {

  /** The default near-duplicate threshold. */
  public static final double DEFAULT_DEDUP = 1.0;

  public static final KeywordOptions DEFAULT =
      new KeywordOptions(Method.YAKEPLUS, 10, 3, DEFAULT_DEDUP, 0);

  public KeywordOptions {
    if (method == null) {
      throw new IllegalArgumentException("method must be given");
    }
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1: " + top);
    }
    if (maxNgram < 1) {
      throw new IllegalArgumentException("max n-gram must be at least 1: " + maxNgram);
    }
    if (!(dedup >= 0 && dedup <= 1)) {
      throw new IllegalArgumentException("dedup threshold must be between 0 and 1: " + dedup);
    }
    if (sentences < 0) {
      throw new IllegalArgumentException("sentences must be at least 0: " + sentences);
    }
  }

  public KeywordOptions withMethod(Method m) {
    return new KeywordOptions(m, top, maxNgram, dedup, sentences);
  }
}
