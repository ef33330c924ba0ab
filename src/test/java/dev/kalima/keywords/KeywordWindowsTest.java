package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordWindowsTest {

  private static final List<String> STORY =
      List.of(
          "Oil prices rose on Monday. Oil exporters met in Vienna.",
          "The oil ministers of the exporters agreed to cut output. Prices of oil fell later.",
          "Vienna talks continue tomorrow. Oil ministers will meet again in Vienna.");

  private static final List<String> OTHER =
      List.of(
          "The football season opened in Madrid. Madrid fans filled the stadium.",
          "Vienna and oil prices did not matter to the football fans of Madrid.");

  @Test
  void aLongerPoolStartsWithTheTopAndKeepsTheTopsSentences() {
    KeywordOptions o = new KeywordOptions(Method.YAKEPLUS, 3, 3, 1, 2);
    KeywordExtractor ex = new KeywordExtractor(o, Texts.english(), null);
    DocumentKeywords top = ex.extract("s", STORY);
    DocumentKeywords pool = ex.extract("s", STORY, 50);
    assertEquals(3, top.keywords().size());
    assertTrue(pool.keywords().size() > 3);
    assertEquals(top.keywords(), pool.keywords().subList(0, 3));
    assertEquals(top.sentences(), pool.sentences());
  }

  @Test
  void oneWindowIsTheWholeDocumentsResult() {
    KeywordOptions o = new KeywordOptions(Method.YAKEPLUS, 3, 3, 1, 2);
    KeywordExtractor ex = new KeywordExtractor(o, Texts.english(), null);
    DocumentKeywords whole = ex.extract("doc", STORY);
    DocumentKeywords windowed = KeywordWindows.of(ex.extract("", STORY, 50)).finish("doc", 3);
    assertEquals(whole, windowed);
  }

  @Test
  void windowsCombineByShareOfEachWindowsBestScore() {
    KeywordOptions o = new KeywordOptions(Method.YAKEPLUS, 3, 3, 1, 1);
    KeywordExtractor ex = new KeywordExtractor(o, Texts.english(), null);
    DocumentKeywords a = ex.extract("", STORY, 50);
    DocumentKeywords b = ex.extract("", OTHER, 50);
    KeywordWindows both = KeywordWindows.of(a).merge(KeywordWindows.of(b));
    assertEquals(2, both.windows());
    DocumentKeywords out = both.finish("doc", 100);
    // a phrase in both windows: its score is the sum of its two shares, its count the sum
    String shared =
        a.keywords().stream()
            .map(Keyword::key)
            .filter(k -> b.keywords().stream().anyMatch(x -> x.key().equals(k)))
            .findFirst()
            .orElseThrow();
    Keyword oilA = find(a.keywords(), shared);
    Keyword oilB = find(b.keywords(), shared);
    Keyword oil = find(out.keywords(), shared);
    double expected =
        oilA.score() / a.keywords().get(0).score() + oilB.score() / b.keywords().get(0).score();
    assertEquals(expected, oil.score(), 1e-12);
    assertEquals(oilA.count() + oilB.count(), oil.count());
    assertEquals(1, oil.docs());
    // a phrase of one window only keeps its share
    Keyword madridB = find(b.keywords(), "madrid");
    assertEquals(
        madridB.score() / b.keywords().get(0).score(),
        find(out.keywords(), "madrid").score(),
        1e-12);
    assertEquals(2, both.finish("doc", 2).keywords().size());
    // the key sentences are the first window's, named after the document
    assertEquals(1, out.sentences().size());
    assertEquals("doc", out.sentences().get(0).source());
    assertEquals(a.sentences().get(0).text(), out.sentences().get(0).text());
  }

  private static Keyword find(List<Keyword> ks, String key) {
    return ks.stream().filter(k -> k.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
  }
}
