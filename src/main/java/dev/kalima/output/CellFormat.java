package dev.kalima.output;

import dev.kalima.output.model.Column;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place where cell values become text; every renderer goes through it.
 *
 * <ul>
 *   <li>{@code null} stays {@code null} (each format decides how an absent value looks);
 *   <li>{@link Column.Kind#TEXT}: a {@link CharSequence} as is, any other object through {@code
 *       toString()};
 *   <li>{@link Column.Kind#INTEGER}: an {@link Integer}, {@link Long}, {@link Short} or {@link Byte}
 *       in plain decimal digits with a leading '-' when negative, no grouping;
 *   <li>{@link Column.Kind#DECIMAL}: any {@link Number} rounded half-even to {@link Column#scale()}
 *       digits after a '.' ({@code BigDecimal.valueOf(d).setScale(scale, HALF_EVEN)}), never in
 *       exponent notation; NaN and infinities count as {@code null}; a value that rounds to zero
 *       (including -0.0) prints without a sign.
 * </ul>
 *
 * Nothing here depends on the default locale.
 */
public final class CellFormat {

  private CellFormat() {}

  /**
   * For scale s, a bound under which a double rounds to zero at s digits: 0.4 * 10^-s, below the
   * halfway point 0.5 * 10^-s by far more than the error of the double's shortest decimal form.
   */
  private static final double[] ROUNDS_TO_ZERO = {
    0.4, 0.04, 0.004, 4e-4, 4e-5, 4e-6, 4e-7, 4e-8, 4e-9, 4e-10
  };

  /**
   * The cell as text, or {@code null} for an absent value.
   *
   * @throws IllegalArgumentException if the cell's type does not fit the column's kind
   */
  public static String text(Column column, Object cell) {
    if (cell == null) {
      return null;
    }
    return switch (column.kind()) {
      case TEXT -> cell.toString();
      case INTEGER -> Long.toString(integer(column, cell));
      case DECIMAL -> {
        if (cell instanceof Double || cell instanceof Float) {
          StringBuilder fixed = new StringBuilder(24);
          if (appendFixed(((Number) cell).doubleValue(), column.scale(), fixed)) {
            yield fixed.toString();
          }
        }
        BigDecimal value = decimal(column, cell);
        yield value == null ? null : value.toPlainString();
      }
    };
  }

  /**
   * Appends what {@link #text} gives for the cell to {@code to}, without an intermediate string
   * where it can, and returns {@code true}; appends nothing and returns {@code false} for an absent
   * value (see {@link #text}). A text cell that is a {@link String} is appended as is.
   *
   * @throws IllegalArgumentException if the cell's type does not fit the column's kind
   */
  public static boolean append(Column column, Object cell, StringBuilder to) {
    if (cell == null) {
      return false;
    }
    switch (column.kind()) {
      case TEXT -> to.append(cell.toString());
      case INTEGER -> to.append(integer(column, cell));
      case DECIMAL -> {
        if ((cell instanceof Double || cell instanceof Float)
            && appendFixed(((Number) cell).doubleValue(), column.scale(), to)) {
          return true;
        }
        BigDecimal value = decimal(column, cell);
        if (value == null) {
          return false;
        }
        to.append(value.toPlainString());
      }
      default -> throw new AssertionError(column.kind());
    }
    return true;
  }

  /** 10^s for the scales {@link #appendFixed} handles. */
  private static final long[] POW10 = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L
  };

  /** The fast path handles |d| * 10^scale below this; larger values go through BigDecimal. */
  private static final double FIXED_LIMIT = 1e9;

  /**
   * How close to a halfway point |d| * 10^scale may come before the fast path gives up. Below
   * {@link #FIXED_LIMIT} the product is off by under 1e-7 and the double's shortest decimal form
   * (which {@link #decimal} rounds) differs from the double by under 2e-7 at that scale, so outside
   * this margin both round to the same nearest integer and half-even never has to break a tie.
   */
  private static final double TIE_MARGIN = 1e-6;

  /**
   * Appends {@code d} rounded to {@code scale} digits exactly as {@code
   * decimal(...).toPlainString()} prints it and returns {@code true}, or appends nothing and
   * returns {@code false} when {@code d} is NaN, infinite, too large for the fast path ({@code
   * |d| * 10^scale >= 1e9} or {@code scale > 9}) or too close to a halfway point to round safely
   * in binary.
   *
   * <p>Steps: x = |d| * 10^scale in double arithmetic; give up as above; n = x rounded to the
   * nearest integer; a '-' if d is negative and n is not zero; then n / 10^scale, and for a positive
   * scale a '.' and n mod 10^scale padded with zeros to {@code scale} digits.
   */
  static boolean appendFixed(double d, int scale, StringBuilder to) {
    if (scale < 0 || scale >= POW10.length) {
      return false;
    }
    double x = Math.abs(d) * POW10[scale];
    if (!(x < FIXED_LIMIT)) { // NaN and infinities too
      return false;
    }
    if (Math.abs(x - Math.floor(x) - 0.5) < TIE_MARGIN) {
      return false;
    }
    long n = (long) (x + 0.5);
    if (d < 0 && n != 0) {
      to.append('-');
    }
    if (scale == 0) {
      to.append(n);
      return true;
    }
    long p = POW10[scale];
    long fraction = n % p;
    to.append(n / p).append('.');
    for (long digit = p / 10; digit > 1 && fraction < digit; digit /= 10) {
      to.append('0');
    }
    to.append(fraction);
    return true;
  }

  /**
   * The value of an {@link Column.Kind#INTEGER} cell.
   *
   * @throws IllegalArgumentException if {@code cell} is not an integral boxed number
   */
  public static long integer(Column column, Object cell) {
    if (cell instanceof Long || cell instanceof Integer || cell instanceof Short
        || cell instanceof Byte) {
      return ((Number) cell).longValue();
    }
    throw wrongType(column, cell, "an Integer or Long");
  }

  /**
   * The value of a {@link Column.Kind#DECIMAL} cell rounded to the column's scale, or {@code null}
   * for {@code null}, NaN and infinities.
   *
   * @throws IllegalArgumentException if {@code cell} is not a {@link Number}
   */
  public static BigDecimal decimal(Column column, Object cell) {
    if (cell == null) {
      return null;
    }
    BigDecimal exact;
    if (cell instanceof Double || cell instanceof Float) {
      double d = ((Number) cell).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return null;
      }
      int scale = column.scale();
      if (scale >= 0 && scale < ROUNDS_TO_ZERO.length && Math.abs(d) < ROUNDS_TO_ZERO[scale]) {
        return BigDecimal.valueOf(0, scale); // what rounding its decimal form gives, without it
      }
      exact = BigDecimal.valueOf(d);
    } else if (cell instanceof Long || cell instanceof Integer || cell instanceof Short
        || cell instanceof Byte) {
      exact = BigDecimal.valueOf(((Number) cell).longValue());
    } else if (cell instanceof BigDecimal big) {
      exact = big;
    } else {
      throw wrongType(column, cell, "a Double");
    }
    BigDecimal rounded = exact.setScale(column.scale(), RoundingMode.HALF_EVEN);
    // BigDecimal has no negative zero, so -0.0 and -0.001 (scale 2) both print as 0 / 0.00.
    return rounded;
  }

  private static IllegalArgumentException wrongType(Column column, Object cell, String expected) {
    return new IllegalArgumentException(
        "column '" + column.name() + "' (" + column.kind() + ") expects " + expected + ", got "
            + cell.getClass().getName());
  }
}
