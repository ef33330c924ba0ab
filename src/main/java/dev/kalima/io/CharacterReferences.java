package dev.kalima.io;

import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Decodes the HTML character references that scraped or exported plain text often still holds
 * ({@code &rsquo;}, {@code &quot;}, {@code &amp;}, {@code &#39;}, {@code &#x2019;}), so that they
 * read as the characters they stand for and never become words such as "rsquo" or "quot".
 *
 * <p>Only complete references are decoded: {@code &}, then a name of the HTML5 list, a decimal
 * number ({@code #} and 1 to 7 digits) or a hexadecimal one ({@code #x} and 1 to 6 hex digits),
 * then {@code ;}. The semicolon is required, so "AT&T", "R&D", "Q&A" and query strings such as
 * {@code ?a=1&not=2} stay as written (an HTML parser would read {@code &not} there as "¬"). The
 * value of a reference is jsoup's (the HTML5 rules: {@code &#146;} is the windows-1252 "’", as
 * browsers read it). A reference whose value would be a control character other than tab and line
 * feed, a lone surrogate or U+FFFD (a number out of range) is left as written.
 */
final class CharacterReferences {

  /** Longest name in the HTML5 list ("CounterClockwiseContourIntegral") is 31 letters. */
  private static final int MAX_NAME = 32;

  private CharacterReferences() {}

  /** {@code text} with its complete character references decoded; itself if it has none. */
  static String decode(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    for (; amp >= 0; amp = text.indexOf('&', amp + 1)) {
      int end = referenceEnd(text, amp);
      if (end < 0) {
        continue;
      }
      String value = value(text.substring(amp, end));
      if (value == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, amp).append(value);
      copied = end;
      amp = end - 1;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * The index after the ';' of the reference that starts at {@code amp}, or -1 if none does: a
   * name (an ASCII letter, then ASCII letters and digits), {@code #} and decimal digits, or
   * {@code #x}/{@code #X} and hex digits.
   */
  private static int referenceEnd(String text, int amp) {
    int i = amp + 1;
    int n = text.length();
    if (i >= n) {
      return -1;
    }
    int start;
    int max;
    if (text.charAt(i) == '#') {
      i++;
      boolean hex = i < n && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
      if (hex) {
        i++;
      }
      start = i;
      max = hex ? 6 : 7;
      while (i < n && i - start < max && (hex ? isHex(text.charAt(i)) : isDigit(text.charAt(i)))) {
        i++;
      }
    } else {
      start = i;
      if (!isLetter(text.charAt(i))) {
        return -1;
      }
      max = MAX_NAME;
      while (i < n && i - start < max && (isLetter(text.charAt(i)) || isDigit(text.charAt(i)))) {
        i++;
      }
    }
    return i > start && i < n && text.charAt(i) == ';' ? i + 1 : -1;
  }

  /** What {@code reference} stands for, or null to keep it as written. */
  private static String value(String reference) {
    if (reference.charAt(1) != '#'
        && !Entities.isNamedEntity(reference.substring(1, reference.length() - 1))) {
      return null; // not a name of the list (the parser would decode a known prefix: "&notit;")
    }
    String value = Parser.unescapeEntities(reference, false);
    if (value.equals(reference) || value.isEmpty()) {
      return null; // not a known name
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\uFFFD'
          || (Character.isISOControl(c) && c != '\t' && c != '\n')
          || (Character.isHighSurrogate(c)
              && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))))
          || (Character.isLowSurrogate(c)
              && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1))))) {
        return null;
      }
    }
    return value;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
