package dev.kalima.analysis;

import com.ibm.icu.util.ULocale;
import java.util.List;

/**
 * The languages kalima knows by name: each has a locale (case folding, collation, segmentation),
 * and may have a stopword list and a stemmer (from Lucene). Any other ISO 639 code is accepted and
 * analysed with the root locale rules, without stopwords or stemming.
 */
public final class Languages {

  private Languages() {}

  /** The codes with stopword lists, sorted. */
  public static List<String> known() {
    return List.of("ar", "en", "fr", "ru");
  }

  public static ULocale locale(String code) {
    return new ULocale(code);
  }
}
