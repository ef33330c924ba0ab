package dev.kalima.keywords;

/** The keyword scoring methods; see docs/keywords.md for formulas and sources. */
public enum Method {
  /** YAKE! as published (single document). */
  YAKE,
  /**
   * YAKE!'s term features with frequency-aware phrase scoring (the default: it measures best on
   * the evaluation sets; single document).
   */
  YAKEPLUS,
  /** TextRank: PageRank over a word co-occurrence graph (single document). */
  TEXTRANK,
  /** Term frequency times smoothed inverse document frequency (needs a corpus). */
  TFIDF,
  /** Log-likelihood keyness against a reference corpus. */
  KEYNESS
}
