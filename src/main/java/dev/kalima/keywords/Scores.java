package dev.kalima.keywords;

/** Small conversions between method scores. */
final class Scores {

  private Scores() {}

  /**
   * YAKE's S(kw) is lower-is-better and positive; we show 1 / S(kw), so that higher is better for
   * every method and the order is the same.
   */
  static double[] yakeRelevance(double[] s) {
    double[] out = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      out[i] = s[i] > 0 ? 1 / s[i] : Double.MAX_VALUE;
    }
    return out;
  }
}
