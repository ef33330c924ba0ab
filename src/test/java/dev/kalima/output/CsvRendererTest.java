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

class CsvRendererTest {

  private static final String BODY =
      ARABIC + ",12,0.12\n"
          + "book,-3,2.50\n"
          + CJK + ",7,\n"
          + COMBINING + ",1,2.68\n"
          + ZWJ_EMOJI + ",1000000,0.00\n"
          + "\"a,b \"\"q\"\"\nx\ty\",0,\n";

  @Test
  void rfc4180WithLineFeedsAndMinimalQuoting() {
    assertText("word,count,share\n" + BODY, render(Format.CSV, Sample.TABLE, RenderOptions.DEFAULT));
  }

  @Test
  void headerOff() {
    assertText(BODY, render(Format.CSV, Sample.TABLE, Sample.NO_HEADER));
  }

  @Test
  void bomComesFirst() {
    assertText("\uFEFFword,count,share\n" + BODY, render(Format.CSV, Sample.TABLE, Sample.BOM));
  }

  @Test
  void emptyTable() {
    assertText("word,count,share\n", render(Format.CSV, Sample.EMPTY, RenderOptions.DEFAULT));
    assertText("", render(Format.CSV, Sample.EMPTY, Sample.NO_HEADER));
    assertText("\uFEFF", render(Format.CSV, Sample.EMPTY, new RenderOptions(false, true, false, false)));
  }

  @Test
  void safeCsvDefusesFormulasInTextButNotNegativeNumbers() {
    Table table = new Table(List.of(Column.text("t"), Column.integer("n"), Column.decimal("d", 1)),
        List.of(
            Arrays.asList("=SUM(A1:A9)", -5, -1.25),
            Arrays.asList("+1", 0, 0.0),
            Arrays.asList("-x", 1, 1.0),
            Arrays.asList("@cmd", 2, 2.0),
            Arrays.asList("\tx", 3, 3.0),
            Arrays.asList("\rx", 4, 4.0),
            Arrays.asList("a=b", 5, null)));
    // '\r' inside a field forces quotes; -1.25 rounds half-even to -1.2.
    assertText("t,n,d\n"
            + "'=SUM(A1:A9),-5,-1.2\n"
            + "'+1,0,0.0\n"
            + "'-x,1,1.0\n"
            + "'@cmd,2,2.0\n"
            + "'\tx,3,3.0\n"
            + "\"'\rx\",4,4.0\n"
            + "a=b,5,\n",
        render(Format.CSV, table, Sample.SAFE));
  }

  @Test
  void withoutSafeCsvFormulasPassUnchanged() {
    Table table = new Table(List.of(Column.text("t")), List.of(List.of("=1+1")));
    assertText("t\n=1+1\n", render(Format.CSV, table, RenderOptions.DEFAULT));
  }

  @Test
  void emptyFirstFieldIsQuotedSoTheRecordIsNotABlankLine() {
    Table table = new Table(List.of(Column.text("t"), Column.text("u")),
        List.of(Arrays.asList("", ""), Arrays.asList(null, "x")));
    assertText("t,u\n\"\",\n\"\",x\n", render(Format.CSV, table, RenderOptions.DEFAULT));
  }

  @Test
  void longQuotedRecordsAfterShortOnesAreWrittenWhole() {
    String longText = "a".repeat(600) + "\"q\"," + "b".repeat(400);
    Table table = new Table(List.of(Column.text("t"), Column.decimal("d", 2)),
        List.of(Arrays.asList("x", 0.125), Arrays.asList(longText, -2.675),
            Arrays.asList("y", null)));
    assertText("t,d\nx,0.12\n\"" + "a".repeat(600) + "\"\"q\"\"," + "b".repeat(400)
        + "\",-2.68\ny,\n", render(Format.CSV, table, RenderOptions.DEFAULT));
  }
}
