package dev.kalima.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurfaceCountsTest {

  @Test
  void countsCharRangesInFirstSeenOrder() {
    SurfaceCounts counts = new SurfaceCounts();
    String text = "cat dog cat Cat";
    counts.add(text, 0, 3);
    counts.add(text, 4, 7);
    counts.add(text, 8, 11);
    counts.add(text, 12, 15);
    assertEquals(List.of("cat=2", "dog=1", "Cat=1"), entries(counts));
    assertEquals(4, counts.words());
  }

  @Test
  void rangesOfDifferentTextsWithTheSameCharsAreOneForm() {
    SurfaceCounts counts = new SurfaceCounts();
    counts.add("xxكتابyy", 2, 6);
    counts.add("كتاب", 0, 4);
    assertEquals(List.of("كتاب=2"), entries(counts));
  }

  @Test
  void growsAndMergesLikeAnOrderedMap() {
    SurfaceCounts a = new SurfaceCounts();
    SurfaceCounts b = new SurfaceCounts();
    Map<String, Long> expected = new LinkedHashMap<>();
    for (int i = 0; i < 5000; i++) {
      // many forms, with colliding String hashes ("Aa" and "BB" hash alike)
      String w = (i % 2 == 0 ? "Aa" : "BB") + (i % 1700);
      SurfaceCounts into = i < 2500 ? a : b;
      into.add("<" + w + ">", 1, w.length() + 1);
      expected.merge(w, 1L, Long::sum);
    }
    a.merge(b);
    List<String> want = new ArrayList<>();
    expected.forEach((k, v) -> want.add(k + "=" + v));
    assertEquals(want, entries(a));
    assertEquals(5000, a.words());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.form(i).hashCode(), a.hash(i));
    }
  }

  @Test
  void charArrayRangesCountLikeStringRanges() {
    SurfaceCounts fromString = new SurfaceCounts();
    SurfaceCounts fromChars = new SurfaceCounts();
    Map<String, Long> expected = new LinkedHashMap<>();
    for (int i = 0; i < 3000; i++) {
      // long and short forms, Latin and Arabic, with colliding hashes; the arena grows
      String w = (i % 3 == 0 ? "Aa" : i % 3 == 1 ? "BB" : "كتاب") + (i % 997) + "x".repeat(i % 40);
      String text = "« " + w + " »";
      fromString.add(text, 2, 2 + w.length());
      fromChars.add(text.toCharArray(), 2, 2 + w.length());
      expected.merge(w, 1L, Long::sum);
    }
    List<String> want = new ArrayList<>();
    expected.forEach((k, v) -> want.add(k + "=" + v));
    assertEquals(want, entries(fromString));
    assertEquals(want, entries(fromChars));
    assertEquals(3000, fromChars.words());
    for (int i = 0; i < fromChars.size(); i++) {
      assertEquals(fromChars.form(i).hashCode(), fromChars.hash(i));
      assertEquals(fromChars.form(i),
          new String(fromChars.chars(), fromChars.start(i), fromChars.length(i)));
    }
  }

  private static List<String> entries(SurfaceCounts counts) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      out.add(counts.form(i) + "=" + counts.count(i));
    }
    return out;
  }
}
