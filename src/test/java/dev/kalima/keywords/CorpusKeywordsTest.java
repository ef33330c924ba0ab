package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusKeywordsTest {

  @Test
  void sharesOfEachDocumentsBestScoreAreSummed() {
    CorpusKeywords c = new CorpusKeywords();
    c.add(List.of(new Keyword("Oil", "oil", 10, 4, 1), new Keyword("Vienna", "vienna", 5, 2, 1)));
    c.add(List.of(new Keyword("oil", "oil", 2, 1, 1), new Keyword("OPEC", "opec", 1, 1, 1)));
    List<Keyword> top = c.top(10);
    // oil: 10/10 + 2/2 = 2; vienna: 5/10 = 0.5; opec: 1/2 = 0.5, ties by count then key
    assertEquals(new Keyword("Oil", "oil", 2.0, 5, 2), top.get(0));
    assertEquals(new Keyword("Vienna", "vienna", 0.5, 2, 1), top.get(1));
    assertEquals(new Keyword("OPEC", "opec", 0.5, 1, 1), top.get(2));
  }

  @Test
  void shownFormIsTheOneMostDocumentsShowedTiesToFirstSeen() {
    CorpusKeywords c = new CorpusKeywords();
    c.add(List.of(new Keyword("NATO", "nato", 1, 1, 1)));
    c.add(List.of(new Keyword("Nato", "nato", 1, 1, 1)));
    assertEquals("NATO", c.top(1).get(0).phrase());
    c.add(List.of(new Keyword("Nato", "nato", 1, 1, 1)));
    assertEquals("Nato", c.top(1).get(0).phrase());
  }
}
