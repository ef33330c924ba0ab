package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateExtractorTest {

  private static List<String> keys(String text, int n) {
    return new CandidateExtractor(n).extract(Texts.parse(text)).stream().map(Candidate::key).toList();
  }

  @Test
  void allRunsUpToMaxNgramInFirstOccurrenceOrder() {
    assertEquals(
        List.of("red", "red fox", "red fox runs", "fox", "fox runs", "runs"),
        keys("Red fox runs", 3));
    assertEquals(List.of("red", "red fox", "fox", "fox runs", "runs"), keys("Red fox runs", 2));
  }

  @Test
  void stopwordsNeverAtTheEdgesButAllowedInside() {
    List<String> k = keys("The Ministry of Defence", 3);
    assertEquals(List.of("ministry", "ministry of defence", "defence"), k);
    for (String key : k) {
      assertFalse(key.startsWith("the ") || key.endsWith(" of") || key.equals("of"), key);
    }
  }

  @Test
  void neverCrossesPunctuationOrSentenceEnd() {
    List<String> k = keys("Oil prices, gas prices. Markets fell", 3);
    assertFalse(k.contains("prices gas"));
    assertFalse(k.contains("prices markets"));
    assertTrue(k.contains("oil prices"));
    assertTrue(k.contains("gas prices"));
  }

  @Test
  void numbersOnlyInside() {
    List<String> k = keys("Windows 10 update in 2024", 3);
    assertTrue(k.contains("windows 10 update"));
    assertFalse(k.contains("10"));
    assertFalse(k.contains("windows 10"));
    assertFalse(k.contains("2024"));
  }

  @Test
  void singleLettersNeverAtTheEdges() {
    assertEquals(List.of("space", "space x dragon", "dragon"), keys("Space X Dragon", 3));
  }

  @Test
  void intraWordHyphenKeepsThePhrase() {
    List<Candidate> c = new CandidateExtractor(3).extract(Texts.parse("Real-time systems"));
    Candidate phrase = c.stream().filter(x -> x.key().equals("real time systems")).findFirst().get();
    assertEquals("Real-time systems", phrase.surface());
  }

  @Test
  void wrappedLineStartingLowerCaseContinuesTheSentence() {
    assertTrue(keys("independent\n\tmoney managers", 3).contains("independent money managers"));
    assertFalse(keys("Title here\nNew sentence", 3).contains("here new"));
  }

  @Test
  void surfaceIsTheMostFrequentFormTiesToFirstSeen() {
    List<Candidate> c =
        new CandidateExtractor(1).extract(Texts.parse("Moscow talks. MOSCOW again. Moscow now."));
    Candidate moscow = c.stream().filter(x -> x.key().equals("moscow")).findFirst().get();
    assertEquals(3, moscow.count());
    assertEquals("Moscow", moscow.surface());
    Candidate tie =
        new CandidateExtractor(1)
            .extract(Texts.parse("NATO met. Nato met."))
            .stream()
            .filter(x -> x.key().equals("nato"))
            .findFirst()
            .get();
    assertEquals("NATO", tie.surface());
  }
}
