package dev.kalima.keywords;

import java.util.List;

/**
 * tf-idf of each candidate phrase: score = tf · idf with tf the number of occurrences of the
 * phrase in the document and the smoothed inverse document frequency
 *
 * <pre>idf = ln((1 + N) / (1 + df)) + 1</pre>
 *
 * where N is the number of documents in the corpus and df the number of them containing the
 * phrase (the smoothing of scikit-learn's {@code TfidfTransformer(smooth_idf=True)}: as if one
 * extra document contained every phrase once, so that df = 0 gives no division by zero and idf
 * stays at least 1).
 */
final class TfIdf {

  private final CorpusCounts corpus;

  TfIdf(CorpusCounts corpus) {
    this.corpus = corpus;
  }

  static double idf(long n, long df) {
    return Math.log((1.0 + n) / (1.0 + df)) + 1;
  }

  double[] score(List<Candidate> candidates) {
    double[] out = new double[candidates.size()];
    for (int i = 0; i < out.length; i++) {
      Candidate c = candidates.get(i);
      out[i] = c.count() * idf(corpus.docs(), corpus.documentFrequency(c.key()));
    }
    return out;
  }
}
