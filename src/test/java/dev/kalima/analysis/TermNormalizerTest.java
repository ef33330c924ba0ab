package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** One tiny test per normalization rule. */
class TermNormalizerTest {

  private static String norm(String s) {
    return new TermNormalizer(NormalizationOptions.DEFAULT, "ar").normalize(s);
  }

  private static String norm(String lang, String s) {
    return new TermNormalizer(NormalizationOptions.DEFAULT, lang).normalize(s);
  }

  @Test
  void emptyTerm() {
    assertEquals("", norm(""));
  }

  @Test
  void unchangedTermIsTheSameInstance() {
    String latin = "kitab";
    String arabic = "كتاب";
    assertSame(latin, norm(latin));
    assertSame(arabic, norm(arabic));
  }

  @Test
  void normalizeOffKeepsTheSurface() {
    String s = "أَحمد’s";
    assertSame(s, new TermNormalizer(NormalizationOptions.NONE, "ar").normalize(s));
  }

  @Test
  void nfkcFoldsArabicPresentationForms() {
    // ﺍﻟﻌﺮﺑﻴﺔ: alef isolated, lam initial, ain medial, reh final, beh initial, yeh medial, teh marbuta final
    assertEquals("العربية", norm("\uFE8D\uFEDF\uFECC\uFEAE\uFE91\uFEF4\uFE94"));
  }

  @Test
  void nfkcSplitsLamAlefLigature() {
    assertEquals("لا", norm("\uFEFB"));
  }

  @Test
  void nfkcFoldsFullwidth() {
    assertEquals("abc123", norm("ＡＢＣ１２３"));
  }

  @Test
  void nfkcComposesThenHamzaAlefIsUnified() {
    // alef + combining hamza above composes to أ, which is then unified to ا
    assertEquals("احمد", norm("\u0627\u0654حمد"));
  }

  @Test
  void caseFolding() {
    assertEquals("hello", norm("HeLLo"));
  }

  @Test
  void fullCaseFoldingOfSharpS() {
    assertEquals("strasse", norm("Straße"));
  }

  @Test
  void turkishDottedCapitalI() {
    assertEquals("istanbul", norm("tr", "İstanbul"));
  }

  @Test
  void turkishDotlessCapitalI() {
    assertEquals("ısparta", norm("tr", "ISPARTA"));
  }

  @Test
  void rootDottedCapitalIKeepsTheDot() {
    assertEquals("i\u0307stanbul", norm("en", "İstanbul"));
  }

  @Test
  void fatha() {
    assertEquals("كتب", norm("كَتب"));
  }

  @Test
  void damma() {
    assertEquals("كتب", norm("كُتب"));
  }

  @Test
  void kasra() {
    assertEquals("كتب", norm("كتِب"));
  }

  @Test
  void fathatan() {
    assertEquals("كتابا", norm("كتاباً"));
  }

  @Test
  void dammatan() {
    assertEquals("كتاب", norm("كتابٌ"));
  }

  @Test
  void kasratan() {
    assertEquals("كتاب", norm("كتابٍ"));
  }

  @Test
  void shadda() {
    assertEquals("مدرس", norm("مدرّس"));
  }

  @Test
  void shaddaWithFatha() {
    assertEquals("مدرس", norm("مدرَّس"));
  }

  @Test
  void sukun() {
    assertEquals("مكتب", norm("مكْتب"));
  }

  @Test
  void superscriptAlef() {
    assertEquals("هذا", norm("هٰذا"));
  }

  @Test
  void quranicSignAboveWord() {
    assertEquals("محمد", norm("محمد\u0610"));
  }

  @Test
  void quranicSmallHighLigature() {
    assertEquals("الكتاب", norm("الكتاب\u06D6"));
  }

  @Test
  void tatweel() {
    assertEquals("كتاب", norm("كتـــاب"));
  }

  @Test
  void tatweelBeforeACombiningMarkLeavesTheComposedForm() {
    // found by WordTokenizerProperties: removing the tatweel brings "a" next to U+0301
    assertEquals("\u00E1", norm("a\u0640\u0301"));
    assertEquals(norm("a\u0640\u0301"), norm(norm("a\u0640\u0301")));
  }

  @Test
  void alefHamzaAbove() {
    assertEquals("احمد", norm("أحمد"));
  }

  @Test
  void alefHamzaBelow() {
    assertEquals("اسلام", norm("إسلام"));
  }

  @Test
  void alefMadda() {
    assertEquals("امن", norm("آمن"));
  }

  @Test
  void alefWasla() {
    assertEquals("الله", norm("ٱلله"));
  }

  @Test
  void hamzaOnYaSeatBeforeWawIsWrittenOnWaw() {
    // مسئول/مسؤول, شئون/شؤون, رئوس/رؤوس: Egyptian spelling seats the hamza before a long u on ya,
    // the standard one on waw; one word either way
    assertEquals("مسؤول", norm("مسئول"));
    assertEquals("مسؤولية", norm("مسئولية"));
    assertEquals("الشؤون", norm("الشئون"));
    assertEquals("مسؤول", norm("مسئـول"));
    assertEquals("مسؤول", norm("مَسْئُول"));
    // elsewhere the seat is kept: رئيس، سئل، هيئة
    assertEquals("رئيس", norm("رئيس"));
    assertEquals("سئل", norm("سئل"));
    // not in other languages written in Arabic script (Sorani, Persian, Urdu)
    assertEquals("ئو", norm("ckb", "ئو"));
  }

  @Test
  void alefMaqsuraKeptByDefault() {
    assertEquals("على", norm("على"));
  }

  @Test
  void alefMaqsuraUnifiedOnRequest() {
    TermNormalizer n = new TermNormalizer(new NormalizationOptions(true, true, false), "ar");
    assertEquals("علي", n.normalize("على"));
  }

  @Test
  void taMarbutaKeptByDefault() {
    assertEquals("مدرسة", norm("مدرسة"));
  }

  @Test
  void taMarbutaUnifiedOnRequest() {
    TermNormalizer n = new TermNormalizer(new NormalizationOptions(true, false, true), "ar");
    assertEquals("مدرسه", n.normalize("مدرسة"));
  }

  @Test
  void rightSingleQuoteBecomesApostrophe() {
    assertEquals("don't", norm("en", "don’t"));
  }

  @Test
  void modifierLetterApostropheBecomesApostrophe() {
    assertEquals("don't", norm("en", "donʼt"));
  }

  @Test
  void zeroWidthNonJoinerRemoved() {
    assertEquals("میخواهم", norm("fa", "می\u200Cخواهم"));
  }

  @Test
  void zeroWidthJoinerRemoved() {
    assertEquals("كتاب", norm("كت\u200Dاب"));
  }

  @Test
  void bidiControlsRemoved() {
    assertEquals("word", norm("en", "\u200Fwo\u202Brd\u202C\u2066"));
  }

  @Test
  void persianUnifiesArabicYaAndKaf() {
    assertEquals("کتابی", norm("fa", "كتابي"));
  }

  @Test
  void arabicKeepsArabicYaAndKaf() {
    assertEquals("كتابي", norm("ar", "كتابي"));
  }

  @Test
  void arabicIndicDigitsFolded() {
    assertEquals("2025", norm("٢٠٢٥"));
  }

  @Test
  void persianDigitsFolded() {
    assertEquals("1404", norm("fa", "۱۴۰۴"));
  }

  @Test
  void devanagariDigitsFolded() {
    assertEquals("42", norm("hi", "४२"));
  }

  @Test
  void arabicSeparatorsFolded() {
    assertEquals("1,000.5", norm("١٬٠٠٠٫٥"));
  }

  @Test
  void russianYoWrittenAsYe() {
    assertEquals("еще", norm("ru", "ещё"));
    assertEquals("самолет", norm("ru", "САМОЛЁТ"));
    assertEquals("еще", norm("ru", "еще"));
    // only Russian: Belarusian ё is a letter of its own
    assertEquals("ёсць", norm("be", "Ёсць"));
    assertEquals("ещё", norm("en", "ещё"));
  }

  @Test
  void greekAccentsRemovedForGreek() {
    assertEquals("ειναι", norm("el", "Είναι"));
  }

  @Test
  void greekFinalSigmaFolded() {
    assertEquals("τησ", norm("el", "της"));
  }

  @Test
  void greekAccentsKeptForOtherLanguages() {
    assertEquals("είναι", norm("en", "Είναι"));
  }

  @Test
  void combiningMarksOfLatinComposed() {
    assertEquals("été", norm("fr", "e\u0301te\u0301"));
  }
}
