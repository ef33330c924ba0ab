package dev.kalima.analysis;

import com.ibm.icu.util.ULocale;
import java.util.Objects;
import java.util.Set;

/**
 * One language kalima can analyse: its ISO 639 code, English name, ICU locale (case folding,
 * segmentation, collation), Lucene's stopword list for it (possibly empty, possibly with kalima's
 * supplement, see {@link Languages}) and its stemmer (possibly none). Instances come from {@link Languages}. Immutable and thread-safe; the stopword list is
 * loaded on first use, once, and shared.
 */
public final class Language {

  private final String code;
  private final ULocale locale;
  private final boolean stemmer;
  private final Lazy<Set<String>> rawStopwords;
  private final Lazy<Set<String>> defaultStopwords;
  private final Lazy<Set<String>> detectionStopwords;

  Language(String code) {
    this.code = code;
    this.locale = new ULocale(code);
    this.stemmer = Languages.hasStemmer(code);
    this.rawStopwords = new Lazy<>(() -> Languages.loadStopwords(code));
    this.defaultStopwords =
        new Lazy<>(
            () ->
                Languages.normalizeAll(
                    rawStopwords.get(), new TermNormalizer(NormalizationOptions.DEFAULT, code)));
    this.detectionStopwords =
        new Lazy<>(
            () -> {
              Set<String> words = new java.util.LinkedHashSet<>(rawStopwords.get());
              words.removeAll(Languages.abbreviations(code));
              return Languages.normalizeAll(
                  words, new TermNormalizer(NormalizationOptions.DEFAULT, code));
            });
  }

  /** ISO 639 code, lower case ("ar", "en", "ckb", "und"). */
  public String code() {
    return code;
  }

  /** The language's English name from ICU ("Arabic", "Central Kurdish"). */
  public String englishName() {
    return locale.getDisplayLanguage(ULocale.ENGLISH);
  }

  public ULocale locale() {
    return locale;
  }

  /** Whether kalima has a stopword list for this language. */
  public boolean hasStopwords() {
    return !rawStopwords().isEmpty();
  }

  /**
   * The stopword list as Lucene ships it, plus script variants and kalima's supplement, as written
   * (see {@link Languages}).
   */
  public Set<String> rawStopwords() {
    return rawStopwords.get();
  }

  /** The stopword list normalized with {@link NormalizationOptions#DEFAULT}. */
  public Set<String> stopwords() {
    return defaultStopwords.get();
  }

  /**
   * {@link #stopwords()} without the abbreviations, symbols and letters that neighbouring
   * languages write too ({@link Languages#abbreviations}): the words that tell this language
   * from others.
   */
  public Set<String> detectionStopwords() {
    return detectionStopwords.get();
  }

  /** The stopword list passed through the normalizer the text goes through. */
  public Set<String> stopwords(TermNormalizer normalizer) {
    if (normalizer.options().equals(NormalizationOptions.DEFAULT)) {
      return stopwords();
    }
    return Languages.normalizeAll(rawStopwords(), normalizer);
  }

  public boolean hasStemmer() {
    return stemmer;
  }

  /** A new stemmer (not thread-safe); the identity when the language has none. */
  public Stemmer newStemmer() {
    Stemmer s = Languages.newStemmer(code);
    return s == null ? Stemmer.identity() : s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Language && ((Language) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
