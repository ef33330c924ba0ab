package dev.kalima.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kalima.analysis.Letters;
import dev.kalima.analysis.NormalizationOptions;
import dev.kalima.analysis.TermAnalyzer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link WordForms} gives for each form what computing it directly gives (letters, key,
 * syllables), one id per distinct form and one term per distinct key, for vocabularies large
 * enough to grow its tables and with capacities small enough to evict between builders.
 */
class WordFormsProperties {

  @Provide
  Arbitrary<List<String>> words() {
    Arbitrary<String> word =
        Arbitraries.strings().withChars("abcABCéE\u0301كتابةـَُ'").ofMinLength(1).ofMaxLength(7);
    return word.list().ofMinSize(1).ofMaxSize(3000);
  }

  @Property(tries = 40)
  void englishFormsAreComputedOnceAndRight(@ForAll("words") List<String> words) {
    check("en", words);
  }

  @Property(tries = 40)
  void arabicFormsAreComputedOnceAndRight(@ForAll("words") List<String> words) {
    check("ar", words);
  }

  private static void check(String lang, List<String> words) {
    TermAnalyzer analyzer = TermAnalyzer.create(lang, NormalizationOptions.DEFAULT, Set.of(), false);
    for (int capacity : new int[] {0, 50, WordForms.DEFAULT_CAPACITY}) {
      WordForms forms = new WordForms(analyzer, lang, capacity);
      // three builders in turn over halves of the list: eviction happens between them
      for (int round = 0; round < 3; round++) {
        forms.begin();
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> termOfKey = new HashMap<>();
        Map<Integer, Long> counts = new HashMap<>();
        List<String> part = round == 1 ? words.subList(words.size() / 2, words.size()) : words;
        for (String w : part) {
          char[] text = ("  " + w + " ").toCharArray();
          int f = forms.form(text, 2, 2 + w.length());
          forms.use(f);
          assertEquals(ids.computeIfAbsent(w, x -> f), f, w);
          String key = analyzer.key(w);
          int term = forms.term(f);
          assertEquals(key, forms.key(term));
          assertEquals(termOfKey.computeIfAbsent(key, k -> term), term, key);
          assertEquals(letters(w), forms.letters(f), w);
          if (lang.equals("en")) {
            assertEquals(EnglishSyllables.count(w), forms.syllables(f), w);
          } else {
            assertEquals(ArabicSyllables.count(w).weighted(), forms.osmanSyllables(f), w);
            assertEquals(WordForms.isFaseeh(w), forms.faseeh(f), w);
          }
          boolean first = forms.count(term);
          assertEquals(!counts.containsKey(term), first);
          counts.merge(term, 1L, Long::sum);
          assertEquals(counts.get(term), forms.countOf(term));
          assertEquals(1, forms.window(term, 1));
          assertEquals(0, forms.window(term, -1));
        }
      }
    }
  }

  private static int letters(String w) {
    return (int) w.codePoints().filter(Letters::isLetter).count();
  }

  /**
   * OSMAN's faseeh test as its definition reads: one of ء ئ ؤ ذ ظ, or, once harakat
   * (U+064B-U+0652) and tatweel are removed, the ending وا or ون.
   */
  @Property(tries = 2000)
  void faseehAsDefined(@ForAll("arabicWords") String w) {
    String bare = w.replaceAll("[\\u064B-\\u0652\\u0640]", "");
    boolean expected = w.chars().anyMatch(c -> "ءئؤذظ".indexOf(c) >= 0) || bare.endsWith("وا") || bare.endsWith("ون");
    assertEquals(expected, WordForms.isFaseeh(w), w);
  }

  @Provide
  Arbitrary<String> arabicWords() {
    return Arbitraries.strings().withChars("كتبونالذءوَُْـa").ofMinLength(0).ofMaxLength(6);
  }
}
