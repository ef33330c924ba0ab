package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LettersTest {

  @Test
  void tatweelAndCombiningMarksAreNoLetters() {
    assertFalse(Letters.isLetter(0x0640));
    assertFalse(Letters.isLetter(0x064E)); // fatha
    assertTrue(Letters.isLetter('م'));
    assertEquals(2, Letters.count("مـــن"));
    assertEquals(2, Letters.count("مِنْ"));
    assertEquals(4, Letters.count("كِتَابٌ"));
  }

  @Test
  void countsCodePointsNotUtf16Units() {
    assertEquals(3, Letters.count("𝒳ab")); // a letter outside the BMP is one letter
    assertEquals(3, Letters.count("e\u0301t\u00e9")); // the combining acute accent is none
    assertEquals(0, Letters.count("2025 -- !"));
    assertEquals(4, Letters.count("don't")); // the apostrophe is none
  }
}
