package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** {@link SimpleSentenceBreaks} gives ICU's sentence boundaries wherever it answers. */
class SimpleSentenceBreaksProperties {

  /** Every sentence-break class: letters of each case, digits, terminators, closers, spaces... */
  private static final String PIECES =
      "aAbZzé ÉßΣσ ёЁ كتاب中かカ 0123٣ .?!…؟。۔‼ ;:,،؛-–— \"'()[]«»“”‘’ \u00A0\u2003\t $%+@#/&*_"
          + "\u064E\u0651\u200C\u200D\u00AD\n\r\u2029\u0085";

  @Provide
  Arbitrary<String> mixed() {
    Arbitrary<String> pieces =
        Arbitraries.of(PIECES.codePoints().mapToObj(Character::toString).toList());
    return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> prose() {
    Arbitrary<String> word = Arbitraries.of("the", "The", "U", "S", "e", "g", "3", "5", "Paris", "ville", "قال", "он", "Он");
    Arbitrary<String> glue = Arbitraries.of(" ", ". ", ".", "? ", "! ", ".) ", ".\" ", "...", " (", ", ", ": ", ".  ", "?!", ". - ", ".'");
    return Arbitraries.strings().ofLength(0).flatMap(e -> word.list().ofMaxSize(12).flatMap(ws ->
        glue.list().ofSize(ws.size()).map(gs -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < ws.size(); i++) {
            sb.append(ws.get(i)).append(gs.get(i));
          }
          return sb.toString();
        })));
  }

  @Property(tries = 3000)
  void mixedTextsGiveIcusBoundaries(@ForAll("mixed") String text) {
    check(text);
  }

  @Property(tries = 3000)
  void proseGivesIcusBoundaries(@ForAll("prose") String text) {
    check(text);
  }

  @Property(tries = 1000)
  void anyTextGivesIcusBoundaries(@ForAll @StringLength(max = 30) String text) {
    check(text);
  }

  @Example
  void marksAndSeparatorsAreLeftToIcu() {
    SentenceSegmenter.Candidates out = new SentenceSegmenter.Candidates();
    assertFalse(SimpleSentenceBreaks.find("قالَ. ثم", out));
    assertFalse(SimpleSentenceBreaks.find("one.\ntwo", out));
    assertEquals(0, out.size);
    assertTrue(SimpleSentenceBreaks.find("It is 3.5 m. The U.S. team won. e.g. this", out));
    assertEquals(List.of(13, 41), list(out)); // not after 3. (SB6), U.S. or won. before a lower-case word (SB8)
  }

  private static void check(String text) {
    SentenceSegmenter.Candidates out = new SentenceSegmenter.Candidates();
    if (!SimpleSentenceBreaks.find(text, out)) {
      return;
    }
    BreakIterator icu = BreakIterator.getSentenceInstance(ULocale.ROOT);
    icu.setText(text);
    List<Integer> expected = new ArrayList<>();
    for (int b = icu.next(); b != BreakIterator.DONE; b = icu.next()) {
      expected.add(b);
    }
    assertEquals(expected, list(out), text);
  }

  private static List<Integer> list(SentenceSegmenter.Candidates c) {
    return Arrays.stream(c.values, 0, c.size).boxed().toList();
  }
}
