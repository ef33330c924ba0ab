package dev.kalima.stats;

/**
 * Readability and lexical figures computed from {@link TextStats}; each is {@code null} when it does
 * not apply (no words or sentences, or a formula for another language). Definitions and sources:
 * docs/readability.md. With W words, S sentences, L letters, Y syllables:
 *
 * <ul>
 *   <li>LIX = W/S + 100 · long/W (long: more than 6 letters); RIX = long/S (Björnsson; Anderson);
 *   <li>Flesch Reading Ease = 206.835 − 1.015 · W/S − 84.6 · Y/W;
 *   <li>Flesch–Kincaid Grade = 0.39 · W/S + 11.8 · Y/W − 15.59;
 *   <li>Gunning Fog = 0.4 · (W/S + 100 · complex/W) (complex: 3 syllables or more);
 *   <li>SMOG = 1.0430 · √(polysyllables · 30/S) + 3.1291;
 *   <li>Coleman–Liau = 0.0588 · (100 · L/W) − 0.296 · (100 · S/W) − 15.8;
 *   <li>ARI = 4.71 · L/W + 0.5 · W/S − 21.43;
 *   <li>OSMAN = 200.791 − 1.015 · W/S − 24.181 · (hard/W + syllables/W + complex/W + faseeh/W).
 * </ul>
 */
public final class Readability {

  private Readability() {}

  private static boolean empty(TextStats s) {
    return s.words() == 0 || s.sentences() == 0;
  }

  private static double wordsPerSentence(TextStats s) {
    return (double) s.words() / s.sentences();
  }

  public static Double typeTokenRatio(TextStats s) {
    return s.words() == 0 ? null : (double) s.types() / s.words();
  }

  public static Double mattr(TextStats s) {
    return s.mattr().value();
  }

  public static Double meanWordLength(TextStats s) {
    return s.words() == 0 ? null : (double) s.letters() / s.words();
  }

  public static Double longWordShare(TextStats s) {
    return s.words() == 0 ? null : (double) s.longWords() / s.words();
  }

  public static Double lix(TextStats s) {
    return empty(s) ? null : wordsPerSentence(s) + 100.0 * s.longWords() / s.words();
  }

  public static Double rix(TextStats s) {
    return empty(s) ? null : (double) s.longWords() / s.sentences();
  }

  public static Double fleschReadingEase(TextStats s) {
    if (empty(s) || !s.readableAs("en")) {
      return null;
    }
    return 206.835 - 1.015 * wordsPerSentence(s) - 84.6 * s.syllables() / s.words();
  }

  public static Double fleschKincaidGrade(TextStats s) {
    if (empty(s) || !s.readableAs("en")) {
      return null;
    }
    return 0.39 * wordsPerSentence(s) + 11.8 * s.syllables() / s.words() - 15.59;
  }

  public static Double gunningFog(TextStats s) {
    if (empty(s) || !s.readableAs("en")) {
      return null;
    }
    return 0.4 * (wordsPerSentence(s) + 100.0 * s.polysyllables() / s.words());
  }

  public static Double smog(TextStats s) {
    if (empty(s) || !s.readableAs("en")) {
      return null;
    }
    return 1.0430 * Math.sqrt(s.polysyllables() * 30.0 / s.sentences()) + 3.1291;
  }

  public static Double colemanLiau(TextStats s) {
    if (empty(s) || !s.readableAs("en")) {
      return null;
    }
    double l = 100.0 * s.letters() / s.words();
    double sentencesPer100 = 100.0 * s.sentences() / s.words();
    return 0.0588 * l - 0.296 * sentencesPer100 - 15.8;
  }

  public static Double automatedReadabilityIndex(TextStats s) {
    if (empty(s) || !s.readableAs("en")) {
      return null;
    }
    return 4.71 * s.letters() / s.words() + 0.5 * wordsPerSentence(s) - 21.43;
  }

  public static Double osman(TextStats s) {
    if (empty(s) || !s.readableAs("ar")) {
      return null;
    }
    double w = s.words();
    TextStats.OsmanCounts o = s.osman();
    return 200.791
        - 1.015 * wordsPerSentence(s)
        - 24.181 * (o.hardWords() / w + o.syllables() / w + o.complexWords() / w + o.faseehWords() / w);
  }
}
