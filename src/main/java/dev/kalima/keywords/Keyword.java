package dev.kalima.keywords;

/**
 * One ranked keyword or keyphrase.
 *
 * @param phrase the most frequent surface form in the text
 * @param key the normalized form it was counted under
 * @param score the method's score, higher is better (see {@link Method})
 * @param count occurrences of the phrase (summed over documents in corpus mode)
 * @param docs number of documents the phrase occurs in (1 for a single document)
 * @param effect the effect size where the method has one ({@link Method#KEYNESS}: log ratio),
 *     else {@code null}
 */
public record Keyword(String phrase, String key, double score, long count, int docs, Double effect) {

  /** A keyword without an effect size. */
  public Keyword(String phrase, String key, double score, long count, int docs) {
    this(phrase, key, score, count, docs, null);
  }
}
