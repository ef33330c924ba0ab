package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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

  /**
   * The bounded selection of {@link CorpusKeywords#top} is the prefix of the full sort, with many
   * ties on score and count (few distinct values), for every size around the number of phrases.
   */
  @Test
  void topIsThePrefixOfTheFullSort() {
    Random random = new Random(7);
    for (int run = 0; run < 20; run++) {
      CorpusKeywords c = new CorpusKeywords();
      int docs = 1 + random.nextInt(40);
      for (int d = 0; d < docs; d++) {
        List<Keyword> ranked = new ArrayList<>();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
          String key = "k" + random.nextInt(60);
          String phrase = random.nextBoolean() ? key : key.toUpperCase(Locale.ROOT);
          ranked.add(new Keyword(phrase, key, 1 + random.nextInt(4), 1 + random.nextInt(3), 1));
        }
        ranked.sort(Ranking.ORDER);
        c.add(ranked);
      }
      List<Keyword> sorted = new ArrayList<>(c.all());
      sorted.sort(Ranking.ORDER);
      for (int top : new int[] {0, 1, 2, 5, 20, sorted.size() - 1, sorted.size(), 1000}) {
        if (top >= 0) {
          assertEquals(
              sorted.subList(0, Math.min(top, sorted.size())), c.top(top), "top " + top);
        }
      }
    }
  }

  @Test
  void aHugeTopIsEveryPhrase() {
    CorpusKeywords c = new CorpusKeywords();
    c.add(List.of(new Keyword("Oil", "oil", 10, 4, 1), new Keyword("Vienna", "vienna", 5, 2, 1)));
    assertEquals(c.top(2), c.top(Integer.MAX_VALUE));
    assertEquals(Integer.MAX_VALUE, CorpusKeywords.poolSize(Integer.MAX_VALUE));
    assertEquals(50, CorpusKeywords.poolSize(1));
    assertEquals(500, CorpusKeywords.poolSize(100));
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
