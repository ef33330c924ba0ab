package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EdgeCountsTest {

  @Test
  void countsLikeAMapOfCountsThroughGrowth() {
    EdgeCounts counts = new EdgeCounts(1); // grows many times below
    Map<Long, Integer> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      long key = random.nextInt(700) * 1_000L + random.nextInt(3); // 0 included
      int after = expected.merge(key, 1, Integer::sum);
      assertEquals(after, counts.increment(key));
    }
    for (Map.Entry<Long, Integer> e : expected.entrySet()) {
      assertEquals(e.getValue(), counts.get(e.getKey()));
    }
    assertEquals(0, counts.get(999_999_999L));
  }

  @Test
  void keyZeroIsAKeyLikeAnyOther() {
    EdgeCounts counts = new EdgeCounts(4);
    assertEquals(0, counts.get(0));
    assertEquals(1, counts.increment(0));
    assertEquals(2, counts.increment(0));
    assertEquals(2, counts.get(0));
  }
}
