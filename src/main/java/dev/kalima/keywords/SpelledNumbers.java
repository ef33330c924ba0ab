package dev.kalima.keywords;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.HashMap;
import java.util.Map;

/**
 * Recognizes numbers written as words ("dois", "três", "trinta", "ثلاثة") with ICU's spell-out
 * rules for the language ({@link RuleBasedNumberFormat#SPELLOUT}): a word the rules parse whole
 * is a cardinal or ordinal numeral, a closed class that, like a number in digits, may stand
 * inside a phrase but never opens or closes one. Only needed where no part-of-speech tagger
 * marks numerals (NUM).
 *
 * <ol>
 *   <li>A key holding a letter that appears nowhere in the rules' own text ({@link
 *       RuleBasedNumberFormat#toString}, every rule set) nor in the locale's number symbols
 *       (NaN, infinity, exponent, signs, separators...), in any case, is not a number: the parse
 *       (not lenient) only consumes the rules' literal text, or digits and symbols through a
 *       number format, so such a letter can never be consumed. Most words of a large vocabulary stop here.
 *   <li>Any other key is parsed; the result is cached per key (at most {@value #CACHE_LIMIT}
 *       keys, emptied when full).
 * </ol>
 *
 * Not thread-safe.
 */
final class SpelledNumbers {

  private static final int CACHE_LIMIT = 100_000;

  private final String language;
  private final Map<String, Boolean> cache = new HashMap<>();
  /** Built on first use: languages with a tagger never need it. */
  private RuleBasedNumberFormat format;
  /** The letters a spelled-out number may hold (see the class comment), built with the format. */
  private UnicodeSet letters;

  SpelledNumbers(String language) {
    this.language = language;
  }

  /**
   * True when the whole key parses as a spelled-out number. In Russian, ё is first written as е:
   * Russian spelling may write either, and ICU's rules write е (трех, not трёх).
   */
  boolean isNumber(String key) {
    if (language.equals("ru")) {
      key = withoutYo(key);
    }
    if (format == null) {
      ULocale locale = new ULocale(language);
      format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
      letters = letters(format, locale);
    }
    if (hasForeignLetter(key)) {
      return false;
    }
    Boolean known = cache.get(key);
    if (known != null) {
      return known;
    }
    ParsePosition p = new ParsePosition(0);
    Number n = format.parse(key, p);
    boolean number = n != null && p.getIndex() == key.length() && p.getErrorIndex() < 0;
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(key, number);
    return number;
  }

  /** The key with ё (and Ё) written as е (Е), the spelling ICU's Russian rules use. */
  static String withoutYo(String key) {
    return key.replace('ё', 'е').replace('Ё', 'Е');
  }

  /** True when the key holds a letter outside {@link #letters}. */
  private boolean hasForeignLetter(String key) {
    for (int i = 0; i < key.length(); ) {
      int cp = key.codePointAt(i);
      if (UCharacter.isLetter(cp) && !letters.contains(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * The letters of the rules' text and of the locale's number symbols: every letter a
   * non-lenient parse can consume.
   */
  static UnicodeSet letters(RuleBasedNumberFormat format, ULocale locale) {
    UnicodeSet set = new UnicodeSet();
    set.addAll(format.toString());
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    for (String s :
        new String[] {
          symbols.getNaN(),
          symbols.getInfinity(),
          symbols.getExponentSeparator(),
          symbols.getExponentMultiplicationSign(),
          symbols.getMinusSignString(),
          symbols.getPlusSignString(),
          symbols.getPercentString(),
          symbols.getPerMillString(),
          symbols.getDecimalSeparatorString(),
          symbols.getGroupingSeparatorString(),
          symbols.getCurrencySymbol(),
          symbols.getInternationalCurrencySymbol(),
        }) {
      if (s != null) {
        set.addAll(s);
      }
    }
    for (String digit : symbols.getDigitStrings()) {
      set.addAll(digit);
    }
    // number parsing may ignore case (e.g. an exponent "e" for "E"): take every case variant
    set.closeOver(UnicodeSet.CASE);
    return set.retainAll(new UnicodeSet("[:L:]")).freeze();
  }
}
