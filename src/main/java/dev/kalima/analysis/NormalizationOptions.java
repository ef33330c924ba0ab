package dev.kalima.analysis;

/**
 * Which normalization steps apply to a word before it is counted.
 *
 * @param normalize the default chain (NFKC, case folding, Arabic diacritics/tatweel/alef); off
 *     means words are counted exactly as written
 * @param unifyYa also fold Arabic alef maqsura ى into ya ي
 * @param unifyTaMarbuta also fold Arabic ta marbuta ة into ha ه
 */
public record NormalizationOptions(boolean normalize, boolean unifyYa, boolean unifyTaMarbuta) {

  public static final NormalizationOptions DEFAULT = new NormalizationOptions(true, false, false);
  public static final NormalizationOptions NONE = new NormalizationOptions(false, false, false);

  // equals and hashCode written out, with the records' meaning: every run compares options
  // (Language#stopwords), and the generated ones cost about 10 ms of start-up (their first call
  // links an invokedynamic site, building method handles)

  @Override
  public boolean equals(Object o) {
    return o instanceof NormalizationOptions other
        && normalize == other.normalize
        && unifyYa == other.unifyYa
        && unifyTaMarbuta == other.unifyTaMarbuta;
  }

  @Override
  public int hashCode() {
    return (normalize ? 4 : 0) | (unifyYa ? 2 : 0) | (unifyTaMarbuta ? 1 : 0);
  }
}
