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

  /** With --top, --sort alpha shows the top most frequent rows (count order), alphabetically. */
  @Property(tries = 300)
  void alphaWithTopShowsTheMostFrequentInCollationOrder(
      @ForAll("tables") TermCounts table,
      @ForAll("locales") String locale,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int top) {
    ULocale loc = new ULocale(locale);
    List<String> byCount = new ArrayList<>();
    WordsReport.Options count = new WordsReport.Options(0, 1, 1, WordsReport.Sort.COUNT, true, false, false);
    for (List<Object> row : new WordsReport(count, loc).rows(table, List.of())) {
      byCount.add((String) row.get(4));
    }
    List<String> expected = new ArrayList<>(byCount.subList(0, Math.min(top, byCount.size())));
    Collator collator = Collator.getInstance(loc);
    expected.sort(Comparator.<String, String>comparing(k -> k, collator::compare).thenComparing(k -> k));
    WordsReport.Options alpha = new WordsReport.Options(top, 1, 1, WordsReport.Sort.ALPHA, true, false, false);
    List<String> actual = new ArrayList<>();
    List<Long> ranks = new ArrayList<>();
    for (List<Object> row : new WordsReport(alpha, loc).rows(table, List.of())) {
      ranks.add((Long) row.get(0));
      actual.add((String) row.get(4));
    }
    assertEquals(expected, actual);
    for (int i = 0; i < ranks.size(); i++) {
      assertEquals(i + 1L, ranks.get(i)); // rank stays the row number
    }
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
