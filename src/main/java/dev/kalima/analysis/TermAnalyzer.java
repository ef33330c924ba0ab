package dev.kalima.analysis;

import java.util.HashSet;
import java.util.Set;

/**
 * The per-language chain from a surface form to the key it is counted under: normalization, the
 * stopword test and (optionally) light stemming. One instance per language and per thread (the
 * stemmer keeps state).
 *
 * <ul>
 *   <li>{@link #key}: {@link TermNormalizer} with the given options and the language's rules;
 *   <li>{@link #isStopword}: the language's built-in list ({@link Language#stopwords}) or the
 *       user's list, both passed through the same normalizer as the text. For Arabic a key that is
 *       the conjunction و or ف glued to a stopword of at least two letters (وهو, فهذا, وعلى) is a
 *       stopword too: conjunctions are written attached, and "and"+function word is still a
 *       function word. Lucene's list already has some of these forms (وفي ومن وكان), not all.
 *       The user's list is matched exactly;
 *   <li>{@link #stem}: the language's stemmer when stemming is on; a stem shorter than two
 *       characters is never returned (the key is kept instead).
 * </ul>
 */
public final class TermAnalyzer {

  private static final int MIN_STEM_LENGTH = 2;

  private final Language language;
  private final TermNormalizer normalizer;
  private final Set<String> builtInStopwords;
  private final Set<String> userStopwords;
  private final boolean stem;
  private final Stemmer stemmer;
  private final boolean arabic;

  private TermAnalyzer(
      Language language,
      TermNormalizer normalizer,
      Set<String> builtInStopwords,
      Set<String> userStopwords,
      boolean stem) {
    this.language = language;
    this.normalizer = normalizer;
    this.builtInStopwords = builtInStopwords;
    this.userStopwords = userStopwords;
    this.stem = stem;
    this.stemmer = stem ? language.newStemmer() : Stemmer.identity();
    this.arabic = "ar".equals(language.code());
  }

  /**
   * @param language a valid code ({@link Languages#isValid}); codes without a list get no built-in
   *     stopwords and no stemmer
   * @param userStopwords extra stopwords as the user wrote them; normalized here like the text
   * @param stem group words by their light stem
   * @throws IllegalArgumentException for an invalid language code
   */
  public static TermAnalyzer create(
      String language, NormalizationOptions options, Set<String> userStopwords, boolean stem) {
    Language lang = Languages.get(language);
    TermNormalizer normalizer = new TermNormalizer(options, lang.code());
    Set<String> user = new HashSet<>();
    for (String w : userStopwords) {
      String key = normalizer.normalize(w.strip());
      if (!key.isEmpty()) {
        user.add(key);
      }
    }
    return new TermAnalyzer(
        lang, normalizer, lang.stopwords(normalizer), Set.copyOf(user), stem);
  }

  /** The language code. */
  public String language() {
    return language.code();
  }

  public Language languageInfo() {
    return language;
  }

  public TermNormalizer normalizer() {
    return normalizer;
  }

  /** The normalized key of a surface form. */
  public String key(String surface) {
    return normalizer.normalize(surface);
  }

  /** True when a normalized key is a stopword of this language or of the user's list. */
  public boolean isStopword(String key) {
    return isUserStopword(key) || isBuiltInStopword(key);
  }

  /** True when a normalized key is in the user's stopword list. */
  public boolean isUserStopword(String key) {
    return userStopwords.contains(key);
  }

  /** True when a normalized key is a stopword of the language's built-in list. */
  public boolean isBuiltInStopword(String key) {
    if (builtInStopwords.contains(key)) {
      return true;
    }
    if (arabic && key.length() >= 3) {
      char first = key.charAt(0);
      if (first == '\u0648' || first == '\u0641') { // و ف
        return builtInStopwords.contains(key.substring(1));
      }
    }
    return false;
  }

  /** The light stem of a normalized key (the key itself when stemming is off or unavailable). */
  public String stem(String key) {
    if (!stem || key.isEmpty()) {
      return key;
    }
    String s = stemmer.stem(key);
    return s.codePointCount(0, s.length()) < MIN_STEM_LENGTH ? key : s;
  }

  public boolean stemming() {
    return stem;
  }
}
