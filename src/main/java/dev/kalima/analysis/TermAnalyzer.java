package dev.kalima.analysis;

import java.util.Set;

/**
 * The per-language chain from a surface form to the key it is counted under: normalization, the
 * stopword test and (optionally) light stemming. One instance per language and per thread.
 */
public final class TermAnalyzer {

  private final String language;
  private final TermNormalizer normalizer;
  private final Set<String> stopwords;
  private final boolean stem;

  private TermAnalyzer(String language, TermNormalizer normalizer, Set<String> stopwords, boolean stem) {
    this.language = language;
    this.normalizer = normalizer;
    this.stopwords = stopwords;
    this.stem = stem;
  }

  /**
   * @param language an ISO 639-1 code from {@link Languages}
   * @param userStopwords extra stopwords as the user wrote them; normalized here like the text
   * @param stem group words by their light stem
   */
  public static TermAnalyzer create(
      String language, NormalizationOptions options, Set<String> userStopwords, boolean stem) {
    TermNormalizer normalizer = new TermNormalizer(options, language);
    java.util.HashSet<String> all = new java.util.HashSet<>();
    for (String w : userStopwords) {
      all.add(normalizer.normalize(w));
    }
    return new TermAnalyzer(language, normalizer, Set.copyOf(all), stem);
  }

  public String language() {
    return language;
  }

  /** The normalized key of a surface form. */
  public String key(String surface) {
    return normalizer.normalize(surface);
  }

  /** True when a normalized key is a stopword of this language or of the user's list. */
  public boolean isStopword(String key) {
    return stopwords.contains(key);
  }

  /** The light stem of a normalized key (the key itself when stemming is off or unavailable). */
  public String stem(String key) {
    return key;
  }

  public boolean stemming() {
    return stem;
  }
}
