package dev.kalima.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * ICU's word segmentation with a fast path for the common case, iterated like a {@link
 * BreakIterator} ({@link #first}, {@link #next}, {@link #getRuleStatus}) and giving exactly the
 * same word and number segments, with the same rule status, as {@code
 * BreakIterator.getWordInstance(locale)}.
 *
 * <ul>
 *   <li>A <em>plain run</em> is a maximal run of letters of the Latin, Greek, Cyrillic, Arabic,
 *       Armenian or Georgian scripts whose Unicode word-break class is ALetter (no digits,
 *       combining marks, tatweel, ZWJ/ZWNJ or other format characters, no dictionary scripts).
 *       It is one ICU word segment with letter status when the character before it is a
 *       <em>separator</em> (or the text starts there), or is a MidLetter/MidNumLet/Single_Quote
 *       character (. ' : · ...) with a separator or another such character (or the text start)
 *       before it; and when the character after it is a separator (or the text ends), or such a
 *       mid character followed by a separator, another mid character or the text end. Those
 *       runs are found with a precomputed class table and no ICU call (UAX #29 rules WB5-WB7 and
 *       WB999; the other rules need a neighbour the table does not class as plain).
 *   <li>A <em>separator</em> is a character of word-break class Other, CR, LF, Newline,
 *       WSegSpace, MidNum or Double_Quote that is not a letter, digit, number, mark, format
 *       character, surrogate, emoji (Extended_Pictographic) or complex-context character.
 *   <li>Between plain runs, separators and mid characters make one segment of status {@link
 *       BreakIterator#WORD_NONE}: its inner boundaries are not reported, since it holds no word.
 *   <li>Anything else (a digit, a mark, a Han or Thai character, an apostrophe inside a word, a
 *       plain run with an unplain neighbour) is segmented by ICU's own iterator, started at the
 *       last known boundary and followed until a boundary past the unplain character that comes
 *       right after a separator. The ICU iterator (about 75 ms to create the first time) is
 *       created only when first needed.
 * </ul>
 *
 * Not thread-safe: one per thread.
 */
final class WordSegments {

  /** A plain letter (see the class comment). */
  private static final byte LETTER = 1;
  /** A separator: never part of a word, and no UAX #29 rule joins it to a letter. */
  private static final byte SEPARATOR = 2;
  /** MidLetter, MidNumLet or Single_Quote: joins letters only with a letter on both sides. */
  private static final byte MID = 3;
  /** Anything else: ICU decides. */
  private static final byte OTHER = 0;

  private static final byte[] CLASSES = classes();

  private final ULocale locale;
  private final boolean fastPath;
  private BreakIterator icu;
  private boolean icuHasText;

  private String text;
  private int n;
  /** The current boundary. */
  private int pos;
  private int status;
  /** Whether the segment ending at the current boundary is a plain run found by the fast path. */
  private boolean plain;
  /** Start and end of a plain run found after a gap, reported by the following call. */
  private int pendingStart = -1;
  private int pendingEnd;
  /** While ICU segments: the unplain position it must get past; -1 in fast mode. */
  private int icuUntil = -1;

  WordSegments(ULocale locale) {
    this(locale, true);
  }

  /** With {@code fastPath} false, every boundary comes from ICU (the reference, for tests). */
  WordSegments(ULocale locale, boolean fastPath) {
    this.locale = locale;
    this.fastPath = fastPath;
  }

  void setText(String text) {
    this.text = text;
    this.n = text.length();
    this.pos = 0;
    this.status = BreakIterator.WORD_NONE;
    this.pendingStart = -1;
    this.icuUntil = -1;
    this.icuHasText = false;
  }

  int first() {
    pos = 0;
    pendingStart = -1;
    icuUntil = -1;
    return 0;
  }

  /**
   * Whether the segment that ends at the current boundary is a plain run (see the class comment),
   * so made only of letters; false when unsure (ICU found it).
   */
  boolean wasPlainRun() {
    return plain;
  }

  /** The status of the segment that ends at the current boundary. */
  int getRuleStatus() {
    return status;
  }

  /** The next boundary, or {@link BreakIterator#DONE} at the end. */
  int next() {
    if (pendingStart >= 0) {
      pos = pendingEnd;
      pendingStart = -1;
      status = BreakIterator.WORD_LETTER;
      plain = true;
      return pos;
    }
    plain = false;
    if (icuUntil >= 0) {
      return nextIcu();
    }
    if (pos >= n) {
      return BreakIterator.DONE;
    }
    if (!fastPath) {
      startIcu(n);
      return nextIcu();
    }
    String s = text;
    int i = pos;
    while (i < n) {
      int k = classOf(s.charAt(i));
      if (k == SEPARATOR || k == MID) {
        i++;
        continue;
      }
      if (k == LETTER && startsRun(s, i)) {
        int j = i + 1;
        while (j < n && classOf(s.charAt(j)) == LETTER) {
          j++;
        }
        if (endsRun(s, j)) {
          if (i > pos) {
            pendingStart = i;
            pendingEnd = j;
            pos = i;
            status = BreakIterator.WORD_NONE;
            return i;
          }
          pos = j;
          status = BreakIterator.WORD_LETTER;
          plain = true;
          return j;
        }
      }
      // an unplain character or run at i: ICU segments from the last boundary
      startIcu(i);
      return nextIcu();
    }
    pos = n;
    status = BreakIterator.WORD_NONE;
    return n;
  }

  private boolean startsRun(String s, int i) {
    if (i == 0) {
      return true;
    }
    int before = classOf(s.charAt(i - 1));
    if (before == SEPARATOR) {
      return true;
    }
    return before == MID && (i == 1 || isGap(classOf(s.charAt(i - 2))));
  }

  private boolean endsRun(String s, int j) {
    if (j == n) {
      return true;
    }
    int after = classOf(s.charAt(j));
    if (after == SEPARATOR) {
      return true;
    }
    return after == MID && (j + 1 == n || isGap(classOf(s.charAt(j + 1))));
  }

  private static boolean isGap(int k) {
    return k == SEPARATOR || k == MID;
  }

  private void startIcu(int unplain) {
    if (icu == null) {
      icu = BreakIterator.getWordInstance(locale);
    }
    if (!icuHasText) {
      icu.setText(text);
      icuHasText = true;
    }
    if (!icu.isBoundary(pos)) {
      throw new IllegalStateException("not a word boundary: " + pos);
    }
    icuUntil = unplain;
  }

  private int nextIcu() {
    int b = icu.next();
    if (b == BreakIterator.DONE) {
      icuUntil = -1;
      return BreakIterator.DONE;
    }
    status = icu.getRuleStatus();
    pos = b;
    if (b > icuUntil && (b == n || classOf(text.charAt(b - 1)) == SEPARATOR)) {
      icuUntil = -1;
    }
    return b;
  }

  private static int classOf(char c) {
    return CLASSES[c];
  }

  /** Whether every char of text[start, end) is a plain letter (for tests). */
  static boolean isPlainRun(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (classOf(s.charAt(i)) != LETTER) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static byte[] classes() {
    byte[] table = new byte[0x10000];
    for (int c = 0; c < 0x10000; c++) {
      table[c] = classify(c);
    }
    return table;
  }

  private static byte classify(int c) {
    if (c >= 0xD800 && c <= 0xDFFF) {
      return OTHER;
    }
    int wb = UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK);
    int type = UCharacter.getType(c);
    if (wb == UCharacter.WordBreak.ALETTER) {
      return c != 0x0640 && UCharacter.isLetter(c) && plainScript(c) && !complexContext(c)
          ? LETTER
          : OTHER;
    }
    if (wb == UCharacter.WordBreak.MIDLETTER
        || wb == UCharacter.WordBreak.MIDNUMLET
        || wb == UCharacter.WordBreak.SINGLE_QUOTE) {
      return isMarkLetterOrNumber(type) || complexContext(c) ? OTHER : MID;
    }
    boolean separatorClass =
        wb == UCharacter.WordBreak.OTHER
            || wb == UCharacter.WordBreak.CR
            || wb == UCharacter.WordBreak.LF
            || wb == UCharacter.WordBreak.NEWLINE
            || wb == UCharacter.WordBreak.WSEGSPACE
            || wb == UCharacter.WordBreak.MIDNUM
            || wb == UCharacter.WordBreak.DOUBLE_QUOTE;
    if (!separatorClass
        || isMarkLetterOrNumber(type)
        || type == UCharacterCategory.FORMAT
        || type == UCharacterCategory.UNASSIGNED
        || type == UCharacterCategory.PRIVATE_USE
        || UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC)
        || UCharacter.hasBinaryProperty(c, UProperty.EMOJI_COMPONENT)
        || complexContext(c)
        || dictionaryScript(c)) {
      return OTHER;
    }
    return SEPARATOR;
  }

  private static boolean isMarkLetterOrNumber(int type) {
    switch (type) {
      case UCharacterCategory.UPPERCASE_LETTER:
      case UCharacterCategory.LOWERCASE_LETTER:
      case UCharacterCategory.TITLECASE_LETTER:
      case UCharacterCategory.MODIFIER_LETTER:
      case UCharacterCategory.OTHER_LETTER:
      case UCharacterCategory.NON_SPACING_MARK:
      case UCharacterCategory.ENCLOSING_MARK:
      case UCharacterCategory.COMBINING_SPACING_MARK:
      case UCharacterCategory.DECIMAL_DIGIT_NUMBER:
      case UCharacterCategory.LETTER_NUMBER:
      case UCharacterCategory.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  private static boolean plainScript(int c) {
    switch (UScript.getScript(c)) {
      case UScript.LATIN:
      case UScript.GREEK:
      case UScript.CYRILLIC:
      case UScript.ARABIC:
      case UScript.ARMENIAN:
      case UScript.GEORGIAN:
        return true;
      default:
        return false;
    }
  }

  private static boolean complexContext(int c) {
    return UCharacter.getIntPropertyValue(c, UProperty.LINE_BREAK)
        == UCharacter.LineBreak.COMPLEX_CONTEXT;
  }

  private static boolean dictionaryScript(int c) {
    int script = UScript.getScript(c);
    return script == UScript.HAN
        || script == UScript.HIRAGANA
        || script == UScript.KATAKANA
        || script == UScript.THAI
        || script == UScript.LAO
        || script == UScript.KHMER
        || script == UScript.MYANMAR;
  }
}
