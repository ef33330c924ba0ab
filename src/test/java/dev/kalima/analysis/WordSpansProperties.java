package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** {@link WordSpans} lists exactly the word tokens of {@link WordTokenizer}. */
class WordSpansProperties {

  private static final String PIECES =
      "abcXYZ éè\u0301ß İıI 'ʼ’‘-—–.,;:!?()«»“”\" \n\t lLdDqQ&&"
          + "كتابأإآٱىة\u064E\u064B\u0651\u0652\u0670\u0640،؛؟٠١٢۳\u200C\u200D\u200F\u202B"
          + "\uFEFB\uFE8D 中文かなカナ한국 ΣΆ ёЁ 0123456789 👨\u200D👩🍕❤\uFE0F";

  private static final List<String> LANGUAGES = List.of("und", "en", "fr", "it", "ar", "ru");

  @Provide
  Arbitrary<String> mixed() {
    java.util.List<String> units = new java.util.ArrayList<>(PIECES.codePoints().mapToObj(Character::toString).toList());
    // the starts of addresses, so that links (and near misses) come up
    units.addAll(java.util.List.of("https://", "http://", "www.", "@", ".com", ".c", "ab", "a1", "/", "?", "(", ")"));
    Arbitrary<String> pieces = Arbitraries.of(units);
    return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void anyUnicodeGivesTheTokenizersWords(@ForAll @StringLength(max = 80) String text) {
    check(text);
  }

  @Property(tries = 500)
  void mixedScriptsGiveTheTokenizersWords(@ForAll("mixed") String text) {
    check(text);
  }

  @Example
  void wordsOnlyWithElisionsSplit() {
    WordSpans spans = new WordSpans(Languages.locale("fr"));
    String text = "L'homme a 3 chats, aujourd'hui.";
    spans.scan(text);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      words.add(text.substring(spans.start(i), spans.end(i)));
    }
    assertEquals(List.of("L'", "homme", "a", "chats", "aujourd'hui"), words);
  }

  @Example
  void reusedForAnotherText() {
    WordSpans spans = new WordSpans(Languages.locale("en"));
    spans.scan("one two three");
    spans.scan("four");
    assertEquals(1, spans.size());
    assertEquals(0, spans.start(0));
    assertEquals(4, spans.end(0));
  }

  private static void check(String text) {
    for (String lang : LANGUAGES) {
      List<int[]> expected = new ArrayList<>();
      for (Token t : new WordTokenizer(Languages.locale(lang)).tokenize(text)) {
        if (t.type() == Token.Type.WORD) {
          expected.add(new int[] {t.start(), t.end()});
        }
      }
      for (boolean fast : new boolean[] {true, false}) {
        WordSpans spans = new WordSpans(Languages.locale(lang), fast);
        spans.scan("something else first");
        spans.scan(text);
        assertEquals(expected.size(), spans.size(), lang + ": " + text);
        for (int i = 0; i < spans.size(); i++) {
          assertEquals(expected.get(i)[0], spans.start(i), lang + ": " + text);
          assertEquals(expected.get(i)[1], spans.end(i), lang + ": " + text);
        }
      }
    }
  }
}
