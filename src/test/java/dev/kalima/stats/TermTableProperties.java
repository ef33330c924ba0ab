package dev.kalima.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TermTableProperties {

  @Provide
  Arbitrary<Map<String, Long>> maps() {
    Arbitrary<String> key = Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(5);
    return Arbitraries.maps(key, Arbitraries.longs().between(1, 3)).ofMaxSize(300);
  }

  /** A table equals the map it was made from, both ways, with the same hash code and lookups. */
  @Property(tries = 200)
  void equalsTheMap(@ForAll("maps") Map<String, Long> map) {
    TermTable table = TermTable.of(new HashMap<>(map));
    assertEquals(map, table);
    assertEquals(table, map);
    assertEquals(map.hashCode(), table.hashCode());
    assertEquals(map.size(), table.size());
    for (Map.Entry<String, Long> e : map.entrySet()) {
      assertEquals(e.getValue(), table.get(e.getKey()));
    }
    assertNull(table.get("zz"));
    assertFalse(table.containsKey(7));
  }

  /** hapax is the number of keys counted once; types the number of keys. */
  @Property(tries = 200)
  void hapaxCountsTheOnes(@ForAll("maps") Map<String, Long> map) {
    TermTable table = TermTable.of(map);
    assertEquals(map.values().stream().filter(c -> c == 1).count(), table.hapax());
  }

  @Property(tries = 20)
  void isImmutable(@ForAll("maps") Map<String, Long> map) {
    TermTable table = TermTable.of(map);
    assertThrows(UnsupportedOperationException.class, () -> table.put("a", 1L));
    if (!table.isEmpty()) {
      assertThrows(UnsupportedOperationException.class, table::clear);
      assertThrows(UnsupportedOperationException.class, () -> table.keySet().iterator().remove());
    }
  }
}
