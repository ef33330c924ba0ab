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
 *         <li>otherwise و alone goes only when at least four letters remain (وقالت → قالت). This
 *             is stricter than Light-10 and Lucene (three letters): the common nouns whose root
 *             starts with و (وزير، واحد، وجود، وصول) keep it and so group with their
 *             article forms (الوزير → وزير).
 *       </ul>
 *   <li>Any other word loses the first of Lucene's prefixes that matches (ال بال كال فال لل),
 *       leaving at least two letters.
 *   <li>Lucene's suffixes ها ان ات ون ين يه ية ه ة ي are removed, each at most once in that order,
 *       leaving at least two letters.
 * </ol>
 *
 * Not thread-safe (it keeps a buffer); use one per {@link TermAnalyzer}.
 */
final class ArabicLightStemmer implements Stemmer {

  private static final char WAW = '\u0648';
  private static final int MIN_AFTER_BARE_WAW = 4;
  private static final int MIN_STEM = 2;
  private static final String[] ARTICLES = {"\u0628\u0627\u0644", "\u0643\u0627\u0644",
    "\u0641\u0627\u0644", "\u0644\u0644", "\u0627\u0644"}; // بال كال فال لل ال

  private final ArabicStemmer lucene = new ArabicStemmer();
  private char[] buffer = new char[32];

  @Override
  public String stem(String key) {
    int len = key.length();
    int cut = 0;
    int n;
    if (len > 1 && key.charAt(0) == WAW) {
      int article = articleAt(key, 1);
      if (article > 0 && len - 1 - article >= MIN_STEM) {
        cut = 1 + article;
      } else if (len - 1 >= MIN_AFTER_BARE_WAW) {
        cut = 1;
      }
      n = copy(key, cut);
    } else {
      int copied = copy(key, 0); // may grow the buffer: copy before passing it
      n = lucene.stemPrefix(buffer, copied);
    }
    n = lucene.stemSuffix(buffer, n);
    return n == len ? key : new String(buffer, 0, n);
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
