package dev.kalima.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsReportTest {

  private static final WordsReport.Options FORMS =
      new WordsReport.Options(0, 1, 1, WordsReport.Sort.COUNT, false, true, false);

  /** The forms cell of the only row. */
  private static Object forms(TermCounts counts) {
    List<List<Object>> rows = new WordsReport(FORMS, ULocale.ROOT).rows(counts, List.of());
    assertEquals(1, rows.size());
    List<Object> row = rows.get(0);
    return row.get(row.size() - 1);
  }

  @Test
  void formsOfOneWordAreSeparatedBySpaces() {
    TermCounts counts = new TermCounts();
    counts.add("محط", "المحطة", "المحطة", 6);
    counts.add("محط", "محطة", "محطة", 2);
    counts.add("محط", "للمحطة", "للمحطة", 1);
    counts.addWords(9);
    assertEquals("محطة للمحطة", forms(counts));
  }

  @Test
  void formsOfAPhraseAreSeparatedByABarSoEachPhraseCanBeToldApart() {
    // two-word forms joined by spaces would read as one run of four words
    TermCounts counts = new TermCounts();
    counts.add("اقليم دول", "الاقليميه والدوليه", "الإقليمية والدولية", 2);
    counts.add("اقليم دول", "الاقليمي والدولي", "الإقليمي والدولي", 1);
    counts.add("اقليم دول", "اقليميه ودوليه", "إقليمية ودولية", 1);
    counts.addWords(8);
    assertEquals("الإقليمي والدولي | إقليمية ودولية", forms(counts));
  }

  @Test
  void noOtherFormIsAnEmptyCell() {
    TermCounts counts = new TermCounts();
    counts.add("rose garden", "rose garden", "rose garden", 3);
    counts.addWords(3);
    assertEquals("", forms(counts));
  }
}
