package dev.kalima.output;

import static dev.kalima.output.Sample.ARABIC;
import static dev.kalima.output.Sample.CJK;
import static dev.kalima.output.Sample.COMBINING;
import static dev.kalima.output.Sample.ZWJ_EMOJI;
import static dev.kalima.output.Sample.assertText;
import static dev.kalima.output.Sample.render;

import dev.kalima.output.model.Column;
import dev.kalima.output.model.Table;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvRendererTest {

  private static final String BODY =
      ARABIC + "\t12\t0.12\n"
          + "book\t-3\t2.50\n"
          + CJK + "\t7\t\n"
          + COMBINING + "\t1\t2.68\n"
          + ZWJ_EMOJI + "\t1000000\t0.00\n"
          + "a,b \"q\"\\nx\\ty\t0\t\n";

  @Test
  void tabSeparatedWithLinearEscapes() {
    assertText("word\tcount\tshare\n" + BODY, render(Format.TSV, Sample.TABLE, RenderOptions.DEFAULT));
  }

  @Test
  void headerOff() {
    assertText(BODY, render(Format.TSV, Sample.TABLE, Sample.NO_HEADER));
  }

  @Test
  void bomComesFirst() {
    assertText("\uFEFFword\tcount\tshare\n" + BODY, render(Format.TSV, Sample.TABLE, Sample.BOM));
  }

  @Test
  void emptyTable() {
    assertText("word\tcount\tshare\n", render(Format.TSV, Sample.EMPTY, RenderOptions.DEFAULT));
    assertText("", render(Format.TSV, Sample.EMPTY, Sample.NO_HEADER));
  }

  @Test
  void backslashAndCarriageReturnAreEscaped() {
    Table table = new Table(List.of(Column.text("path")), List.of(List.of("C:\\new\r\n")));
    assertText("path\nC:\\\\new\\r\\n\n", render(Format.TSV, table, RenderOptions.DEFAULT));
  }

  @Test
  void safeCsvAppliesBeforeEscaping() {
    Table table = new Table(List.of(Column.text("t"), Column.integer("n")),
        List.of(Arrays.asList("\t=1", -1), Arrays.asList("-", -2)));
    assertText("t\tn\n'\\t=1\t-1\n'-\t-2\n", render(Format.TSV, table, Sample.SAFE));
  }

  @Test
  void longRowsAfterShortOnesAreWrittenWhole() {
    String longText = "x".repeat(700) + "\\" + "y".repeat(300);
    Table table = new Table(List.of(Column.text("t"), Column.integer("n"), Column.decimal("d", 3)),
        List.of(Arrays.asList("a", 1, 0.5), Arrays.asList(longText, -12, -1234.5678),
            Arrays.asList("b", null, null), Arrays.asList(null, 7L, 1e300)));
    String escaped = "x".repeat(700) + "\\\\" + "y".repeat(300);
    assertText("t\tn\td\na\t1\t0.500\n" + escaped + "\t-12\t-1234.568\nb\t\t\n\t7\t1"
        + "0".repeat(300) + ".000\n", render(Format.TSV, table, RenderOptions.DEFAULT));
  }

  @Test
  void theSameStringInConsecutiveRowsIsEscapedAndGuardedEveryTime() {
    String tab = new String("a\tb");
    String formula = new String("=x");
    String plain = new String("p");
    Table table = new Table(List.of(Column.text("t"), Column.text("u")),
        List.of(Arrays.asList(tab, plain), Arrays.asList(tab, plain), Arrays.asList(formula, plain),
            Arrays.asList(formula, null), Arrays.asList(plain, "q")));
    String rows = "a\\tb\tp\na\\tb\tp\n";
    assertText("t\tu\n" + rows + "'=x\tp\n'=x\t\np\tq\n",
        render(Format.TSV, table, Sample.SAFE));
    assertText("t\tu\n" + rows + "=x\tp\n=x\t\np\tq\n",
        render(Format.TSV, table, RenderOptions.DEFAULT));
  }
}
