package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

  /** A sentence of one to six vocabulary words and a period. */
  private static Arbitrary<String> sentences() {
    return Arbitraries.of(VOCABULARY)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(w -> String.join(" ", w) + ".");
  }

  @Provide
  Arbitrary<List<List<String>>> corpora() {
    Arbitrary<String> sentence = sentences();
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

  /** Paragraphs of vocabulary sentences, all lower case (no name or title-case decision). */
  @Provide
  Arbitrary<List<String>> documents() {
    Arbitrary<String> sentence = sentences();
    Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(3).map(s -> String.join(" ", s));
    return paragraph.list().ofMaxSize(8);
  }

  @Test
  void aKeyInTwoWindowsOfADocumentIsInOneDocument() {
    CorpusCounts a = count(List.of("Oil prices rose. Crude oil."));
    CorpusCounts b = count(List.of("Oil markets. Oil prices."));
    // hand-counted: a has 5 words, "oil" twice, "oil prices" and "crude oil" once;
    // b has 4 words, "oil" twice, "oil prices" and "markets" once
    assertEquals(5, a.words());
    assertEquals(4, b.words());
    CorpusCounts both = a.sameDocument(b);
    assertEquals(1, both.docs());
    assertEquals(9, both.words());
    assertEquals(4, both.count("oil"));
    assertEquals(1, both.documentFrequency("oil"));
    assertEquals(2, both.count("oil prices"));
    assertEquals(1, both.documentFrequency("oil prices"));
    assertEquals(1, both.count("crude oil"));
    assertEquals(1, both.documentFrequency("crude oil"));
    assertEquals(1, both.count("markets"));
    assertEquals(1, both.documentFrequency("markets"));
    assertEquals(0, both.documentFrequency("football"));
    // merge sums documents instead: the same occurrences, "oil" in two documents
    assertEquals(4, a.merge(b).count("oil"));
    assertEquals(2, a.merge(b).documentFrequency("oil"));
    // the accumulator gives the same; the operands keep their counts
    CorpusCounts.DocumentAccumulator acc = new CorpusCounts.DocumentAccumulator().add(a);
    CorpusCounts first = acc.result();
    assertEquals(both, acc.add(b).result());
    assertEquals(a, first);
    assertEquals(2, a.count("oil"));
    assertEquals(1, a.docs());
    assertEquals(2, b.count("oil"));
  }

  @Test
  void aDocumentOfOneWindowKeepsTheWindowsCounts() {
    CorpusCounts a = count(List.of("Oil prices rose. Crude oil."));
    assertEquals(a, new CorpusCounts.DocumentAccumulator().add(a).result());
    assertEquals(a, a.sameDocument(CorpusCounts.EMPTY));
    assertEquals(a, CorpusCounts.EMPTY.sameDocument(a));
    assertSame(CorpusCounts.EMPTY, new CorpusCounts.DocumentAccumulator().result());
    // an empty document is still one document, as when it is counted whole
    CorpusCounts empty = count(List.of());
    assertEquals(1, empty.docs());
    assertEquals(empty, new CorpusCounts.DocumentAccumulator().add(empty).add(empty).result());
  }

  @Test
  void theAccumulatorsOfLaterWindowsAreAddedAsWindows() {
    CorpusCounts a = count(List.of("Oil prices rose."));
    CorpusCounts b = count(List.of("Oil exports fell."));
    CorpusCounts c = count(List.of("Oil again. Oil prices."));
    CorpusCounts.DocumentAccumulator later = new CorpusCounts.DocumentAccumulator().add(b).add(c);
    CorpusCounts laterCounts = later.result();
    CorpusCounts all = new CorpusCounts.DocumentAccumulator().add(a).add(later).result();
    // hand-counted: "oil" 1 + 1 + 2, in one document; "oil prices" 1 + 0 + 1
    assertEquals(4, all.count("oil"));
    assertEquals(1, all.documentFrequency("oil"));
    assertEquals(2, all.count("oil prices"));
    assertEquals(1, all.docs());
    assertEquals(a.words() + b.words() + c.words(), all.words());
    assertEquals(laterCounts, later.result());
  }

  @Test
  void onlyWindowsOfOneDocumentAreTakenAsWindows() {
    CorpusCounts a = count(List.of("Oil prices rose."));
    CorpusCounts two = a.merge(count(List.of("Oil exports fell.")));
    assertThrows(IllegalArgumentException.class, () -> a.sameDocument(two));
    assertThrows(IllegalArgumentException.class, () -> two.sameDocument(a));
    assertThrows(
        IllegalArgumentException.class, () -> new CorpusCounts.DocumentAccumulator().add(two));
  }

  @Property(tries = 200)
  void sameDocumentIsAssociativeAndCommutative(@ForAll("documents") List<String> paragraphs) {
    List<CorpusCounts> windows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      windows.add(i < paragraphs.size() ? count(List.of(paragraphs.get(i))) : CorpusCounts.EMPTY);
    }
    CorpusCounts x = windows.get(0);
    CorpusCounts y = windows.get(1);
    CorpusCounts z = windows.get(2);
    assertEquals(x.sameDocument(y).sameDocument(z), x.sameDocument(y.sameDocument(z)));
    assertEquals(x.sameDocument(y), y.sameDocument(x));
    assertEquals(
        x.sameDocument(y).sameDocument(z),
        new CorpusCounts.DocumentAccumulator().add(x).add(y).add(z).result());
  }

  /**
   * A document of lower-case vocabulary sentences cut into windows of whole paragraphs anywhere
   * (no phrase or sentence crosses a paragraph's end) has the counts of the whole document:
   * occurrences and words summed, one document, every key's documents 1.
   */
  @Property(tries = 200)
  void windowsOfWholeParagraphsCountTheWholeDocument(
      @ForAll("documents") List<String> paragraphs, @ForAll long seed) {
    Random random = new Random(seed);
    CorpusCounts.DocumentAccumulator windows = new CorpusCounts.DocumentAccumulator();
    List<String> window = new ArrayList<>();
    int parts = 0;
    for (String p : paragraphs) {
      window.add(p);
      if (random.nextInt(3) == 0) {
        windows.add(count(window));
        parts++;
        window = new ArrayList<>();
      }
    }
    if (!window.isEmpty() || parts == 0) {
      windows.add(count(window));
    }
    CorpusCounts whole = count(paragraphs);
    assertEquals(whole, windows.result());
    assertEquals(1, whole.docs());
    for (String phrase : phrases()) {
      assertTrue(whole.documentFrequency(phrase) <= 1, phrase);
    }
  }
}
