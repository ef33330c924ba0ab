package dev.kalima.analysis;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianStemmer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.bn.BengaliStemmer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniStemmer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.cz.CzechStemmer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianStemmer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianStemmer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.te.TeluguStemmer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArmenianStemmer;
import org.tartarus.snowball.ext.BasqueStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.EstonianStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.GreekStemmer;
import org.tartarus.snowball.ext.HindiStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.IndonesianStemmer;
import org.tartarus.snowball.ext.IrishStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.LithuanianStemmer;
import org.tartarus.snowball.ext.NepaliStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SerbianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TamilStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * The languages kalima knows by name: each has a locale (case folding, collation, segmentation),
 * a stopword list and usually a stemmer, all from Lucene analysis-common. Any other ISO 639 code
 * is accepted ({@link #isValid}) and analysed with its locale's rules, without stopwords or
 * stemming.
 *
 * <p>Stopword lists:
 *
 * <ul>
 *   <li>the default list of the language's Lucene analyzer ({@code XAnalyzer.getDefaultStopSet()},
 *       Snowball lists for da de es fi fr hu it nl no pt ru sv);
 *   <li>English uses Snowball's fuller English list (with contractions such as "don't") instead of
 *       Lucene's 33-word default;
 *   <li>Persian's list is written with Arabic ي and ك (Lucene normalizes Persian text to them); the
 *       Persian forms ی and ک are added so Persian text as written matches;
 *   <li>Serbian's list is in Latin script; its Cyrillic transliteration is added;
 *   <li>French, Italian and Catalan lists get the elided forms the tokenizer splits off (l' d'
 *       qu' dell' ...), which are all function words;
 *   <li>Lucene's {@code br} list is Brazilian Portuguese, not Breton: {@code pt} covers it;
 *   <li>ar de en es fr pl pt ru get kalima's small supplement of closed-class words their list
 *       lacks (French "a" and "est", Russian "который" and its forms, Portuguese "é", ...), one
 *       resource per language ({@code stopwords-supplement-CODE.txt}) whose header says where
 *       the words come from (see {@link #supplement});
 *   <li>en, fr and ru also get their abbreviations, symbols and letters standing alone (Sen.,
 *       Sept., Inc.; Mme, h; г-н, млн, т), one resource per language ({@code stopwords-abbreviations-CODE.txt}), which
 *       language detection leaves out ({@link #abbreviations}, {@link
 *       Language#detectionStopwords}).
 * </ul>
 *
 * Stemmers: Arabic uses Lucene's light stemmer ({@link ArabicLightStemmer}); bg, bn, ckb, cs, fa,
 * lv, te use Lucene's own stemmers; pl Lucene's Stempel (lucene-analysis-stempel, which also
 * holds the Polish stopword list); the others the Snowball stemmer of the language; gl and th
 * have none.
 *
 * <p>Each list is loaded on first use of its language, once, and kept immutable.
 */
public final class Languages {

  private Languages() {}

  /** The code of an undetermined language: root-locale rules, no stopwords, no stemming. */
  public static final String UNDETERMINED = "und";

  private interface CharStemmer {
    int stem(char[] s, int len);
  }

  /** The codes with a Lucene stopword list, sorted. */
  private static final List<String> KNOWN_CODES =
      List.of(
          "ar", "bg", "bn", "ca", "ckb", "cs", "da", "de", "el", "en", "es", "et", "eu", "fa", "fi",
          "fr", "ga", "gl", "hi", "hu", "hy", "id", "it", "lt", "lv", "ne", "nl", "no", "pl", "pt",
          "ro", "ru", "sr", "sv", "ta", "te", "th", "tr");

  private static final Set<String> WITHOUT_STEMMER = Set.of("gl", "th");

  private static final Map<String, Language> KNOWN = knownLanguages();

  private static Map<String, Language> knownLanguages() {
    Map<String, Language> m = new TreeMap<>();
    for (String code : KNOWN_CODES) {
      m.put(code, new Language(code));
    }
    return Collections.unmodifiableMap(m);
  }

  /** Whether a language code has a stemmer (all known ones but gl and th). */
  static boolean hasStemmer(String code) {
    return KNOWN_CODES.contains(code) && !WITHOUT_STEMMER.contains(code);
  }

  /** A new stemmer for a language code, or null when it has none. */
  static Stemmer newStemmer(String code) {
    switch (code) {
      case "ar":
        return new ArabicLightStemmer();
      case "bg":
        return lucene(new BulgarianStemmer()::stem);
      case "bn":
        return lucene(new BengaliStemmer()::stem);
      case "ca":
        return snowball(new CatalanStemmer());
      case "ckb":
        return lucene(new SoraniStemmer()::stem);
      case "cs":
        return lucene(new CzechStemmer()::stem);
      case "da":
        return snowball(new DanishStemmer());
      case "de":
        return snowball(new GermanStemmer());
      case "el":
        return snowball(new GreekStemmer());
      case "en":
        return snowball(new EnglishStemmer());
      case "es":
        return snowball(new SpanishStemmer());
      case "et":
        return snowball(new EstonianStemmer());
      case "eu":
        return snowball(new BasqueStemmer());
      case "fa":
        return lucene(new PersianStemmer()::stem);
      case "fi":
        return snowball(new FinnishStemmer());
      case "fr":
        return snowball(new FrenchStemmer());
      case "ga":
        return snowball(new IrishStemmer());
      case "hi":
        return snowball(new HindiStemmer());
      case "hu":
        return snowball(new HungarianStemmer());
      case "hy":
        return snowball(new ArmenianStemmer());
      case "id":
        return snowball(new IndonesianStemmer());
      case "it":
        return snowball(new ItalianStemmer());
      case "lt":
        return snowball(new LithuanianStemmer());
      case "lv":
        return lucene(new LatvianStemmer()::stem);
      case "ne":
        return snowball(new NepaliStemmer());
      case "nl":
        return snowball(new DutchStemmer());
      case "no":
        return snowball(new NorwegianStemmer());
      case "pl":
        return polish();
      case "pt":
        return snowball(new PortugueseStemmer());
      case "ro":
        return snowball(new RomanianStemmer());
      case "ru":
        return snowball(new RussianStemmer());
      case "sr":
        return snowball(new SerbianStemmer());
      case "sv":
        return snowball(new SwedishStemmer());
      case "ta":
        return snowball(new TamilStemmer());
      case "te":
        return lucene(new TeluguStemmer()::stem);
      case "tr":
        return snowball(new TurkishStemmer());
      default:
        return null;
    }
  }

  /**
   * Polish: Lucene's Stempel stemmer with the table {@link PolishAnalyzer} uses. Stempel returns
   * nothing for a word it has no rule for, or may return an empty stem: the key is then kept.
   */
  private static Stemmer polish() {
    StempelStemmer stempel = new StempelStemmer(PolishAnalyzer.getDefaultTable());
    return key -> {
      StringBuilder stem = stempel.stem(key);
      return stem == null || stem.length() == 0 ? key : stem.toString();
    };
  }

  /** The stopword list of a known language as shipped (plus variants), read from Lucene. */
  private static Set<String> load(String code) {
    switch (code) {
      case "ar":
        return words(ArabicAnalyzer.getDefaultStopSet());
      case "bg":
        return words(BulgarianAnalyzer.getDefaultStopSet());
      case "bn":
        return words(BengaliAnalyzer.getDefaultStopSet());
      case "ca":
        return withElisions("ca", words(CatalanAnalyzer.getDefaultStopSet()));
      case "ckb":
        return words(SoraniAnalyzer.getDefaultStopSet());
      case "cs":
        return words(CzechAnalyzer.getDefaultStopSet());
      case "da":
        return words(DanishAnalyzer.getDefaultStopSet());
      case "de":
        return words(GermanAnalyzer.getDefaultStopSet());
      case "el":
        return words(GreekAnalyzer.getDefaultStopSet());
      case "en":
        return words(snowballList("english_stop.txt"));
      case "es":
        return words(SpanishAnalyzer.getDefaultStopSet());
      case "et":
        return words(EstonianAnalyzer.getDefaultStopSet());
      case "eu":
        return words(BasqueAnalyzer.getDefaultStopSet());
      case "fa":
        return withPersianLetters(words(PersianAnalyzer.getDefaultStopSet()));
      case "fi":
        return words(FinnishAnalyzer.getDefaultStopSet());
      case "fr":
        return withElisions("fr", words(FrenchAnalyzer.getDefaultStopSet()));
      case "ga":
        return words(IrishAnalyzer.getDefaultStopSet());
      case "gl":
        return words(GalicianAnalyzer.getDefaultStopSet());
      case "hi":
        return words(HindiAnalyzer.getDefaultStopSet());
      case "hu":
        return words(HungarianAnalyzer.getDefaultStopSet());
      case "hy":
        return words(ArmenianAnalyzer.getDefaultStopSet());
      case "id":
        return words(IndonesianAnalyzer.getDefaultStopSet());
      case "it":
        return withElisions("it", words(ItalianAnalyzer.getDefaultStopSet()));
      case "lt":
        return words(LithuanianAnalyzer.getDefaultStopSet());
      case "lv":
        return words(LatvianAnalyzer.getDefaultStopSet());
      case "ne":
        return words(NepaliAnalyzer.getDefaultStopSet());
      case "nl":
        return words(DutchAnalyzer.getDefaultStopSet());
      case "no":
        return words(NorwegianAnalyzer.getDefaultStopSet());
      case "pl":
        return words(PolishAnalyzer.getDefaultStopSet());
      case "pt":
        return words(PortugueseAnalyzer.getDefaultStopSet());
      case "ro":
        return words(RomanianAnalyzer.getDefaultStopSet());
      case "ru":
        return words(RussianAnalyzer.getDefaultStopSet());
      case "sr":
        return withSerbianCyrillic(words(SerbianAnalyzer.getDefaultStopSet()));
      case "sv":
        return words(SwedishAnalyzer.getDefaultStopSet());
      case "ta":
        return words(TamilAnalyzer.getDefaultStopSet());
      case "te":
        return words(TeluguAnalyzer.getDefaultStopSet());
      case "th":
        return words(ThaiAnalyzer.getDefaultStopSet());
      case "tr":
        return words(TurkishAnalyzer.getDefaultStopSet());
      default:
        return Set.of();
    }
  }

  static Set<String> normalizeAll(Set<String> words, TermNormalizer normalizer) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      String key = normalizer.normalize(w);
      if (!key.isEmpty()) {
        out.add(key);
      }
    }
    return Set.copyOf(out);
  }

  /** Reads a language's list; {@link Language} calls it once, on first use. */
  static Set<String> loadStopwords(String code) {
    Set<String> words = new LinkedHashSet<>(withSupplement(code, load(code)));
    words.addAll(abbreviations(code));
    return Set.copyOf(words);
  }

  /** The languages with an {@link #abbreviations} resource, sorted. */
  private static final List<String> ABBREVIATED = List.of("en", "fr", "ru");

  /**
   * The abbreviations, symbols and letters standing alone that are stopwords of a language but
   * do not tell it from its neighbours ({@code stopwords-abbreviations-CODE.txt} next to this
   * class, in the supplement's format; empty when it has none): English Sen, Sept, Inc, approx;
   * French Mme, Dr, h (10 h 30);
   * Russian г-н, д-р, млн, км, and the letters of т. е. Bulgarian, Ukrainian and Serbian write
   * many of the same, and some letters are words there (Bulgarian "е", is), so these are left out
   * of {@link Language#detectionStopwords} and of the sentence segmenter's function words, and
   * kept in the stopwords that counting and keywords use.
   */
  static Set<String> abbreviations(String code) {
    if (!ABBREVIATED.contains(code)) {
      return Set.of();
    }
    return resourceWords("stopwords-abbreviations-" + code + ".txt");
  }

  /** The languages with a {@link #withSupplement supplement} resource, sorted. */
  private static final List<String> SUPPLEMENTED =
      List.of("ar", "de", "en", "es", "fr", "pl", "pt", "ru");

  /**
   * Adds kalima's supplement for a language, {@code stopwords-supplement-CODE.txt} next to this
   * class (UTF-8, Snowball format: one word at the start of a line, {@code |} starts a comment,
   * read with Lucene's {@link WordlistLoader#getSnowballWordSet}): closed-class words (auxiliary
   * and copula forms, pronouns, determiners, prepositions, conjunctions, particles) that Lucene's
   * list lacks; each file's header says where its words come from. Written as in running text,
   * so they go through the same normalizer as the Lucene list.
   */
  private static Set<String> withSupplement(String code, Set<String> words) {
    if (!SUPPLEMENTED.contains(code)) {
      return words;
    }
    Set<String> out = new LinkedHashSet<>(words);
    out.addAll(supplement(code));
    return out;
  }

  /** The words of a language's supplement resource, as written there (empty when it has none). */
  static Set<String> supplement(String code) {
    if (!SUPPLEMENTED.contains(code)) {
      return Set.of();
    }
    return resourceWords("stopwords-supplement-" + code + ".txt");
  }

  /** The words of a Snowball-format resource next to this class, as written there. */
  private static Set<String> resourceWords(String resource) {
    try (InputStream in = Languages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("kalima resource missing: " + resource);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      return words(WordlistLoader.getSnowballWordSet(reader));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The words of one of the Snowball stopword lists that ship with Lucene ({@code
   * org/apache/lucene/analysis/snowball/NAME_stop.txt}), as written there.
   */
  static Set<String> snowballWords(String resource) {
    return words(snowballList(resource));
  }

  private static CharArraySet snowballList(String resource) {
    try (InputStream in = SnowballFilter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Lucene resource missing: " + resource);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      return WordlistLoader.getSnowballWordSet(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> words(CharArraySet set) {
    Set<String> out = new LinkedHashSet<>();
    for (Object o : set) {
      out.add(o instanceof char[] ? new String((char[]) o) : o.toString());
    }
    return out;
  }

  /** Adds the elided forms the tokenizer splits off (l' d' qu' ...): all function words. */
  private static Set<String> withElisions(String code, Set<String> words) {
    Set<String> out = new LinkedHashSet<>(words);
    for (String e : Elisions.of(code)) {
      out.add(e + "'");
    }
    return out;
  }

  /** Adds each word spelled with Persian ی and ک in place of Arabic ي and ك. */
  private static Set<String> withPersianLetters(Set<String> words) {
    Set<String> out = new LinkedHashSet<>(words);
    for (String w : words) {
      out.add(w.replace('\u064A', '\u06CC').replace('\u0643', '\u06A9'));
    }
    return out;
  }

  private static final String[][] SERBIAN_LATIN_TO_CYRILLIC = {
    {"dž", "џ"}, {"lj", "љ"}, {"nj", "њ"}, {"a", "а"}, {"b", "б"}, {"c", "ц"}, {"č", "ч"},
    {"ć", "ћ"}, {"d", "д"}, {"đ", "ђ"}, {"e", "е"}, {"f", "ф"}, {"g", "г"}, {"h", "х"},
    {"i", "и"}, {"j", "ј"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"},
    {"p", "п"}, {"r", "р"}, {"s", "с"}, {"š", "ш"}, {"t", "т"}, {"u", "у"}, {"v", "в"},
    {"z", "з"}, {"ž", "ж"}
  };

  /** Adds the Cyrillic spelling of each Serbian Latin word (Vuk's one letter per sound). */
  private static Set<String> withSerbianCyrillic(Set<String> words) {
    Set<String> out = new LinkedHashSet<>(words);
    for (String w : words) {
      StringBuilder sb = new StringBuilder(w.length());
      int i = 0;
      boolean ok = true;
      while (i < w.length() && ok) {
        ok = false;
        for (String[] pair : SERBIAN_LATIN_TO_CYRILLIC) {
          if (w.startsWith(pair[0], i)) {
            sb.append(pair[1]);
            i += pair[0].length();
            ok = true;
            break;
          }
        }
      }
      if (ok) {
        out.add(sb.toString());
      }
    }
    return out;
  }

  private static Stemmer snowball(SnowballStemmer s) {
    return key -> {
      s.setCurrent(key);
      s.stem();
      return s.getCurrent();
    };
  }

  private static Stemmer lucene(CharStemmer s) {
    return key -> {
      char[] buf = key.toCharArray();
      int n = s.stem(buf, buf.length);
      return n == buf.length ? key : new String(buf, 0, n);
    };
  }

  /** The codes with stopword lists, sorted. */
  public static List<String> known() {
    return List.copyOf(KNOWN.keySet());
  }

  /** The languages with stopword lists, sorted by code. */
  public static List<Language> all() {
    return List.copyOf(KNOWN.values());
  }

  /** The known language with this code ({@link #canonical} form), if any. */
  public static Optional<Language> find(String code) {
    return Optional.ofNullable(KNOWN.get(canonical(code)));
  }

  /**
   * The language for a code: the known one, or for any other valid code a language with its
   * locale and neither stopwords nor stemmer.
   *
   * @throws IllegalArgumentException if {@link #isValid} is false
   */
  public static Language get(String code) {
    String c = canonical(code);
    Language known = KNOWN.get(c);
    if (known != null) {
      return known;
    }
    if (!isValid(c)) {
      throw new IllegalArgumentException(
          "unknown language code '" + code + "'; known: " + String.join(", ", known()));
    }
    return new Language(c);
  }

  public static ULocale locale(String code) {
    return new ULocale(canonical(code));
  }

  /**
   * The language part of a code, lower-cased: "AR" → "ar", "ar-EG" and "ar_EG" → "ar"; a
   * three-letter ISO 639-2 or 639-3 code of a language that has a two-letter ISO 639-1 code is
   * that code, through ICU's canonical form (CLDR's language aliases: "fra" and "fre" → "fr",
   * "rus" → "ru", "ara" → "ar", "deu" and "ger" → "de"), so that it gets the language's stopwords
   * and stemmer; other codes stay as given ("iw" is not made "he", "und" stays "und").
   */
  public static String canonical(String code) {
    String c = code.trim();
    int cut = indexOfSeparator(c);
    if (cut >= 0) {
      c = c.substring(0, cut);
    }
    c = c.toLowerCase(Locale.ROOT);
    if (c.length() == 3 && !UNDETERMINED.equals(c) && !KNOWN.containsKey(c)
        && c.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
      String two = ULocale.createCanonical(c).getLanguage();
      if (two.length() == 2) {
        return two;
      }
    }
    return c;
  }

  private static int indexOfSeparator(String c) {
    int dash = c.indexOf('-');
    int underscore = c.indexOf('_');
    if (dash < 0) {
      return underscore;
    }
    return underscore < 0 ? dash : Math.min(dash, underscore);
  }

  /**
   * True for a known code, an ISO 639-1 code, "und", or any 2–3 letter language code ICU has a
   * name for ("ckb", "fil"); false for "xx", "", "english".
   */
  public static boolean isValid(String code) {
    String c = canonical(code);
    if (KNOWN.containsKey(c) || UNDETERMINED.equals(c)) {
      return true;
    }
    if (c.length() < 2 || c.length() > 3 || !c.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
      return false;
    }
    if (Arrays.asList(ULocale.getISOLanguages()).contains(c)) {
      return true;
    }
    return !new ULocale(c).getDisplayLanguage(ULocale.ENGLISH).equals(c);
  }
}
