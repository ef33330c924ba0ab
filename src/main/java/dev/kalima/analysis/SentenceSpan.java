package dev.kalima.analysis;

/**
 * One sentence of a paragraph, as char offsets into the paragraph's text. The span never starts
 * or ends with white space and is never empty.
 *
 * @param start offset of the sentence's first char
 * @param end offset after its last char
 */
public record SentenceSpan(int start, int end) {

  public SentenceSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** The sentence's text, cut from the paragraph it was found in. */
  public String text(CharSequence paragraph) {
    return paragraph.subSequence(start, end).toString();
  }
}
