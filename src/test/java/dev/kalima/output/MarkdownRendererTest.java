package dev.kalima.output;

import static dev.kalima.output.Sample.ARABIC;
import static dev.kalima.output.Sample.CJK;
import static dev.kalima.output.Sample.COMBINING;
import static dev.kalima.output.Sample.ZWJ_EMOJI;
import static dev.kalima.output.Sample.assertText;
import static dev.kalima.output.Sample.render;

import dev.kalima.output.model.Column;
import dev.kalima.output.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private static final String ALIGN = "| --- | ---: | ---: |\n";
  private static final String BODY =
      "| " + ARABIC + " | 12 | 0.12 |\n"
          + "| book | -3 | 2.50 |\n"
          + "| " + CJK + " | 7 | – |\n"
          + "| " + COMBINING + " | 1 | 2.68 |\n"
          + "| " + ZWJ_EMOJI + " | 1000000 | 0.00 |\n"
          + "| a,b \"q\"<br>x\\ty | 0 | – |\n";

  @Test
  void githubTableWithRightAlignedNumbers() {
    assertText("| word | count | share |\n" + ALIGN + BODY,
        render(Format.MARKDOWN, Sample.TABLE, RenderOptions.DEFAULT));
  }

  @Test
  void headerOffLeavesTheHeaderCellsEmpty() {
    assertText("|  |  |  |\n" + ALIGN + BODY, render(Format.MARKDOWN, Sample.TABLE, Sample.NO_HEADER));
  }

  @Test
  void emptyTable() {
    assertText("| word | count | share |\n" + ALIGN,
        render(Format.MARKDOWN, Sample.EMPTY, RenderOptions.DEFAULT));
  }

  @Test
  void markdownSyntaxAndControlsShowLiterally() {
    Table table = new Table(List.of(Column.text("a|b")), List.of(
        List.of("x|y *bold* _it_ `code` [link](u) <b> ~s~ &amp; C:\\dir"),
        List.of("one\r\ntwo\rthree\u001b[0m\u202E")));
    assertText("| a\\|b |\n| --- |\n"
            + "| x\\|y \\*bold\\* \\_it\\_ \\`code\\` \\[link\\](u) \\<b\\> \\~s\\~ \\&amp; C:\\\\dir |\n"
            + "| one<br>two<br>three\\x1b\\[0m\\u202E |\n",
        render(Format.MARKDOWN, table, RenderOptions.DEFAULT));
  }

  @Test
  void notesGoInAFencedBlockAfterABlankLine() {
    Table table = new Table(List.of(Column.text("w")), List.of(List.of("x")),
        List.of("  1 | ###", "uses ``` inside"));
    assertText("| w |\n| --- |\n| x |\n\n````\n  1 | ###\nuses ``` inside\n````\n",
        render(Format.MARKDOWN, table, RenderOptions.DEFAULT));
  }
}
