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

  /** What a token is. */
  public enum Type {
    WORD,
    NUMBER
  }
}
