package dev.kalima.io;

import java.nio.charset.Charset;

/**
 * The character set an input was read with when nothing but a guess chose it: no --encoding, no
 * byte order mark, not UTF-8, no UTF-16 or UTF-32 evidence, no charset declared in HTML; ICU's
 * {@code CharsetDetector} named it.
 *
 * @param charset the detector's best supported match (never UTF-16 or UTF-32)
 * @param confidence ICU's confidence in it, 0 to 100 ({@code CharsetMatch.getConfidence})
 */
public record CharsetGuess(Charset charset, int confidence) {

  /**
   * Confidences below this are weak. ICU documents its scale as 0 for no confidence to 100 for
   * complete confidence, with 10 meaning only that the charset can represent the bytes, nothing
   * suggesting it is the right one; below the middle of that scale, ICU is nearer to no
   * confidence than to complete confidence in its guess.
   */
  public static final int WEAK_BELOW = 50;

  /** True if ICU's confidence is below {@link #WEAK_BELOW}. */
  public boolean weak() {
    return confidence < WEAK_BELOW;
  }
}
