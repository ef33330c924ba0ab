package dev.kalima.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * Turns a surface form into the key words are counted by. With {@link
 * NormalizationOptions#normalize()} on, in this order:
 *
 * <ol>
 *   <li>NFKC (folds compatibility forms, including Arabic presentation forms U+FB50–U+FEFF);
 *   <li>full Unicode case folding (Turkish and Azeri fold dotted/dotless i by their own rules);
 *   <li>Arabic: harakat, tanween, shadda, sukun and superscript alef removed, tatweel removed,
 *       أ إ آ ٱ unified into ا; optionally ى→ي and ة→ه.
 * </ol>
 *
 * Immutable and thread-safe.
 */
public final class TermNormalizer {

  private final NormalizationOptions options;
  private final boolean turkic;
  private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();

  public TermNormalizer(NormalizationOptions options, String languageCode) {
    this.options = options;
    this.turkic = "tr".equals(languageCode) || "az".equals(languageCode);
  }

  public String normalize(String surface) {
    if (!options.normalize()) {
      return surface;
    }
    String s = nfkc.normalize(surface);
    s = UCharacter.foldCase(s, turkic ? UCharacter.FOLD_CASE_EXCLUDE_SPECIAL_I : UCharacter.FOLD_CASE_DEFAULT);
    return s;
  }
}
