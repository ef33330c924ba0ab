package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class KeyCountsTest {

  @Test
  void keysWithTheSameHashStayApart() {
    assertEquals("Aa".hashCode(), "BB".hashCode());
    KeyCounts t = new KeyCounts(0);
    t.add("Aa", 2, 1);
    t.add("BB", 5, 1);
    t.add("Aa", 1, 1);
    t.add("", 7, 1);
    assertEquals(3, t.size());
    assertEquals(3, t.occurrences("Aa"));
    assertEquals(2, t.documents("Aa"));
    assertEquals(5, t.occurrences("BB"));
    assertEquals(1, t.documents("BB"));
    assertEquals(7, t.occurrences(""));
    assertEquals(0, t.occurrences("A"));
    assertEquals(0, t.documents("Aaa"));
  }

  @Test
  void aCopyChangesApart() {
    KeyCounts t = new KeyCounts(4);
    t.add("نفط", 1, 1);
    KeyCounts c = t.copy();
    c.add("نفط", 1, 1);
    c.add("oil", 1, 1);
    assertEquals(1, t.occurrences("نفط"));
    assertEquals(0, t.occurrences("oil"));
    assertEquals(2, c.occurrences("نفط"));
    assertFalse(t.sameCounts(c));
    KeyCounts empty = new KeyCounts(0).copy();
    empty.add("x", 1, 1);
    assertEquals(1, empty.occurrences("x"));
  }

  /** Whatever keys are added, in any number (growing the table), it holds the sums a map would. */
  @Property(tries = 100)
  void holdsTheSumsAMapHolds(
      @ForAll @Size(max = 3000) List<@StringLength(max = 4) String> keys,
      @ForAll @IntRange(min = 1, max = 9) int n) {
    KeyCounts t = new KeyCounts(0);
    KeyCounts halves = new KeyCounts(0);
    KeyCounts second = new KeyCounts(0);
    Map<String, long[]> expected = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      t.add(k, n, 1);
      (i % 2 == 0 ? halves : second).add(k, n, 1);
      long[] v = expected.computeIfAbsent(k, x -> new long[2]);
      v[0] += n;
      v[1] += 1;
    }
    halves.addAll(second);
    assertEquals(expected.size(), t.size());
    for (Map.Entry<String, long[]> e : expected.entrySet()) {
      assertEquals(e.getValue()[0], t.occurrences(e.getKey()));
      assertEquals(e.getValue()[1], t.documents(e.getKey()));
    }
    assertTrue(t.sameCounts(halves));
    assertTrue(halves.sameCounts(t));
    assertEquals(t.contentHash(), halves.contentHash());
  }
}
