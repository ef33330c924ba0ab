package dev.kalima.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The detector as it was before the single-pass tally and the allocation-free stopword lookup:
 * kept as the reference the new one must agree with on every input (changed since only where the
 * rule changed: a word capitalized inside a sentence only breaks ties).
 *
 * <p>Decides a document's language from a sample of its text: first the dominant script (ICU
 * UScript), then, among the languages written in that script, the one whose stopwords cover the
 * most words of the sample (its {@link Language#detectionStopwords}). Immutable and thread-safe.
 *
 * <ol>
 *   <li>Only the first {@value #MAX_WORDS} words are looked at. Letters are counted per script
 *       (UScript of each letter; Common and Inherited ignored); the script with the most letters
 *       wins, ties going to the lower ICU script code. No letters gives "und".
 *   <li>Han, Hiragana, Katakana and Hangul count together: "ja" when kana are at least a tenth of
 *       them, else "ko" when Hangul is, else "zh".
 *   <li>Arabic script: "ar", unless the Persian letters پ چ ژ گ ک ی outnumber the Arabic-only
 *       forms ك ي ة; then "ckb" when the Sorani letters ە ێ ۆ ڵ ڕ make at least 2% of the
 *       Arabic-script letters, "ur" when the Urdu letters ٹ ڈ ڑ ں ے do, "ps" for the Pashto
 *       letters ټ ډ ړ ښ ږ ځ څ, else "fa".
 *   <li>Cyrillic, by the letters only one language has, when they make at least 0.5% of the
 *       Cyrillic letters: "be" for ў; else the most frequent of ы э ё "ru" (Bulgarian has none of
 *       them), є ї ґ і "uk", ђ ћ ј љ њ џ "sr", ѓ ќ ѕ "mk" (so a quoted Київ does not make a
 *       Russian text Ukrainian); otherwise the best stopword coverage among ru, bg, sr (in that
 *       order on ties).
 *   <li>Latin: "vi" when ư ơ make at least 1% of the Latin letters, "pl" when ł ż ź ś make at
 *       least 0.5% (languages without a stopword list, which would otherwise pass for a
 *       neighbour); else the best stopword coverage among the Latin-script languages with a list
 *       (order on ties: en fr es de it pt nl sv da no fi tr id ro hu cs ca gl eu et lt lv ga sr);
 *       "und" when fewer than two words of the sample are stopwords of the best one (a lone hit is chance:
 *       "Ben" is a Turkish stopword). Cyrillic and Devanagari fall back to ru and hi instead.
 *   <li>Devanagari: hi or ne by stopword coverage (hi on ties). Every other script maps to its
 *       main language: Greek el, Hebrew he, Thai th, Armenian hy, Georgian ka, Bengali bn, Tamil
 *       ta, Telugu te, Gujarati gu, Gurmukhi pa, Kannada kn, Malayalam ml, Sinhala si, Khmer km,
 *       Lao lo, Myanmar my, Ethiopic am, Tibetan bo; "und" for the rest.
 * </ol>
 */
final class ReferenceLanguageDetector {

  /** How many words of the sample are looked at. */
  public static final int MAX_WORDS = 4000;

  /** A single stopword hit is chance (a name like "Ben" is a Turkish stopword): need two. */
  private static final int MIN_STOPWORD_HITS = 2;

  private static final List<String> LATIN =
      List.of(
          "en", "fr", "es", "de", "it", "pt", "nl", "sv", "da", "no", "fi", "tr", "id", "ro", "hu",
          "cs", "ca", "gl", "eu", "et", "lt", "lv", "ga", "sr");
  private static final List<String> CYRILLIC = List.of("ru", "bg", "sr");
  private static final List<String> DEVANAGARI = List.of("hi", "ne");

  private final TermNormalizer normalizer =
      new TermNormalizer(NormalizationOptions.DEFAULT, Languages.UNDETERMINED);

  /** ISO 639 code of the sample's language; "und" when nothing can be said (no letters). */
  public String detect(CharSequence sample) {
    Tally t = tally(sample);
    int script = t.dominantScript();
    if (script < 0) {
      return Languages.UNDETERMINED;
    }
    switch (script) {
      case UScript.HAN:
      case UScript.HIRAGANA:
      case UScript.KATAKANA:
      case UScript.HANGUL:
        return cjk(t);
      case UScript.ARABIC:
        return arabicScript(t);
      case UScript.CYRILLIC:
        return cyrillic(sample, t);
      case UScript.LATIN:
        return latin(sample, t);
      case UScript.DEVANAGARI:
        return byStopwords(sample, t.limit, DEVANAGARI, "hi");
      default:
        return forScript(script);
    }
  }

  private static String cjk(Tally t) {
    int kana = t.scripts[UScript.HIRAGANA] + t.scripts[UScript.KATAKANA];
    int hangul = t.scripts[UScript.HANGUL];
    int all = kana + hangul + t.scripts[UScript.HAN];
    if (kana * 10 >= all) {
      return "ja";
    }
    return hangul * 10 >= all ? "ko" : "zh";
  }

  private static String arabicScript(Tally t) {
    if (t.persian <= t.arabicOnly) {
      return "ar";
    }
    int persianFamily = t.scripts[UScript.ARABIC];
    if (t.sorani * 50 >= persianFamily) {
      return "ckb";
    }
    if (t.urdu * 50 >= persianFamily) {
      return "ur";
    }
    if (t.pashto * 50 >= persianFamily) {
      return "ps";
    }
    return "fa";
  }

  private String cyrillic(CharSequence sample, Tally t) {
    int letters = t.scripts[UScript.CYRILLIC];
    if (frequent(t.belarusian, letters)) {
      return "be";
    }
    String[] codes = {"ru", "uk", "sr", "mk"};
    int[] counts = {t.russian, t.ukrainian, t.serbian, t.macedonian};
    int best = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    if (frequent(counts[best], letters)) {
      return codes[best];
    }
    return byStopwords(sample, t.limit, CYRILLIC, "ru");
  }

  /** At least one in 200 letters: a quoted name does not decide a long text's language. */
  private static boolean frequent(int count, int letters) {
    return count > 0 && count * 200 >= letters;
  }

  private String latin(CharSequence sample, Tally t) {
    int letters = t.scripts[UScript.LATIN];
    if (t.vietnamese * 100 >= letters) {
      return "vi";
    }
    if (t.polish * 200 >= letters) {
      return "pl";
    }
    return byStopwords(sample, t.limit, LATIN, Languages.UNDETERMINED);
  }

  private static String forScript(int script) {
    switch (script) {
      case UScript.GREEK: return "el";
      case UScript.HEBREW: return "he";
      case UScript.THAI: return "th";
      case UScript.ARMENIAN: return "hy";
      case UScript.GEORGIAN: return "ka";
      case UScript.BENGALI: return "bn";
      case UScript.TAMIL: return "ta";
      case UScript.TELUGU: return "te";
      case UScript.GUJARATI: return "gu";
      case UScript.GURMUKHI: return "pa";
      case UScript.KANNADA: return "kn";
      case UScript.MALAYALAM: return "ml";
      case UScript.SINHALA: return "si";
      case UScript.KHMER: return "km";
      case UScript.LAO: return "lo";
      case UScript.MYANMAR: return "my";
      case UScript.ETHIOPIC: return "am";
      case UScript.TIBETAN: return "bo";
      default: return Languages.UNDETERMINED;
    }
  }

  /**
   * A word whose first code point is a capital and no other is, after a letter, a digit, a comma
   * or a semicolon with only spaces (no line break) between.
   */
  private static boolean capitalizedAfterAWord(String text, int start, String word) {
    if (!Character.isUpperCase(word.codePointAt(0))
        || word.codePoints().skip(1).anyMatch(Character::isUpperCase)) {
      return false;
    }
    String before = text.substring(0, start);
    String trimmed = before.stripTrailing();
    if (trimmed.isEmpty() || before.substring(trimmed.length()).matches("(?s).*[\\n\\r].*")) {
      return false;
    }
    int last = trimmed.codePointBefore(trimmed.length());
    return Character.isLetterOrDigit(last) || last == ',' || last == ';';
  }

  /** The candidate whose stopwords cover most words of sample[0, limit); fallback if none do. */
  private String byStopwords(CharSequence sample, int limit, List<String> candidates, String fallback) {
    String text = sample.toString();
    List<String> keys = new ArrayList<>();
    List<Boolean> names = new ArrayList<>();
    int i = 0;
    while (i < limit) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < limit) {
        int c = text.codePointAt(i);
        if (isWordChar(c) || isApostrophe(c) && i + 1 < limit && isWordChar(text.codePointAt(i + 1))) {
          i += Character.charCount(c);
        } else {
          break;
        }
      }
      String word = text.substring(start, i);
      keys.add(normalizer.normalize(word));
      names.add(capitalizedAfterAWord(text, start, word));
    }
    if (keys.size() < MIN_STOPWORD_HITS) {
      return fallback; // a word hits a list at most once: too few words to decide (lists not loaded)
    }
    int[] hits = new int[candidates.size()];
    int[] plain = new int[candidates.size()];
    StopwordIndex index = StopwordIndex.of(candidates);
    for (int w = 0; w < keys.size(); w++) {
      int lists = index.lists(keys.get(w));
      for (int m = lists; m != 0; m &= m - 1) {
        hits[Integer.numberOfTrailingZeros(m)]++;
        if (!names.get(w)) {
          plain[Integer.numberOfTrailingZeros(m)]++;
        }
      }
    }
    // most plain hits (words not capitalized inside a sentence), then most hits, then first
    int best = -1;
    for (int k = 0; k < hits.length; k++) {
      if (hits[k] == 0) {
        continue;
      }
      if (best < 0
          || plain[k] > plain[best]
          || plain[k] == plain[best] && hits[k] > hits[best]) {
        best = k;
      }
    }
    return best < 0 || hits[best] < MIN_STOPWORD_HITS ? fallback : candidates.get(best);
  }

  /**
   * For each candidate list, every stopword of its languages mapped to the set (bit k = candidate
   * k) of the languages that list it: one lookup per word instead of one per language. Built on
   * first use of each list (holder classes), then constant.
   */
  private static final class StopwordIndex {
    /** Bits of the filter: a power of two. */
    private static final int FILTER_BITS = 1 << 16;

    private final Map<String, Integer> lists;
    /**
     * Bit {@code h & (FILTER_BITS - 1)} is set for the hash code h of every stopword: a word whose
     * bit is clear is no stopword, known without a look into the map.
     */
    private final long[] filter = new long[FILTER_BITS / 64];

    private StopwordIndex(Map<String, Integer> lists) {
      this.lists = lists;
      for (String word : lists.keySet()) {
        int bit = word.hashCode() & (FILTER_BITS - 1);
        filter[bit >>> 6] |= 1L << bit;
      }
    }

    /** The set of candidates (bit k = candidate k) that list {@code key}; 0 for none. */
    int lists(String key) {
      int bit = key.hashCode() & (FILTER_BITS - 1);
      if ((filter[bit >>> 6] & (1L << bit)) == 0) {
        return 0;
      }
      Integer m = lists.get(key);
      return m == null ? 0 : m;
    }

    static StopwordIndex of(List<String> candidates) {
      if (candidates == LATIN) {
        return Latin.INDEX;
      }
      if (candidates == CYRILLIC) {
        return Cyrillic.INDEX;
      }
      if (candidates == DEVANAGARI) {
        return Devanagari.INDEX;
      }
      return build(candidates);
    }

    static StopwordIndex build(List<String> candidates) {
      Map<String, Integer> index = new HashMap<>();
      for (int k = 0; k < candidates.size(); k++) {
        int bit = 1 << k;
        for (String word : Languages.get(candidates.get(k)).detectionStopwords()) {
          index.merge(word, bit, (a, b) -> a | b);
        }
      }
      return new StopwordIndex(index);
    }

    private static final class Latin {
      static final StopwordIndex INDEX = build(LATIN);
    }

    private static final class Cyrillic {
      static final StopwordIndex INDEX = build(CYRILLIC);
    }

    private static final class Devanagari {
      static final StopwordIndex INDEX = build(DEVANAGARI);
    }
  }

  private static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z'; // ASCII has no other letter, no mark
    }
    return UCharacter.isLetter(cp) || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK
        || UCharacter.getType(cp) == UCharacter.COMBINING_SPACING_MARK;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019';
  }

  /** The number of ICU script codes (0 to the largest). */
  private static final int SCRIPT_CODES = UCharacter.getIntPropertyMaxValue(UProperty.SCRIPT) + 1;

  /** Chars below this have their letter test and script in {@link #SMALL_SCRIPTS}. */
  private static final int SMALL = 0x0700;

  /**
   * For each char below {@link #SMALL} (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic): -1
   * when it is no letter ({@link UCharacter#isLetter}), else its {@link UScript#getScript}. Taken
   * from ICU once; constant.
   */
  private static final short[] SMALL_SCRIPTS = smallScripts();

  private static short[] smallScripts() {
    short[] table = new short[SMALL];
    for (int c = 0; c < SMALL; c++) {
      table[c] = (short) (UCharacter.isLetter(c) ? UScript.getScript(c) : -1);
    }
    return table;
  }

  /** The dominant script of a sample as {@link #detect} finds it, and by the reference scan. */
  static int[] dominantScripts(CharSequence sample) {
    Tally t = tally(sample);
    return new int[] {t.dominantScript(), t.dominantScriptOfAll()};
  }

  private static Tally tally(CharSequence sample) {
    Tally t = new Tally();
    int words = 0;
    boolean inWord = false;
    int n = sample.length();
    int i = 0;
    while (i < n) {
      char c = sample.charAt(i);
      int cp;
      int script;
      if (c < SMALL) {
        cp = c;
        script = SMALL_SCRIPTS[c];
      } else {
        cp = Character.codePointAt(sample, i);
        script = UCharacter.isLetter(cp) ? UScript.getScript(cp) : -1;
      }
      boolean letter = script >= 0;
      if (letter && !inWord && ++words > MAX_WORDS) {
        break;
      }
      inWord = letter;
      i += Character.charCount(cp);
      if (letter) {
        t.add(cp, script);
      }
    }
    t.limit = i;
    return t;
  }

  /** Letter counts of a sample. */
  private static final class Tally {
    final int[] scripts = new int[SCRIPT_CODES];
    /** The scripts counted so far (scripts[s] > 0), in the order first met. */
    private final int[] seen = new int[SCRIPT_CODES];
    private int seenCount;
    int limit;
    int persian;
    int arabicOnly;
    int sorani;
    int urdu;
    int pashto;
    int ukrainian;
    int belarusian;
    int macedonian;
    int serbian;
    int russian;
    int polish;
    int vietnamese;

    /** Counts letter {@code cp} of script {@code script} (its {@link UScript#getScript}). */
    void add(int cp, int script) {
      if (script > UScript.INHERITED && script < scripts.length && scripts[script]++ == 0) {
        seen[seenCount++] = script;
      }
      if (cp < 0x80) {
        return; // no ASCII letter is counted below
      }
      switch (cp) {
        case 'پ': case 'چ': case 'ژ': case 'گ': case 'ک': case 'ی':
          persian++;
          break;
        case 'ك': case 'ي': case 'ة':
          arabicOnly++;
          break;
        case 'ە': case 'ێ': case 'ۆ': case 'ڵ': case 'ڕ':
          sorani++;
          break;
        case 'ٹ': case 'ڈ': case 'ڑ': case 'ں': case 'ے':
          urdu++;
          break;
        case 'ټ': case 'ډ': case 'ړ': case 'ښ': case 'ږ': case 'ځ': case 'څ':
          pashto++;
          break;
        case 'є': case 'ї': case 'ґ': case 'і': case 'Є': case 'Ї': case 'Ґ': case 'І':
          ukrainian++;
          break;
        case 'ў': case 'Ў':
          belarusian++;
          break;
        case 'ѓ': case 'ќ': case 'ѕ': case 'Ѓ': case 'Ќ': case 'Ѕ':
          macedonian++;
          break;
        case 'ы': case 'э': case 'ё': case 'Ы': case 'Э': case 'Ё':
          russian++;
          break;
        case 'ł': case 'Ł': case 'ż': case 'Ż': case 'ź': case 'Ź': case 'ś': case 'Ś':
          polish++;
          break;
        case 'ư': case 'Ư': case 'ơ': case 'Ơ':
          vietnamese++;
          break;
        case 'ђ': case 'ћ': case 'Ђ': case 'Ћ': case 'ј': case 'љ': case 'њ': case 'џ':
        case 'Ј': case 'Љ': case 'Њ': case 'Џ':
          serbian++;
          break;
        default:
          break;
      }
    }

    /** The script with most letters (lowest code on ties), or -1. */
    int dominantScript() {
      int cjk = cjkTotal();
      // only the scripts met can win (Han stands for all of CJK): in code order, for ties
      int[] candidates = Arrays.copyOf(seen, seenCount + 1);
      candidates[seenCount] = UScript.HAN;
      Arrays.sort(candidates);
      int best = -1;
      int bestCount = 0;
      for (int s : candidates) {
        int count = s == UScript.HAN ? cjk : scripts[s];
        if (count > bestCount) {
          best = s;
          bestCount = count;
        }
      }
      return best;
    }

    /** {@link #dominantScript} by looking at every script code (the reference, for tests). */
    int dominantScriptOfAll() {
      int best = -1;
      for (int s = 0; s < scripts.length; s++) {
        int count = s == UScript.HAN ? cjkTotal() : scripts[s];
        if (count > 0 && (best < 0 || count > (best == UScript.HAN ? cjkTotal() : scripts[best]))) {
          best = s;
        }
      }
      return best;
    }

    private int cjkTotal() {
      return scripts[UScript.HAN] + scripts[UScript.HIRAGANA] + scripts[UScript.KATAKANA]
          + scripts[UScript.HANGUL];
    }
  }
}
