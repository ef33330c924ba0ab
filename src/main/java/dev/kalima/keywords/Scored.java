package dev.kalima.keywords;

/**
 * A candidate with its method score (higher is better) and effect size ({@code null} if none),
 * before ranking and dedup.
 */
record Scored(Candidate candidate, double score, Double effect) {

  Scored(Candidate candidate, double score) {
    this(candidate, score, null);
  }

  Keyword keyword() {
    return new Keyword(candidate.surface(), candidate.key(), score, candidate.count(), 1, effect);
  }
}
