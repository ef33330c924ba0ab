package dev.kalima.stats;

import com.ibm.icu.lang.UScript;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kalima.analysis.Languages;
import dev.kalima.analysis.Letters;
import dev.kalima.analysis.NormalizationOptions;
import dev.kalima.analysis.SentenceSegmenter;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.Token;
import dev.kalima.analysis.WordSpans;
import dev.kalima.analysis.WordTokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link TextStatsBuilder} with its per-thread {@link WordForms} cache gives what a direct count
 * over {@link WordTokenizer}'s words gives, however small the cache and however many builders
 * share it in turn.
 */
class TextStatsBuilderProperties {

  private static final int WINDOW = 4;

  @Provide
  Arbitrary<List<String>> english() {
    return paragraphs(
        Arbitraries.of("the", "The", "cat", "CAT", "sat", "on", "a", "mat", "beautiful",
            "university", "don't", "well-known", "3.5", "U.S.", "cafe\u0301", "café"));
  }

  @Provide
  Arbitrary<List<String>> arabic() {
    return paragraphs(
        Arbitraries.of("الكتاب", "كتاب", "والمدرسة", "قالوا", "يذهبون", "مسؤول", "جداً", "ذهب",
            "الطلاب", "المعلمون", "كتــاب", "٢٠٢٥", "مُدَرِّسٌ", "في"));
  }

  private static Arbitrary<List<String>> paragraphs(Arbitrary<String> word) {
    Arbitrary<String> sentence =
        word.list().ofMinSize(1).ofMaxSize(9).map(w -> String.join(" ", w))
            .flatMap(s -> Arbitraries.of(".", "!", "?", "؟", "").map(end -> s + end));
    Arbitrary<String> paragraph =
        sentence.list().ofMinSize(1).ofMaxSize(4).map(s -> String.join(" ", s));
    return paragraph.list().ofMaxSize(5);
  }

  @Property(tries = 200)
  void englishEqualsADirectCount(
      @ForAll("english") List<String> a, @ForAll("english") List<String> b) {
    check("en", a, b);
  }

  @Property(tries = 200)
  void arabicEqualsADirectCount(@ForAll("arabic") List<String> a, @ForAll("arabic") List<String> b) {
    check("ar", a, b);
  }

  @Example
  void anEarlierBuilderCannotGoOnOnceALaterOneStarted() {
    WordForms forms = new WordForms(analyzer("en"), "en");
    WordSpans words = new WordSpans(Languages.locale("en"));
    TextStatsBuilder first = new TextStatsBuilder(new SentenceSegmenter("en"), words, forms, WINDOW);
    first.accept("One two.", true);
    new TextStatsBuilder(new SentenceSegmenter("en"), words, forms, WINDOW);
    assertThrows(IllegalStateException.class, () -> first.accept("Three.", true));
    assertThrows(IllegalStateException.class, first::finish);
  }

  /** Documents a and b, each through its own builder, with caches of several capacities. */
  private static void check(String lang, List<String> a, List<String> b) {
    TextStats expectedA = direct(lang, a);
    TextStats expectedB = direct(lang, b);
    for (int capacity : new int[] {0, 1, 3, WordForms.DEFAULT_CAPACITY}) {
      WordForms forms = new WordForms(analyzer(lang), lang, capacity);
      WordSpans words = new WordSpans(Languages.locale(lang));
      SentenceSegmenter segmenter = new SentenceSegmenter(lang);
      for (List<String> doc : List.of(a, b, a)) {
        TextStatsBuilder builder = new TextStatsBuilder(segmenter, words, forms, WINDOW);
        for (String p : doc) {
          builder.accept(p, true);
        }
        assertEquals(doc == b ? expectedB : expectedA, builder.finish(), "capacity " + capacity);
      }
    }
  }

  private static TermAnalyzer analyzer(String lang) {
    return TermAnalyzer.create(lang, NormalizationOptions.DEFAULT, Set.of(), false);
  }

  /** The statistics counted directly from the tokenizer's words, as the builder documents them. */
  private static TextStats direct(String lang, List<String> paragraphs) {
    SentenceSegmenter segmenter = new SentenceSegmenter(lang);
    WordTokenizer tokenizer = new WordTokenizer(Languages.locale(lang));
    TermAnalyzer analyzer = analyzer(lang);
    Map<Integer, Long> lengths = new HashMap<>();
    Map<String, Long> terms = new HashMap<>();
    List<String> keys = new ArrayList<>();
    long letters = 0;
    long longWords = 0;
    long syllables = 0;
    long polysyllables = 0;
    long scriptWords = 0;
    long hard = 0;
    long osman = 0;
    long complex = 0;
    long faseeh = 0;
    for (String p : paragraphs) {
      List<Token> tokens = tokenizer.tokenize(p);
      for (var span : segmenter.segment(p)) {
        int words = 0;
        for (Token t : tokens) {
          if (t.type() != Token.Type.WORD || t.start() < span.start() || t.start() >= span.end()) {
            continue;
          }
          words++;
          String w = t.text();
          int n = (int) w.codePoints().filter(Letters::isLetter).count();
          letters += n;
          longWords += n > 6 ? 1 : 0;
          String key = analyzer.key(w);
          terms.merge(key, 1L, Long::sum);
          keys.add(key);
          int script =
              w.codePoints().filter(Letters::isLetter).map(UScript::getScript).findFirst().orElse(-1);
          if (lang.equals("en") ? script == UScript.LATIN : script == UScript.ARABIC) {
            scriptWords++;
          }
          if (lang.equals("en")) {
            int s = EnglishSyllables.count(w);
            syllables += s;
            polysyllables += s >= 3 ? 1 : 0;
          } else {
            hard += n > 5 ? 1 : 0;
            int s = ArabicSyllables.count(w).weighted();
            osman += s;
            if (s > 4) {
              complex++;
              faseeh += WordForms.isFaseeh(w) ? 1 : 0;
            }
          }
        }
        if (words > 0) { // a segment without words is no sentence
          lengths.merge(words, 1L, Long::sum);
        }
      }
    }
    return new TextStats(
        lang,
        paragraphs.size(),
        SentenceLengths.of(lengths),
        letters,
        longWords,
        syllables,
        polysyllables,
        scriptWords,
        new TextStats.OsmanCounts(hard, osman, complex, faseeh),
        terms,
        MovingTtr.of(keys, WINDOW));
  }
}
