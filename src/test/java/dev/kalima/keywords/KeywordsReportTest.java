package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordsReportTest {

  private static List<List<Object>> sentenceRows(String text) {
    KeywordsReport report = new KeywordsReport(KeywordsReport.Shape.SENTENCES, Method.YAKEPLUS);
    DocumentKeywords result =
        new DocumentKeywords("a.txt", List.of(), List.of(new KeySentence("a.txt", 3, text)));
    return report.rows("a.txt", result);
  }

  @Test
  void keySentenceWrittenOverSeveralLinesIsShownOnOneLine() {
    // as `kalima sentences --each` shows the same sentence: every line break becomes a space
    assertEquals(
        List.of(List.of("a.txt", 3L, "The committee met to discuss the new budget.")),
        sentenceRows("The committee met to discuss\nthe new\r\nbudget."));
  }

  @Test
  void arabicKeySentenceWithLineAndParagraphSeparators() {
    assertEquals(
        "قال الرئيس إن المكتب جديد.",
        sentenceRows("قال الرئيس\u2028إن المكتب\u2029جديد.").get(0).get(2));
  }

  @Test
  void keySentenceOnOneLineIsUnchanged() {
    assertEquals("Tabs\tand  spaces stay.", sentenceRows("Tabs\tand  spaces stay.").get(0).get(2));
  }
}
