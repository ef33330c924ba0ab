package dev.kalima.analysis;

import java.util.regex.Pattern;

/**
 * One sentence of a paragraph, as char offsets into the paragraph's text. The span never starts
 * or ends with white space and is never empty.
 *
 * @param start offset of the sentence's first char
 * @param end offset after its last char
 */
public record SentenceSpan(int start, int end) {

  /** A line break: CR LF, LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  public SentenceSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** The sentence's text, cut from the paragraph it was found in. */
  public String text(CharSequence paragraph) {
    return paragraph.subSequence(start, end).toString();
  }

  /**
   * A sentence as shown on one line (a row of {@code kalima sentences --each}, a key sentence):
   * every line break ({@code \R}: CR LF, LF, CR, VT, FF, NEL, U+2028, U+2029) becomes one space;
   * nothing else changes.
   */
  public static String oneLine(String sentence) {
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return LINE_BREAK.matcher(sentence).replaceAll(" ");
      }
    }
    return sentence;
  }
}
