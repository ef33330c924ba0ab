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
        BigDecimal value = decimal(column, cell);
        yield value == null ? null : value.toPlainString();
      }
    };
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
