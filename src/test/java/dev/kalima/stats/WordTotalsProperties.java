package dev.kalima.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kalima.analysis.Languages;
import dev.kalima.analysis.NormalizationOptions;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.WordTokenizer;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Documents counted in chunks by surface form ({@link SurfaceCounts}) and summed with {@link
 * WordTotals} give the same table as counting each document with {@link WordCounter#finish} and
 * merging the documents' tables in order.
 */
class WordTotalsProperties {

  private static final List<String> WORDS =
      List.of("The", "the", "THE", "cat", "Cat", "cats", "running", "runs", "don't", "don’t",
          "و", "الكتاب", "الكتابُ", "كتاب", "والكتاب", "في", "وفي", "2025", "٢٠٢٥", "Straße",
          "strasse", "l'homme", "homme", "et", ", ", ". ", " ", "-");

  /** A document: its language and its chunks, each a list of paragraphs. */
  record Doc(String lang, List<List<String>> chunks) {}

  @Provide
  Arbitrary<List<Doc>> documents() {
    Arbitrary<String> paragraph =
        Arbitraries.of(WORDS).list().ofMaxSize(20).map(l -> String.join(" ", l));
    Arbitrary<List<List<String>>> chunks = paragraph.list().ofMaxSize(3).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<Doc> doc = Combinators.combine(Arbitraries.of("en", "ar", "fr"), chunks).as(Doc::new);
    return doc.list().ofMaxSize(6);
  }

  @Property(tries = 300)
  void sameTableAsMergingDocumentTables(
      @ForAll("documents") List<Doc> docs,
      @ForAll boolean stem,
      @ForAll boolean numbers,
      @ForAll boolean dropStopwords) {
    WordCounter.Options options = new WordCounter.Options(1, numbers, dropStopwords);
    TermCounts expected = new TermCounts();
    WordTotals totals = new WordTotals(dropStopwords);
    for (Doc d : docs) {
      TermAnalyzer analyzer = TermAnalyzer.create(d.lang(), NormalizationOptions.DEFAULT, Set.of(), stem);
      WordTokenizer tokenizer = new WordTokenizer(Languages.locale(d.lang()));
      WordCounter whole = new WordCounter(tokenizer, analyzer, options);
      SurfaceCounts merged = null;
      for (List<String> chunk : d.chunks()) {
        WordCounter part = new WordCounter(tokenizer, null, options);
        for (String p : chunk) {
          whole.accept(p);
          part.accept(p);
        }
        merged = merged == null ? part.surfaces() : merged.merge(part.surfaces());
      }
      expected.merge(whole.finish());
      totals.add(merged, analyzer);
    }
    TermCounts actual = totals.toTermCounts();
    assertEquals(expected.terms(), actual.terms());
    assertEquals(expected.words(), actual.words());
    assertEquals(expected.documents(), actual.documents());
  }

  @Example
  void docsCountDocumentsPerGroup() {
    TermAnalyzer en = TermAnalyzer.create("en", NormalizationOptions.DEFAULT, Set.of(), false);
    WordTotals totals = new WordTotals(false);
    totals.add(surfaces("The cat the CAT"), en);
    totals.add(surfaces("a dog"), en);
    totals.add(surfaces("cat"), en);
    TermCounts table = totals.toTermCounts();
    List<TermCounts.Term> terms = table.terms();
    assertEquals(List.of("the", "cat", "a", "dog"), terms.stream().map(TermCounts.Term::group).toList());
    assertEquals(List.of(2L, 3L, 1L, 1L), terms.stream().map(TermCounts.Term::count).toList());
    assertEquals(List.of(1, 2, 1, 1), terms.stream().map(TermCounts.Term::docs).toList());
    assertEquals(3, table.documents());
    assertEquals(7, table.words());
    assertThrows(IllegalStateException.class, () -> totals.add(surfaces("late"), en));
  }

  private static SurfaceCounts surfaces(String text) {
    SurfaceCounts counts = new SurfaceCounts();
    for (String w : text.split(" ")) {
      counts.add(w, 0, w.length());
    }
    return counts;
  }
}
