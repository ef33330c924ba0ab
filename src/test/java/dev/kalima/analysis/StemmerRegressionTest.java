package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Stemmer bugs found by fuzzing (issue 6), named after what they reproduce. */
class StemmerRegressionTest {

  @Test
  void arabicWordLongerThanTheStemmerBufferDoesNotThrow() {
    // the first word over 32 chars grew the buffer after the old one had been handed to Lucene:
    // ArrayIndexOutOfBoundsException in StemmerUtil.deleteN (found by Jazzer)
    String stem = "\u0628".repeat(40);
    assertEquals(stem, new ArabicLightStemmer().stem("\u0627\u0644" + stem));
  }
}
