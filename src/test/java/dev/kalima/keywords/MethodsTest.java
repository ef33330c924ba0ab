package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodsTest {

  @Test
  void idfIsSmoothed() {
    // ln((1 + 10) / (1 + 0)) + 1 = ln 11 + 1 = 3.397895
    assertEquals(3.397895, TfIdf.idf(10, 0), 1e-6);
    // a phrase in every document still weighs 1
    assertEquals(1.0, TfIdf.idf(10, 10), 1e-12);
  }

  @Test
  void logLikelihoodAndLogRatio() {
    // a=10, b=10, c=1000, d=10000: E1 = 1000*20/11000 = 1.818182, E2 = 18.181818
    // G2 = 2 (10 ln(10/1.818182) + 10 ln(10/18.181818)) = 2 (17.047481 - 5.978370) = 22.138222
    assertEquals(22.138222, Keyness.logLikelihood(10, 10, 1000, 10000), 1e-5);
    // log2((10/1000) / (10/10000)) = log2 10 = 3.321928
    assertEquals(3.321928, Keyness.logRatio(10, 10, 1000, 10000), 1e-6);
    // a zero reference count is read as 0.5: log2((10/1000) / (0.5/10000)) = log2 200
    assertEquals(Math.log(200) / Math.log(2), Keyness.logRatio(10, 0, 1000, 10000), 1e-9);
  }

  @Test
  void textRankRanksTheHubHighest() {
    // "oil" co-occurs with three different words, each of the others with one or two
    ParsedText t = Texts.parse("Oil prices. Oil exports. Crude oil. Prices rose.");
    Map<String, Double> r = new TextRank().ranks(t);
    double oil = r.get("oil");
    for (Map.Entry<String, Double> e : r.entrySet()) {
      if (!e.getKey().equals("oil")) {
        assertTrue(oil > e.getValue(), e.getKey());
      }
    }
  }

  @Test
  void keynessPrefersWhatTheReferenceLacks() {
    KeywordExtractor counter = new KeywordExtractor(KeywordOptions.DEFAULT, Texts.english(), null);
    CorpusCounts ref =
        counter
            .count("r1", List.of("Markets rose. Markets fell. Markets rose again."))
            .merge(counter.count("r2", List.of("Markets and prices. Markets today.")));
    KeywordExtractor k =
        new KeywordExtractor(
            KeywordOptions.DEFAULT.withMethod(Method.KEYNESS), Texts.english(), ref);
    List<Keyword> top = k.extract("doc", List.of("Haftar met Shoigu. Haftar and markets.")).keywords();
    assertEquals("Haftar", top.get(0).phrase());
    // effect size: a = 2 of c = 6 words, b = 0 (read as 0.5) of d = 7 + 5 = 12 words:
    // log2((2/6) / (0.5/12)) = log2 8 = 3
    assertEquals(3.0, top.get(0).effect(), 1e-9);
    assertTrue(top.stream().noneMatch(x -> x.key().equals("markets")));
  }

  @Test
  void corpusCountsMergeIsCommutativeWithEmptyNeutral() {
    KeywordExtractor counter = new KeywordExtractor(KeywordOptions.DEFAULT, Texts.english(), null);
    CorpusCounts a = counter.count("a", List.of("Oil prices rose."));
    CorpusCounts b = counter.count("b", List.of("Oil exports fell. Oil again."));
    CorpusCounts ab = a.merge(b);
    CorpusCounts ba = b.merge(a);
    assertEquals(2, ab.docs());
    assertEquals(3, ab.count("oil"));
    assertEquals(2, ab.documentFrequency("oil"));
    assertEquals(ab.count("oil prices"), ba.count("oil prices"));
    assertEquals(ab.words(), ba.words());
    assertEquals(a.count("oil"), a.merge(CorpusCounts.EMPTY).count("oil"));
  }
}
