package dev.kalima.keywords;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.impl.ICUData;
import com.ibm.icu.impl.ICUResourceBundle;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import java.util.HashSet;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The names of the weekdays and months of a language ("Friday", "March", "vendredi", "mars"),
 * and its words for the units of the calendar ("year", "month", "week", "day"), from ICU's date
 * symbols for the language. Like numbers, they are a closed class: a weekday or month name in a
 * news story is a time adverbial or part of a date ("said Friday", "since March 11"), and a unit
 * mostly one too ("last year", "this week", "two days"), never what the story is about; so they
 * do not open or close a candidate ("concert tour Friday", "power plant Saturday" and "Friday"
 * itself are no terms), and a name does not stand inside one unless it is part of a name itself
 * ("Wikipédia jeudi dernier" is none; "Good Friday Agreement" is).
 *
 * <ul>
 *   <li>names: the wide forms of the weekdays and months, format and stand-alone; for Arabic,
 *       also those of Levantine and Iraqi Arabic (ar_SY: كانون الثاني، شباط، آذار، نيسان...) and
 *       of the Maghreb (ar_MA, ar_DZ: جانفي، ماي، غشت...), as Arabic news writes the month in
 *       its region's series, often beside the other; of a name of two words (كانون الثاني,
 *       "January"), the first, as the second is an ordinary word ("the second"); and the
 *       words for the days next to today ("yesterday", "today", "tomorrow", "hoje", "сегодня";
 *       {@link #addRelativeDays});
 *   <li>units: the wide display names of the date fields year, month, week and day (CLDR's
 *       "year", "год", "année", "السنة"; {@link #UNITS}) and the plural forms of those units of
 *       duration ("years", "года", "лет", "ans", "سنوات", "سنتان"), matched by light stem too
 *       ("году", "années"), in Arabic by key with and without the article (سنة، السنة), and
 *       there also the bare عام ({@link #ARABIC_YEAR});
 *   <li>every form is given the text's key normalization, so that أبريل matches the key ابريل
 *       of the text (alef forms unified); with no normalizer, it is only case-folded.
 * </ul>
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

  /**
   * عام, the other Arabic word for "year" (CLDR names only سنة), in its bare form, where it is
   * mostly the year of a date or a duration ("عام 2010", "منذ عام"); with the article, العام is
   * as often the adjective "general, public" of terms (الرأي العام, public opinion; القطاع العام)
   * and stays a content word.
   */
  private static final String ARABIC_YEAR = "عام";

  /** The regional month series of Arabic besides the standard one. */
  private static final List<String> ARABIC_REGIONS = List.of("ar_SY", "ar_MA", "ar_DZ");

  /**
   * The date fields whose names are units of the calendar, as CLDR names them in ICU's locale
   * data ("fields/year/dn": the wide display name, what {@code
   * DateTimePatternGenerator.getFieldDisplayName} returns). They are read from the locale's
   * resource bundle, already loaded for the date symbols, in about 3 ms; building a pattern
   * generator to ask it took 75 ms of every run's start-up.
   */
  private static final List<String> UNITS = List.of("year", "month", "week", "day");

  private final UnaryOperator<String> key;
  private final Set<String> names = new HashSet<>();
  private final Set<String> stems = new HashSet<>();
  private final Set<String> unitKeys = new HashSet<>();
  private final Set<String> unitStems = new HashSet<>();
  private final boolean byStem;

  /**
   * @param stem the light stemmer of the text's words, to match declined forms in {@link
   *     #DECLINING} languages; {@code null} to match keys only
   */
  CalendarWords(String language, UnaryOperator<String> stem) {
    this(language, null, stem);
  }

  /**
   * @param key the text's key normalization ({@code TermAnalyzer.key}), given to every name and
   *     unit; {@code null} to case-fold them only
   * @param stem the light stemmer of the text's words, to match declined names in {@link
   *     #DECLINING} languages and the forms of the units; {@code null} to match keys only
   */
  CalendarWords(String language, UnaryOperator<String> key, UnaryOperator<String> stem) {
    this.key = key;
    boolean arabic = "ar".equals(language);
    addNames(new ULocale(language));
    if (arabic) {
      for (String region : ARABIC_REGIONS) {
        addRegionalMonths(new ULocale(region));
      }
    }
    ULocale locale = new ULocale(language);
    ICUResourceBundle data =
        (ICUResourceBundle) UResourceBundle.getBundleInstance(ICUData.ICU_BASE_NAME, locale);
    addRelativeDays(data);
    byStem = stem != null && DECLINING.contains(language);
    if (byStem) {
      for (String n : names) {
        stems.add(stem.apply(n));
      }
    }
    if (arabic) {
      unitKeys.add(normalized(ARABIC_YEAR));
    }
    ICUResourceBundle units =
        (ICUResourceBundle) UResourceBundle.getBundleInstance(ICUData.ICU_UNIT_BASE_NAME, locale);
    for (String field : UNITS) {
      try {
        addUnit(data.getStringWithFallback("fields/" + field + "/dn"), arabic, stem);
      } catch (MissingResourceException e) {
        // (no display name for this field: the plural forms below may still have it)
      }
      try {
        UResourceBundle forms = units.getWithFallback("units/duration/" + field);
        for (int i = 0; i < forms.getSize(); i++) {
          UResourceBundle form = forms.get(i);
          if (form.getType() == UResourceBundle.STRING && PLURAL_FORMS.contains(form.getKey())) {
            addUnit(form.getString().replace("{0}", ""), arabic, stem);
          }
        }
      } catch (MissingResourceException e) {
        // (no plural forms for this unit in this language)
      }
    }
  }

  /** The plural forms of a unit ("{0} year", "{0} лет") and its plural display name. */
  private static final Set<String> PLURAL_FORMS =
      Set.of("dnam", "zero", "one", "two", "few", "many", "other");

  /**
   * Adds one written form of a unit, when it is one word: its key, and its light stem (but in
   * Arabic its key without the article, as the light stem of سنة is also that of سن, age).
   */
  private void addUnit(String form, boolean arabic, UnaryOperator<String> stem) {
    String f = form == null ? "" : form.strip();
    if (!oneWord(f)) {
      return;
    }
    String k = normalized(f);
    unitKeys.add(k);
    if (arabic) {
      if (ArabicNames.hasArticle(k) && k.startsWith("ال")) {
        unitKeys.add(k.substring(2));
      }
    } else if (stem != null) {
      unitStems.add(stem.apply(k));
    }
  }

  /**
   * The words for the days next to today, one word each: CLDR's relative names of the day field
   * ("fields/day/relative": "yesterday", "today", "tomorrow"; "hier", "demain"; "вчера",
   * "сегодня", "завтра"), deictic time adverbials like the weekday names ("Olympics today").
   */
  private void addRelativeDays(ICUResourceBundle data) {
    try {
      UResourceBundle relative = data.getWithFallback("fields/day/relative");
      for (int i = 0; i < relative.getSize(); i++) {
        UResourceBundle day = relative.get(i);
        if (day.getType() == UResourceBundle.STRING) {
          String f = day.getString().strip();
          if (oneWord(f)) {
            names.add(normalized(f));
          }
        }
      }
    } catch (MissingResourceException e) {
      // (no relative day names in this language)
    }
  }

  /** True for a form of one word: not empty, no space, no no-break space. */
  private static boolean oneWord(String f) {
    return !f.isEmpty() && f.indexOf(' ') < 0 && f.indexOf('\u00A0') < 0;
  }

  private void addNames(ULocale locale) {
    DateFormatSymbols symbols = new DateFormatSymbols(locale);
    for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
      add(symbols.getWeekdays(context, DateFormatSymbols.WIDE));
      add(symbols.getMonths(context, DateFormatSymbols.WIDE));
    }
  }

  /**
   * The month names of a regional locale, read from its resource bundle (format and stand-alone,
   * wide), as {@link DateFormatSymbols} would give them, without building its other symbols (a
   * third of the cost; its weekdays are those of the language).
   */
  private void addRegionalMonths(ULocale locale) {
    ICUResourceBundle data =
        (ICUResourceBundle) UResourceBundle.getBundleInstance(ICUData.ICU_BASE_NAME, locale);
    for (String context : new String[] {"format", "stand-alone"}) {
      try {
        add(data.getWithFallback("calendar/gregorian/monthNames/" + context + "/wide")
            .getStringArray());
      } catch (MissingResourceException e) {
        // (a region without its own names inherits those of the language, added already)
      }
    }
  }

  private void add(String[] forms) {
    for (String f : forms) {
      if (f != null && !f.isBlank()) {
        String first = f.strip().split("\\s+", 2)[0];
        names.add(normalized(first));
      }
    }
  }

  private String normalized(String form) {
    return key == null ? UCharacter.foldCase(form, true) : key.apply(form);
  }

  /**
   * True when the word with this normalized key and light stem is a weekday or month name, or,
   * in a {@link #DECLINING} language, a declined form of one (same stem).
   */
  boolean contains(String key, String stem) {
    return names.contains(key) || (byStem && stems.contains(stem));
  }

  /**
   * True when the word with this normalized key and light stem is a unit of the calendar (year,
   * month, week, day) or one of its forms (same stem; in Arabic, the key with or without the
   * article).
   */
  boolean unit(String key, String stem) {
    return unitKeys.contains(key) || unitStems.contains(stem);
  }
}
