package dev.kalima.keywords;

import dev.kalima.analysis.BoundedCache;

/**
 * Surface form -> {normalized key, light stem, stopword flag}, as one language's term analyzer
 * gives them, shared by the keyword extractors of that language on every thread of one run:
 * normalizing and stemming are the costly steps of parsing, and the threads read the same
 * vocabulary.
 *
 * <ul>
 *   <li>every extractor given the same cache must use a term analyzer with the same settings
 *       (language, normalization, stopwords, stemming), so that the cached results are those
 *       each analyzer would compute;
 *   <li>at most 2 × {@value #LIMIT} forms: a {@link BoundedCache} of two generations of
 *       {@value #LIMIT}, so the forms in use survive when it is full;
 *   <li>thread-safe; the entries are immutable and a function of the form alone, so which thread
 *       computed one first never shows.
 * </ul>
 */
public final class TermCache {

  private static final int LIMIT = 50_000;

  /**
   * The analysis of one surface form.
   *
   * @param surface the form, as the instance the cache holds: words made from it share it, so
   *     that later lookups of the same form (the tagger's word cache) find the key by identity
   *     before comparing characters
   */
  record Term(String surface, String key, String stem, boolean stopword) {}

  private final BoundedCache<String, Term> terms = new BoundedCache<>(LIMIT);

  /** The cached analysis of a form, or null. */
  Term get(String surface) {
    return terms.get(surface);
  }

  /** Caches the analysis of a form. */
  void put(Term term) {
    terms.put(term.surface(), term);
  }
}
