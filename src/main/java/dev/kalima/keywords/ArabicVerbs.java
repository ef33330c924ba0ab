package dev.kalima.keywords;

/**
 * Arabic verb forms known by their written shape alone, for the candidates of a language with
 * no part-of-speech tagger (a verb is never part of a noun phrase).
 */
final class ArabicVerbs {

  private ArabicVerbs() {}

  /**
   * True for a word whose key (after a conjunction و or ف, when four letters or more remain) has
   * four to seven letters, no definite article, and ends in the suffix ت of the perfect tense
   * (third person feminine singular, or first or second person singular: رفضت، أعلنت، أصبحت،
   * استمرت، وقالت). Excluded, as nouns end so: the feminine plural ات (سيارات), -وت and -يت
   * (تابوت، توقيت، تصويت: nouns of the root's last letter); longer words are foreign names
   * (مايكروسوفت). A noun ending in the letter ت itself (بيت، وقت، صوت) has three letters.
   */
  static boolean perfect(String key) {
    String bare = key;
    if (bare.length() >= 5 && (bare.charAt(0) == 'و' || bare.charAt(0) == 'ف')) {
      bare = bare.substring(1);
    }
    int n = bare.length();
    if (n < 4 || n > 7 || bare.charAt(n - 1) != 'ت' || ArabicNames.hasArticle(bare)) {
      return false;
    }
    char before = bare.charAt(n - 2);
    return before != 'ا' && before != 'و' && before != 'ي' && before != 'ى';
  }
}
