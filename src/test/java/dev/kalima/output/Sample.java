package dev.kalima.output;

import static org.junit.jupiter.api.Assertions.fail;

import dev.kalima.output.model.Column;
import dev.kalima.output.model.Table;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The small table every renderer test renders, and an exact-comparison helper. */
final class Sample {

  static final String ARABIC = "كتاب";
  static final String CJK = "日本";
  static final String COMBINING = "cafe\u0301"; // e + COMBINING ACUTE ACCENT
  static final String ZWJ_EMOJI = "\uD83D\uDC69\u200D\uD83D\uDCBB"; // woman technologist
  static final String NASTY = "a,b \"q\"\nx\ty"; // comma, quotes, newline, tab

  static final List<Column> COLUMNS =
      List.of(Column.text("word"), Column.integer("count"), Column.decimal("share", 2));

  /**
   * Rows exercising: RTL text, CJK, combining marks, a ZWJ sequence, a null decimal, a negative
   * integer, half-even rounding of the exact decimal 2.675 (2.68, where new BigDecimal(2.675)
   * would give 2.67), -0.0, NaN, and a cell with CSV/TSV specials.
   */
  static final Table TABLE =
      new Table(
          COLUMNS,
          List.of(
              Arrays.asList(ARABIC, 12, 0.125),
              Arrays.asList("book", -3L, 2.5),
              Arrays.asList(CJK, 7, null),
              Arrays.asList(COMBINING, 1, 2.675),
              Arrays.asList(ZWJ_EMOJI, 1_000_000L, -0.0),
              Arrays.asList(NASTY, 0, Double.NaN)));

  static final Table EMPTY = new Table(COLUMNS, List.of());

  static final RenderOptions NO_HEADER = new RenderOptions(false, false, false, false);
  static final RenderOptions BOM = new RenderOptions(true, true, false, false);
  static final RenderOptions SAFE = new RenderOptions(true, false, true, false);
  static final RenderOptions COLOR = new RenderOptions(true, false, false, true);

  private Sample() {}

  static String render(Format format, Table table, RenderOptions options) {
    StringWriter out = new StringWriter();
    try {
      Renderers.render(format, table, out, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String sp(int n) {
    return " ".repeat(n);
  }

  /** Compares UTF-8 bytes; on mismatch prints both sides in full, with invisibles escaped. */
  static void assertText(String expected, String actual) {
    if (!Arrays.equals(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8))) {
      fail("output differs\n--- expected ---\n" + visible(expected) + "\n--- actual ---\n"
          + visible(actual) + "\n--- raw expected ---\n" + expected + "\n--- raw actual ---\n"
          + actual);
    }
  }

  static String visible(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp == '\n') {
        b.append("⏎\n");
      } else if (cp >= 0x20 && cp < 0x7F) {
        b.appendCodePoint(cp);
      } else {
        b.append(String.format(java.util.Locale.ROOT, "<U+%04X>", cp));
      }
    });
    return b.toString();
  }
}
