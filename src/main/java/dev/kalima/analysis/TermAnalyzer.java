package dev.kalima.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * The per-language chain from a surface form to the key it is counted under: normalization, the
 * stopword test and (optionally) light stemming. One instance per language and per thread (the
 * stemmer keeps state).
 *
 * <ul>
 *   <li>{@link #key}: {@link TermNormalizer} with the given options and the language's rules,
 *       then, when normalizing, the alef of the Arabic accusative ending ـاً dropped (عاماً →
 *       عام; see {@link #key}), and an English possessive 's dropped (Acme's → acme);
 *   <li>{@link #isStopword}: the language's built-in list ({@link Language#stopwords}) or the
 *       user's list, both passed through the same normalizer as the text. With normalization
 *       off ({@code --no-normalize}) the test still goes by the normalized form (the default
 *       chain), key and lists alike, so that "The", "Les", "На" stay stopwords while the words
 *       are counted as written. For Arabic, a listed
 *       stopword of at least two letters with attached proclitics is a stopword too: the
 *       conjunction و or ف, then the preposition ب ل or ك, either or both (وعلى، فهذا، لذلك،
 *       بهذا، وكذلك، لقد). Arabic writes these clitics attached, and a conjunction or
 *       preposition plus a function word is still a function word. Lucene's list has only some
 *       of these forms (وفي ومن وكان). The price is a few rare homographs that are content
 *       words (فلم "film" read as ف+لم, لعن "cursed" as ل+عن). An Arabic key ending in alef
 *       maqsura ى is a stopword too when the same key ending in ya ي is one (with or without
 *       proclitics): Egyptian and Sudanese spelling writes final ya without its dots (فى for
 *       في, وفى for وفي, اللاتى for اللاتي). Not the other way: علي is also the name Ali.
 *       The user's list is matched exactly;
 *   <li>{@link #stem}: the language's stemmer when stemming is on; a stem shorter than two
 *       characters is never returned (the key is kept instead). Turkish and Azeri first drop an
 *       apostrophe and the suffix after it (Ankara'da → ankara), as Lucene's ApostropheFilter
 *       does: the apostrophe separates a proper noun from its case suffix.
 * </ul>
 */
public final class TermAnalyzer {

  private static final int MIN_STEM_LENGTH = 2;

  private final Language language;
  private final TermNormalizer normalizer;
  /** Null when keys are normalized; else the default normalizer the stopword test goes by. */
  private final TermNormalizer stopwordNormalizer;
  private final Set<String> builtInStopwords;
  private final Set<String> userStopwords;
  private final boolean stem;
  private final Stemmer stemmer;
  private final boolean arabic;
  private final boolean english;
  private final boolean turkic;
  /** The scripts this language is written in (ICU's), empty for "und". */
  private final int[] ownScripts;
  /** Whether Latin is one of them. */
  private final boolean latin;
  /** The analyzers of {@link #foreign} by language code, made on first need; null until then. */
  private Map<String, TermAnalyzer> foreign;

  private TermAnalyzer(
      Language language,
      TermNormalizer normalizer,
      TermNormalizer stopwordNormalizer,
      Set<String> builtInStopwords,
      Set<String> userStopwords,
      boolean stem) {
    this.language = language;
    this.normalizer = normalizer;
    this.stopwordNormalizer = stopwordNormalizer;
    this.builtInStopwords = builtInStopwords;
    this.userStopwords = userStopwords;
    this.stem = stem;
    this.stemmer = stem ? language.newStemmer() : Stemmer.identity();
    this.arabic = "ar".equals(language.code());
    this.english = "en".equals(language.code());
    this.turkic = "tr".equals(language.code()) || "az".equals(language.code());
    this.ownScripts = Languages.UNDETERMINED.equals(language.code())
        ? new int[0]
        : UScript.getCode(new ULocale(language.code()));
    this.latin = java.util.Arrays.stream(ownScripts).anyMatch(x -> x == UScript.LATIN);
  }

  /**
   * @param language a valid code ({@link Languages#isValid}); codes without a list get no built-in
   *     stopwords and no stemmer
   * @param userStopwords extra stopwords as the user wrote them; normalized here like the text
   * @param stem group words by their light stem
   * @throws IllegalArgumentException for an invalid language code
   */
  public static TermAnalyzer create(
      String language, NormalizationOptions options, Set<String> userStopwords, boolean stem) {
    Language lang = Languages.get(language);
    TermNormalizer normalizer = new TermNormalizer(options, lang.code());
    TermNormalizer stopwordNormalizer =
        options.normalize() ? null : new TermNormalizer(NormalizationOptions.DEFAULT, lang.code());
    TermNormalizer forLists = stopwordNormalizer != null ? stopwordNormalizer : normalizer;
    Set<String> user = new HashSet<>();
    for (String w : userStopwords) {
      String key = forLists.normalize(w.strip());
      if (!key.isEmpty()) {
        user.add(key);
      }
    }
    return new TermAnalyzer(
        lang, normalizer, stopwordNormalizer, lang.stopwords(forLists), Set.copyOf(user), stem);
  }

  /** The language code. */
  public String language() {
    return language.code();
  }

  public Language languageInfo() {
    return language;
  }

  public TermNormalizer normalizer() {
    return normalizer;
  }

  /**
   * The normalized key of a surface form. With normalization on, an Arabic word written with the
   * accusative ending ـاً (tanween fath with its alef seat, in either order: كتاباً، عاماً،
   * محمداً) is keyed without that alef, as the same noun in the other cases (كتاب، عام، محمد):
   * the alef only carries the case ending. Not when the form with the alef is a stopword (أيضاً،
   * جداً stay ايضا، جدا) or fewer than two letters would remain. Written without the tanween
   * (عاما), the alef cannot be told from a root letter or a dual ending and stays.
   */
  public String key(String surface) {
    String key = normalizer.normalize(surface);
    if (accusativeAlef(surface)) {
      key = withoutAccusativeAlef(key);
    }
    return english ? withoutPossessive(key) : key;
  }

  /**
   * An English key without its possessive 's (normalizing only; the normalizer has made ’ an
   * apostrophe): "acme's" → "acme", "adams's" → "adams", so that the possessive counts as the
   * noun, as the treebanks split it off ("Acme 's"). Not when the form with 's is a stopword, the
   * contractions of a pronoun or adverb with "is" or "has" ("it's", "he's", "that's", "let's"),
   * nor when fewer than two letters would remain ("A's", the grades).
   */
  private String withoutPossessive(String key) {
    int n = key.length();
    if (n < 4 || stopwordNormalizer != null || key.charAt(n - 1) != 's' || key.charAt(n - 2) != '\''
        || isStopword(key)) {
      return key;
    }
    return key.substring(0, n - 2);
  }

  private static final char ALEF = '\u0627';
  private static final char FATHATAN = '\u064B';

  /** Whether a surface form ends in alef + fathatan or fathatan + alef (normalizing only). */
  private boolean accusativeAlef(String surface) {
    int n = surface.length();
    if (n < 3 || stopwordNormalizer != null) {
      return false;
    }
    char last = surface.charAt(n - 1);
    char before = surface.charAt(n - 2);
    return last == FATHATAN && before == ALEF || last == ALEF && before == FATHATAN;
  }

  private String withoutAccusativeAlef(String key) {
    int n = key.length();
    return n >= 3 && key.charAt(n - 1) == ALEF && !isStopword(key) ? key.substring(0, n - 1) : key;
  }

  /**
   * True when a key ({@link #key}) is a stopword of this language or of the user's list, or,
   * written in another script than this language's, a stopword of that script's main language
   * ({@link #foreign}: the في and على of Arabic passages in a text read as English, the "the"
   * and "of" of English quotes in an Arabic one).
   */
  public boolean isStopword(String key) {
    if (isOwnStopword(key)) {
      return true;
    }
    TermAnalyzer other = foreign(key);
    return other != null && other.isStopword(key);
  }

  /** True when a key is in this language's built-in list or in the user's. */
  private boolean isOwnStopword(String key) {
    String k = stopwordKey(key);
    return userStopwords.contains(k) || builtIn(k);
  }

  /**
   * The main language of each script, as the language detector's tie order has it, whose
   * stopwords apply to the words of that script in a text of another script.
   */
  private static final Map<Integer, String> SCRIPT_LANGUAGES =
      Map.of(
          UScript.ARABIC, "ar",
          UScript.LATIN, "en",
          UScript.CYRILLIC, "ru",
          UScript.GREEK, "el",
          UScript.HEBREW, "he",
          UScript.DEVANAGARI, "hi");

  /**
   * The analyzer of the main language of the script the key is written in ({@link
   * #SCRIPT_LANGUAGES}), when that script is not one of this language's and this language is
   * known (never for "und": its text has no stopwords); null otherwise. Made on first need, with
   * the same normalization options, no user stopwords and no stemmer.
   */
  private TermAnalyzer foreign(String key) {
    if (ownScripts.length == 0 || key.isEmpty()) {
      return null;
    }
    int cp = key.codePointAt(0);
    if (cp < 0x80 && latin) {
      return null; // the common case of a Latin-script language, at once
    }
    int script = UScript.getScript(cp);
    for (int own : ownScripts) {
      if (own == script) {
        return null;
      }
    }
    String code = SCRIPT_LANGUAGES.get(script);
    if (code == null) {
      return null;
    }
    if (foreign == null) {
      foreign = new HashMap<>();
    }
    return foreign.computeIfAbsent(
        code, c -> create(c, normalizer.options(), Set.of(), false));
  }

  /**
   * True when the word written {@code surface}, whose key is {@code key}, is a stopword: its key
   * is one ({@link #isStopword(String)}), or it is an Arabic preposition that the lists leave out
   * because the alef unification merges it with a noun, written with the hamza that tells them
   * apart ({@link #isHamzaStopword}).
   */
  public boolean isStopword(String surface, String key) {
    if (isOwnStopword(key) || arabic && isHamzaStopword(surface, key)) {
      return true;
    }
    TermAnalyzer other = foreign(key);
    return other != null && other.isStopword(surface, key);
  }

  /** The keys of the prepositions {@link #isHamzaStopword} tells from their nouns. */
  private static final String AMAM = "\u0627\u0645\u0627\u0645"; // امام
  private static final String ITHR = "\u0627\u062B\u0631"; // اثر

  /**
   * True for أمام "in front of" and إثر "following" (with proclitics: وأمام، فإثر), written with
   * their hamza: the keys امام and اثر are also إمام "imam" and أثر "effect", so the built-in
   * list has neither (its header says so); written with a bare alef, the word stays a content
   * word.
   */
  private boolean isHamzaStopword(String surface, String key) {
    String preposition;
    char hamzaAlef;
    if (key.endsWith(AMAM)) {
      preposition = AMAM;
      hamzaAlef = '\u0623'; // أ
    } else if (key.endsWith(ITHR)) {
      preposition = ITHR;
      hamzaAlef = '\u0625'; // إ
    } else {
      return false;
    }
    int proclitics = key.length() - preposition.length();
    if (proclitics > 0 && !(proclitics == 1 && isConjunctionOrPreposition(key.charAt(0)))) {
      return false;
    }
    // the letter of the surface where the key has its alef (marks and tatweel are no letters)
    int letters = 0;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (c == '\u0640' || UCharacter.getType(c) == UCharacterCategory.NON_SPACING_MARK) {
        continue;
      }
      if (letters++ == proclitics) {
        return c == hamzaAlef;
      }
    }
    return false;
  }

  /** و ف ب ل ك: a letter that is written attached to the word after it. */
  private static boolean isConjunctionOrPreposition(char c) {
    return c == '\u0648' || c == '\u0641' || c == '\u0628' || c == '\u0644' || c == '\u0643';
  }

  /** True when a key ({@link #key}) is in the user's stopword list. */
  public boolean isUserStopword(String key) {
    return userStopwords.contains(stopwordKey(key));
  }

  /** True when a key ({@link #key}) is a stopword of the language's built-in list. */
  public boolean isBuiltInStopword(String key) {
    return builtIn(stopwordKey(key));
  }

  /** The form the stopword lists are matched with: the key, normalized when keys are not. */
  private String stopwordKey(String key) {
    return stopwordNormalizer == null ? key : stopwordNormalizer.normalize(key);
  }

  private boolean builtIn(String key) {
    if (builtInStopwords.contains(key)) {
      return true;
    }
    if (!arabic) {
      return false;
    }
    if (key.length() >= 3 && isArabicProcliticStopword(key)) {
      return true;
    }
    int last = key.length() - 1;
    if (last > 0 && key.charAt(last) == ALEF_MAQSURA) {
      // فى for في, وفى for وفي: final ya written without its dots
      String ya = key.substring(0, last) + YA;
      return builtInStopwords.contains(ya) || ya.length() >= 3 && isArabicProcliticStopword(ya);
    }
    return false;
  }

  private static final char ALEF_MAQSURA = '\u0649';
  private static final char YA = '\u064A';

  /**
   * و or ف, then ب ل or ك (either or both), then a listed stopword of at least two letters:
   * وعلى، فهذا، لذلك، بهذا، وكذلك، لقد. After ب ل ك the stopword does not start with و or ف:
   * the conjunction comes first, so كوان (a name) is not ك + وان (and that).
   */
  private boolean isArabicProcliticStopword(String key) {
    int i = 0;
    char c = key.charAt(0);
    if (c == '\u0648' || c == '\u0641') { // و ف
      i = 1;
      c = key.charAt(1);
    }
    if (c == '\u0628' || c == '\u0644' || c == '\u0643') { // ب ل ك
      // never before the conjunction: كوان is no ك + وان
      char next = key.length() > i + 1 ? key.charAt(i + 1) : 0;
      if (key.length() - i - 1 >= 2 && next != '\u0648' && next != '\u0641'
          && builtInStopwords.contains(key.substring(i + 1))) {
        return true;
      }
    }
    return i == 1 && builtInStopwords.contains(key.substring(1));
  }

  /** The light stem of a normalized key (the key itself when stemming is off or unavailable). */
  public String stem(String key) {
    if (!stem || key.isEmpty()) {
      return key;
    }
    String k = key;
    if (turkic) {
      int apostrophe = k.indexOf('\'');
      if (apostrophe > 0) {
        k = k.substring(0, apostrophe); // Ankara'da → ankara, as Lucene's ApostropheFilter
      }
    }
    String s = stemmer.stem(k);
    return s.codePointCount(0, s.length()) < MIN_STEM_LENGTH ? key : s;
  }

  public boolean stemming() {
    return stem;
  }
}
