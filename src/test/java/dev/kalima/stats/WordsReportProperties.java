package dev.kalima.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rows come in the documented order: count, then the language's collation, then code points. */
class WordsReportProperties {

  private static final List<String> WORDS =
      List.of("a", "A", "b", "é", "e", "E", "ß", "ss", "كتاب", "الكتاب", "كتب", "Zebra", "zebra",
          "ǅ", "œuvre", "oeuvre", "ﻻ", "لا", "中", "1", "a b", "ab");

  @Provide
  Arbitrary<TermCounts> tables() {
    Arbitrary<String> word = Arbitraries.of(WORDS);
    Arbitrary<long[]> add = Arbitraries.longs().between(1, 4).map(n -> new long[] {n});
    return net.jqwik.api.Combinators.combine(word.list().ofMaxSize(30), add.list().ofSize(30))
        .as((words, counts) -> {
          TermCounts t = new TermCounts();
          for (int i = 0; i < words.size(); i++) {
            t.add(words.get(i), words.get(i), words.get(i), counts.get(i)[0]);
          }
          return t;
        });
  }

  @Property(tries = 300)
  void rowsAreSortedByCountThenCollationThenCodePoints(
      @ForAll("tables") TermCounts table,
      @ForAll boolean alpha,
      @ForAll("locales") String locale,
      @ForAll boolean twoThreads) {
    ULocale loc = new ULocale(locale);
    WordsReport.Sort sort = alpha ? WordsReport.Sort.ALPHA : WordsReport.Sort.COUNT;
    WordsReport.Options options = new WordsReport.Options(0, 1, 1, sort, true, false, false);
    // with two threads, every stretch of two or more terms is keyed and sorted in two halves
    WordsReport report =
        twoThreads ? new WordsReport(options, loc, 2, 2) : new WordsReport(options, loc);
    List<String> actual = new ArrayList<>();
    for (List<Object> row : report.rows(table, List.of())) {
      actual.add((String) row.get(4)); // the key column
    }
    Collator collator = Collator.getInstance(loc);
    Comparator<TermCounts.Term> byCollation =
        Comparator.<TermCounts.Term, String>comparing(TermCounts.Term::group, collator::compare)
            .thenComparing(TermCounts.Term::group);
    Comparator<TermCounts.Term> order =
        alpha
            ? byCollation
            : Comparator.comparingLong(TermCounts.Term::count).reversed().thenComparing(byCollation);
    List<TermCounts.Term> expected = new ArrayList<>(table.terms());
    expected.removeIf(t -> WordsReport.letters(t.key()) < 1);
    expected.sort(order);
    assertEquals(expected.stream().map(TermCounts.Term::key).toList(), actual);
  }

  @Provide
  Arbitrary<String> locales() {
    return Arbitraries.of("", "en", "ar", "fr", "de", "sv");
  }

  /** The early-stopping test agrees with counting all letters, for every threshold. */
  @Property(tries = 300)
  void hasLettersAgreesWithLetters(@ForAll("lettersAndMarks") String s) {
    for (int min = 0; min <= 6; min++) {
      assertEquals(WordsReport.letters(s) >= min, WordsReport.hasLetters(s, min), s + " " + min);
    }
  }

  @Provide
  Arbitrary<String> lettersAndMarks() {
    return Arbitraries.of("a", "Z", "7", "-", "'", "\u064E", "ك", "٣", "𝒳", "🍕", " ", "\u0301")
        .list().ofMaxSize(8).map(l -> String.join("", l));
  }
}
