package dev.kalima.output;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UCharacterEnums.ECharacterDirection;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * How text looks on a terminal: its width in columns, its isolation from neighbouring bidi text,
 * and visible escapes for characters that would act on the terminal instead of being shown.
 *
 * <p>Used by the aligned table and Markdown renderers; pure functions, no state.
 */
public final class DisplayText {

  /** FIRST STRONG ISOLATE: starts an isolate whose direction follows its first strong character. */
  public static final char FSI = '\u2068';

  /** POP DIRECTIONAL ISOLATE: ends the isolate started by {@link #FSI}. */
  public static final char PDI = '\u2069';

  private DisplayText() {}

  /**
   * The number of terminal columns {@code s} occupies, counted per grapheme cluster (ICU character
   * break iterator):
   *
   * <ul>
   *   <li>a cluster that is an emoji counts 2, however many code points a ZWJ sequence, skin tone
   *       or flag pair holds: its first code point has Emoji_Presentation, or it is an emoji
   *       followed by U+FE0F, or a pictograph followed by a ZWJ or an emoji modifier;
   *   <li>any other cluster counts the sum of its code points' widths, where a code point counts
   *       <ul>
   *         <li>0 if it is a non-spacing or enclosing mark (Mn, Me), a format character (Cf, which
   *             includes ZWJ, ZWSP and the bidi isolates), a control (Cc), default-ignorable, or a
   *             Hangul medial vowel or final consonant jamo;
   *         <li>2 if its East Asian Width is Wide or Fullwidth;
   *         <li>1 otherwise (East Asian Ambiguous counts 1, as in non-CJK terminals).
   *       </ul>
   * </ul>
   */
  public static int width(String s) {
    if (isPrintableAscii(s)) {
      return s.length();
    }
    BreakIterator clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);
    clusters.setText(s);
    int total = 0;
    int start = clusters.first();
    for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
      total += clusterWidth(s, start, end);
    }
    return total;
  }

  /** The width of one code point, as described in {@link #width(String)}, outside any cluster. */
  public static int codePointWidth(int cp) {
    int category = UCharacter.getType(cp);
    if (category == ECharacterCategory.NON_SPACING_MARK
        || category == ECharacterCategory.ENCLOSING_MARK
        || category == ECharacterCategory.FORMAT
        || category == ECharacterCategory.CONTROL
        || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
      return 0;
    }
    int jamo = UCharacter.getIntPropertyValue(cp, UProperty.HANGUL_SYLLABLE_TYPE);
    if (jamo == UCharacter.HangulSyllableType.VOWEL_JAMO
        || jamo == UCharacter.HangulSyllableType.TRAILING_JAMO) {
      return 0;
    }
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    if (eaw == UCharacter.EastAsianWidth.WIDE
        || eaw == UCharacter.EastAsianWidth.FULLWIDTH
        || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
      return 2;
    }
    return 1;
  }

  private static int clusterWidth(String s, int start, int end) {
    int first = s.codePointAt(start);
    if (UCharacter.hasBinaryProperty(first, UProperty.EMOJI_PRESENTATION)) {
      return 2;
    }
    boolean pictographic = UCharacter.hasBinaryProperty(first, UProperty.EXTENDED_PICTOGRAPHIC);
    boolean emoji = pictographic || UCharacter.hasBinaryProperty(first, UProperty.EMOJI);
    int sum = codePointWidth(first);
    for (int i = start + Character.charCount(first); i < end; ) {
      int cp = s.codePointAt(i);
      if (emoji && cp == 0xFE0F) {
        return 2; // emoji presentation selector: "❤️", keycap "1️⃣"
      }
      if (pictographic
          && (cp == 0x200D || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER))) {
        return 2; // ZWJ sequence or skin tone on a text-style pictograph: "☝🏽"
      }
      sum += codePointWidth(cp);
      i += Character.charCount(cp);
    }
    return sum;
  }

  /**
   * True if {@code s} holds a strong right-to-left character (bidi class R or AL, e.g. Hebrew or
   * Arabic letters, RLM, ALM).
   */
  public static boolean hasRtl(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int dir = UCharacter.getDirection(cp);
      if (dir == ECharacterDirection.RIGHT_TO_LEFT
          || dir == ECharacterDirection.RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * {@code s} between {@link #FSI} and {@link #PDI} if it {@linkplain #hasRtl has right-to-left
   * text}, so the bidi algorithm cannot reorder it with its neighbours (an Arabic word next to a
   * number column no longer pulls the digits to its side); otherwise {@code s} itself. The isolates
   * have width 0. Apply to text already passed through {@link #escapeControls}, or the data's own
   * PDI could end the isolate early.
   */
  public static String isolateIfRtl(String s) {
    return hasRtl(s) ? FSI + s + PDI : s;
  }

  /**
   * {@code s} with every character that would act on a terminal instead of being shown replaced by
   * a visible escape:
   *
   * <ul>
   *   <li>tab, line feed, carriage return: {@code \t}, {@code \n}, {@code \r};
   *   <li>other C0 controls and DEL: {@code \xHH} (for example ESC is {@code \x1b});
   *   <li>C1 controls U+0080–U+009F, the bidi embeddings and overrides U+202A–U+202E, the bidi
   *       isolates U+2066–U+2069, LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029 and unpaired
   *       surrogates: <code>&#92;uHHHH</code> with upper-case hex (for example <code>&#92;u202E</code>).
   * </ul>
   *
   * Backslashes already in {@code s} are kept as they are, so the escapes are for reading, not for
   * parsing back. The bidi marks LRM, RLM and ALM are kept: they are ordinary in Arabic text and
   * have no scope beyond the cell once it is isolated.
   */
  public static String escapeControls(String s) {
    int i = 0;
    while (i < s.length() && !needsEscape(s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 8).append(s, 0, i);
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      if (!needsEscape(s, i)) {
        out.appendCodePoint(cp);
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp < 0x20 || cp == 0x7F) {
        out.append("\\x").append(Character.forDigit(cp >> 4, 16)).append(Character.forDigit(cp & 0xF, 16));
      } else {
        out.append("\\u").append(hex4(cp));
      }
      i += n;
    }
    return out.toString();
  }

  /** The cell as a table shows it: {@link #escapeControls escaped}, then {@link #isolateIfRtl}. */
  public static String forCell(String s) {
    return isolateIfRtl(escapeControls(s));
  }

  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true;
    }
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }

  private static String hex4(int cp) {
    String hex = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
    return "0".repeat(Math.max(0, 4 - hex.length())) + hex;
  }

  private static boolean isPrintableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }
}
