package dev.kalima.keywords;

/** A candidate with its method score (higher is better), before ranking and dedup. */
record Scored(Candidate candidate, double score) {

  Keyword keyword() {
    return new Keyword(candidate.surface(), candidate.key(), score, candidate.count(), 1);
  }
}
