package dev.kalima.keywords;

import java.util.Comparator;

/** The one order keywords are ranked in. */
final class Ranking {

  private Ranking() {}

  /**
   * Higher score first, then higher count, then the normalized key in ascending UTF-16 order (a
   * fixed, locale-independent order), so equal inputs always give equal outputs.
   */
  static final Comparator<Keyword> ORDER =
      Comparator.comparingDouble(Keyword::score)
          .reversed()
          .thenComparing(Comparator.comparingLong(Keyword::count).reversed())
          .thenComparing(Keyword::key);

  /** {@link #ORDER} on scored candidates. */
  static final Comparator<Scored> SCORED =
      Comparator.comparingDouble(Scored::score)
          .reversed()
          .thenComparing(Comparator.comparingInt((Scored s) -> s.candidate().count()).reversed())
          .thenComparing(s -> s.candidate().key());
}
