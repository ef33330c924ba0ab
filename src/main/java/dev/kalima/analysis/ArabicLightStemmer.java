package dev.kalima.analysis;

import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Arabic light stemming after Larkey's Light-10, with Lucene's {@link ArabicStemmer} tables, on a
 * key already normalized by {@link TermNormalizer} (no diacritics or tatweel, alef forms unified:
 * the forms Lucene's stemmer expects; ة and ى may remain, the suffix list has ة and ية).
 *
 * <ol>
 *   <li>A word starting with the conjunction و:
 *       <ul>
 *         <li>followed by an article prefix ال بال كال فال لل, both go when at least two letters
 *             remain (وبالتعاون → تعاون; والد "father" stays whole);
 *         <li>otherwise و alone goes when at least four letters remain (وقالت → قالت), except
 *             before three letters or fewer and the ending ة or ات (وزارة، وكالة، ولاية،
 *             وزيرة، وحدات، وزارات), the feminine nouns and plurals of the roots that begin
 *             with و. This is stricter than Light-10 and Lucene (three letters remain, any
 *             ending): the common words whose root starts with و (وزير، واحد، وجود، وصول;
 *             وزارة "ministry", which they stem to زار "he visited") keep it and so group with
 *             their article forms (الوزير → وزير، الوزارة → وزار). The price: a conjunction
 *             before such an indefinite noun stays on it (ودولة → ودول, not دول), while before
 *             an adjective it goes (ودولية → دول).
 *       </ul>
 *   <li>Any other word loses the first of Lucene's prefixes that matches (ال بال كال فال لل),
 *       leaving at least two letters.
 *   <li>Lucene's suffixes ها ان ات ون ين يه ية ه ة ي are removed, each at most once in that order,
 *       leaving at least two letters; ان ين (dual, plural) and ي ية يه (adjective) leave at
 *       least three, since they attach to stems of three letters or more and on a shorter word
 *       are root letters (بيان، مكان، القرآن، يمين، علي، الرأي stemmed to بي مك قر يم عل را;
 *       هوية، قضية، بنية to هو قض بن, merging "identity" with "he" and "structure" with "son
 *       of"); there only ة goes (قضية → قضي).
 * </ol>
 *
 * The name of God, الله, keeps its article, with or without proclitics (والله، بالله، لله،
 * ولله: all stem to الله): the article is part of the name, and without it the stem was له
 * ("to him").
 *
 * Not thread-safe (it keeps a buffer); use one per {@link TermAnalyzer}.
 */
final class ArabicLightStemmer implements Stemmer {

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char TEH = '\u062A';
  private static final char YA = '\u064A';
  private static final char ALEF = '\u0627';
  private static final char NOON = '\u0646';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char HEH = '\u0647';
  private static final String ALLAH = "\u0627\u0644\u0644\u0647"; // الله
  private static final String LILLAH = "\u0644\u0644\u0647"; // لله
  private static final int MIN_STEM_BEFORE_DUAL = 3;
  private static final int MIN_AFTER_BARE_WAW = 4;
  private static final int MAX_ROOT_BEFORE_ENDING = 3;
  private static final String FEMININE_PLURAL = "\u0627\u062A"; // ات
  private static final int MIN_STEM = 2;
  private static final String[] ARTICLES = {"\u0628\u0627\u0644", "\u0643\u0627\u0644",
    "\u0641\u0627\u0644", "\u0644\u0644", "\u0627\u0644"}; // بال كال فال لل ال

  private final ArabicStemmer lucene = new ArabicStemmer();
  private char[] buffer = new char[32];

  @Override
  public String stem(String key) {
    if (isNameOfGod(key)) {
      return ALLAH;
    }
    int len = key.length();
    int cut = 0;
    int n;
    if (len > 1 && key.charAt(0) == WAW) {
      int article = articleAt(key, 1);
      if (article > 0 && len - 1 - article >= MIN_STEM) {
        cut = 1 + article;
      } else if (len - 1 >= MIN_AFTER_BARE_WAW && !isRootWawFeminine(key)) {
        cut = 1;
      }
      n = copy(key, cut);
    } else {
      int copied = copy(key, 0); // may grow the buffer: copy before passing it
      n = lucene.stemPrefix(buffer, copied);
    }
    n = stemSuffix(n);
    return n == len ? key : new String(buffer, 0, n);
  }

  /**
   * Lucene's suffixes in Lucene's order, each removed at most once; ان ين ي ية يه only when
   * three letters remain, the others when two do.
   */
  private int stemSuffix(int n) {
    for (char[] suffix : ArabicStemmer.suffixes) {
      int min = isTriliteralSuffix(suffix) ? MIN_STEM_BEFORE_DUAL : MIN_STEM;
      if (n >= suffix.length + min && endsWith(n, suffix)) {
        n -= suffix.length;
      }
    }
    return n;
  }

  /** ان ين (dual and plural) and ي ية يه (adjective): see the class comment. */
  private static boolean isTriliteralSuffix(char[] suffix) {
    char first = suffix[0];
    if (suffix.length == 1) {
      return first == YA;
    }
    char second = suffix[1];
    return suffix.length == 2
        && (second == NOON && (first == ALEF || first == YA)
            || first == YA && (second == TEH_MARBUTA || second == HEH));
  }

  private boolean endsWith(int n, char[] suffix) {
    for (int i = 0; i < suffix.length; i++) {
      if (buffer[n - suffix.length + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for الله and its forms with proclitics: والله بالله فالله تالله وبالله, لله ولله فلله
   * (ل + الله drops the alef).
   */
  private static boolean isNameOfGod(String key) {
    if (key.endsWith(ALLAH)) {
      return isProclitics(key, key.length() - ALLAH.length());
    }
    // لله, ولله, فلله: no preposition before the ل (بلله is a verb, "he wet it")
    return key.equals(LILLAH)
        || key.length() == LILLAH.length() + 1 && key.endsWith(LILLAH)
            && (key.charAt(0) == WAW || key.charAt(0) == FEH);
  }

  /** True when key[0..end) is at most a conjunction (و ف) and a preposition (ب ت). */
  private static boolean isProclitics(String key, int end) {
    int i = 0;
    if (i < end && (key.charAt(i) == WAW || key.charAt(i) == FEH)) {
      i++;
    }
    if (i < end && (key.charAt(i) == BEH || key.charAt(i) == TEH)) {
      i++;
    }
    return i == end;
  }

  /**
   * True for و + at most three letters + ة or ات (وزارة، وكالة، ولاية، وحدات، وزارات): the
   * feminine nouns and plurals of roots that begin with و, whose و is no conjunction.
   */
  private static boolean isRootWawFeminine(String key) {
    int len = key.length();
    int ending =
        key.charAt(len - 1) == TEH_MARBUTA ? 1
            : key.endsWith(FEMININE_PLURAL) ? FEMININE_PLURAL.length()
            : 0;
    return ending > 0 && len - 1 - ending <= MAX_ROOT_BEFORE_ENDING;
  }

  /** Copies key[from..] into the buffer and returns its length. */
  private int copy(String key, int from) {
    int n = key.length() - from;
    if (buffer.length < n) {
      buffer = new char[n * 2];
    }
    key.getChars(from, key.length(), buffer, 0);
    return n;
  }

  private static int articleAt(String key, int offset) {
    for (String a : ARTICLES) {
      if (key.startsWith(a, offset)) {
        return a.length();
      }
    }
    return 0;
  }
}
