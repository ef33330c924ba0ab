package dev.kalima.output;

import static dev.kalima.output.Sample.ARABIC;
import static dev.kalima.output.Sample.CJK;
import static dev.kalima.output.Sample.COMBINING;
import static dev.kalima.output.Sample.ZWJ_EMOJI;
import static dev.kalima.output.Sample.assertText;
import static dev.kalima.output.Sample.render;
import static dev.kalima.output.Sample.sp;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kalima.output.model.Column;
import dev.kalima.output.model.Table;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRendererTest {

  private static final String FSI = "\u2068";
  private static final String PDI = "\u2069";

  // Column widths worked out by hand: word = 13 (the escaped "a,b \"q\"\nx\ty" shows as 13
  // characters; Arabic, CJK (2x2), cafe+U+0301 all 4; the ZWJ emoji 2), count = 7 ("1000000"),
  // share = 5 (the header is wider than "0.12").
  private static final String HEADER = "word" + sp(13) + "count  share\n";
  private static final String RULE = "─".repeat(13) + "  " + "─".repeat(7) + "  " + "─".repeat(5) + "\n";
  private static final String BODY =
      FSI + ARABIC + PDI + sp(16) + "12" + sp(3) + "0.12\n"
          + "book" + sp(16) + "-3" + sp(3) + "2.50\n"
          + CJK + sp(17) + "7" + sp(6) + "–\n"
          + COMBINING + sp(17) + "1" + sp(3) + "2.68\n"
          + ZWJ_EMOJI + sp(13) + "1000000" + sp(3) + "0.00\n"
          + "a,b \"q\"\\nx\\ty" + sp(8) + "0" + sp(6) + "–\n";

  @Test
  void alignsByDisplayWidthWithIsolatedRtlAndEscapedControls() {
    assertText(HEADER + RULE + BODY, render(Format.TABLE, Sample.TABLE, RenderOptions.DEFAULT));
  }

  @Test
  void headerOffDropsHeaderAndRuleAndItsWidth() {
    // Without the header "share" the column is only as wide as "0.12".
    String body =
        FSI + ARABIC + PDI + sp(16) + "12" + sp(2) + "0.12\n"
            + "book" + sp(16) + "-3" + sp(2) + "2.50\n"
            + CJK + sp(17) + "7" + sp(5) + "–\n"
            + COMBINING + sp(17) + "1" + sp(2) + "2.68\n"
            + ZWJ_EMOJI + sp(13) + "1000000" + sp(2) + "0.00\n"
            + "a,b \"q\"\\nx\\ty" + sp(8) + "0" + sp(5) + "–\n";
    assertText(body, render(Format.TABLE, Sample.TABLE, Sample.NO_HEADER));
  }

  @Test
  void colorMakesOnlyTheHeaderBold() {
    String bold = "\u001b[1m" + HEADER.substring(0, HEADER.length() - 1) + "\u001b[0m\n";
    assertText(bold + RULE + BODY, render(Format.TABLE, Sample.TABLE, Sample.COLOR));
  }

  @Test
  void bomAndSafeCsvDoNotApply() {
    assertText(HEADER + RULE + BODY, render(Format.TABLE, Sample.TABLE,
        new RenderOptions(true, true, true, false)));
  }

  @Test
  void emptyTableIsHeaderAndRule() {
    assertText("word  count  share\n────  ─────  ─────\n",
        render(Format.TABLE, Sample.EMPTY, RenderOptions.DEFAULT));
  }

  @Test
  void emptyTableWithoutHeaderIsNothing() {
    assertText("", render(Format.TABLE, Sample.EMPTY, Sample.NO_HEADER));
  }

  @Test
  void notesFollowAfterABlankLine() {
    Table table = new Table(List.of(Column.text("w")), List.of(List.of("x")),
        List.of("total: 1", "bad\u001b[2J"));
    assertText("w\n─\nx\n\ntotal: 1\nbad\\x1b[2J\n",
        render(Format.TABLE, table, RenderOptions.DEFAULT));
  }

  @Test
  void hostileCellCannotMoveTheCursorOrReorderTheLine() {
    Table table = new Table(List.of(Column.text("t"), Column.integer("n")), List.of(
        Arrays.asList("\u001b[31mred\u009b", 1),
        Arrays.asList("abc\u202Edef\u2066", 2),
        Arrays.asList(ARABIC + "\u2069x", 3)));
    // Widths: "\x1b[31mred\u009B" = 4+4+3+6 = 17; "abc\u202Edef\u2066" = 3+6+3+6 = 18;
    // the Arabic cell = 4 + 6 + 1 = 11, plus its own (zero-width) isolates.
    String expected = "t" + sp(17) + "  n\n"
        + "─".repeat(18) + "  ─\n"
        + "\\x1b[31mred\\u009B" + sp(1) + "  1\n"
        + "abc\\u202Edef\\u2066" + "  2\n"
        + FSI + ARABIC + "\\u2069x" + PDI + sp(7) + "  3\n";
    String actual = render(Format.TABLE, table, RenderOptions.DEFAULT);
    assertText(expected, actual);
    assertFalse(actual.contains("\u001b"), "no raw ESC");
  }

  @Test
  void longCellsAreKeptWholeAndWidenTheirColumn() {
    String sentence = "x".repeat(100);
    Table table = new Table(List.of(Column.text("s"), Column.integer("n")),
        List.of(Arrays.asList(sentence, 1), Arrays.asList("y", 22)));
    assertText("s" + sp(99) + "   n\n" + "─".repeat(100) + "  ──\n"
            + sentence + "   1\n" + "y" + sp(99) + "  22\n",
        render(Format.TABLE, table, RenderOptions.DEFAULT));
  }

  @Test
  void noTrailingSpacesWhenTheLastTextColumnIsNarrow() {
    Table table = new Table(List.of(Column.integer("n"), Column.text("word")),
        List.of(Arrays.asList(1, "a"), Arrays.asList(10, null)));
    assertText(" n  word\n──  ────\n 1  a\n10  –\n",
        render(Format.TABLE, table, RenderOptions.DEFAULT));
  }
}
