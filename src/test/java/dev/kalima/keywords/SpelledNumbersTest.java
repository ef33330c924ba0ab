package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.kalima.analysis.Token;
import dev.kalima.analysis.WordTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParsePosition;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link SpelledNumbers} (letter pre-filter, then a cached parse) answers as a plain whole-key
 * parse with ICU's spell-out rules, on the words of the rules' own output and of news texts.
 */
class SpelledNumbersTest {

  /** The reference: ICU's spell-out rules parse the whole key. */
  private static boolean parsesWhole(RuleBasedNumberFormat format, String key) {
    ParsePosition p = new ParsePosition(0);
    Number n = format.parse(key, p);
    return n != null && p.getIndex() == key.length() && p.getErrorIndex() < 0;
  }

  /** Every word of the numbers 0..2100, a few large ones, in every public rule set. */
  private static Set<String> spelledWords(RuleBasedNumberFormat format, ULocale locale) {
    Set<String> words = new LinkedHashSet<>();
    long[] large = {10_000, 12_345, 100_000, 1_000_000, 2_500_000, 1_000_000_000L};
    for (String ruleSet : format.getRuleSetNames()) {
      for (long n = 0; n <= 2100 + large.length; n++) {
        long value = n <= 2100 ? n : large[(int) (n - 2101)];
        String text = format.format(value, ruleSet);
        words.add(text);
        for (String w : text.split("[\\s\\-\u00ad]+")) {
          words.add(w);
          words.add(UCharacter.foldCase(w, true));
          words.add(UCharacter.toUpperCase(locale, w));
        }
      }
    }
    return words;
  }

  private static void sameAsParse(String language, String example) throws IOException {
    ULocale locale = new ULocale(language);
    RuleBasedNumberFormat format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
    Set<String> words = spelledWords(format, locale);
    if (example != null) {
      String text = Files.readString(Path.of("examples", example), StandardCharsets.UTF_8);
      for (Token t : new WordTokenizer(locale).tokenize(text)) {
        words.add(t.text());
        words.add(UCharacter.foldCase(t.text(), true));
      }
    }
    words.addAll(Set.of("NaN", "nan", "Infinity", "e", "E", "x", "e5", "1e5", "", "-", "\u221e"));
    SpelledNumbers spelled = new SpelledNumbers(language);
    int numbers = 0;
    int others = 0;
    for (int round = 0; round < 2; round++) { // the second round answers from the cache
      for (String w : words) {
        boolean expected =
            parsesWhole(format, language.equals("ru") ? SpelledNumbers.withoutYo(w) : w);
        assertEquals(expected, spelled.isNumber(w), language + ": " + w);
        if (expected) {
          numbers++;
        } else {
          others++;
        }
      }
    }
    assertTrue(numbers > 20, language + ": too few numerals to compare: " + numbers);
    assertTrue(others > 20, language + ": too few other words to compare: " + others);
  }

  @Test
  void arabicAgreesWithTheParse() throws IOException {
    sameAsParse("ar", "ar-news.txt");
  }

  @Test
  void englishAgreesWithTheParse() throws IOException {
    sameAsParse("en", "en-news.txt");
  }

  @Test
  void frenchAgreesWithTheParse() throws IOException {
    sameAsParse("fr", "fr-news.txt");
  }

  @Test
  void russianAgreesWithTheParse() throws IOException {
    sameAsParse("ru", "ru-news.txt");
  }

  @Test
  void otherLanguagesAgreeWithTheParse() throws IOException {
    for (String language : new String[] {"pt", "pl", "de", "es", "it", "tr", "fa", "ur", "he"}) {
      sameAsParse(language, null);
    }
  }

  @Test
  void recognizesNumeralsAndRejectsOtherWords() {
    SpelledNumbers ar = new SpelledNumbers("ar");
    assertTrue(ar.isNumber("ثلاثة"));
    assertFalse(ar.isNumber("مدينة"));
    SpelledNumbers pt = new SpelledNumbers("pt");
    assertTrue(pt.isNumber("trinta"));
    assertFalse(pt.isNumber("cidade"));
    // Russian may write ё as е, and ICU's rules do: трёх is трех (genitive of три)
    SpelledNumbers ru = new SpelledNumbers("ru");
    assertTrue(ru.isNumber("трёх"));
    assertTrue(ru.isNumber("трех"));
    assertTrue(ru.isNumber("четырёх"));
    assertFalse(ru.isNumber("ёлка"));
    assertFalse(new SpelledNumbers("pt").isNumber("трёх"));
  }

  @Test
  void theLettersOfTheRulesAreALetterSet() {
    ULocale ar = new ULocale("ar");
    var letters =
        SpelledNumbers.letters(new RuleBasedNumberFormat(ar, RuleBasedNumberFormat.SPELLOUT), ar);
    assertTrue(letters.contains('ث'));
    assertFalse(letters.contains('ظ')); // in no Arabic numeral word
    assertFalse(letters.contains(' '));
  }
}
