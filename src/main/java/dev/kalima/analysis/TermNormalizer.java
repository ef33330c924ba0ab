package dev.kalima.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

/**
 * Turns a surface form into the key words are counted by. With {@link
 * NormalizationOptions#normalize()} on, in this order:
 *
 * <ol>
 *   <li>NFKC with full Unicode case folding and removal of default-ignorable code points (ICU's
 *       {@code NFKC_Casefold}): folds compatibility forms, including Arabic presentation forms
 *       U+FB50–U+FDFF and U+FE70–U+FEFF (so the lam-alef ligature ﻻ becomes لا), lower-cases with
 *       full folding (ß→ss), and drops zero-width joiner and non-joiner, soft hyphen, bidi
 *       controls (LRM, RLM, ALM, embeddings, isolates) and variation selectors. Turkish and Azeri
 *       ({@code tr}, {@code az}) first fold I→ı and İ→i by their own rules ({@link
 *       UCharacter#FOLD_CASE_EXCLUDE_SPECIAL_I});
 *   <li>apostrophe variants ’ ‘ ʼ ′ unified into ' (so "don’t" and "don't" are one word);
 *   <li>Arabic diacritics removed: tanween (U+064B–U+064D), harakat fatha, damma, kasra
 *       (U+064E–U+0650), shadda (U+0651), sukun (U+0652), the other combining vowel marks
 *       U+0653–U+065F, superscript alef (U+0670), Quranic annotation marks U+0610–U+061A,
 *       U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED and U+08D3–U+08E1,
 *       U+08E3–U+08FF;
 *   <li>Arabic tatweel (kashida, U+0640) removed;
 *   <li>Arabic alef forms أ إ آ ٱ ٲ ٳ (U+0623, U+0625, U+0622, U+0671, U+0672, U+0673) unified
 *       into bare alef ا;
 *   <li>optionally ({@link NormalizationOptions#unifyYa()}) alef maqsura ى into ya ي, and
 *       ({@link NormalizationOptions#unifyTaMarbuta()}) ta marbuta ة into ha ه;
 *   <li>Persian, Urdu and Sorani ({@code fa}, {@code ur}, {@code ckb}) only: the Arabic letters
 *       ي ى ك written with Arabic keyboards unified into the letters of these languages, ی and ک;
 *   <li>decimal digits of every script (Unicode Nd in the BMP: Arabic-Indic ٠–٩, Persian ۰–۹,
 *       Devanagari, ...) folded to ASCII 0–9, and the Arabic decimal and thousands separators ٫
 *       ٬ to . and , so that ٢٠٢٥ and 2025 are one term (as Lucene's DecimalDigitFilter does);
 *   <li>Greek ({@code el}) only: tonos and dialytika removed (ά→α, ϊ→ι, ΐ→ι), as Greek is written
 *       without accents in capitals and Lucene's Greek stopword list has none;
 *   <li>Russian ({@code ru}) only: ё unified into е, as most Russian text writes it (ещё and еще,
 *       самолёт and самолет are one word); Belarusian, where ё is a letter of its own, keeps it;
 *   <li>Arabic ({@code ar}) only, last: hamza on a ya seat ئ right before و written on a waw
 *       seat ؤ (مسئول and مسؤول, شئون and شؤون, رئوس and رؤوس are one word: Egyptian spelling
 *       seats this hamza on ya, the standard one on waw). Other languages written in Arabic
 *       script (Sorani, Uyghur) use ئ as a vowel carrier and keep it.
 * </ol>
 *
 * The Arabic rules apply whatever the language, since they only touch Arabic-script characters.
 * With {@code normalize} off the surface form is returned unchanged.
 *
 * <p>Fast paths: a form made only of chars that NFKC_Casefold keeps and never joins to the
 * char before (ASCII small letters and digits, the Arabic letters, ...), of ASCII capitals, and of
 * such chars that steps 2–10 drop or map to such chars (alef forms, tatweel, Arabic-Indic digits),
 * is keyed without ICU (capitals folded to small letters, steps 2–10 applied char by char, then
 * step 11; the same {@code String} instance when nothing changes). Otherwise, when the form already passes the
 * NFKC_Casefold quick check and contains none of the characters of steps 2–10, the same instance
 * is returned without any allocation.
 *
 * <p>Immutable and thread-safe.
 */
public final class TermNormalizer {

  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

  private final NormalizationOptions options;
  private final boolean turkic;
  private final boolean greek;
  private final boolean persianLetters;
  private final boolean russian;
  private final boolean arabic;
  /** See {@link #fastTable}. */
  private final int[] fast;

  public TermNormalizer(NormalizationOptions options, String languageCode) {
    this.options = options;
    this.turkic = "tr".equals(languageCode) || "az".equals(languageCode);
    this.greek = "el".equals(languageCode);
    this.persianLetters =
        "fa".equals(languageCode) || "ur".equals(languageCode) || "ckb".equals(languageCode);
    this.russian = "ru".equals(languageCode);
    this.arabic = "ar".equals(languageCode);
    this.fast = fastTable();
  }

  public NormalizationOptions options() {
    return options;
  }

  public String normalize(String surface) {
    if (!options.normalize()) {
      return surface;
    }
    String s = surface;
    if (turkic && hasTurkicI(s)) {
      s = UCharacter.foldCase(s, UCharacter.FOLD_CASE_EXCLUDE_SPECIAL_I);
    }
    String plain = plain(s);
    return plain != null ? hamzaSeat(plain) : normalizeWithIcu(s);
  }

  /**
   * Step 11 (Arabic only): hamza on a ya seat ئ right before و written on a waw seat ؤ. Returns
   * {@code s} itself when nothing changes.
   */
  private String hamzaSeat(String s) {
    if (!arabic) {
      return s;
    }
    int i = s.indexOf(HAMZA_ON_YA_BEFORE_WAW);
    if (i < 0) {
      return s;
    }
    char[] chars = s.toCharArray();
    for (; i >= 0; i = s.indexOf(HAMZA_ON_YA_BEFORE_WAW, i + 2)) {
      chars[i] = '\u0624';
    }
    return new String(chars);
  }

  private static final String HAMZA_ON_YA_BEFORE_WAW = "\u0626\u0648"; // ئو

  /**
   * Steps 1 to 11 through ICU for {@code s} (Turkic I already folded): what {@link #normalize}
   * gives when {@link #plain} cannot decide. Package-private for the tests that check the fast
   * path against it.
   */
  String normalizeWithIcu(String s) {
    if (NFKC_CF.spanQuickCheckYes(s) != s.length()) {
      s = NFKC_CF.normalize(s);
    }
    String mapped = mapChars(s);
    // Dropping a char (tatweel) can bring a base letter next to a combining mark that NFKC
    // would compose ("a" + tatweel + U+0301): normalize again so that key(key(x)) == key(x).
    if (mapped != s && NFKC_CF.spanQuickCheckYes(mapped) != mapped.length()) {
      mapped = mapChars(NFKC_CF.normalize(mapped));
    }
    return hamzaSeat(mapped);
  }

  /** Chars below this may be {@link #PLAIN}. */
  private static final int PLAIN_LIMIT = 0x0700;

  /**
   * For each char below {@link #PLAIN_LIMIT}: true when NFKC_Casefold leaves it as it is and
   * never joins it to the char before it (ICU {@code hasBoundaryBefore}), as for ASCII lowercase,
   * digits and the Arabic letters. Taken from ICU once; constant.
   */
  private static final boolean[] PLAIN = plainChars();

  private static boolean[] plainChars() {
    boolean[] table = new boolean[PLAIN_LIMIT];
    for (char c = 0; c < PLAIN_LIMIT; c++) {
      String one = String.valueOf(c);
      table[c] = NFKC_CF.hasBoundaryBefore(c) && NFKC_CF.normalize(one).equals(one);
    }
    return table;
  }

  /**
   * The key of {@code s} without ICU when every char is {@link #PLAIN}, an ASCII capital or a
   * {@link #isDroppedMark dropped vowel mark}, and steps 2 to 10 map each char that they change to
   * a {@link #PLAIN} char or drop it (the alef forms, tatweel, Arabic-Indic digits, ...): then
   * NFKC_Casefold works char by char and changes only the capitals (folded to small letters) and
   * the order of the marks, and what steps 2 to 10 leave is still made of plain chars, so
   * normalized. {@code s} itself when nothing changes; null when a char is
   * neither.
   */
  private String plain(String s) {
    int[] table = fast;
    int n = s.length();
    int firstChange = -1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= PLAIN_LIMIT) {
        return null;
      }
      int m = table[c];
      if (m != c) {
        if (m == NOT_PLAIN) {
          return null;
        }
        if (firstChange < 0) {
          firstChange = i;
        }
      }
    }
    if (firstChange < 0) {
      return s;
    }
    char[] out = new char[n];
    s.getChars(0, firstChange, out, 0);
    int k = firstChange;
    for (int i = firstChange; i < n; i++) {
      int m = table[s.charAt(i)];
      if (m != DROP) {
        out[k++] = (char) m;
      }
    }
    return new String(out, 0, k);
  }

  /** In {@link #fast}: the char keeps {@link #plain} from deciding. */
  private static final int NOT_PLAIN = -2;

  /**
   * What {@link #plain} makes of each char below {@link #PLAIN_LIMIT} under this normalizer's
   * options: the char it becomes (itself when unchanged; an ASCII capital its small letter; a
   * plain char steps 2 to 10 map to a plain char, that char), {@link #DROP} (a dropped vowel mark,
   * or a plain char steps 2 to 10 drop), or {@link #NOT_PLAIN}.
   */
  private int[] fastTable() {
    int[] table = new int[PLAIN_LIMIT];
    for (char c = 0; c < PLAIN_LIMIT; c++) {
      int m;
      if (c >= 'A' && c <= 'Z') {
        m = c + ('a' - 'A');
      } else if (!PLAIN[c]) {
        m = isDroppedMark(c) ? DROP : NOT_PLAIN;
      } else if (c < 0x2BC) {
        m = c;
      } else {
        m = map(c);
        if (m != DROP && m != c && (m >= PLAIN_LIMIT || !PLAIN[m])) {
          m = NOT_PLAIN;
        }
      }
      table[c] = m;
    }
    return table;
  }

  /**
   * An Arabic vowel mark that step 3 drops and that NFC composes with no letter (U+064B–U+0652,
   * U+0656–U+065F, U+0670; not the madda and hamza marks U+0653–U+0655, which do compose): its
   * place among the other marks (which NFKC may reorder) does not matter, since it goes.
   */
  private static boolean isDroppedMark(char c) {
    return c >= '\u064B' && c <= '\u0652' || c >= '\u0656' && c <= '\u065F' || c == '\u0670';
  }

  private static boolean hasTurkicI(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'I' || c == '\u0130') {
        return true;
      }
    }
    return false;
  }

  /** Steps 2 to 10 in one pass; allocates only from the first character that changes. */
  private String mapChars(String s) {
    StringBuilder out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int m = c < 0x2BC ? c : map(c);
      if (m == c) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
        out.append(s, 0, i);
      }
      if (m >= 0) {
        out.append((char) m);
      }
    }
    return out == null ? s : out.toString();
  }

  private static final int DROP = -1;

  /** The replacement of one char, {@link #DROP} to remove it, or the char itself. */
  private int map(char c) {
    switch (c) {
      case '\u2019': // right single quotation mark
      case '\u2018': // left single quotation mark
      case '\u02BC': // modifier letter apostrophe
      case '\u2032': // prime, often typed for an apostrophe
        return '\'';
      case '\u0623': // alef with hamza above
      case '\u0625': // alef with hamza below
      case '\u0622': // alef with madda above
      case '\u0671': // alef wasla
      case '\u0672': // alef with wavy hamza above
      case '\u0673': // alef with wavy hamza below
        return '\u0627';
      case '\u0640': // tatweel
      case '\u0670': // superscript alef
        return DROP;
      case '\u0649': // alef maqsura
        return persianLetters ? '\u06CC' : options.unifyYa() ? '\u064A' : c;
      case '\u064A': // Arabic ya
        return persianLetters ? '\u06CC' : c;
      case '\u0643': // Arabic kaf
        return persianLetters ? '\u06A9' : c;
      case '\u0629': // ta marbuta
        return options.unifyTaMarbuta() ? '\u0647' : c;
      case '\u0451': // Cyrillic small letter io (ё)
        return russian ? '\u0435' : c;
      case '\u066B': // Arabic decimal separator
        return '.';
      case '\u066C': // Arabic thousands separator
        return ',';
      default:
        break;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return '0' + (c - '\u0660');
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return '0' + (c - '\u06F0');
    }
    if (c >= '\u064B' && c <= '\u065F' // tanween, harakat, shadda, sukun, other vowel marks
        || c >= '\u0610' && c <= '\u061A' // honorifics and Quranic small letters
        || c >= '\u06D6' && c <= '\u06ED' && isQuranicMark(c)
        || c >= '\u08D3' && c <= '\u08FF' && c != '\u08E2') {
      return DROP;
    }
    if (greek && c >= '\u0300' && c <= '\u03CE') {
      return greekBase(c);
    }
    if (c >= '\u07C0' && !Character.isSurrogate(c)
        && UCharacter.getType(c) == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
      return '0' + UCharacter.digit(c, 10);
    }
    return c;
  }

  private static boolean isQuranicMark(char c) {
    // U+06DD end of ayah and U+06DE start of rub el hizb are signs, U+06E5/U+06E6 small waw/ya
    // are letters (Lm), U+06E9 place of sajdah is a symbol: those are kept.
    return c != '\u06DD' && c != '\u06DE' && c != '\u06E5' && c != '\u06E6' && c != '\u06E9';
  }

  private static int greekBase(char c) {
    switch (c) {
      case '\u0301': // combining acute (tonos after decomposition)
      case '\u0308': // combining diaeresis (dialytika)
      case '\u0342': // combining perispomeni
      case '\u0344': // combining dialytika tonos
        return DROP;
      case '\u03AC':
        return '\u03B1'; // ά
      case '\u03AD':
        return '\u03B5'; // έ
      case '\u03AE':
        return '\u03B7'; // ή
      case '\u03AF': // ί
      case '\u03CA': // ϊ
      case '\u0390': // ΐ
        return '\u03B9';
      case '\u03CC':
        return '\u03BF'; // ό
      case '\u03CD': // ύ
      case '\u03CB': // ϋ
      case '\u03B0': // ΰ
        return '\u03C5';
      case '\u03CE':
        return '\u03C9'; // ώ
      default:
        return c;
    }
  }
}
