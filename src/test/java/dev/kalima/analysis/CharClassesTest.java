package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CharClassesTest {

  @ParameterizedTest
  @EnumSource(CharClasses.Table.class)
  void theBuildStoresEveryTableAsIcuComputesIt(CharClasses.Table table) {
    byte[] stored = CharClasses.stored(table);
    assertNotNull(stored, table.resourceName() + " was not written by the build");
    assertArrayEquals(table.compute(), stored, table.resourceName());
  }

  @ParameterizedTest
  @EnumSource(CharClasses.Table.class)
  void theTableInUseIsTheComputedOne(CharClasses.Table table) {
    assertArrayEquals(table.compute(), CharClasses.table(table));
  }
}
