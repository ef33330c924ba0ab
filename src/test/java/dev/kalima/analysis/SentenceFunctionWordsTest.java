package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceFunctionWordsTest {

  @Test
  void snowballListsAndKalimasSupplementsTogether() {
    Set<String> fr = SentenceFunctionWords.forLanguage("fr");
    assertTrue(fr.contains("il"), "Snowball's list"); // il: Snowball
    assertTrue(fr.contains("est"), "the supplement (être)");
    Set<String> ru = SentenceFunctionWords.forLanguage("ru");
    assertTrue(ru.contains("он"));
    assertTrue(ru.contains("который"), "the supplement (relative pronoun)");
    assertFalse(ru.contains("библиотека"));
  }

  @Test
  void noListNoFunctionWords() {
    assertTrue(SentenceFunctionWords.forLanguage("ar").isEmpty());
    assertTrue(SentenceFunctionWords.forLanguage("und").isEmpty());
  }
}
