package dev.kalima.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kalima.analysis.NormalizationOptions;
import dev.kalima.analysis.SentenceSegmenter;
import dev.kalima.analysis.TermAnalyzer;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextStatsTest {

  private static final int WINDOW = 5;

  private static TextStatsBuilder builder() {
    return new TextStatsBuilder(
        new SentenceSegmenter("en"),
        TermAnalyzer.create("en", NormalizationOptions.DEFAULT, Set.of(), false),
        "en",
        WINDOW);
  }

  private static TextStats stats(List<String> paragraphs) {
    TextStatsBuilder b = builder();
    for (String p : paragraphs) {
      b.accept(p, true);
    }
    return b.finish();
  }

  @Provide
  Arbitrary<List<String>> documents() {
    Arbitrary<String> word = Arbitraries.of("the", "cat", "Sat", "on", "a", "mat", "beautiful", "university");
    Arbitrary<String> sentence =
        word.list().ofMinSize(1).ofMaxSize(8).map(w -> String.join(" ", w))
            .flatMap(s -> Arbitraries.of(".", "!", "?").map(end -> Character.toUpperCase(s.charAt(0)) + s.substring(1) + end));
    Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(4).map(s -> String.join(" ", s));
    return paragraph.list().ofMaxSize(4);
  }

  /**
   * TOTAL equals the run over the concatenation: the statistics of documents merged in order are
   * equal (every count, the term map, the length histogram and the MATTR state) to the statistics
   * of one document holding all their paragraphs in the same order.
   */
  @Property(tries = 200)
  void mergedDocumentsEqualTheConcatenation(
      @ForAll("documents") List<String> a, @ForAll("documents") List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    assertEquals(stats(all), stats(a).merge(stats(b)));
  }

  @Property(tries = 200)
  void mergeIsAssociative(
      @ForAll("documents") List<String> a,
      @ForAll("documents") List<String> b,
      @ForAll("documents") List<String> c) {
    TextStats x = stats(a);
    TextStats y = stats(b);
    TextStats z = stats(c);
    assertEquals(x.merge(y).merge(z), x.merge(y.merge(z)));
  }

  @Property(tries = 200)
  void accumulatorEqualsMergeInOrder(
      @ForAll("documents") List<String> a,
      @ForAll("documents") List<String> b,
      @ForAll("documents") List<String> c) {
    TextStats x = stats(a);
    TextStats y = stats(b);
    TextStats z = stats(c);
    TextStats accumulated = new TextStats.Accumulator(WINDOW).add(x).add(y).add(z).result();
    assertEquals(x.merge(y).merge(z), accumulated);
  }

  /**
   * The builder's MATTR ring and head grow as words come: for windows past their first size
   * (64), up to a huge one, the state equals {@link MovingTtr#of} over the words' keys.
   */
  @org.junit.jupiter.api.Test
  void mattrOfWindowsPastTheFirstRingAndOfAHugeWindow() {
    List<String> keys = new java.util.ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      String w = "w" + (char) ('a' + i % 23) + (char) ('a' + i % 7);
      keys.add(w);
      text.append(w).append(i % 10 == 9 ? ". " : " ");
    }
    for (int window : new int[] {64, 65, 100, 299, 300, 301, Integer.MAX_VALUE}) {
      TextStatsBuilder b =
          new TextStatsBuilder(
              new SentenceSegmenter("en"),
              TermAnalyzer.create("en", NormalizationOptions.DEFAULT, Set.of(), false),
              "en",
              window);
      b.accept(text.toString(), true);
      assertEquals(MovingTtr.of(keys, window), b.finish().mattr(), "window " + window);
    }
  }

  /**
   * A segment without words (a "* * *" or "-----" section break, a line of emoji or punctuation)
   * is not a sentence of the statistics (its paragraph still counts): such segments made the mean
   * sentence length of this text 2.00 instead of 5.00 and its shortest sentence 0 words long.
   */
  @org.junit.jupiter.api.Test
  void segmentsWithoutWordsAreNotSentences() {
    TextStats s =
        stats(List.of("The first part ends here.", "* * *", "The second part starts here.", "-----", "😀 👍 …"));
    assertEquals(5, s.paragraphs());
    assertEquals(2, s.sentences());
    assertEquals(10, s.words());
    assertEquals(Integer.valueOf(5), s.lengths().min());
    assertEquals(5.0, s.lengths().mean());
    assertEquals(java.util.Map.of(5, 2L), s.lengths().counts());
  }

  /** The sentences of a paragraph are all returned, a segment without words with 0 words. */
  @org.junit.jupiter.api.Test
  void acceptStillReturnsEverySegment() {
    TextStatsBuilder b = builder();
    List<TextStatsBuilder.Sentence> found = b.accept("Done. ***** Next one here.", true);
    assertEquals(List.of(1, 0, 3), found.stream().map(TextStatsBuilder.Sentence::words).toList());
    assertEquals(2, b.finish().sentences());
  }

  /**
   * A text without words (an empty file, a file of separators: its language is undetermined) does
   * not make a merge a mix of languages: merged with an Arabic text, the result is Arabic, so the
   * Arabic formula (OSMAN) still applies to the TOTAL.
   */
  @org.junit.jupiter.api.Test
  void aTextWithoutWordsKeepsTheLanguageOfTheOther() {
    TextStatsBuilder arabic =
        new TextStatsBuilder(
            new SentenceSegmenter("ar"),
            TermAnalyzer.create("ar", NormalizationOptions.DEFAULT, Set.of(), false),
            "ar",
            WINDOW);
    arabic.accept("قال الرئيس إن المكتب الجديد سيفتح أبوابه قريبا.", true);
    TextStats ar = arabic.finish();
    TextStatsBuilder undetermined =
        new TextStatsBuilder(
            new SentenceSegmenter("und"),
            TermAnalyzer.create("und", NormalizationOptions.DEFAULT, Set.of(), false),
            "und",
            WINDOW);
    undetermined.accept("* * *", true);
    TextStats none = undetermined.finish();
    assertEquals("ar", ar.merge(none).language());
    assertEquals("ar", none.merge(ar).language());
    assertEquals("ar", new TextStats.Accumulator(WINDOW).add(none).add(ar).add(none).result().language());
    assertEquals(1, ar.merge(none).paragraphs() - ar.paragraphs());
    // two texts with words in different languages still mix
    assertEquals(null, ar.merge(stats(List.of("The cat sat."))).language());
  }

  @Property(tries = 200)
  void emptyIsNeutral(@ForAll("documents") List<String> a) {
    TextStats x = stats(a);
    assertEquals(x, x.merge(TextStats.empty(WINDOW)));
    assertEquals(x, TextStats.empty(WINDOW).merge(x));
  }
}
