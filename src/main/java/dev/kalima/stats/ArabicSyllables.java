package dev.kalima.stats;

/**
 * Counts the syllables of an Arabic word in the three classes of OSMAN (El-Haj and Rayson, LREC
 * 2016): short (a consonant with a short vowel, CV), long (a consonant with a long vowel, CVV)
 * and stress (tanween or shadda, which add a closing consonant).
 *
 * <p><b>With diacritics</b> (the word carries a haraka, fatha, damma or kasra, or a sukun), as the paper
 * defines them:
 *
 * <ul>
 *   <li>a fatha, damma or kasra followed by ا, و or ي is a long syllable, any other is short;
 *   <li>each tanween (ً ٌ ٍ) and each shadda (ّ) is a stress syllable.
 * </ul>
 *
 * <p><b>Without diacritics</b> (most news text) the short vowels are not written, and the paper
 * restores them with a diacritizer (Mishkal). kalima has none, so it estimates from the letters:
 *
 * <ul>
 *   <li>ا, و, ي or ى after a consonant is a long vowel: one long syllable each (و and ي between
 *       two vowels, or at the start of the word, are consonants);
 *   <li>a written tanween (ً ٌ ٍ, as in جداً) or shadda still counts as a stress syllable;
 *   <li>the definite article ال at the start is one short syllable;
 *   <li>of the consonants that do not carry a long vowel, about every second one opens a
 *       syllable with a short vowel and the other closes it (Arabic syllables are CV or CVC):
 *       {@code ceil((consonants - long) / 2)} short syllables; a word has at least one syllable.
 * </ul>
 *
 * The weighted count OSMAN uses is {@code short + 2 * long + 2 * stress}. Stateless.
 */
public final class ArabicSyllables {

  /** Syllables of one word by class. */
  public record Counts(int shortSyllables, int longSyllables, int stressSyllables) {

    /** OSMAN's weighted syllable count: long and stress syllables count twice. */
    public int weighted() {
      return shortSyllables + 2 * longSyllables + 2 * stressSyllables;
    }
  }

  private ArabicSyllables() {}

  public static Counts count(String word) {
    return hasDiacritics(word) ? fromDiacritics(word) : estimate(word);
  }

  /**
   * True when the word carries a short vowel or sukun (fatha, damma, kasra, sukun): a tanween or
   * shadda alone, as undiacritized news text writes them (جداً، محمّد), does not make it
   * diacritized.
   */
  static boolean hasDiacritics(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '\u064E' && c <= '\u0650' || c == '\u0652') {
        return true;
      }
    }
    return false;
  }

  private static Counts fromDiacritics(String word) {
    int shortS = 0;
    int longS = 0;
    int stress = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\u064E' || c == '\u064F' || c == '\u0650') {
        char next = i + 1 < word.length() ? word.charAt(i + 1) : ' ';
        if (next == 'ا' || next == 'و' || next == 'ي') {
          longS++;
        } else {
          shortS++;
        }
      } else if (c == '\u064B' || c == '\u064C' || c == '\u064D' || c == '\u0651') {
        stress++;
      }
    }
    return new Counts(shortS, longS, stress);
  }

  private static Counts estimate(String word) {
    StringBuilder letters = new StringBuilder();
    int stress = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '\u064B' && c <= '\u064D' || c == '\u0651') {
        stress++;
      } else if (c == 'ـ') {
        continue; // tatweel
      } else if (Character.isLetter(c)) {
        letters.append(c);
      }
    }
    String w = letters.toString();
    int shortS = 0;
    int start = 0;
    if (w.length() > 3 && w.startsWith("ال")) {
      shortS++;
      start = 2;
    }
    int longS = 0;
    int consonants = 0;
    for (int i = start; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean previousConsonant = i > start && !isLongVowelAt(w, i - 1, start);
      if ((c == 'ا' || c == 'ى') && i > start) {
        longS++;
      } else if ((c == 'و' || c == 'ي') && previousConsonant && !nextIsVowel(w, i)) {
        longS++;
      } else if (c != 'ا') {
        consonants++;
      }
    }
    int open = Math.max(0, consonants - longS); // consonants that do not carry a long vowel
    shortS += (open + 1) / 2;
    if (longS == 0 && shortS == 0 && !w.isEmpty()) {
      shortS = 1;
    }
    return new Counts(shortS, longS, stress);
  }

  private static boolean isLongVowelAt(String w, int i, int start) {
    char c = w.charAt(i);
    return (c == 'ا' || c == 'ى') && i > start;
  }

  private static boolean nextIsVowel(String w, int i) {
    return i + 1 < w.length() && (w.charAt(i + 1) == 'ا' || w.charAt(i + 1) == 'ى');
  }
}
