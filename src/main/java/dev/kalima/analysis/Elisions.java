package dev.kalima.analysis;

import java.util.Set;

/**
 * The elided words of French, Italian and Catalan that are written attached to the next word
 * with an apostrophe (l'homme, dell'anno, d'or). Each is a function word (article, preposition,
 * pronoun, conjunction), so the tokenizer splits it off and the stopword lists include it.
 * Forms are lower case, without the apostrophe.
 */
final class Elisions {

  private Elisions() {}

  private static final Set<String> FRENCH =
      Set.of("l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu");
  private static final Set<String> ITALIAN =
      Set.of(
          "l", "c", "d", "m", "t", "s", "v", "un", "all", "dall", "dell", "nell", "sull", "coll",
          "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "quest", "quell");
  private static final Set<String> CATALAN = Set.of("d", "l", "m", "n", "s", "t");

  /** The elided forms of a language (empty for languages that do not elide this way). */
  static Set<String> of(String languageCode) {
    switch (languageCode) {
      case "fr":
        return FRENCH;
      case "it":
        return ITALIAN;
      case "ca":
        return CATALAN;
      default:
        return Set.of();
    }
  }
}
