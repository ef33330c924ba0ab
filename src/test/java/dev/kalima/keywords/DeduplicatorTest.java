package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
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

  private static Scored at(String key, double score, boolean tagged, int... starts) {
    Candidate c = new Candidate(key, key, key.split(" ").length, tagged);
    for (int st : starts) {
      c.add(st, key);
    }
    return new Scored(c, score);
  }

  @Test
  void aPhraseNeverUsedOutsideABetterLongerOneIsHidden() {
    // "riverside" occurs only inside "riverside park" (words 0 and 10); "park" also alone at 20
    List<Scored> ranked =
        List.of(
            at("riverside park", 9, true, 0, 10),
            at("riverside", 5, true, 0, 10),
            at("park", 4, true, 1, 11, 20),
            at("swans", 3, true, 30));
    assertEquals(
        List.of("riverside park", "park", "swans"), keys(new Deduplicator(1).apply(ranked, 3)));
    // with room left, the hidden phrase comes back after the others
    assertEquals(
        List.of("riverside park", "park", "swans", "riverside"),
        keys(new Deduplicator(1).apply(ranked, 10)));
  }

  @Test
  void withoutTagsOnlyARepeatedPhraseHidesItsParts() {
    List<Scored> ranked =
        List.of(at("disse ministro", 9, false, 0), at("ministro", 5, false, 1), at("lisboa", 4, false, 7));
    assertEquals(
        List.of("disse ministro", "ministro"), keys(new Deduplicator(1).apply(ranked, 2)));
    ranked =
        List.of(at("saude publica", 9, false, 0, 8), at("saude", 5, false, 0, 8), at("lisboa", 4, false, 20));
    assertEquals(List.of("saude publica", "lisboa"), keys(new Deduplicator(1).apply(ranked, 2)));
  }

  @Test
  void nestedNeedsEveryOccurrenceInside() {
    Candidate whole = new Candidate("oil prices", "oil price", 2, true);
    whole.add(3, "oil prices");
    whole.add(40, "oil prices");
    Candidate inside = new Candidate("prices", "price", 1, true);
    inside.add(4, "prices");
    inside.add(41, "prices");
    assertTrue(Deduplicator.nested(inside, whole));
    inside.add(60, "prices");
    assertFalse(Deduplicator.nested(inside, whole));
  }
  /**
   * "Fans of Baltimore Orioles legend Brooks Robinson wish him well. ... Brooks Robinson is in
   * hospital.": words 2-6 are "Baltimore Orioles legend Brooks Robinson", words 12-13 "Brooks
   * Robinson". With at most three words per candidate, "legend Brooks Robinson" (4-6) and
   * "Orioles legend Brooks" (3-5) are other cuts of the words of the better "Baltimore Orioles
   * legend" (2-4): each shares "legend" with it without containing it, at its only occurrence.
   */
  @Test
  void aPhraseAlwaysOverlappingABetterOneIsHidden() {
    List<Scored> ranked =
        List.of(
            at("baltimore orioles legend", 9, true, 2),
            at("legend brooks robinson", 8, true, 4),
            at("orioles legend brooks", 7, true, 3),
            at("brooks robinson", 6, true, 5, 12),
            at("fans", 5, true, 0));
    assertEquals(
        List.of("baltimore orioles legend", "brooks robinson", "fans"),
        keys(new Deduplicator(1).apply(ranked, 3)));
    // with room left, they come back after the others, best first
    assertEquals(
        List.of(
            "baltimore orioles legend",
            "brooks robinson",
            "fans",
            "legend brooks robinson",
            "orioles legend brooks"),
        keys(new Deduplicator(1).apply(ranked, 10)));
  }

  @Test
  void overlapNeedsEveryOccurrenceAndAUnit() {
    Candidate better = new Candidate("orioles legend", "orioles legend", 2, true);
    better.add(3, "Orioles legend");
    Candidate rival = new Candidate("legend brooks", "legend brooks", 2, true);
    rival.add(4, "legend Brooks");
    assertTrue(Deduplicator.overlapped(rival, better));
    rival.add(30, "legend Brooks"); // once used apart from the better phrase: a term of its own
    assertFalse(Deduplicator.overlapped(rival, better));
    // a phrase containing the better one is not a rival cut of it ("Baltimore Orioles legend")
    Candidate longer = new Candidate("baltimore orioles legend", "baltimore orioles legend", 3, true);
    longer.add(2, "Baltimore Orioles legend");
    assertFalse(Deduplicator.overlapped(longer, better));
    // a single word never overlaps without being contained (that is the nested rule)
    Candidate word = new Candidate("legend", "legend", 1, true);
    word.add(4, "legend");
    assertFalse(Deduplicator.overlapped(word, better));
    // without tags, an n-gram seen once is no unit: it hides nothing
    Candidate chance = new Candidate("disse ministro", "disse ministro", 2, false);
    chance.add(10, "disse ministro");
    Candidate other = new Candidate("ministro costa", "ministro costa", 2, false);
    other.add(11, "ministro Costa");
    assertFalse(Deduplicator.overlapped(other, chance));
    chance.add(40, "disse ministro");
    assertTrue(Deduplicator.overlapped(other, chance));
  }

  /**
   * The one-pass {@link Deduplicator#overlapped} answers as the definition read pairwise: every
   * occurrence of the part shares a word with an occurrence of the other that it does not lie
   * inside.
   */
  @Property(tries = 300)
  void overlapAnswersAsThePairwiseDefinition(
      @ForAll @Size(max = 12) List<@IntRange(max = 60) Integer> partStarts,
      @ForAll @Size(max = 12) List<@IntRange(max = 60) Integer> otherStarts,
      @ForAll @IntRange(min = 1, max = 3) int partLength,
      @ForAll @IntRange(min = 1, max = 3) int otherLength) {
    Candidate part = new Candidate("p", "p", partLength, true);
    for (int s : new TreeSet<>(partStarts)) {
      part.add(s, "p");
    }
    Candidate other = new Candidate("o", "o", otherLength, true);
    for (int t : new TreeSet<>(otherStarts)) {
      other.add(t, "o");
    }
    boolean expected = partLength >= 2;
    for (int i = 0; i < part.count() && expected; i++) {
      int s = part.start(i);
      boolean overlaps = false;
      for (int j = 0; j < other.count(); j++) {
        int t = other.start(j);
        int end = t + otherLength;
        overlaps |= t < s + partLength && s < end && (t < s || end > s + partLength);
      }
      expected = overlaps;
    }
    assertEquals(expected, Deduplicator.overlapped(part, other));
  }
}
