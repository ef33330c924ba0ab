package dev.kalima.keywords;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The names of the weekdays and months of a language ("Friday", "March", "vendredi", "mars"),
 * from ICU's date format symbols for the language (wide forms, in both the format and the
 * stand-alone context), case-folded. Like numbers, they are a closed class: a weekday or month
 * name in a news story is a time adverbial or part of a date ("said Friday", "since March 11"),
 * never what the story is about, so it may stand inside a candidate but not open or close one
 * ("concert tour Friday", "power plant Saturday" and "Friday" itself are no terms).
 *
 * <p>In the languages whose nouns decline for case ({@link #DECLINING}: Slavic, Baltic, Finnic,
 * Hungarian), a weekday or month in a time adverbial is mostly in an oblique case that ICU does
 * not list: Russian "в субботу", "в январе", Polish "w sobotę", Czech "v sobotu", Finnish
 * "lauantaina", Hungarian "szombaton". There a word whose light stem is the stem of a name is one
 * too. Not in other languages, where stems would also catch unrelated words (German "Montage",
 * assembly, stems as "Montag"; Arabic "جمعية", association, as "الجمعة", Friday).
 */
final class CalendarWords {

  /** Languages with case declension of nouns, where the names are matched by stem too. */
  static final Set<String> DECLINING =
      Set.of("ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "lt", "lv", "fi", "et",
          "hu");

  private final Set<String> names = new HashSet<>();
  private final Set<String> stems = new HashSet<>();
  private final boolean byStem;

  /**
   * @param stem the light stemmer of the text's words, to match declined forms in {@link
   *     #DECLINING} languages; {@code null} to match keys only
   */
  CalendarWords(String language, UnaryOperator<String> stem) {
    DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(language));
    for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
      add(symbols.getWeekdays(context, DateFormatSymbols.WIDE));
      add(symbols.getMonths(context, DateFormatSymbols.WIDE));
    }
    byStem = stem != null && DECLINING.contains(language);
    if (byStem) {
      for (String n : names) {
        stems.add(stem.apply(n));
      }
    }
  }

  private void add(String[] forms) {
    for (String f : forms) {
      if (f != null && !f.isEmpty()) {
        names.add(UCharacter.foldCase(f, true));
      }
    }
  }

  /**
   * True when the word with this normalized key and light stem is a weekday or month name, or,
   * in a {@link #DECLINING} language, a declined form of one (same stem).
   */
  boolean contains(String key, String stem) {
    return names.contains(key) || (byStem && stems.contains(stem));
  }
}
