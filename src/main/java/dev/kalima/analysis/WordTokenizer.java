package dev.kalima.analysis;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and numbers with ICU's word {@link BreakIterator}.
 *
 * <ul>
 *   <li>a segment whose rule status is letter, kana or ideograph is a {@link Token.Type#WORD};
 *   <li>a segment whose rule status is number is a {@link Token.Type#NUMBER};
 *   <li>everything else (spaces, punctuation, symbols, emoji) is not a token, but punctuation
 *       between two tokens sets {@link Token#breakBefore()} on the second.
 * </ul>
 *
 * Not thread-safe: it owns a break iterator. Make one per thread.
 */
public final class WordTokenizer {

  private final BreakIterator words;

  public WordTokenizer() {
    this(ULocale.ROOT);
  }

  public WordTokenizer(ULocale locale) {
    this.words = BreakIterator.getWordInstance(locale);
  }

  public List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    words.setText(text);
    boolean pendingBreak = true;
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      int status = words.getRuleStatus();
      if (status >= BreakIterator.WORD_LETTER) {
        out.add(new Token(text.substring(start, end), start, end, Token.Type.WORD, pendingBreak));
        pendingBreak = false;
      } else if (status >= BreakIterator.WORD_NUMBER) {
        out.add(new Token(text.substring(start, end), start, end, Token.Type.NUMBER, pendingBreak));
        pendingBreak = false;
      } else if (!pendingBreak && hasPunctuation(text, start, end)) {
        pendingBreak = true;
      }
    }
    return out;
  }

  private static boolean hasPunctuation(String text, int start, int end) {
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      if (type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
          || type == Character.INITIAL_QUOTE_PUNCTUATION
          || type == Character.FINAL_QUOTE_PUNCTUATION) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
