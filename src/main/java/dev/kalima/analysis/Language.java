package dev.kalima.analysis;

import com.ibm.icu.util.ULocale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One language kalima can analyse: its ISO 639 code, English name, ICU locale (case folding,
 * segmentation, collation), Lucene's stopword list for it (possibly empty) and its stemmer (possibly
 * none). Instances come from {@link Languages}. Immutable and thread-safe; the stopword lists are
 * loaded once, lazily, and shared.
 */
public final class Language {

  private final String code;
  private final String englishName;
  private final ULocale locale;
  private final Supplier<Stemmer> stemmers;

  Language(String code, Supplier<Stemmer> stemmers) {
    this.code = code;
    this.locale = new ULocale(code);
    this.englishName = locale.getDisplayLanguage(ULocale.ENGLISH);
    this.stemmers = stemmers;
  }

  /** ISO 639 code, lower case ("ar", "en", "ckb", "und"). */
  public String code() {
    return code;
  }

  /** The language's English name from ICU ("Arabic", "Central Kurdish"). */
  public String englishName() {
    return englishName;
  }

  public ULocale locale() {
    return locale;
  }

  /** Whether kalima has a stopword list for this language. */
  public boolean hasStopwords() {
    return !rawStopwords().isEmpty();
  }

  /** The stopword list as Lucene ships it (plus script variants, see {@link Languages}). */
  public Set<String> rawStopwords() {
    return Languages.rawStopwords(code);
  }

  /** The stopword list normalized with {@link NormalizationOptions#DEFAULT}. */
  public Set<String> stopwords() {
    return Languages.defaultStopwords(code);
  }

  /** The stopword list passed through the normalizer the text goes through. */
  public Set<String> stopwords(TermNormalizer normalizer) {
    if (normalizer.options().equals(NormalizationOptions.DEFAULT)) {
      return stopwords();
    }
    return Languages.normalizeAll(rawStopwords(), normalizer);
  }

  public boolean hasStemmer() {
    return stemmers != null;
  }

  /** A new stemmer (not thread-safe); the identity when the language has none. */
  public Stemmer newStemmer() {
    return stemmers == null ? Stemmer.identity() : stemmers.get();
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
