package dev.kalima.keywords;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Set;

/**
 * The names of the weekdays and months of a language ("Friday", "March", "vendredi", "mars"),
 * from ICU's date format symbols for the language (wide forms, in both the format and the
 * stand-alone context), case-folded. Like numbers, they are a closed class: a weekday or month
 * name in a news story is a time adverbial or part of a date ("said Friday", "since March 11"),
 * never what the story is about, so it may stand inside a candidate but not open or close one
 * ("concert tour Friday", "power plant Saturday" and "Friday" itself are no terms).
 */
final class CalendarWords {

  private final Set<String> names = new HashSet<>();

  CalendarWords(String language) {
    DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(language));
    for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
      add(symbols.getWeekdays(context, DateFormatSymbols.WIDE));
      add(symbols.getMonths(context, DateFormatSymbols.WIDE));
    }
  }

  private void add(String[] forms) {
    for (String f : forms) {
      if (f != null && !f.isEmpty()) {
        names.add(UCharacter.foldCase(f, true));
      }
    }
  }

  /** True when the normalized key is a weekday or month name of the language. */
  boolean contains(String key) {
    return names.contains(key);
  }
}
