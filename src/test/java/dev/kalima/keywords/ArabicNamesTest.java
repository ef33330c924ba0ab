package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicNamesTest {

  @Test
  void theArticleAndItsCliticCombinationsAreRecognized() {
    assertTrue(ArabicNames.hasArticle("الاستقرار"));
    assertTrue(ArabicNames.hasArticle("والمنطقة"));
    assertTrue(ArabicNames.hasArticle("للقوات"));
    assertTrue(ArabicNames.hasArticle("بالطاقة"));
    assertTrue(ArabicNames.hasArticle("فالامر"));
  }

  @Test
  void namesAndShortWordsStartingWithAlefLamAreNotArticles() {
    assertFalse(ArabicNames.hasArticle("موسكو"));
    assertFalse(ArabicNames.hasArticle("ليبيا"));
    assertFalse(ArabicNames.hasArticle("الى")); // إلى normalized: ال + one letter
    assertFalse(ArabicNames.hasArticle("وزير"));
  }
}
