package dev.kalima.keywords;

import java.util.List;

/**
 * Keyness of each candidate phrase against a reference corpus, as corpus linguists compute it
 * (AntConc, Sketch Engine, WordSmith).
 *
 * <p>With a = occurrences in the text, b = occurrences in the reference, c = words in the text,
 * d = words in the reference, E1 = c(a+b)/(c+d) and E2 = d(a+b)/(c+d):
 *
 * <ul>
 *   <li>log-likelihood G² = 2 (a ln(a/E1) + b ln(b/E2)), a term with a zero count being 0 (Rayson
 *       and Garside, "Comparing corpora using frequency profiling", 2000);
 *   <li>effect size: log ratio = log2((a/c) / (b/d)), with a zero b replaced by 0.5 (Hardie,
 *       "Log Ratio: an informal introduction", 2014).
 * </ul>
 *
 * Only positive keywords (relatively more frequent in the text: log ratio &gt; 0) are kept; they
 * are ranked by G²; the others score 0. The log ratio is reported as the keyword's effect size.
 */
final class Keyness {

  private final CorpusCounts reference;

  Keyness(CorpusCounts reference) {
    this.reference = reference;
  }

  static double logLikelihood(double a, double b, double c, double d) {
    double e1 = c * (a + b) / (c + d);
    double e2 = d * (a + b) / (c + d);
    double g = 0;
    if (a > 0) {
      g += a * Math.log(a / e1);
    }
    if (b > 0) {
      g += b * Math.log(b / e2);
    }
    return 2 * g;
  }

  static double logRatio(double a, double b, double c, double d) {
    double bb = b == 0 ? 0.5 : b;
    double aa = a == 0 ? 0.5 : a;
    return Math.log((aa / c) / (bb / d)) / Math.log(2);
  }

  /** The log ratio of each candidate, in the order given. */
  double[] logRatios(ParsedText text, List<Candidate> candidates) {
    double c = Math.max(1, text.words().size());
    double d = Math.max(1, reference.words());
    double[] out = new double[candidates.size()];
    for (int i = 0; i < out.length; i++) {
      Candidate cand = candidates.get(i);
      out[i] = logRatio(cand.count(), reference.count(cand.key()), c, d);
    }
    return out;
  }

  double[] score(ParsedText text, List<Candidate> candidates) {
    double c = Math.max(1, text.words().size());
    double d = Math.max(1, reference.words());
    double[] out = new double[candidates.size()];
    for (int i = 0; i < out.length; i++) {
      Candidate cand = candidates.get(i);
      double a = cand.count();
      double b = reference.count(cand.key());
      out[i] = logRatio(a, b, c, d) > 0 ? logLikelihood(a, b, c, d) : 0;
    }
    return out;
  }
}
