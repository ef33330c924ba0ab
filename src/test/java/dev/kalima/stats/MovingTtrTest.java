package dev.kalima.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MovingTtrTest {

  @Test
  void meanOfWindowRatios() {
    // windows of 3: [a b a] 2 distinct, [b a c] 3 distinct -> (2 + 3) / (2 * 3)
    assertEquals(5.0 / 6, MovingTtr.of(List.of("a", "b", "a", "c"), 3).value(), 1e-12);
  }

  @Test
  void streamShorterThanWindowIsPlainTtr() {
    assertEquals(2.0 / 3, MovingTtr.of(List.of("a", "b", "a"), 50).value(), 1e-12);
  }

  @Test
  void emptyStreamHasNoValue() {
    assertNull(MovingTtr.empty(50).value());
  }

  @Provide
  Arbitrary<List<String>> streams() {
    return Arbitraries.of("a", "b", "c", "d", "e").list().ofMaxSize(40);
  }

  @Property
  void mergeOfPartsEqualsTheConcatenation(
      @ForAll("streams") List<String> x,
      @ForAll("streams") List<String> y,
      @ForAll("streams") List<String> z,
      @ForAll @IntRange(min = 1, max = 12) int window) {
    List<String> all = new ArrayList<>(x);
    all.addAll(y);
    all.addAll(z);
    MovingTtr merged =
        MovingTtr.of(x, window).merge(MovingTtr.of(y, window)).merge(MovingTtr.of(z, window));
    assertEquals(MovingTtr.of(all, window), merged);
  }

  @Property
  void mergeIsAssociativeWithEmptyNeutral(
      @ForAll("streams") List<String> x,
      @ForAll("streams") List<String> y,
      @ForAll("streams") List<String> z,
      @ForAll @IntRange(min = 1, max = 12) int window) {
    MovingTtr a = MovingTtr.of(x, window);
    MovingTtr b = MovingTtr.of(y, window);
    MovingTtr c = MovingTtr.of(z, window);
    assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
    assertEquals(a, a.merge(MovingTtr.empty(window)));
    assertEquals(a, MovingTtr.empty(window).merge(a));
  }

  @Property
  void builderEqualsTheValueOfTheWholeStream(
      @ForAll("streams") List<String> x, @ForAll @IntRange(min = 1, max = 12) int window) {
    MovingTtr.Builder b = new MovingTtr.Builder(window);
    for (String token : x) {
      b.add(token);
    }
    assertEquals(MovingTtr.of(x, window), b.build());
  }

  @Test
  void aWindowLargerThanAnyTextCostsOnlyTheText() {
    MovingTtr.Builder b = new MovingTtr.Builder(Integer.MAX_VALUE);
    List<String> stream = new ArrayList<>();
    for (int i = 0; i < 200; i++) { // past the ring's first size (64)
      stream.add("t" + i % 150);
    }
    stream.forEach(b::add);
    MovingTtr built = b.build();
    assertEquals(150.0 / 200, built.value(), 1e-12); // no full window: the plain TTR
    assertEquals(MovingTtr.of(stream, Integer.MAX_VALUE), built);
  }

  @Property
  void builderGrowingPastItsFirstRingEqualsTheWholeStream(
      @ForAll("longStreams") List<String> x, @ForAll @IntRange(min = 60, max = 140) int window) {
    MovingTtr.Builder b = new MovingTtr.Builder(window);
    x.forEach(b::add);
    assertEquals(MovingTtr.of(x, window), b.build());
  }

  @Provide
  Arbitrary<List<String>> longStreams() {
    return Arbitraries.of("a", "b", "c", "d", "e", "f", "g").list().ofMaxSize(300);
  }

  @Test
  void builderCountsEveryFullWindow() {
    // windows of 3 over a b a c: {a,b,a} has 2 distinct, {b,a,c} has 3 -> (2 + 3) / (2 * 3)
    MovingTtr.Builder b = new MovingTtr.Builder(3);
    for (String token : List.of("a", "b", "a", "c")) {
      b.add(token);
    }
    assertEquals(5.0 / 6, b.build().value(), 1e-12);
  }
}
