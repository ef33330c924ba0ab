package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class WordTokenizerProperties {

  private static final String PIECES =
      "abcXYZ éè\u0301ß İıI 'ʼ’‘-—–.,;:!?()«»“”\" \n\t&&"
          + "كتابأإآٱىة\u064E\u064B\u0651\u0652\u0670\u0640،؛؟٠١٢۳\u200C\u200D\u200F\u202B"
          + "\uFEFB\uFE8D 中文かなカナ한국 ΣΆ ёЁ 0123456789 👨\u200D👩🍕❤\uFE0F";

  @Provide
  Arbitrary<String> mixed() {
    java.util.List<String> units = new java.util.ArrayList<>(PIECES.codePoints().mapToObj(Character::toString).toList());
    // the starts of addresses, so that links (and near misses) come up
    units.addAll(java.util.List.of("https://", "http://", "www.", "@", ".com", ".c", "ab", "a1", "/", "?", "(", ")"));
    Arbitrary<String> pieces = Arbitraries.of(units);
    return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void anyUnicodeTokenTextIsItsSpan(@ForAll @StringLength(max = 80) String text) {
    checkTokens(text);
  }

  @Property(tries = 500)
  void mixedScriptTokenTextIsItsSpan(@ForAll("mixed") String text) {
    checkTokens(text);
  }

  @Property(tries = 300)
  void normalizingNeverThrowsAndIsIdempotentOnArabicRules(@ForAll("mixed") String text) {
    for (String lang : List.of("ar", "tr", "el", "en")) {
      TermAnalyzer a = TermAnalyzer.create(lang, NormalizationOptions.DEFAULT, Set.of(), true);
      for (Token t : new WordTokenizer(Languages.locale(lang)).tokenize(text)) {
        String key = a.key(t.text());
        a.isStopword(key);
        a.stem(key);
        assertEquals(key, a.key(key), "key of a key: " + t.text());
      }
    }
  }

  private static void checkTokens(String text) {
    for (String lang : List.of("und", "fr", "ar")) {
      List<Token> tokens = new WordTokenizer(Languages.locale(lang)).tokenize(text);
      int previousEnd = 0;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        assertEquals(text.substring(t.start(), t.end()), t.text());
        assertFalse(t.text().isEmpty());
        assertTrue(t.start() >= previousEnd, "tokens overlap");
        if (i == 0) {
          assertTrue(t.breakBefore(), "first token breaks");
        }
        previousEnd = t.end();
      }
    }
  }
}
