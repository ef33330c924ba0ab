package dev.kalima.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kalima.output.model.Column;
import org.junit.jupiter.api.Test;

class CellFormatTest {

  private static final Column D2 = Column.decimal("d", 2);
  private static final Column D0 = Column.decimal("d", 0);
  private static final Column N = Column.integer("n");
  private static final Column T = Column.text("t");

  @Test
  void decimalsUseTheColumnScale() {
    assertEquals("12.35", CellFormat.text(D2, 12.345678));
    assertEquals("3.00", CellFormat.text(D2, 3.0));
    assertEquals("4", CellFormat.text(D0, 3.5)); // half-even: 3.5 -> 4
    assertEquals("2", CellFormat.text(D0, 2.5)); // half-even: 2.5 -> 2
  }

  @Test
  void roundsTheShortestDecimalNotTheBinaryValue() {
    // The double nearest 2.675 is 2.67499999...; BigDecimal.valueOf sees "2.675".
    assertEquals("2.68", CellFormat.text(D2, 2.675));
    assertEquals("0.12", CellFormat.text(D2, 0.125));
  }

  @Test
  void negativeZeroHasNoSign() {
    assertEquals("0.00", CellFormat.text(D2, -0.0));
    assertEquals("0.00", CellFormat.text(D2, -0.001));
    assertEquals("-0.01", CellFormat.text(D2, -0.006));
  }

  @Test
  void noExponentsAndNoGrouping() {
    // The shortest decimal that identifies the double, written out in full.
    assertEquals("12345678901234567000", CellFormat.text(D0, 1.2345678901234567e19));
    assertEquals("0.0000001", CellFormat.text(Column.decimal("d", 7), 1e-7));
    assertEquals("-1234567", CellFormat.text(N, -1234567L));
  }

  @Test
  void nanAndInfinityAreAbsent() {
    assertNull(CellFormat.text(D2, Double.NaN));
    assertNull(CellFormat.text(D2, Double.POSITIVE_INFINITY));
    assertNull(CellFormat.decimal(D2, Double.NEGATIVE_INFINITY));
    assertNull(CellFormat.text(D2, null));
    assertNull(CellFormat.text(N, null));
    assertNull(CellFormat.text(T, null));
  }

  @Test
  void integersAcceptIntegerAndLongOnly() {
    assertEquals("42", CellFormat.text(N, 42));
    assertEquals(Long.toString(Long.MIN_VALUE), CellFormat.text(N, Long.MIN_VALUE));
    assertThrows(IllegalArgumentException.class, () -> CellFormat.text(N, 1.5));
    assertThrows(IllegalArgumentException.class, () -> CellFormat.text(N, "1"));
    assertThrows(IllegalArgumentException.class, () -> CellFormat.text(D2, "1.5"));
  }

  @Test
  void decimalsAcceptIntegralNumbersToo() {
    assertEquals("7.00", CellFormat.text(D2, 7));
    assertEquals("7.00", CellFormat.text(D2, 7L));
  }

  @Test
  void textIsKeptAsIs() {
    assertEquals(" x\ty ", CellFormat.text(T, " x\ty "));
  }

  /** Small values (rounded to zero without BigDecimal) print as the rounded decimal form does. */
  @Test
  void smallDecimalsRoundAsTheirDecimalForm() {
    java.util.Random random = new java.util.Random(7);
    for (int scale = 0; scale <= 11; scale++) {
      Column column = Column.decimal("d", scale);
      double unit = Math.pow(10, -scale);
      java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(
          0.0, -0.0, Double.MIN_VALUE, 0.4 * unit, 0.5 * unit, 0.49999 * unit, 0.5000001 * unit,
          Math.nextDown(0.4 * unit), Math.nextUp(0.5 * unit), 0.6 * unit, unit));
      for (int i = 0; i < 2000; i++) {
        values.add((random.nextDouble() - 0.5) * 2 * unit);
        values.add(random.nextDouble() * unit * Math.pow(10, -random.nextInt(8)));
      }
      for (double d : values) {
        java.math.BigDecimal expected =
            java.math.BigDecimal.valueOf(d).setScale(scale, java.math.RoundingMode.HALF_EVEN);
        assertEquals(expected, CellFormat.decimal(column, d), d + " at scale " + scale);
        assertEquals(expected.toPlainString(), CellFormat.text(column, d), d + " at " + scale);
      }
    }
  }
}
