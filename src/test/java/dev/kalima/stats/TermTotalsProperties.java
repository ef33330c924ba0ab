package dev.kalima.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TermTotalsProperties {

  @Provide
  Arbitrary<List<Map<String, Long>>> maps() {
    Arbitrary<String> key = Arbitraries.strings().withCharRange('a', 'f').ofMinLength(1).ofMaxLength(6);
    return Arbitraries.maps(key, Arbitraries.longs().between(1, 1000)).ofMaxSize(400).list().ofMaxSize(6);
  }

  /** The sums equal HashMap merges, across growth of the table (thousands of keys). */
  @Property(tries = 100)
  void sumsEqualMapMerges(@ForAll("maps") List<Map<String, Long>> maps) {
    TermTotals totals = new TermTotals();
    Map<String, Long> expected = new HashMap<>();
    for (Map<String, Long> m : maps) {
      totals.addAll(m);
      m.forEach((k, v) -> expected.merge(k, v, Long::sum));
    }
    assertEquals(expected, totals.toTable());
    assertEquals(expected.size(), totals.size());
  }
}
