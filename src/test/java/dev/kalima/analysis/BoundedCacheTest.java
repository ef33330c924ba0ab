package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

  @Test
  void computesOnceAndReturnsTheCachedValue() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(10);
    List<String> computed = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      assertEquals(5, cache.get("hello", k -> {
        computed.add(k);
        return k.length();
      }));
    }
    assertEquals(List.of("hello"), computed);
  }

  @Test
  void anEntryUsedSinceTheLastTurnSurvivesTheNextOne() {
    BoundedCache<Integer, Integer> cache = new BoundedCache<>(2);
    cache.put(1, 1);
    cache.put(2, 2);
    cache.put(3, 3); // young {1, 2} is full: it becomes the old generation, young {3}
    assertEquals(1, cache.get(1)); // found in the old generation, moved to young {3, 1}
    cache.put(4, 4); // young {3, 1} is full: old {3, 1}, young {4}; {2} is dropped
    assertNull(cache.get(2));
    assertEquals(1, cache.get(1));
    assertEquals(3, cache.get(3));
    assertEquals(4, cache.get(4));
  }

  @Test
  void neverHoldsMoreThanTwoGenerations() {
    BoundedCache<Integer, Integer> cache = new BoundedCache<>(3);
    for (int i = 0; i < 20; i++) {
      cache.put(i, i);
    }
    int held = 0;
    for (int i = 0; i < 20; i++) {
      if (cache.get(i) != null) {
        held++;
      }
    }
    assertEquals(true, held <= 6, "held " + held);
    assertEquals(19, cache.get(19));
  }

  @Test
  void refusesAnEmptyGeneration() {
    assertThrows(IllegalArgumentException.class, () -> new BoundedCache<Integer, Integer>(0));
  }
}
