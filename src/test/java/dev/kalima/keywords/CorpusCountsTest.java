package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CorpusCountsTest {

  private static final List<String> VOCABULARY =
      List.of("oil", "prices", "rose", "of", "the", "crude", "markets");

  private static CorpusCounts count(List<String> paragraphs) {
    return new KeywordExtractor(KeywordOptions.DEFAULT, Texts.english(), null)
        .count("doc", paragraphs);
  }

  /** Every phrase of 1 to 3 vocabulary words: a superset of the keys any document can have. */
  private static List<String> phrases() {
    List<String> out = new ArrayList<>();
    for (String a : VOCABULARY) {
      out.add(a);
      for (String b : VOCABULARY) {
        out.add(a + " " + b);
        for (String c : VOCABULARY) {
          out.add(a + " " + b + " " + c);
        }
      }
    }
    return out;
  }

  @Provide
  Arbitrary<List<List<String>>> corpora() {
    Arbitrary<String> sentence =
        Arbitraries.of(VOCABULARY)
            .list()
            .ofMinSize(1)
            .ofMaxSize(6)
            .map(w -> String.join(" ", w) + ".");
    Arbitrary<List<String>> document =
        sentence.list().ofMaxSize(4).map(s -> List.of(String.join(" ", s)));
    return document.list().ofMaxSize(12);
  }

  /**
   * However the documents are ordered and grouped (groups accumulated, then the groups' values
   * merged in a shuffled order), the result is the sum of the documents' counts: documents,
   * words, and for every phrase its occurrences and the number of documents holding it.
   */
  @Property(tries = 200)
  void anyOrderAndGroupingGivesTheSums(
      @ForAll("corpora") List<List<String>> corpus, @ForAll long seed) {
    List<CorpusCounts> parts = new ArrayList<>();
    for (List<String> document : corpus) {
      parts.add(count(document));
    }
    Random random = new Random(seed);
    List<CorpusCounts> shuffled = new ArrayList<>(parts);
    Collections.shuffle(shuffled, random);
    List<CorpusCounts> groups = new ArrayList<>();
    CorpusCounts.Accumulator group = new CorpusCounts.Accumulator();
    for (CorpusCounts part : shuffled) {
      group.add(part);
      if (random.nextInt(3) == 0) {
        groups.add(group.result());
        group = new CorpusCounts.Accumulator();
      }
    }
    groups.add(group.result());
    Collections.shuffle(groups, random);
    CorpusCounts merged = CorpusCounts.EMPTY;
    for (CorpusCounts g : groups) {
      merged = random.nextBoolean() ? merged.merge(g) : g.merge(merged);
    }

    CorpusCounts.Accumulator inOrder = new CorpusCounts.Accumulator();
    for (CorpusCounts part : parts) {
      inOrder.add(part);
    }
    CorpusCounts accumulated = inOrder.result();

    assertEquals(parts.size(), accumulated.docs());
    assertEquals(parts.stream().mapToLong(CorpusCounts::words).sum(), accumulated.words());
    for (String phrase : phrases()) {
      long occurrences = 0;
      long documents = 0;
      for (CorpusCounts part : parts) {
        occurrences += part.count(phrase);
        documents += part.documentFrequency(phrase);
      }
      assertEquals(occurrences, accumulated.count(phrase), phrase);
      assertEquals(documents, accumulated.documentFrequency(phrase), phrase);
    }
    assertEquals(accumulated, merged);
    assertEquals(accumulated.hashCode(), merged.hashCode());
  }

  @Property(tries = 200)
  void mergeIsAssociativeAndCommutative(
      @ForAll("corpora") List<List<String>> corpus) {
    CorpusCounts x = corpus.size() > 0 ? count(corpus.get(0)) : CorpusCounts.EMPTY;
    CorpusCounts y = corpus.size() > 1 ? count(corpus.get(1)) : CorpusCounts.EMPTY;
    CorpusCounts z = corpus.size() > 2 ? count(corpus.get(2)) : CorpusCounts.EMPTY;
    assertEquals(x.merge(y).merge(z), x.merge(y.merge(z)));
    assertEquals(x.merge(y), y.merge(x));
    assertEquals(x, x.merge(CorpusCounts.EMPTY));
    assertEquals(x, CorpusCounts.EMPTY.merge(x));
  }

  @Test
  void aResultIsNotChangedByLaterAdds() {
    CorpusCounts a = count(List.of("Oil prices rose. Crude oil."));
    CorpusCounts b = count(List.of("Oil markets. Oil prices."));
    CorpusCounts.Accumulator acc = new CorpusCounts.Accumulator().add(a);
    CorpusCounts first = acc.result();
    assertEquals(2, first.count("oil"));
    assertEquals(1, first.documentFrequency("oil"));

    CorpusCounts both = acc.add(b).result();
    // hand-counted: "oil" twice in a, twice in b; "oil prices" once in each
    assertEquals(4, both.count("oil"));
    assertEquals(2, both.documentFrequency("oil"));
    assertEquals(2, both.count("oil prices"));
    assertEquals(2, both.docs());
    // the first result and the added values kept their own counts
    assertEquals(2, first.count("oil"));
    assertEquals(1, first.docs());
    assertEquals(a, first);
    assertNotEquals(first, both);
    assertEquals(2, b.count("oil"));
    assertEquals(a.merge(b), both);
  }

  @Test
  void mergeLeavesItsOperandsAlone() {
    CorpusCounts a = count(List.of("Oil prices rose."));
    CorpusCounts b = count(List.of("Oil exports fell. Oil again."));
    CorpusCounts ab = a.merge(b);
    assertEquals(3, ab.count("oil"));
    assertEquals(1, a.count("oil"));
    assertEquals(2, b.count("oil"));
    assertEquals(1, a.documentFrequency("oil"));
    assertEquals(1, b.docs());
  }

  @Test
  void nothingAddedIsEmpty() {
    assertSame(CorpusCounts.EMPTY, new CorpusCounts.Accumulator().result());
    assertEquals(0, CorpusCounts.EMPTY.merge(CorpusCounts.EMPTY).docs());
    assertTrue(CorpusCounts.EMPTY.count("oil") == 0);
  }
}
