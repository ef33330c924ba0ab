package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

  private static Scored s(String key, String stems, double score) {
    Candidate c = new Candidate(key, stems, key.split(" ").length);
    c.add(0, key);
    return new Scored(c, score);
  }

  private static List<String> keys(List<Scored> l) {
    return l.stream().map(x -> x.candidate().key()).toList();
  }

  @Test
  void sameStemsKeepTheBetterOne() {
    List<Scored> ranked = List.of(s("sanctions", "sanction", 5), s("sanction", "sanction", 4));
    assertEquals(List.of("sanctions"), keys(new Deduplicator(1).apply(ranked, 10)));
  }

  @Test
  void containedPhraseWithCloseScoreIsDropped() {
    List<Scored> ranked =
        List.of(s("khalifa haftar", "khalifa haftar", 10), s("haftar", "haftar", 9), s("moscow", "moscow", 2));
    assertEquals(List.of("khalifa haftar", "moscow"), keys(new Deduplicator(0.8).apply(ranked, 10)));
    // far apart in score: both stay
    assertEquals(
        List.of("khalifa haftar", "haftar", "moscow"), keys(new Deduplicator(0.95).apply(ranked, 10)));
  }

  @Test
  void zeroTurnsItOff() {
    List<Scored> ranked = List.of(s("sanctions", "sanction", 5), s("sanction", "sanction", 4));
    assertEquals(2, new Deduplicator(0).apply(ranked, 10).size());
  }

  @Test
  void limitCountsKeptPhrasesOnly() {
    List<Scored> ranked =
        List.of(s("a b", "x", 5), s("a c", "x", 4), s("d", "d", 3), s("e", "e", 2));
    assertEquals(List.of("a b", "d"), keys(new Deduplicator(1).apply(ranked, 2)));
  }

  @Test
  void containmentIsWordWise() {
    assertTrue(Deduplicator.containsWords("khalifa haftar", "haftar"));
    assertFalse(Deduplicator.containsWords("khalifa haftari", "haftar"));
    assertFalse(Deduplicator.containsWords("oil", "oil price"));
  }
}
