package dev.kalima.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides a document's language from a sample of its text: first the dominant script (ICU
 * UScript), then, among the languages written in that script, the one whose stopwords cover the
 * most words of the sample (without the abbreviations and letters neighbouring languages share,
 * {@link Language#detectionStopwords}; a word capitalized inside a sentence, mostly a name, only
 * breaks ties: {@link #best}). Immutable and thread-safe.
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
 *       "und" when fewer than two words of the sample are stopwords of the best one (a lone hit is
 *       chance: "Ben" is a Turkish stopword). Cyrillic and Devanagari fall back to ru and hi
 *       instead.
 *   <li>Devanagari: hi or ne by stopword coverage (hi on ties). Every other script maps to its
 *       main language: Greek el, Hebrew he, Thai th, Armenian hy, Georgian ka, Bengali bn, Tamil
 *       ta, Telugu te, Gujarati gu, Gurmukhi pa, Kannada kn, Malayalam ml, Sinhala si, Khmer km,
 *       Lao lo, Myanmar my, Ethiopic am, Tibetan bo; "und" for the rest.
 * </ol>
 *
 * <p>Cost: the sample is copied once into a char array. The letter count is one pass that only
 * bumps a per-char histogram for chars below U+0700 (scripts and the special letters are summed
 * from it at the end); the stopword count is a second pass, for Latin, Cyrillic and Devanagari
 * only, that keys ASCII words in place (no String) and looks them up in an open-addressing table.
 */
public final class LanguageDetector {

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

  /**
   * ISO 639 code of the language of sample {@code text}; "und" when nothing can be said (no
   * letters). The sample's chars are copied once into an array that both scans read.
   */
  public String detect(CharSequence text) {
    char[] sample = chars(text);
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

  private String cyrillic(char[] sample, Tally t) {
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

  private String latin(char[] sample, Tally t) {
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
   * The candidate whose stopwords cover most words of sample[0, limit); fallback if none do.
   *
   * <p>Words are runs of letters and marks, with an apostrophe (' or ’) inside when a letter
   * follows it. A word of ASCII chars only is keyed by folding its capitals to small letters (what
   * the {@link TermNormalizer} gives for such a word), hashed and compared char by char in place,
   * without a String; any other word is cut out and keyed by the normalizer.
   */
  private String byStopwords(char[] text, int limit, List<String> candidates, String fallback) {
    StopwordIndex index = null;
    int[] hits = new int[candidates.size()];
    // the hits of the words that are not capitalized inside a sentence (nameInsideSentence)
    int[] plain = new int[candidates.size()];
    int words = 0;
    int i = 0;
    while (i < limit) {
      char first = text[i];
      if (first < 0x80 ? !isAsciiLetter(first) : !isWordChar(Character.codePointAt(text, i))) {
        i += first < 0x80 ? 1 : Character.charCount(Character.codePointAt(text, i));
        continue;
      }
      int start = i;
      boolean ascii = true;
      int hash = 0;
      while (i < limit) {
        char ch = text[i];
        if (ch < 0x80) {
          if (isAsciiLetter(ch)
              || ch == '\'' && i + 1 < limit && isWordChar(Character.codePointAt(text, i + 1))) {
            hash = 31 * hash + toSmall(ch);
            i++;
            continue;
          }
          break;
        }
        int c = Character.codePointAt(text, i);
        if (isWordChar(c)
            || c == '\u2019' && i + 1 < limit && isWordChar(Character.codePointAt(text, i + 1))) {
          ascii = false;
          i += Character.charCount(c);
        } else {
          break;
        }
      }
      words++;
      boolean name = nameInsideSentence(text, start, i);
      if (index == null) {
        index = StopwordIndex.of(candidates);
      }
      int lists =
          ascii
              ? index.listsOfAscii(text, start, i, hash)
              : index.lists(normalizer.normalize(new String(text, start, i - start)));
      for (int m = lists; m != 0; m &= m - 1) {
        int k = Integer.numberOfTrailingZeros(m);
        hits[k]++;
        if (!name) {
          plain[k]++;
        }
      }
    }
    if (words < MIN_STOPWORD_HITS) {
      return fallback; // a word hits a list at most once: too few words to decide
    }
    int best = best(plain, hits);
    return best < 0 || hits[best] < MIN_STOPWORD_HITS ? fallback : candidates.get(best);
  }

  /**
   * The candidate with the most hits of words not capitalized inside a sentence ({@code plain}),
   * then the most hits of all words, then the first; -1 when no word hit any list. A capitalized
   * word inside a sentence is mostly a name ("World War II") and a poor witness of the language
   * it is spelled like (German "war"), so it only decides between candidates the other words
   * leave tied; it still counts toward the two hits a language needs (a title run on into "No
   * contact information provided yet." has only "No" and "yet").
   */
  static int best(int[] plain, int[] hits) {
    int best = -1;
    for (int k = 0; k < hits.length; k++) {
      if (hits[k] > 0
          && (best < 0
              || plain[k] > plain[best]
              || plain[k] == plain[best] && hits[k] > hits[best])) {
        best = k;
      }
    }
    return best;
  }

  /**
   * True for the word text[start, end) when it is written capitalized (a capital, then no other
   * capital; a capital letter alone too) inside a sentence: right after a letter, a digit, a comma
   * or a semicolon, with no line break between. Such a word is a name or a noun ("World War II",
   * "Die Hard") or an initial ("P2P", "J. Smith"), not the function word of another language it is
   * spelled like (German "war", "die", the Estonian abbreviation "p"), so it is weak stopword
   * evidence ({@link #best}); at a sentence start, and in capitals, it counts fully.
   */
  static boolean nameInsideSentence(char[] text, int start, int end) {
    int first = Character.codePointAt(text, start);
    int j = start + Character.charCount(first);
    if (!Character.isUpperCase(first)) {
      return false;
    }
    while (j < end) {
      int c = Character.codePointAt(text, j);
      if (Character.isUpperCase(c)) {
        return false;
      }
      j += Character.charCount(c);
    }
    int k = start;
    while (k > 0 && Character.isWhitespace(text[k - 1])) {
      if (text[k - 1] == '\n' || text[k - 1] == '\r') {
        return false;
      }
      k--;
    }
    if (k == 0) {
      return false;
    }
    int before = Character.codePointBefore(text, k);
    return Character.isLetterOrDigit(before) || before == ',' || before == ';';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** An ASCII capital as its small letter; any other char as it is. */
  private static char toSmall(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * For each candidate list, every stopword of its languages mapped to the set (bit k = candidate
   * k) of the languages that list it: one lookup per word instead of one per language. An
   * open-addressing table (linear probing, at most a quarter full) of the stopwords, their {@link
   * String#hashCode} and their sets. Built on first use of each list (holder classes), then
   * constant.
   */
  private static final class StopwordIndex {
    /** Bits of the filter: a power of two. */
    private static final int FILTER_BITS = 1 << 16;

    /**
     * Bit {@code h & (FILTER_BITS - 1)} is set for the hash code h of every stopword: a word whose
     * bit is clear is no stopword, known from 8 KB that stay in the cache.
     */
    private final long[] filter = new long[FILTER_BITS / 64];
    /**
     * Four ints a slot: the stopword's {@link String#hashCode}, its set of candidates (never 0 in
     * a used slot, 0 in a free one), the offset of its chars in {@link #chars} and their number.
     */
    private final int[] table;
    /** The chars of all the stopwords, one after the other. */
    private final char[] chars;
    private final int slotMask;

    private StopwordIndex(Map<String, Integer> lists) {
      int slots = Integer.highestOneBit(Math.max(lists.size(), 1) * 4 - 1) << 1;
      table = new int[slots * 4];
      slotMask = slots - 1;
      StringBuilder all = new StringBuilder();
      for (Map.Entry<String, Integer> e : lists.entrySet()) {
        String word = e.getKey();
        int h = word.hashCode();
        int bit = h & (FILTER_BITS - 1);
        filter[bit >>> 6] |= 1L << bit;
        int slot = slot(h);
        while (table[slot * 4 + 1] != 0) {
          slot = (slot + 1) & slotMask;
        }
        table[slot * 4] = h;
        table[slot * 4 + 1] = e.getValue();
        table[slot * 4 + 2] = all.length();
        table[slot * 4 + 3] = word.length();
        all.append(word);
      }
      chars = all.toString().toCharArray();
    }

    private int slot(int hash) {
      return (hash ^ (hash >>> 16)) * 0x9E3779B1 >>> 8 & slotMask;
    }

    private boolean filtered(int hash) {
      int bit = hash & (FILTER_BITS - 1);
      return (filter[bit >>> 6] & (1L << bit)) != 0;
    }

    /** The set of candidates (bit k = candidate k) that list {@code key}; 0 for none. */
    int lists(String key) {
      int h = key.hashCode();
      if (!filtered(h)) {
        return 0;
      }
      for (int slot = slot(h); table[slot * 4 + 1] != 0; slot = (slot + 1) & slotMask) {
        int at = slot * 4;
        if (table[at] == h && table[at + 3] == key.length()) {
          int offset = table[at + 2];
          int j = 0;
          while (j < key.length() && chars[offset + j] == key.charAt(j)) {
            j++;
          }
          if (j == key.length()) {
            return table[at + 1];
          }
        }
      }
      return 0;
    }

    /**
     * {@link #lists} of the key of text[start, end), ASCII chars only: its capitals folded to small
     * letters, {@code hash} the {@link String#hashCode} of that key.
     */
    int listsOfAscii(char[] text, int start, int end, int hash) {
      if (!filtered(hash)) {
        return 0;
      }
      int length = end - start;
      for (int slot = slot(hash); table[slot * 4 + 1] != 0; slot = (slot + 1) & slotMask) {
        int at = slot * 4;
        if (table[at] == hash && table[at + 3] == length) {
          int offset = table[at + 2] - start;
          int j = start;
          while (j < end && chars[offset + j] == toSmall(text[j])) {
            j++;
          }
          if (j == end) {
            return table[at + 1];
          }
        }
      }
      return 0;
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

  /** For each char below {@link #SMALL}: 1 when it is a letter, else 0. */
  private static final byte[] SMALL_LETTERS = smallLetters();

  private static byte[] smallLetters() {
    byte[] table = new byte[SMALL];
    for (int c = 0; c < SMALL; c++) {
      table[c] = (byte) (SMALL_SCRIPTS[c] >= 0 ? 1 : 0);
    }
    return table;
  }

  private static short[] smallScripts() {
    short[] table = new short[SMALL];
    for (int c = 0; c < SMALL; c++) {
      table[c] = (short) (UCharacter.isLetter(c) ? UScript.getScript(c) : -1);
    }
    return table;
  }

  /** The chars of {@code text}, copied in one go from a String or StringBuilder. */
  private static char[] chars(CharSequence text) {
    if (text instanceof String) {
      return ((String) text).toCharArray();
    }
    int n = text.length();
    char[] chars = new char[n];
    if (text instanceof StringBuilder) {
      ((StringBuilder) text).getChars(0, n, chars, 0);
    } else {
      for (int i = 0; i < n; i++) {
        chars[i] = text.charAt(i);
      }
    }
    return chars;
  }

  /** The dominant script of a sample as {@link #detect} finds it, and by the reference scan. */
  static int[] dominantScripts(CharSequence sample) {
    Tally t = tally(chars(sample));
    return new int[] {t.dominantScript(), t.dominantScriptOfAll()};
  }

  /**
   * Letter counts of sample[0, limit), limit where the word after the first {@link #MAX_WORDS}
   * starts (a word: a run of letters). A letter below {@link #SMALL} is only counted in a
   * histogram by char during the scan, its script and special letters added from the histogram
   * at the end; any other letter is added at once.
   */
  private static Tally tally(char[] sample) {
    Tally t = new Tally();
    int[] small = new int[SMALL]; // every char below SMALL, letter or not
    int words = 0;
    int inWord = 0; // 1 after a letter
    int n = sample.length;
    int i = 0;
    while (i < n) {
      char c = sample[i];
      if (c < SMALL) {
        // without a branch on letter / no letter, which changes at every word's edge
        int letter = SMALL_LETTERS[c];
        words += letter & ~inWord;
        if (words > MAX_WORDS) {
          break;
        }
        inWord = letter;
        small[c]++;
        i++;
        continue;
      }
      int cp = Character.codePointAt(sample, i);
      int script = UCharacter.isLetter(cp) ? UScript.getScript(cp) : -1;
      int letter = script >= 0 ? 1 : 0;
      words += letter & ~inWord;
      if (words > MAX_WORDS) {
        break;
      }
      inWord = letter;
      i += Character.charCount(cp);
      if (letter != 0) {
        t.add(cp, script, 1);
      }
    }
    for (int c = 0; c < SMALL; c++) {
      if (small[c] > 0 && SMALL_SCRIPTS[c] >= 0) {
        t.add(c, SMALL_SCRIPTS[c], small[c]);
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

    /**
     * Counts {@code count} times letter {@code cp} of script {@code script} (its {@link
     * UScript#getScript}).
     */
    void add(int cp, int script, int count) {
      if (script > UScript.INHERITED && script < scripts.length) {
        if (scripts[script] == 0) {
          seen[seenCount++] = script;
        }
        scripts[script] += count;
      }
      if (cp < 0x80) {
        return; // no ASCII letter is counted below
      }
      switch (cp) {
        case 'پ': case 'چ': case 'ژ': case 'گ': case 'ک': case 'ی':
          persian += count;
          break;
        case 'ك': case 'ي': case 'ة':
          arabicOnly += count;
          break;
        case 'ە': case 'ێ': case 'ۆ': case 'ڵ': case 'ڕ':
          sorani += count;
          break;
        case 'ٹ': case 'ڈ': case 'ڑ': case 'ں': case 'ے':
          urdu += count;
          break;
        case 'ټ': case 'ډ': case 'ړ': case 'ښ': case 'ږ': case 'ځ': case 'څ':
          pashto += count;
          break;
        case 'є': case 'ї': case 'ґ': case 'і': case 'Є': case 'Ї': case 'Ґ': case 'І':
          ukrainian += count;
          break;
        case 'ў': case 'Ў':
          belarusian += count;
          break;
        case 'ѓ': case 'ќ': case 'ѕ': case 'Ѓ': case 'Ќ': case 'Ѕ':
          macedonian += count;
          break;
        case 'ы': case 'э': case 'ё': case 'Ы': case 'Э': case 'Ё':
          russian += count;
          break;
        case 'ł': case 'Ł': case 'ż': case 'Ż': case 'ź': case 'Ź': case 'ś': case 'Ś':
          polish += count;
          break;
        case 'ư': case 'Ư': case 'ơ': case 'Ơ':
          vietnamese += count;
          break;
        case 'ђ': case 'ћ': case 'Ђ': case 'Ћ': case 'ј': case 'љ': case 'њ': case 'џ':
        case 'Ј': case 'Љ': case 'Њ': case 'Џ':
          serbian += count;
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
