package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartOfSpeechTaggerTest {

  @Test
  void noModelForArabic() {
    assertTrue(PartOfSpeechTagger.forLanguage("ar").isEmpty());
  }

  @Test
  void tagsAnEnglishSentenceWithUniversalTags() {
    String[] tags =
        PartOfSpeechTagger.forLanguage("en").orElseThrow().tag(List.of("The", "cat", "sleeps"));
    assertArrayEquals(new String[] {"DET", "NOUN", "VERB"}, tags);
  }

  @Test
  void tagsAFrenchNounAndAdjective() {
    String[] tags =
        PartOfSpeechTagger.forLanguage("fr")
            .orElseThrow()
            .tag(List.of("La", "politique", "étrangère", "change"));
    assertEquals("NOUN", tags[1]);
    assertEquals("ADJ", tags[2]);
  }

  @Test
  void emptySentenceHasNoTags() {
    assertEquals(0, PartOfSpeechTagger.forLanguage("en").orElseThrow().tag(List.of()).length);
  }
}
