package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TitleCaseTest {

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    for (String s : text.split(" ")) {
      String key = s.toLowerCase(Locale.ROOT);
      out.add(new Word(s, key, key, false, false, out.isEmpty(), 0, out.isEmpty(), " ", null));
    }
    return out;
  }

  @Test
  void aLineWithEveryWordCapitalizedIsTitleCase() {
    assertTrue(TitleCase.titleCase(words("Panel Delays Action On Food Dyes")));
    assertTrue(TitleCase.titleCase(words("Judge Orders 3 New Trials"))); // numbers do not count
    assertFalse(TitleCase.titleCase(words("Fitch says Portugal needs bailout")));
    assertFalse(TitleCase.titleCase(words("Barack Obama"))); // one word after the first
  }

  @Test
  void titleCaseWordsSeenInLowerCaseAreGivenToTheTaggerInLowerCase() {
    List<Word> line = words("Panel Delays Action On Food Dyes");
    Set<String> lower = TitleCase.lowerCaseKeys(words("the panel said food dyes are safe"));
    assertEquals(
        List.of("panel", "Delays", "Action", "On", "food", "dyes"),
        TitleCase.taggerInput(line, lower));
  }

  @Test
  void sentenceCaseLinesAreGivenAsWritten() {
    List<Word> line = words("Panel says Food is safe");
    Set<String> lower = TitleCase.lowerCaseKeys(words("the panel said food is safe"));
    assertEquals(List.of("Panel", "says", "Food", "is", "safe"), TitleCase.taggerInput(line, lower));
  }

  @Test
  void lowerCaseKeysAreTheKeysOfWordsWrittenWithALowerCaseFirstLetter() {
    assertEquals(Set.of("panel", "said"), TitleCase.lowerCaseKeys(words("Panel panel said NATO")));
  }
}
