package dev.kalima.analysis;

import com.ibm.icu.lang.UCharacter;

/**
 * What counts as a letter when the letters of a word are counted (word length, {@code
 * --min-length}, the letters of a sentence): a code point that ICU calls a letter ({@link
 * UCharacter#isLetter}, general categories L*), except the Arabic tatweel (kashida, U+0640).
 * Tatweel is a modifier letter (Lm) for Unicode, but it only stretches the joining stroke between
 * two letters: مـــن is the two-letter word من drawn wider. Combining marks (Arabic harakat, accents
 * written apart) are not letters either, so كِتَابٌ has four.
 */
public final class Letters {

  /** ARABIC TATWEEL. */
  private static final int TATWEEL = 0x0640;

  private Letters() {}

  /** Whether {@code cp} is a letter of a word: a Unicode letter other than tatweel. */
  public static boolean isLetter(int cp) {
    return cp != TATWEEL && UCharacter.isLetter(cp);
  }

  /** The code points of {@code s} that are {@link #isLetter letters}. */
  public static int count(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      if (isLetter(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }
}
