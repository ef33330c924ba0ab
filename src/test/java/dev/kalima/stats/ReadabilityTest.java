package dev.kalima.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kalima.analysis.NormalizationOptions;
import dev.kalima.analysis.SentenceSegmenter;
import dev.kalima.analysis.TermAnalyzer;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each formula on a tiny text computed by hand.
 *
 * <p>"The cat sat. The dog ran away quickly." has 2 sentences and 8 words (3 + 5), 29 letters,
 * 1 word over 6 letters (quickly), 10 syllables (away and quickly have 2, the rest 1), no word of
 * 3 syllables, 7 types of which 6 are seen once (the: twice).
 */
class ReadabilityTest {

  private static final double EPS = 1e-9;

  private static TextStats english() {
    TextStatsBuilder b =
        new TextStatsBuilder(
            new SentenceSegmenter("en"),
            TermAnalyzer.create("en", NormalizationOptions.DEFAULT, Set.of(), false),
            "en",
            50);
    b.accept("The cat sat. The dog ran away quickly.", true);
    return b.finish();
  }

  @Test
  void countsOfTheTinyText() {
    TextStats s = english();
    assertEquals(1, s.paragraphs());
    assertEquals(2, s.sentences());
    assertEquals(8, s.words());
    assertEquals(29, s.letters());
    assertEquals(1, s.longWords());
    assertEquals(10, s.syllables());
    assertEquals(0, s.polysyllables());
    assertEquals(7, s.types());
    assertEquals(6, s.hapax());
    assertEquals(4.0, s.lengths().median());
  }

  @Test
  void lixAndRix() {
    assertEquals(4 + 100.0 / 8, Readability.lix(english()), EPS); // 16.5
    assertEquals(0.5, Readability.rix(english()), EPS);
  }

  @Test
  void fleschReadingEase() {
    assertEquals(206.835 - 1.015 * 4 - 84.6 * 1.25, Readability.fleschReadingEase(english()), EPS); // 97.025
  }

  @Test
  void fleschKincaidGrade() {
    assertEquals(0.72, Readability.fleschKincaidGrade(english()), EPS); // 1.56 + 14.75 - 15.59
  }

  @Test
  void gunningFog() {
    assertEquals(1.6, Readability.gunningFog(english()), EPS); // 0.4 * (4 + 0)
  }

  @Test
  void smog() {
    assertEquals(3.1291, Readability.smog(english()), EPS); // no polysyllables
  }

  @Test
  void colemanLiau() {
    assertEquals(-1.885, Readability.colemanLiau(english()), EPS); // 0.0588*362.5 - 0.296*25 - 15.8
  }

  @Test
  void automatedReadabilityIndex() {
    assertEquals(-2.35625, Readability.automatedReadabilityIndex(english()), EPS); // 4.71*3.625 + 2 - 21.43
  }

  @Test
  void ratios() {
    assertEquals(7 / 8.0, Readability.typeTokenRatio(english()), EPS);
    assertEquals(29 / 8.0, Readability.meanWordLength(english()), EPS);
    assertEquals(1 / 8.0, Readability.longWordShare(english()), EPS);
  }

  @Test
  void osmanFromItsCounts() {
    // 10 words in 2 sentences; 4 hard, 30 syllables, 3 complex, 1 faseeh
    TextStats s =
        new TextStats(
            "ar",
            1,
            SentenceLengths.of(Map.of(4, 1L, 6, 1L)),
            50,
            2,
            0,
            0,
            10,
            new TextStats.OsmanCounts(4, 30, 3, 1),
            Map.of(),
            MovingTtr.empty(50));
    assertEquals(200.791 - 1.015 * 5 - 24.181 * 3.8, Readability.osman(s), EPS);
  }

  @Test
  void englishFormulasDoNotApplyToOtherLanguages() {
    TextStats s = english();
    TextStats french =
        new TextStats("fr", s.paragraphs(), s.lengths(), s.letters(), s.longWords(), 0, 0, 0,
            TextStats.OsmanCounts.EMPTY, s.terms(), s.mattr());
    assertNull(Readability.fleschReadingEase(french));
    assertNull(Readability.smog(french));
    assertNull(Readability.osman(french));
    assertEquals(16.5, Readability.lix(french), EPS);
  }

  @Test
  void aTextMostlyInAnotherScriptGetsNoLanguageFormulas() {
    // Arabic text read as English (--lang en): the English formulas would be meaningless
    TextStatsBuilder asEnglish =
        new TextStatsBuilder(
            new SentenceSegmenter("en"),
            TermAnalyzer.create("en", NormalizationOptions.DEFAULT, Set.of(), false),
            "en",
            50);
    asEnglish.accept("افتتاح أكبر محطة لتحلية المياه. وقال المدير إن المحطة جديدة.", true);
    TextStats s = asEnglish.finish();
    assertEquals(0, s.scriptWords());
    assertNull(Readability.fleschReadingEase(s));
    assertNull(Readability.automatedReadabilityIndex(s));
    assertEquals(s.words() / (double) s.sentences() + 100.0 * s.longWords() / s.words(), Readability.lix(s), EPS);
    // English read as Arabic: no OSMAN
    TextStatsBuilder asArabic =
        new TextStatsBuilder(
            new SentenceSegmenter("ar"),
            TermAnalyzer.create("ar", NormalizationOptions.DEFAULT, Set.of(), false),
            "ar",
            50);
    asArabic.accept("The cat sat. The dog ran away quickly.", true);
    assertNull(Readability.osman(asArabic.finish()));
    // the English text: all 8 of its words are Latin
    assertEquals(8, english().scriptWords());
    assertTrue(english().readableAs("en"));
  }

  @Test
  void mixedLanguagesHaveNoLanguageFormulas() {
    TextStats s = english();
    TextStats arabic =
        new TextStats("ar", 1, s.lengths(), 1, 0, 0, 0, 0, TextStats.OsmanCounts.EMPTY, Map.of(), MovingTtr.empty(50));
    TextStats mixed = s.merge(arabic);
    assertNull(mixed.language());
    assertNull(Readability.fleschReadingEase(mixed));
    assertNull(Readability.osman(mixed));
  }

  @Test
  void noSentencesNoFigures() {
    TextStats empty = TextStats.empty(50);
    assertNull(Readability.lix(empty));
    assertNull(Readability.typeTokenRatio(empty));
    assertNull(Readability.mattr(empty));
  }
}
