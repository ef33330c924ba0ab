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
 * @param keepReferences leave HTML character references ({@code &amp;}, {@code &#39;}) in plain
 *     text as written instead of decoding them ({@link CharacterReferences}); HTML input always
 *     has them decoded by its parser
 */
public record DecodeOptions(Charset charset, boolean strict, Html html, boolean keepReferences) {

  /** Options that decode character references in plain text (the default). */
  public DecodeOptions(Charset charset, boolean strict, Html html) {
    this(charset, strict, html, false);
  }

  /** Whether input is HTML. */
  public enum Html {
    AUTO,
    ALWAYS,
    NEVER
  }

  public static final DecodeOptions DEFAULT = new DecodeOptions(null, false, Html.AUTO);
}
