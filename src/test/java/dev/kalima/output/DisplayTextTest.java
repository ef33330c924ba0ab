package dev.kalima.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

  @Test
  void asciiIsOneColumnPerChar() {
    assertEquals(5, DisplayText.width("hello"));
    assertEquals(0, DisplayText.width(""));
  }

  @Test
  void cjkAndFullwidthAreTwo() {
    assertEquals(4, DisplayText.width("日本"));
    assertEquals(2, DisplayText.width("Ａ")); // FULLWIDTH LATIN CAPITAL LETTER A
    assertEquals(6, DisplayText.width("한국어"));
  }

  @Test
  void combiningMarksAreZero() {
    assertEquals(4, DisplayText.width("cafe\u0301"));
    assertEquals(1, DisplayText.width("e\u0301\u0323"));
    // Arabic with harakat: kaf+fatha, ta+fatha, alef, ba+sukun: 4 letters.
    assertEquals(4, DisplayText.width("كَتَابْ"));
  }

  @Test
  void conjoiningHangulJamoIsOneSyllable() {
    assertEquals(2, DisplayText.width("\u1100\u1161\u11A8")); // L V T
  }

  @Test
  void formatCharactersAndIsolatesAreZero() {
    assertEquals(2, DisplayText.width("a\u200Bb")); // ZERO WIDTH SPACE
    assertEquals(1, DisplayText.width("\u2068x\u2069"));
    assertEquals(3, DisplayText.width("\uFEFFabc"));
  }

  @Test
  void emojiClustersAreTwo() {
    assertEquals(2, DisplayText.width("😀"));
    assertEquals(2, DisplayText.width("\uD83D\uDC69\u200D\uD83D\uDCBB")); // woman technologist (ZWJ)
    assertEquals(2, DisplayText.width("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")); // family
    assertEquals(2, DisplayText.width("\uD83D\uDC4D\uD83C\uDFFD")); // thumbs up, skin tone
    assertEquals(2, DisplayText.width("\uD83C\uDDF8\uD83C\uDDE6")); // flag SA
    assertEquals(2, DisplayText.width("\u2764\uFE0F")); // heavy black heart + VS16
    assertEquals(1, DisplayText.width("\u2764")); // text presentation by default
    assertEquals(2, DisplayText.width("1\uFE0F\u20E3")); // keycap one
    assertEquals(2, DisplayText.width("\u261D\uD83C\uDFFD")); // index pointing up, skin tone
    assertEquals(1, DisplayText.width("1\u20E3")); // keycap without VS16: digit + enclosing mark
  }

  @Test
  void spacingMarksCountLikeTerminalsDo() {
    // Devanagari "ki": KA + vowel sign I (Mc, spacing): wcwidth-based terminals advance twice.
    assertEquals(2, DisplayText.width("\u0915\u093F"));
  }

  @Test
  void ambiguousWidthCountsOne() {
    assertEquals(1, DisplayText.width("–"));
    assertEquals(1, DisplayText.width("─"));
  }

  @Test
  void rtlDetectionUsesStrongCharacters() {
    assertTrue(DisplayText.hasRtl("كتاب"));
    assertTrue(DisplayText.hasRtl("abc שלום"));
    assertTrue(DisplayText.hasRtl("\u200F")); // RLM is strong R
    assertFalse(DisplayText.hasRtl("abc 123"));
    assertFalse(DisplayText.hasRtl("١٢٣")); // Arabic-Indic digits are weak (AN)
  }

  @Test
  void isolatesOnlyRtl() {
    assertEquals("\u2068كتاب 12\u2069", DisplayText.isolateIfRtl("كتاب 12"));
    assertEquals("book 12", DisplayText.isolateIfRtl("book 12"));
  }

  @Test
  void escapesControlsVisibly() {
    assertEquals("a\\tb\\nc\\rd", DisplayText.escapeControls("a\tb\nc\rd"));
    assertEquals("\\x1b[2J\\x00\\x7f", DisplayText.escapeControls("\u001b[2J\u0000\u007f"));
    assertEquals("\\u0085\\u009B", DisplayText.escapeControls("\u0085\u009b"));
    assertEquals("\\u202A\\u202B\\u202C\\u202D\\u202E",
        DisplayText.escapeControls("\u202a\u202b\u202c\u202d\u202e"));
    assertEquals("\\u2066\\u2067\\u2068\\u2069", DisplayText.escapeControls("\u2066\u2067\u2068\u2069"));
    assertEquals("\\u2028\\u2029", DisplayText.escapeControls("\u2028\u2029"));
    assertEquals("x\\uD800y", DisplayText.escapeControls("x\uD800y"));
  }

  @Test
  void keepsOrdinaryTextAndBidiMarks() {
    String s = "كتاب\u200F café 😀 C:\\dir";
    assertEquals(s, DisplayText.escapeControls(s));
  }

  @Test
  void forCellEscapesBeforeIsolatingSoDataCannotCloseTheIsolate() {
    assertEquals("\u2068كتاب\\u2069x\u2069", DisplayText.forCell("كتاب\u2069x"));
  }
}
