package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

  private static final List<String> STORY =
      List.of(
          "Oil prices rose on Monday. Oil exporters met in Vienna.",
          "The oil ministers of the exporters agreed to cut output. Prices of oil fell later.",
          "Vienna talks continue tomorrow.");

  @Test
  void sameInputSameOutputForEveryMethod() {
    for (Method m : List.of(Method.YAKE, Method.YAKEPLUS, Method.TEXTRANK)) {
      KeywordOptions o = KeywordOptions.DEFAULT.withMethod(m);
      DocumentKeywords a = new KeywordExtractor(o, Texts.english(), null).extract("s", STORY);
      DocumentKeywords b = new KeywordExtractor(o, Texts.english(), null).extract("s", STORY);
      assertEquals(a, b, m.name());
    }
  }

  /**
   * Extractors sharing one term cache across threads give each document the keywords a fresh
   * extractor gives it, whatever the other threads read before.
   */
  @Test
  void aSharedTermCacheChangesNoResult() throws Exception {
    List<List<String>> docs = new ArrayList<>();
    for (String name : List.of("en-news.txt", "fr-news.txt", "ru-news.txt")) {
      String text = Files.readString(Path.of("examples", name), StandardCharsets.UTF_8);
      docs.add(List.of(text.split("\n\s*\n")));
    }
    docs.add(STORY);
    KeywordOptions o = KeywordOptions.DEFAULT.withMethod(Method.YAKEPLUS);
    List<DocumentKeywords> fresh = new ArrayList<>();
    for (List<String> d : docs) {
      fresh.add(new KeywordExtractor(o, Texts.english(), null).extract("s", d));
    }
    TermCache shared = new TermCache();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<DocumentKeywords>> got = new ArrayList<>();
        for (List<String> d : docs) {
          got.add(
              pool.submit(
                  () -> new KeywordExtractor(o, Texts.english(), null, shared).extract("s", d)));
        }
        for (int i = 0; i < docs.size(); i++) {
          assertEquals(fresh.get(i), got.get(i).get(), "document " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rankedBestFirstWithoutStopwordEdges() {
    List<Keyword> k =
        new KeywordExtractor(KeywordOptions.DEFAULT, Texts.english(), null)
            .extract("s", STORY)
            .keywords();
    assertTrue(k.stream().anyMatch(x -> x.key().equals("oil")));
    assertTrue(k.stream().anyMatch(x -> x.key().equals("vienna")));
    for (int i = 1; i < k.size(); i++) {
      assertTrue(Ranking.ORDER.compare(k.get(i - 1), k.get(i)) < 0);
    }
    for (Keyword kw : k) {
      String[] w = kw.key().split(" ");
      assertFalse(Texts.english().isStopword(w[0]), kw.key());
      assertFalse(Texts.english().isStopword(w[w.length - 1]), kw.key());
    }
  }

  @Test
  void keySentencesAreRealSentencesInDocumentOrder() {
    KeywordOptions o = new KeywordOptions(Method.YAKEPLUS, 5, 3, 1, 2);
    List<KeySentence> s =
        new KeywordExtractor(o, Texts.english(), null).extract("s", STORY).sentences();
    assertEquals(2, s.size());
    assertTrue(s.get(0).index() < s.get(1).index());
    for (KeySentence ks : s) {
      assertTrue(String.join("\n", STORY).contains(ks.text()), ks.text());
    }
  }

  @Test
  void tieBreakIsCountThenKey() {
    Keyword a = new Keyword("b", "b", 1, 2, 1);
    Keyword b = new Keyword("a", "a", 1, 1, 1);
    Keyword c = new Keyword("c", "c", 1, 1, 1);
    assertEquals(List.of(a, b, c), java.util.stream.Stream.of(c, b, a).sorted(Ranking.ORDER).toList());
  }
}
