package dev.kalima.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kalima.output.model.Column;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The fast fixed-point path of {@link CellFormat} against the formatting it replaces: {@code
 * BigDecimal.valueOf(d).setScale(scale, HALF_EVEN).toPlainString()}, with NaN and infinities
 * absent.
 */
class CellFormatFixedProperties {

  /** The old formatting, written out from its definition; {@code null} for an absent value. */
  private static String expected(double d, int scale) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return null;
    }
    return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static void check(double d, int scale) {
    Column column = Column.decimal("d", scale);
    String want = expected(d, scale);
    assertEquals(want, CellFormat.text(column, d), () -> "text " + d + " scale " + scale);
    StringBuilder appended = new StringBuilder("x");
    boolean present = CellFormat.append(column, d, appended);
    assertEquals(want != null, present, () -> "present " + d);
    assertEquals(want == null ? "x" : "x" + want, appended.toString(), () -> "append " + d);
    StringBuilder fast = new StringBuilder();
    if (CellFormat.appendFixed(d, scale, fast)) {
      assertEquals(want, fast.toString(), () -> "fast " + d + " scale " + scale);
    } else {
      assertEquals("", fast.toString());
    }
    // Float cells go through their double value, as before.
    float f = (float) d;
    assertEquals(expected(f, scale), CellFormat.text(column, f), () -> "float " + f);
  }

  @Property(tries = 3000)
  void anyDouble(@ForAll double d, @ForAll @IntRange(min = 0, max = 12) int scale) {
    check(d, scale);
  }

  @Property(tries = 3000)
  void everyDoubleRange(
      @ForAll("spread") double d, @ForAll @IntRange(min = 0, max = 12) int scale) {
    check(d, scale);
  }

  /** Decimals with a 5 one place past the scale (x.xx5), the halfway points of half-even. */
  @Property(tries = 5000)
  void halfwayDecimals(
      @ForAll("digits") long whole, @ForAll @IntRange(min = 0, max = 10) int scale,
      @ForAll boolean negative) {
    String text = (negative ? "-" : "") + halfway(whole, scale);
    check(Double.parseDouble(text), scale);
  }

  /** Values a step or two of the double grid around halfway points and around round numbers. */
  @Property(tries = 5000)
  void neighboursOfHalfwayPoints(
      @ForAll("digits") long whole, @ForAll @IntRange(min = 0, max = 10) int scale,
      @ForAll @IntRange(min = -3, max = 3) int steps, @ForAll boolean negative) {
    double d = Double.parseDouble(halfway(whole, scale));
    for (int i = 0; i < Math.abs(steps); i++) {
      d = steps < 0 ? Math.nextDown(d) : Math.nextUp(d);
    }
    check(negative ? -d : d, scale);
    check(negative ? -(double) whole : whole, scale);
    check(Math.nextUp((double) whole / 100), scale);
  }

  @Property(tries = 2000)
  void nearTheFastPathLimit(
      @ForAll @IntRange(min = 0, max = 9) int scale, @ForAll("around") double factor) {
    check(1e9 / Math.pow(10, scale) * factor, scale);
    check(-1e9 / Math.pow(10, scale) * factor, scale);
  }

  @Property
  void specialValues(@ForAll @IntRange(min = 0, max = 12) int scale) {
    for (double d :
        new double[] {
          0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
          Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
          0.5, -0.5, 1.5, 2.5, 0.005, 0.015, 0.025, -0.005, 2.675, 1.005, 999999999.5,
          Long.MAX_VALUE, Long.MIN_VALUE
        }) {
      check(d, scale);
    }
  }

  /** "whole" as digits with a '.' placed so that the last digit is a 5 at position scale + 1. */
  private static String halfway(long whole, int scale) {
    String digits = Long.toString(whole) + "5";
    int point = digits.length() - scale - 1;
    if (point <= 0) {
      return "0." + "0".repeat(-point) + digits;
    }
    return digits.substring(0, point) + "." + digits.substring(point);
  }

  @Provide
  Arbitrary<Long> digits() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 1000),
        Arbitraries.longs().between(0, 10_000_000_000L),
        Arbitraries.longs().between(0, Long.MAX_VALUE / 10));
  }

  @Provide
  Arbitrary<Double> spread() {
    Arbitrary<Double> mantissa = Arbitraries.doubles().between(-10, 10).ofScale(12);
    Arbitrary<Integer> exponent = Arbitraries.integers().between(-15, 15);
    return Combinators.combine(mantissa, exponent).as((m, e) -> m * Math.pow(10, e));
  }

  @Provide
  Arbitrary<Double> around() {
    return Arbitraries.doubles().between(0.999, 1.001).ofScale(9);
  }
}
