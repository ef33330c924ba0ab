package dev.kalima.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceLengthsTest {

  @Test
  void statisticsOfOddCount() {
    SentenceLengths l = SentenceLengths.of(Map.of(2, 1L, 4, 1L, 9, 1L)); // 2 4 9
    assertEquals(3, l.sentences());
    assertEquals(15, l.words());
    assertEquals(5.0, l.mean());
    assertEquals(4.0, l.median());
    assertEquals(2, l.min());
    assertEquals(9, l.max());
    // deviations -3, -1, 4: squares 9 + 1 + 16 = 26, / 3
    assertEquals(Math.sqrt(26.0 / 3), l.stdev(), 1e-12);
  }

  @Test
  void medianOfEvenCountIsMeanOfMiddleTwo() {
    SentenceLengths l = SentenceLengths.of(Map.of(3, 2L, 6, 1L, 10, 1L)); // 3 3 6 10
    assertEquals(4.5, l.median());
  }

  @Test
  void emptyHasNoFigures() {
    assertNull(SentenceLengths.EMPTY.mean());
    assertNull(SentenceLengths.EMPTY.median());
    assertNull(SentenceLengths.EMPTY.min());
    assertNull(SentenceLengths.EMPTY.stdev());
  }

  @Test
  void mergeAddsCounts() {
    SentenceLengths a = SentenceLengths.of(Map.of(3, 1L));
    SentenceLengths b = SentenceLengths.of(Map.of(3, 2L, 5, 1L));
    assertEquals(SentenceLengths.of(Map.of(3, 3L, 5, 1L)), a.merge(b));
    assertEquals(a, a.merge(SentenceLengths.EMPTY));
  }
}
