package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NormalizationOptionsTest {

  private static List<NormalizationOptions> all() {
    List<NormalizationOptions> all = new ArrayList<>();
    for (int bits = 0; bits < 8; bits++) {
      all.add(new NormalizationOptions((bits & 4) != 0, (bits & 2) != 0, (bits & 1) != 0));
    }
    return all;
  }

  @Test
  void equalExactlyWhenEveryComponentIsEqual() {
    for (NormalizationOptions a : all()) {
      for (NormalizationOptions b : all()) {
        boolean same =
            a.normalize() == b.normalize()
                && a.unifyYa() == b.unifyYa()
                && a.unifyTaMarbuta() == b.unifyTaMarbuta();
        if (same) {
          assertEquals(a, b);
          assertEquals(a.hashCode(), b.hashCode());
        } else {
          assertNotEquals(a, b);
        }
      }
    }
  }

  @Test
  void copiesAreEqualAndHashAlike() {
    for (NormalizationOptions a : all()) {
      NormalizationOptions copy = new NormalizationOptions(a.normalize(), a.unifyYa(), a.unifyTaMarbuta());
      assertEquals(a, copy);
      assertEquals(a.hashCode(), copy.hashCode());
    }
    assertEquals(NormalizationOptions.DEFAULT, new NormalizationOptions(true, false, false));
    assertNotEquals(NormalizationOptions.DEFAULT, NormalizationOptions.NONE);
    assertNotEquals(NormalizationOptions.DEFAULT, "DEFAULT");
    assertNotEquals(NormalizationOptions.DEFAULT, null);
  }

  @Test
  void theEightOptionSetsHashApart() {
    Set<Integer> hashes = new HashSet<>();
    for (NormalizationOptions a : all()) {
      hashes.add(a.hashCode());
    }
    assertEquals(8, hashes.size());
  }
}
