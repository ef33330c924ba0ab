package dev.kalima.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kalima.analysis.Languages;
import dev.kalima.analysis.NormalizationOptions;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.Token;
import dev.kalima.analysis.WordTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Single words counted per distinct surface form give the same table as counting every token
 * (the plain per-token algorithm, written out here as the reference).
 */
class WordCounterProperties {

  private static final List<String> WORDS =
      List.of("The", "the", "THE", "cat", "Cat", "cats", "running", "runs", "don't", "don’t",
          "و", "الكتاب", "الكتابُ", "كتاب", "والكتاب", "في", "وفي", "2025", "٢٠٢٥", "Straße",
          "strasse", "l'homme", ", ", ". ", "\n\n", " ", " ", " ", "-");

  @Provide
  Arbitrary<List<String>> paragraphs() {
    Arbitrary<String> paragraph =
        Arbitraries.of(WORDS).list().ofMaxSize(30).map(l -> String.join(" ", l));
    return paragraph.list().ofMinSize(1).ofMaxSize(5);
  }

  @Property(tries = 300)
  void sameTableAsCountingEveryToken(
      @ForAll("paragraphs") List<String> paragraphs,
      @ForAll boolean stem,
      @ForAll boolean numbers,
      @ForAll boolean dropStopwords,
      @ForAll("langs") String lang) {
    assertSame(paragraphs, lang, stem, new WordCounter.Options(1, numbers, dropStopwords));
  }

  @Provide
  Arbitrary<String> langs() {
    return Arbitraries.of("en", "ar", "fr");
  }

  @Example
  void exampleFilesGiveTheSameTable() throws IOException {
    for (String name : List.of("ar-news.txt", "en-news.txt", "fr-news.txt", "ru-news.txt")) {
      String text = Files.readString(Path.of("examples", name), StandardCharsets.UTF_8);
      List<String> paragraphs = List.of(text.split("\n\n"));
      String lang = name.substring(0, 2);
      assertSame(paragraphs, lang, true, new WordCounter.Options(1, true, true));
      assertSame(paragraphs, lang, false, WordCounter.Options.DEFAULT);
    }
  }

  @Example
  void anNgramIsShownWithItsHyphensAndCountedWithItsSpacedForm() {
    TermAnalyzer analyzer = TermAnalyzer.create("en", NormalizationOptions.DEFAULT, Set.of(), false);
    WordCounter counter =
        new WordCounter(
            new WordTokenizer(Languages.locale("en")), analyzer, new WordCounter.Options(2, false, false));
    counter.accept("real-time systems and real time systems; real-time systems");
    Map<String, String> shown = new LinkedHashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (TermCounts.Term t : counter.finish().terms()) {
      shown.put(t.key(), t.display());
      counts.put(t.key(), t.count());
    }
    assertEquals("real-time", shown.get("real time")); // 2 hyphenated, 1 spaced
    assertEquals(3L, counts.get("real time"));
    assertEquals("time systems", shown.get("time systems"));
    // a hyphen with spaces around it is a dash: punctuation, so no n-gram runs across it
    WordCounter dash =
        new WordCounter(
            new WordTokenizer(Languages.locale("en")), analyzer, new WordCounter.Options(2, false, false));
    dash.accept("Paris - Berlin");
    assertEquals(List.of(), dash.finish().terms());
  }

  /** An n-gram of words written without a space between them is shown without one. */
  @Example
  void anNgramOfAdjacentWordsIsShownAsWritten() {
    assertEquals(
        Map.of("l' homme", "L'homme", "homme est", "homme est", "est venu", "est venu"),
        shownBigrams("fr", "L'homme est venu"));
    // Japanese and Thai write no space between words
    assertEquals(Map.of("日本語 の", "日本語の", "の テキスト", "のテキスト"), shownBigrams("ja", "日本語のテキスト"));
  }

  /** An n-gram never ends on an elided word: "a entraîné l'" would cut "l'annulation" in two. */
  @Example
  void anNgramNeverEndsOnAnElidedWord() {
    assertEquals(
        Map.of("a entraîné", "a entraîné", "l' annulation", "l'annulation"),
        shownBigrams("fr", "a entraîné l'annulation"));
    assertEquals(
        Map.of("entraîné l' annulation", "entraîné l’annulation"),
        shownNgrams("fr", 3, "a entraîné l’annulation"));
  }

  private static Map<String, String> shownBigrams(String lang, String text) {
    return shownNgrams(lang, 2, text);
  }

  private static Map<String, String> shownNgrams(String lang, int n, String text) {
    TermAnalyzer analyzer = TermAnalyzer.create(lang, NormalizationOptions.DEFAULT, Set.of(), false);
    WordCounter counter =
        new WordCounter(
            new WordTokenizer(Languages.locale(lang)), analyzer, new WordCounter.Options(n, false, false));
    counter.accept(text);
    Map<String, String> shown = new LinkedHashMap<>();
    for (TermCounts.Term t : counter.finish().terms()) {
      shown.put(t.key(), t.display());
    }
    return shown;
  }

  /**
   * Runs of n words for n past the window's first size (8) and up to a huge --ngrams: the window
   * grows as a run gets long, so every n-gram of a long run is counted and an n that no run
   * reaches costs nothing.
   */
  @Example
  void longNgramsAreCountedAndAHugeNNeedsNoMemory() {
    TermAnalyzer analyzer = TermAnalyzer.create("en", NormalizationOptions.DEFAULT, Set.of(), false);
    WordTokenizer tokenizer = new WordTokenizer(Languages.locale("en"));
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      words.add("w" + (char) ('a' + i));
    }
    String run = String.join(" ", words);
    for (int n : new int[] {8, 9, 17, 25}) {
      WordCounter counter = new WordCounter(tokenizer, analyzer, new WordCounter.Options(n, false, false));
      counter.accept(run + ". " + run);
      List<TermCounts.Term> terms = counter.finish().terms();
      assertEquals(25 - n + 1, terms.size(), "n = " + n); // each n-gram of the run, seen twice
      assertEquals(String.join(" ", words.subList(0, n)), terms.get(0).key());
      assertEquals(2L, terms.get(0).count());
      assertEquals(String.join(" ", words.subList(25 - n, 25)), terms.get(terms.size() - 1).key());
    }
    WordCounter huge =
        new WordCounter(tokenizer, analyzer, new WordCounter.Options(Integer.MAX_VALUE, false, false));
    huge.accept(run);
    TermCounts table = huge.finish();
    assertEquals(List.of(), table.terms());
    assertEquals(25L, table.words());
  }

  @Example
  void flushingMidwayChangesNothing() {
    TermAnalyzer analyzer = TermAnalyzer.create("en", NormalizationOptions.DEFAULT, Set.of(), false);
    WordTokenizer tokenizer = new WordTokenizer(Languages.locale("en"));
    WordCounter once = new WordCounter(tokenizer, analyzer, WordCounter.Options.DEFAULT);
    WordCounter flushed = new WordCounter(tokenizer, analyzer, WordCounter.Options.DEFAULT);
    for (String p : List.of("The cat and the dog.", "A dog, THE dog", "cat Cat cat")) {
      once.accept(p);
      flushed.accept(p);
      flushed.flush();
    }
    assertEquals(once.finish().terms(), flushed.finish().terms());
  }

  private static void assertSame(
      List<String> paragraphs, String lang, boolean stem, WordCounter.Options options) {
    TermAnalyzer analyzer = TermAnalyzer.create(lang, NormalizationOptions.DEFAULT, Set.of(), stem);
    WordTokenizer tokenizer = new WordTokenizer(Languages.locale(lang));
    WordCounter counter = new WordCounter(tokenizer, analyzer, options);
    for (String p : paragraphs) {
      counter.accept(p);
    }
    TermCounts actual = counter.finish();
    Reference expected = new Reference();
    for (String p : paragraphs) {
      for (Token t : tokenizer.tokenize(p)) {
        if (t.type() != Token.Type.WORD && !options.numbers()) {
          continue;
        }
        expected.words++; // numbers count in the total when they are counted
        String key = analyzer.key(t.text());
        if (options.dropStopwords() && analyzer.isStopword(key)) {
          continue;
        }
        expected.add(stem ? analyzer.stem(key) : key, key, t.text());
      }
    }
    assertEquals(expected.words, actual.words());
    assertEquals(expected.terms(), actual.terms());
  }

  /** The per-token table: group -> key -> surface -> count, all in first-seen order. */
  private static final class Reference {
    long words;
    final Map<String, Map<String, Map<String, Long>>> groups = new LinkedHashMap<>();

    void add(String group, String key, String surface) {
      groups.computeIfAbsent(group, g -> new LinkedHashMap<>())
          .computeIfAbsent(key, k -> new LinkedHashMap<>())
          .merge(surface, 1L, Long::sum);
    }

    List<TermCounts.Term> terms() {
      List<TermCounts.Term> out = new ArrayList<>();
      for (Map.Entry<String, Map<String, Map<String, Long>>> g : groups.entrySet()) {
        long count = 0;
        String display = null;
        String displayKey = null;
        long best = -1;
        List<Map.Entry<String, Long>> perKey = new ArrayList<>(); // top surface -> key total
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> k : g.getValue().entrySet()) {
          long total = 0;
          String top = null;
          long topCount = -1;
          for (Map.Entry<String, Long> s : k.getValue().entrySet()) {
            total += s.getValue();
            if (s.getValue() > topCount) {
              topCount = s.getValue();
              top = s.getKey();
            }
            if (s.getValue() > best) {
              best = s.getValue();
              display = s.getKey();
              displayKey = k.getKey();
            }
          }
          count += total;
          perKey.add(Map.entry(top, total));
          keys.add(k.getKey());
        }
        List<String> forms = new ArrayList<>();
        if (perKey.size() > 1) {
          List<Integer> idx = new ArrayList<>();
          for (int i = 0; i < perKey.size(); i++) {
            idx.add(i);
          }
          idx.sort((a, b) -> Long.compare(perKey.get(b).getValue(), perKey.get(a).getValue()));
          for (int i : idx) {
            if (!keys.get(i).equals(displayKey)) {
              forms.add(perKey.get(i).getKey());
            }
          }
        }
        out.add(new TermCounts.Term(g.getKey(), count, 1, display, displayKey, forms));
      }
      return out;
    }
  }
}
