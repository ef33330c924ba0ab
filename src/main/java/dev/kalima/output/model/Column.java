package dev.kalima.output.model;

import java.util.Objects;

/**
 * One column of a {@link Table}: a name (used as the header and as the JSON key) and the kind of
 * value its cells hold.
 *
 * <ul>
 *   <li>{@link Kind#TEXT}: cells are {@link String}s (or {@code null});
 *   <li>{@link Kind#INTEGER}: cells are {@link Long}s or {@link Integer}s (or {@code null});
 *   <li>{@link Kind#DECIMAL}: cells are {@link Double}s (or {@code null}), rendered with {@code
 *       scale} digits after the decimal point, always with '.' as separator.
 * </ul>
 *
 * A {@code null} cell is a value that does not apply: it renders as an empty CSV field, JSON
 * {@code null}, and "–" in tables.
 */
public record Column(String name, Kind kind, int scale) {

  /** What a column's cells hold. */
  public enum Kind {
    TEXT,
    INTEGER,
    DECIMAL
  }

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (scale < 0) {
      throw new IllegalArgumentException("scale must be >= 0: " + scale);
    }
  }

  public static Column text(String name) {
    return new Column(name, Kind.TEXT, 0);
  }

  public static Column integer(String name) {
    return new Column(name, Kind.INTEGER, 0);
  }

  public static Column decimal(String name, int scale) {
    return new Column(name, Kind.DECIMAL, scale);
  }

  public boolean numeric() {
    return kind != Kind.TEXT;
  }
}
