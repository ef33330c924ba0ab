package dev.kalima.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kalima.analysis.Languages;
import dev.kalima.analysis.NormalizationOptions;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.WordTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Documents spread over several {@link WordTotals} (as worker threads fill them) and merged with
 * {@link WordTotalsMerge} give the same table as one {@link WordTotals} fed every document in
 * input order, whichever totals got which document (each getting its own in input order).
 */
class WordTotalsMergeProperties {

  private static final List<String> WORDS =
      List.of("The", "the", "THE", "cat", "Cat", "cats", "running", "runs", "don't", "don’t",
          "و", "الكتاب", "الكتابُ", "كتاب", "والكتاب", "في", "وفي", "2025", "٢٠٢٥", "Straße",
          "strasse", "l'homme", "homme", "et", ", ", ". ", " ", "-");

  /** A document: its language and its paragraphs. */
  record Doc(String lang, List<String> paragraphs) {}

  @Provide
  Arbitrary<List<Doc>> documents() {
    Arbitrary<String> paragraph =
        Arbitraries.of(WORDS).list().ofMaxSize(20).map(l -> String.join(" ", l));
    Arbitrary<Doc> doc =
        Combinators.combine(Arbitraries.of("en", "ar", "fr"), paragraph.list().ofMaxSize(4))
            .as(Doc::new);
    return doc.list().ofMaxSize(12);
  }

  @Property(tries = 400)
  void sameTableAsOneTotalsInInputOrder(
      @ForAll("documents") List<Doc> docs,
      @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll long seed,
      @ForAll boolean stem,
      @ForAll boolean numbers,
      @ForAll boolean dropStopwords) {
    WordCounter.Options options = new WordCounter.Options(1, numbers, dropStopwords);
    List<SurfaceCounts> counted = new ArrayList<>();
    WordTotals serial = new WordTotals(dropStopwords);
    for (Doc d : docs) {
      serial.add(surfaces(d, options), analyzer(d.lang(), stem));
      counted.add(surfaces(d, options));
    }

    // each document goes to a random thread, which adds its documents in input order
    Random random = new Random(seed);
    List<List<Integer>> byThread = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      byThread.add(new ArrayList<>());
    }
    for (int i = 0; i < docs.size(); i++) {
      byThread.get(random.nextInt(threads)).add(i);
    }
    WordTotals[] totals = new WordTotals[threads];
    int[] thread = new int[docs.size()];
    int[] number = new int[docs.size()];
    for (int t = 0; t < threads; t++) {
      totals[t] = new WordTotals(dropStopwords);
      for (int i : byThread.get(t)) {
        thread[i] = t;
        // a thread has its own analyzers
        number[i] = totals[t].add(counted.get(i), analyzer(docs.get(i).lang(), stem));
      }
    }
    WordTotalsMerge merge = new WordTotalsMerge();
    for (int i = 0; i < docs.size(); i++) {
      merge.document(totals[thread[i]], number[i]);
    }

    TermCounts expected = serial.toTermCounts();
    TermCounts actual = merge.toTermCounts();
    assertEquals(expected.terms(), actual.terms());
    assertEquals(expected.words(), actual.words());
    assertEquals(expected.documents(), actual.documents());
  }

  @Example
  void firstSeenFormWinsTiesByInputOrderNotByThread() {
    // "Cat" and "cat" are seen equally often: the row shows the one the input has first, even
    // though the thread that counted it told its totals second
    TermAnalyzer en = analyzer("en", false);
    WordTotals early = new WordTotals(false);
    WordTotals late = new WordTotals(false);
    int second = late.add(surfaces("cat dog"), en);
    int first = early.add(surfaces("Cat"), en);
    WordTotalsMerge merge = new WordTotalsMerge();
    merge.document(early, first);
    merge.document(late, second);
    List<TermCounts.Term> terms = merge.toTermCounts().terms();
    assertEquals(List.of("cat", "dog"), terms.stream().map(TermCounts.Term::group).toList());
    assertEquals("Cat", terms.get(0).display());
    assertEquals(2, terms.get(0).count());
    assertEquals(2, terms.get(0).docs());
  }

  @Example
  void everyDocumentMustBeTold() {
    TermAnalyzer en = analyzer("en", false);
    WordTotals one = new WordTotals(false);
    WordTotals two = new WordTotals(false);
    int a = one.add(surfaces("a"), en);
    two.add(surfaces("b"), en);
    int c = two.add(surfaces("c"), en);
    WordTotalsMerge merge = new WordTotalsMerge();
    merge.document(one, a);
    merge.document(two, c);
    assertThrows(IllegalStateException.class, merge::toTermCounts);
    assertThrows(IllegalArgumentException.class, () -> merge.document(one, a));
  }

  @Example
  void documentsAddedOutOfInputOrderAreRefused() {
    // the totals cannot tell where a form was first seen in input order then
    TermAnalyzer en = analyzer("en", false);
    WordTotals one = new WordTotals(false);
    int later = one.add(surfaces("the The"), en);
    int earlier = one.add(surfaces("The"), en);
    WordTotalsMerge merge = new WordTotalsMerge();
    merge.document(one, earlier);
    merge.document(one, later);
    assertThrows(IllegalStateException.class, merge::toTermCounts);
  }

  private static TermAnalyzer analyzer(String lang, boolean stem) {
    return TermAnalyzer.create(lang, NormalizationOptions.DEFAULT, Set.of(), stem);
  }

  private static SurfaceCounts surfaces(Doc d, WordCounter.Options options) {
    WordCounter counter =
        new WordCounter(new WordTokenizer(Languages.locale(d.lang())), null, options);
    for (String p : d.paragraphs()) {
      counter.accept(p);
    }
    return counter.surfaces();
  }

  private static SurfaceCounts surfaces(String text) {
    SurfaceCounts counts = new SurfaceCounts();
    for (String w : text.split(" ")) {
      counts.add(w, 0, w.length());
    }
    return counts;
  }
}
