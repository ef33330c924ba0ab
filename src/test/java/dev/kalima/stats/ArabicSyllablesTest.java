package dev.kalima.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicSyllablesTest {

  private static void assertSyllables(String word, int shortS, int longS, int stress) {
    assertEquals(new ArabicSyllables.Counts(shortS, longS, stress), ArabicSyllables.count(word), word);
  }

  @Test
  void diacritizedShortSyllables() {
    assertSyllables("كَتَبَ", 3, 0, 0); // ka-ta-ba
  }

  @Test
  void diacritizedLongSyllable() {
    assertSyllables("كِتَاب", 1, 1, 0); // ki-taab
  }

  @Test
  void tanweenAndShaddaAreStressSyllables() {
    assertSyllables("جِدًّا", 1, 0, 2); // kasra, shadda, tanween fath
  }

  @Test
  void undiacritizedWordWithoutLongVowel() {
    assertSyllables("كتب", 2, 0, 0); // ka-tab (pausal)
  }

  @Test
  void undiacritizedLongVowel() {
    assertSyllables("كتاب", 1, 1, 0); // ki-taab
  }

  @Test
  void undiacritizedDefiniteArticleIsOneShortSyllable() {
    assertSyllables("العلاقات", 2, 2, 0); // al-ʿa-laa-qaat
  }

  @Test
  void newsSpellingWithOnlyTanweenOrShaddaIsEstimatedFromItsLetters() {
    // undiacritized news text still writes the tanween of جداً، أيضاً and a shadda here and
    // there: such a word has no short vowels written, so its letters are counted as in جدا,
    // plus the stress syllable (it was read as fully diacritized: one stress syllable, nothing else)
    assertSyllables("جداً", 1, 1, 1);
    assertSyllables("محمّد", 2, 0, 1);
    assertSyllables("كتابٌ", 1, 1, 1);
  }

  @Test
  void weightedCountDoublesLongAndStress() {
    assertEquals(1 + 2 * 1 + 2 * 2, new ArabicSyllables.Counts(1, 1, 2).weighted());
  }
}
