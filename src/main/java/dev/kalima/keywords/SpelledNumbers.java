package dev.kalima.keywords;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.HashMap;
import java.util.Map;

/**
 * Recognizes numbers written as words ("dois", "três", "trinta", "ثلاثة") with ICU's spell-out
 * rules for the language ({@link RuleBasedNumberFormat#SPELLOUT}): a word the rules parse whole
 * is a cardinal or ordinal numeral, a closed class that, like a number in digits, may stand
 * inside a phrase but never opens or closes one. Only needed where no part-of-speech tagger
 * marks numerals (NUM). Results are cached per key (at most {@value #CACHE_LIMIT} keys). Not
 * thread-safe.
 */
final class SpelledNumbers {

  private static final int CACHE_LIMIT = 100_000;

  private final String language;
  private final Map<String, Boolean> cache = new HashMap<>();
  /** Built on first use: languages with a tagger never need it. */
  private RuleBasedNumberFormat format;

  SpelledNumbers(String language) {
    this.language = language;
  }

  /** True when the whole key parses as a spelled-out number. */
  boolean isNumber(String key) {
    Boolean known = cache.get(key);
    if (known != null) {
      return known;
    }
    if (format == null) {
      format = new RuleBasedNumberFormat(new ULocale(language), RuleBasedNumberFormat.SPELLOUT);
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
}
