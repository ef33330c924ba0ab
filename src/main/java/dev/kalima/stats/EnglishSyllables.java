package dev.kalima.stats;

/**
 * Estimates the number of spoken syllables of an English word from its spelling, for the
 * readability formulas (Flesch, Flesch–Kincaid, Gunning Fog, SMOG).
 *
 * <p>Steps, on the word lower-cased (ASCII letters only; other chars are ignored):
 *
 * <ol>
 *   <li>each maximal run of vowel letters (a e i o u, and y when it follows a consonant or ends
 *       the word) is one syllable; a y between two vowels is a consonant (player, beyond);
 *   <li>vowel pairs that are pronounced as two syllables add one: "ia" (piano, media), "io"
 *       (lion, radio), "iu" (medium), "ua" (actual), "uo", "eo" (video), "yi" (crying), "ii",
 *       except in the endings -cial/-tial/-sion/-tion/-cious/-gion/-xious and after q/g in
 *       "qua"/"gua", and except "peo" (people); so do a vowel before -ing (going, being), a
 *       final "ea" (idea, area), and "ie" before t, nt or nc (quiet, client, science) unless
 *       after t, c, s, x or g (patient, ancient) but not "sci" (science);
 *   <li>a final silent e after a consonant takes one away (make, hope), except -le after a
 *       consonant (table, little);
 *   <li>a silent e before -ly, -ment, -ful, -ness, -less takes one away (lovely, statement);
 *   <li>-es takes one away unless after s, x, z, c, g, ch or sh (makes, but boxes, places);
 *   <li>-ed takes one away unless after t or d (walked, but wanted);
 *   <li>every word has at least one syllable.
 * </ol>
 *
 * It is a spelling heuristic, right for most common words (see the test's word list) and wrong
 * for some (recipe, naive). Stateless and thread-safe.
 */
public final class EnglishSyllables {

  private EnglishSyllables() {}

  /** The estimated syllables of {@code word}; 0 when it has no ASCII letter. */
  public static int count(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        sb.append((char) (c + 32));
      } else if (c >= 'a' && c <= 'z') {
        sb.append(c);
      } else if ((c == '\'' || c == '’') && i + 1 < word.length() && (word.charAt(i + 1) == 's' || word.charAt(i + 1) == 'S') && i + 2 == word.length()) {
        break; // possessive 's adds no syllable
      }
    }
    String w = sb.toString();
    int n = w.length();
    if (n == 0) {
      return 0;
    }
    if (n <= 3) {
      return 1;
    }
    boolean[] vowel = new boolean[n];
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      if ("aeiou".indexOf(c) >= 0) {
        vowel[i] = true;
      } else if (c == 'y') {
        boolean afterVowel = i > 0 && "aeiou".indexOf(w.charAt(i - 1)) >= 0;
        boolean beforeVowel = i + 1 < n && "aeiou".indexOf(w.charAt(i + 1)) >= 0;
        vowel[i] = i > 0 && !(afterVowel && beforeVowel) && !(afterVowel && i + 1 < n);
      }
    }
    int syllables = 0;
    for (int i = 0; i < n; i++) {
      if (vowel[i] && (i == 0 || !vowel[i - 1])) {
        syllables++;
      } else if (vowel[i] && splitsFromPrevious(w, i)) {
        syllables++;
      }
    }
    if (syllables > 1 && w.endsWith("e") && !vowel[n - 2]
        && !(w.endsWith("le") && n >= 3 && !vowel[n - 3])) {
      syllables--;
    }
    for (String suffix : new String[] {"ly", "ment", "ful", "ness", "less"}) {
      int e = n - suffix.length() - 1;
      if (w.endsWith(suffix) && e >= 2 && w.charAt(e) == 'e' && !vowel[e - 1] && syllables > 1) {
        syllables--;
        break;
      }
    }
    if (syllables > 1 && w.endsWith("es") && n >= 4) {
      char before = w.charAt(n - 3);
      boolean sibilant = "sxzcg".indexOf(before) >= 0 || w.endsWith("ches") || w.endsWith("shes");
      if (!vowel[n - 3] && !sibilant) {
        syllables--;
      }
    }
    if (syllables > 1 && w.endsWith("ed") && n >= 4) {
      char before = w.charAt(n - 3);
      if (!vowel[n - 3] && before != 't' && before != 'd') {
        syllables--;
      }
    }
    return Math.max(1, syllables);
  }

  /** True when the vowel at {@code i} starts a new syllable although a vowel precedes it. */
  private static boolean splitsFromPrevious(String w, int i) {
    char prev = w.charAt(i - 1);
    char c = w.charAt(i);
    String pair = "" + prev + c;
    if (prev == 'y' && c == 'i') {
      return true; // crying, flying
    }
    if (c == 'i' && w.startsWith("ng", i + 1)) {
      return true; // going, being: a vowel before -ing
    }
    if (pair.equals("ea") && i == w.length() - 1) {
      return true; // idea, area
    }
    boolean sci = i >= 3 && w.charAt(i - 2) == 'c' && w.charAt(i - 3) == 's';
    if (pair.equals("ie") && i >= 2 && ("tcsxg".indexOf(w.charAt(i - 2)) < 0 || sci)
        && (w.startsWith("t", i + 1) || w.startsWith("nt", i + 1) || w.startsWith("nc", i + 1))) {
      return true; // quiet, diet, client, science (not patient, ancient)
    }
    if (!(pair.equals("ia") || pair.equals("io") || pair.equals("iu") || pair.equals("ua")
        || pair.equals("uo") || pair.equals("eo") || pair.equals("ii"))) {
      return false;
    }
    char before = i >= 2 ? w.charAt(i - 2) : ' ';
    if (prev == 'i' && "tcsxg".indexOf(before) >= 0) {
      return false; // nation, special, vision, precious, religion
    }
    if (prev == 'u' && (before == 'q' || before == 'g')) {
      return false; // quality, language
    }
    if (pair.equals("eo") && before == 'p') {
      return false; // people
    }
    return true;
  }
}
