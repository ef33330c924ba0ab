package dev.kalima.analysis;

/**
 * A word or number found in a text.
 *
 * @param text the surface form exactly as it appears in the text
 * @param start offset of the first char in the text
 * @param end offset after the last char
 * @param type word (contains a letter) or number (digits of any script, no letter)
 * @param breakBefore true when a phrase may not run from the previous token to this one: this is
 *     the first token of the text, or punctuation stands between them (sentence ends, and phrase
 *     punctuation such as , ; : ، ؛ — ( ) " “ ”). The hyphen inside a compound (well-known) is
 *     not phrase punctuation. N-grams and keyphrase candidates never span it.
 */
public record Token(String text, int start, int end, Type type, boolean breakBefore) {

  /**
   * True when {@code next} follows {@code previous} in {@code text} after one hyphen (-, U+2010
   * or U+2011) and nothing else: the two are one hyphenated compound ("real-time",
   * "Saint-Aubin").
   */
  public static boolean hyphenJoined(CharSequence text, Token previous, Token next) {
    if (previous == null || next.start() - previous.end() != 1) {
      return false;
    }
    return isJoiningHyphen(text.charAt(previous.end()));
  }

  /** True for the hyphens that join the parts of a compound: -, U+2010 and U+2011. */
  public static boolean isJoiningHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** What a token is. */
  public enum Type {
    WORD,
    NUMBER
  }
}
