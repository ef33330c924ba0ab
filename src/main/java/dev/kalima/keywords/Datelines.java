package dev.kalima.keywords;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news-agency paragraph: the place the story was filed from, the
 * agency's credit in parentheses, and a dash, before the story itself ("WASHINGTON (Reuters) -
 * ", "LOS ANGELES (AP) — ", "SAN FRANCISCO — ", "القاهرة (رويترز) - "). It is the wire's
 * metadata, not what the story is about: read as keywords, "Reuters" or "AP" would rank first
 * in every wire story and at the top of {@code --corpus}. Two forms, at the very start of a
 * paragraph, followed by a dash (- – — -- or _) and a space:
 *
 * <ul>
 *   <li>one to four words written in capitals (letters all upper case, the first word of two
 *       letters or more; words may hold . ' ’ and -, and be separated by a space or a comma:
 *       "WASHINGTON", "NEW YORK"; "ST. LOUIS, Mo." is not), then optionally a date (", Dec 5",
 *       ", 12 mars", ", March 3, 2012") and the credit;
 *   <li>zero to three words, optionally a date, then the credit, one to four words in
 *       parentheses ("Paris (AFP)", "القاهرة (رويترز)", "(AP)" alone), every word starting with a
 *       capital or written in a script without case ("The Senate (in session) -" is none).
 * </ul>
 */
final class Datelines {

  private Datelines() {}

  /**
   * A word in capitals: two capitals (between them only marks and . ' ’ -: "U.S.") and the rest.
   * Every quantifier is possessive, so a hostile paragraph (a million capitals without a space)
   * is matched in linear time.
   */
  private static final String CAPITALS =
      "\\p{Lu}[\\p{M}.'’-]*+\\p{Lu}[\\p{Lu}\\p{M}.'’-]*+";
  /** A word that starts with a capital or a letter of a script without case (Arabic...). */
  private static final String NAME = "[\\p{Lu}\\p{Lo}][^()\\s]*+";
  private static final String CREDIT = "\\((?:" + NAME + " ?){1,4}\\)";
  private static final String DASH = "\\s*(?:—|–|--|-|_)\\s";
  /** A date after the place: ", Dec 5", ", 12 mars", ", March 3, 2012" (optional). */
  private static final String DATE =
      "(?:,? ?(?:\\p{L}++\\.? \\d{1,2}|\\d{1,2} \\p{L}++\\.?)(?:,? \\d{4})?)?";

  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*(?:"
              + CAPITALS
              + "(?:,? \\p{Lu}[\\p{Lu}\\p{M}.'’-]*+){0,3}"
              + DATE
              + "(?:\\s*+"
              + CREDIT
              + ")?"
              + "|(?:"
              + NAME
              + " ){0,3}"
              + DATE
              + "\\s*"
              + CREDIT
              + ")"
              + DASH);

  /**
   * The index in {@code paragraph} where its dateline ends (after the dash and the space that
   * follows it), or 0 when it opens with none.
   */
  static int end(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    return m.lookingAt() ? m.end() : 0;
  }
}
