package dev.kalima.io;

import java.nio.charset.Charset;

/**
 * How bytes become text.
 *
 * @param charset the forced character set, or {@code null} to detect (BOM, then valid UTF-8, then
 *     ICU's CharsetDetector)
 * @param strict reject malformed input with an {@link InputException} instead of replacing it
 *     with U+FFFD
 * @param html treat input as HTML: {@code AUTO} by file extension (.html, .htm) or by content
 *     sniffing on standard input
 */
public record DecodeOptions(Charset charset, boolean strict, Html html) {

  /** Whether input is HTML. */
  public enum Html {
    AUTO,
    ALWAYS,
    NEVER
  }

  public static final DecodeOptions DEFAULT = new DecodeOptions(null, false, Html.AUTO);
}
