package dev.kalima.analysis;

import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Arabic light stemming (Larkey's Light-10, as Lucene's {@link ArabicStemmer} implements it) on a
 * key already normalized by {@link TermNormalizer} (no diacritics or tatweel, alef forms unified:
 * the forms Lucene's stemmer expects; ة and ى may remain, the suffix list has ة and ية).
 *
 * <ol>
 *   <li>one prefix is removed, the first that matches of ال وال بال كال فال لل و, leaving at
 *       least two letters (و needs a word of four or more);
 *   <li>if that prefix was the conjunction و, a second prefix from the same list may follow
 *       (وبالتعاون → بالتعاون → تعاون), as in Light-10, where و is removed before the article;
 *       Lucene removes only one;
 *   <li>the suffixes ها ان ات ون ين يه ية ه ة ي are removed, each at most once in that order,
 *       leaving at least two letters.
 * </ol>
 *
 * Not thread-safe in principle (it keeps a buffer); use one per {@link TermAnalyzer}.
 */
final class ArabicLightStemmer implements Stemmer {

  private final ArabicStemmer lucene = new ArabicStemmer();
  private char[] buffer = new char[32];

  @Override
  public String stem(String key) {
    int len = key.length();
    if (buffer.length < len) {
      buffer = new char[len * 2];
    }
    key.getChars(0, len, buffer, 0);
    int n = lucene.stemPrefix(buffer, len);
    if (n == len - 1 && key.charAt(0) == '\u0648') {
      n = lucene.stemPrefix(buffer, n);
    }
    n = lucene.stemSuffix(buffer, n);
    return n == len ? key : new String(buffer, 0, n);
  }
}
