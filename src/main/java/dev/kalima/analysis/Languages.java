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
import java.util.function.Supplier;
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
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
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
 *   <li>Lucene's {@code br} list is Brazilian Portuguese, not Breton: {@code pt} covers it.
 * </ul>
 *
 * Stemmers: Arabic uses Lucene's light stemmer ({@link ArabicLightStemmer}); bg, bn, ckb, cs, fa,
 * lv, te use Lucene's own stemmers; the others the Snowball stemmer of the language; gl and th
 * have none.
 *
 * <p>The lists are loaded together on first use and cached immutably.
 */
public final class Languages {

  private Languages() {}

  /** The code of an undetermined language: root-locale rules, no stopwords, no stemming. */
  public static final String UNDETERMINED = "und";

  private interface CharStemmer {
    int stem(char[] s, int len);
  }

  private static final Map<String, Language> KNOWN = knownLanguages();

  private static Map<String, Language> knownLanguages() {
    Map<String, Language> m = new TreeMap<>();
    add(m, new Language("ar", ArabicLightStemmer::new));
    add(m, new Language("bg", lucene(() -> new BulgarianStemmer()::stem)));
    add(m, new Language("bn", lucene(() -> new BengaliStemmer()::stem)));
    add(m, new Language("ca", snowball(CatalanStemmer::new)));
    add(m, new Language("ckb", lucene(() -> new SoraniStemmer()::stem)));
    add(m, new Language("cs", lucene(() -> new CzechStemmer()::stem)));
    add(m, new Language("da", snowball(DanishStemmer::new)));
    add(m, new Language("de", snowball(GermanStemmer::new)));
    add(m, new Language("el", snowball(GreekStemmer::new)));
    add(m, new Language("en", snowball(EnglishStemmer::new)));
    add(m, new Language("es", snowball(SpanishStemmer::new)));
    add(m, new Language("et", snowball(EstonianStemmer::new)));
    add(m, new Language("eu", snowball(BasqueStemmer::new)));
    add(m, new Language("fa", lucene(() -> new PersianStemmer()::stem)));
    add(m, new Language("fi", snowball(FinnishStemmer::new)));
    add(m, new Language("fr", snowball(FrenchStemmer::new)));
    add(m, new Language("ga", snowball(IrishStemmer::new)));
    add(m, new Language("gl", null));
    add(m, new Language("hi", snowball(HindiStemmer::new)));
    add(m, new Language("hu", snowball(HungarianStemmer::new)));
    add(m, new Language("hy", snowball(ArmenianStemmer::new)));
    add(m, new Language("id", snowball(IndonesianStemmer::new)));
    add(m, new Language("it", snowball(ItalianStemmer::new)));
    add(m, new Language("lt", snowball(LithuanianStemmer::new)));
    add(m, new Language("lv", lucene(() -> new LatvianStemmer()::stem)));
    add(m, new Language("ne", snowball(NepaliStemmer::new)));
    add(m, new Language("nl", snowball(DutchStemmer::new)));
    add(m, new Language("no", snowball(NorwegianStemmer::new)));
    add(m, new Language("pt", snowball(PortugueseStemmer::new)));
    add(m, new Language("ro", snowball(RomanianStemmer::new)));
    add(m, new Language("ru", snowball(RussianStemmer::new)));
    add(m, new Language("sr", snowball(SerbianStemmer::new)));
    add(m, new Language("sv", snowball(SwedishStemmer::new)));
    add(m, new Language("ta", snowball(TamilStemmer::new)));
    add(m, new Language("te", lucene(() -> new TeluguStemmer()::stem)));
    add(m, new Language("th", null));
    add(m, new Language("tr", snowball(TurkishStemmer::new)));
    return Collections.unmodifiableMap(m);
  }

  private static void add(Map<String, Language> m, Language language) {
    m.put(language.code(), language);
  }

  /** The lists as shipped, read from Lucene on first use. */
  private static final class RawLists {
    static final Map<String, Set<String>> LISTS = loadAll();
  }

  /** The lists normalized with the default options, built on first use. */
  private static final class DefaultLists {
    static final Map<String, Set<String>> LISTS = normalizeDefaults();
  }

  private static Map<String, Set<String>> loadAll() {
    Map<String, Set<String>> m = new TreeMap<>();
    m.put("ar", words(ArabicAnalyzer.getDefaultStopSet()));
    m.put("bg", words(BulgarianAnalyzer.getDefaultStopSet()));
    m.put("bn", words(BengaliAnalyzer.getDefaultStopSet()));
    m.put("ca", withElisions("ca", words(CatalanAnalyzer.getDefaultStopSet())));
    m.put("ckb", words(SoraniAnalyzer.getDefaultStopSet()));
    m.put("cs", words(CzechAnalyzer.getDefaultStopSet()));
    m.put("da", words(DanishAnalyzer.getDefaultStopSet()));
    m.put("de", words(GermanAnalyzer.getDefaultStopSet()));
    m.put("el", words(GreekAnalyzer.getDefaultStopSet()));
    m.put("en", words(snowballList("english_stop.txt")));
    m.put("es", words(SpanishAnalyzer.getDefaultStopSet()));
    m.put("et", words(EstonianAnalyzer.getDefaultStopSet()));
    m.put("eu", words(BasqueAnalyzer.getDefaultStopSet()));
    m.put("fa", withPersianLetters(words(PersianAnalyzer.getDefaultStopSet())));
    m.put("fi", words(FinnishAnalyzer.getDefaultStopSet()));
    m.put("fr", withElisions("fr", words(FrenchAnalyzer.getDefaultStopSet())));
    m.put("ga", words(IrishAnalyzer.getDefaultStopSet()));
    m.put("gl", words(GalicianAnalyzer.getDefaultStopSet()));
    m.put("hi", words(HindiAnalyzer.getDefaultStopSet()));
    m.put("hu", words(HungarianAnalyzer.getDefaultStopSet()));
    m.put("hy", words(ArmenianAnalyzer.getDefaultStopSet()));
    m.put("id", words(IndonesianAnalyzer.getDefaultStopSet()));
    m.put("it", withElisions("it", words(ItalianAnalyzer.getDefaultStopSet())));
    m.put("lt", words(LithuanianAnalyzer.getDefaultStopSet()));
    m.put("lv", words(LatvianAnalyzer.getDefaultStopSet()));
    m.put("ne", words(NepaliAnalyzer.getDefaultStopSet()));
    m.put("nl", words(DutchAnalyzer.getDefaultStopSet()));
    m.put("no", words(NorwegianAnalyzer.getDefaultStopSet()));
    m.put("pt", words(PortugueseAnalyzer.getDefaultStopSet()));
    m.put("ro", words(RomanianAnalyzer.getDefaultStopSet()));
    m.put("ru", words(RussianAnalyzer.getDefaultStopSet()));
    m.put("sr", withSerbianCyrillic(words(SerbianAnalyzer.getDefaultStopSet())));
    m.put("sv", words(SwedishAnalyzer.getDefaultStopSet()));
    m.put("ta", words(TamilAnalyzer.getDefaultStopSet()));
    m.put("te", words(TeluguAnalyzer.getDefaultStopSet()));
    m.put("th", words(ThaiAnalyzer.getDefaultStopSet()));
    m.put("tr", words(TurkishAnalyzer.getDefaultStopSet()));
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Set<String>> normalizeDefaults() {
    Map<String, Set<String>> m = new TreeMap<>();
    for (Map.Entry<String, Set<String>> e : RawLists.LISTS.entrySet()) {
      TermNormalizer normalizer = new TermNormalizer(NormalizationOptions.DEFAULT, e.getKey());
      m.put(e.getKey(), normalizeAll(e.getValue(), normalizer));
    }
    return Collections.unmodifiableMap(m);
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

  static Set<String> rawStopwords(String code) {
    return RawLists.LISTS.getOrDefault(code, Set.of());
  }

  static Set<String> defaultStopwords(String code) {
    return DefaultLists.LISTS.getOrDefault(code, Set.of());
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

  private static Supplier<Stemmer> snowball(Supplier<SnowballStemmer> factory) {
    return () -> {
      SnowballStemmer s = factory.get();
      return key -> {
        s.setCurrent(key);
        s.stem();
        return s.getCurrent();
      };
    };
  }

  private static Supplier<Stemmer> lucene(Supplier<CharStemmer> factory) {
    return () -> {
      CharStemmer s = factory.get();
      return key -> {
        char[] buf = key.toCharArray();
        int n = s.stem(buf, buf.length);
        return n == buf.length ? key : new String(buf, 0, n);
      };
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
    return new Language(c, null);
  }

  public static ULocale locale(String code) {
    return new ULocale(canonical(code));
  }

  /**
   * The language part of a code, lower-cased: "AR" → "ar", "ar-EG" and "ar_EG" → "ar"; ICU's
   * canonical form for deprecated codes ("iw" → "he" is not applied: codes stay as given).
   */
  public static String canonical(String code) {
    String c = code.trim();
    int cut = indexOfSeparator(c);
    if (cut >= 0) {
      c = c.substring(0, cut);
    }
    return c.toLowerCase(Locale.ROOT);
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
