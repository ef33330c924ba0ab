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
 *   <li>A <em>plain run</em> (a word) starts with a letter of the Latin, Greek, Cyrillic, Arabic,
 *       Armenian or Georgian scripts whose Unicode word-break class is ALetter (not tatweel, no
 *       dictionary scripts), followed by more such letters, tatweel, nonspacing combining marks
 *       of class Extend (harakat, accents: WB4), and MidLetter/MidNumLet/Single_Quote characters
 *       (. ' ’ : ·) that have such a letter right after them ("U.S", "don't": WB5-WB7). It is one
 *       ICU word segment with letter status when the character before it is a <em>separator</em>
 *       or MidNum character (or the text starts there), or is a mid character with a separator or
 *       another mid character (or the text start) before it; and when the character after it is
 *       a separator or MidNum character (or the text ends), or a MidLetter/MidNumLet/Single_Quote
 *       character followed by a separator, another mid character or the text end.
 *   <li>A <em>plain number</em> is a run of decimal digits of word-break class Numeric (not of a
 *       dictionary script) and of the Arabic decimal separator ٫ (class Numeric too) with single
 *       MidNum/MidNumLet/Single_Quote characters between two of them (2024, 3.5, 1,000, ٣٫٥,
 *       ١٬٠٠٠: WB8, WB11/12). It is one ICU segment with number status
 *       when the character before it is a separator or MidLetter character (or the text starts
 *       there), or a MidNum/MidNumLet/Single_Quote character with a separator or mid character
 *       (or the text start) before it; and likewise after it.
 *   <li>Both are found with a precomputed class table and no ICU call: the UAX #29 rules that
 *       could join them to a neighbour (WB4-WB13b, as ICU's root word rules implement them) all
 *       need a neighbour the table does not class as a separator or mid character.
 *   <li>A <em>separator</em> is a character of word-break class Other, CR, LF, Newline,
 *       WSegSpace, MidNum or Double_Quote that is not a letter, digit, number, mark, format
 *       character, surrogate, emoji (Extended_Pictographic) or complex-context character.
 *   <li>Between plain runs and numbers, separators and mid characters make one segment of status
 *       {@link BreakIterator#WORD_NONE}: its inner boundaries are not reported, since it holds no
 *       word.
 *   <li>Anything else (a digit or mark next to a letter, a Han or Thai character, ZWJ/ZWNJ, a
 *       word that starts with tatweel or a mark, a run with an unplain neighbour) is segmented by
 *       ICU's own iterator, started at the last known boundary and followed until a boundary
 *       past the unplain character that comes right after a separator. The ICU iterator (about
 *       75 ms to create the first time) is created only when first needed.
 * </ul>
 *
 * Not thread-safe: one per thread.
 */
final class WordSegments {

  /** A plain letter (see the class comment). */
  private static final byte LETTER = 1;
  /** A separator: never part of a word or number, and no UAX #29 rule joins it to either. */
  private static final byte SEPARATOR = 2;
  /** MidLetter (: · ...): joins letters only, with a letter on both sides (WB6/7). */
  private static final byte MID_LETTER = 3;
  /** MidNumLet or Single_Quote (. '): joins letters, or digits, on both sides (WB6/7, WB11/12). */
  private static final byte MID_NUM_LET = 4;
  /** MidNum (, ;): joins digits only, with a digit on both sides (WB11/12). */
  private static final byte MID_NUM = 5;
  /** A plain decimal digit, or the Arabic decimal separator: word-break class Numeric. */
  private static final byte DIGIT = 6;
  /** A nonspacing combining mark of word-break class Extend (harakat, accents): WB4. */
  private static final byte MARK = 7;
  /** Arabic tatweel (U+0640), ALetter but not a letter of its own for the tokenizer. */
  private static final byte TATWEEL = 8;
  /** Anything else: ICU decides. */
  private static final byte OTHER = 0;

  private static final byte[] CLASSES = CharClasses.table(CharClasses.Table.WORD_SEGMENTS);

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
  private int pendingStatus;
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
   * so a word that starts with a letter; false for a number and when unsure (ICU found it).
   */
  boolean wasPlainRun() {
    return plain;
  }

  /** The current boundary: the last one {@link #next} returned (0 after {@link #first}). */
  int current() {
    return pos;
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
      status = pendingStatus;
      plain = pendingStatus == BreakIterator.WORD_LETTER;
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
      if (isGap(k)) {
        i++;
        continue;
      }
      int j = -1;
      int found = BreakIterator.WORD_LETTER;
      if (k == LETTER && startsRun(s, i, MID_LETTER, MID_NUM)) {
        j = endOfRun(s, i, LETTER, MID_LETTER, MID_NUM);
      } else if (k == DIGIT && startsRun(s, i, MID_NUM, MID_LETTER)) {
        j = endOfRun(s, i, DIGIT, MID_NUM, MID_LETTER);
        found = BreakIterator.WORD_NUMBER;
      }
      if (j > 0) {
        if (i > pos) {
          pendingStart = i;
          pendingEnd = j;
          pendingStatus = found;
          pos = i;
          status = BreakIterator.WORD_NONE;
          return i;
        }
        pos = j;
        status = found;
        plain = found == BreakIterator.WORD_LETTER;
        return j;
      }
      // an unplain character or run at i: ICU segments from the last boundary
      startIcu(i);
      return nextIcu();
    }
    pos = n;
    status = BreakIterator.WORD_NONE;
    return n;
  }

  /**
   * Whether a word (head {@code LETTER}, joining mid characters {@code MID_LETTER}: WB5-WB7,
   * WB9, WB13b) or a number (head {@code DIGIT}, mid {@code MID_NUM}: WB8, WB9, WB12, WB13b) can
   * start at the head character at i: no rule joins it to what comes before. Those rules need a
   * letter, digit or ExtendNumLet before it, or before a joining mid character (the run's own
   * mid, MidNumLet or Single_Quote); the other kind's mid character separates.
   */
  private boolean startsRun(String s, int i, byte mid, byte otherMid) {
    if (i == 0) {
      return true;
    }
    int before = classOf(s.charAt(i - 1));
    if (before == SEPARATOR || before == otherMid) {
      return true;
    }
    return (before == mid || before == MID_NUM_LET)
        && (i == 1 || isGap(classOf(s.charAt(i - 2))));
  }

  /**
   * The end of the word or number that starts at i (see {@link #startsRun}): for a word,
   * letters with tatweel and marks after them (WB4, WB5) and MidLetter, MidNumLet or
   * Single_Quote characters between two letters (WB6/7); for a number, digits and MidNum,
   * MidNumLet or Single_Quote characters between two digits (WB8, WB11/12). -1 when what follows
   * could join it (a letter after a number, a mark, ExtendNumLet...: then ICU decides).
   */
  private int endOfRun(String s, int i, byte head, byte mid, byte otherMid) {
    int j = i + 1;
    while (true) {
      while (j < n && isBody(classOf(s.charAt(j)), head)) {
        j++;
      }
      if (j == n) {
        return j;
      }
      int after = classOf(s.charAt(j));
      if (after == SEPARATOR || after == otherMid) {
        return j;
      }
      if (after != mid && after != MID_NUM_LET) {
        return -1;
      }
      if (j + 1 == n) {
        return j;
      }
      int next = classOf(s.charAt(j + 1));
      if (next == head) {
        j += 2;
      } else {
        return isGap(next) ? j : -1;
      }
    }
  }

  /** Whether class k continues a run of head: letters take tatweel and marks (WB4), digits not. */
  private static boolean isBody(int k, byte head) {
    return k == head || (head == LETTER && (k == MARK || k == TATWEEL));
  }

  private static boolean isGap(int k) {
    return k == SEPARATOR || k == MID_LETTER || k == MID_NUM_LET || k == MID_NUM;
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
    if (b > icuUntil && (b == n || isSeparatorBeforeLetter(classOf(text.charAt(b - 1))))) {
      icuUntil = -1;
    }
    return b;
  }

  private static boolean isSeparatorBeforeLetter(int k) {
    return k == SEPARATOR || k == MID_NUM;
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

  static byte classify(int c) {
    if (c >= 0xD800 && c <= 0xDFFF) {
      return OTHER;
    }
    int wb = UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK);
    int type = UCharacter.getType(c);
    if (wb == UCharacter.WordBreak.ALETTER) {
      if (c == 0x0640) {
        return TATWEEL;
      }
      return UCharacter.isLetter(c) && plainScript(c) && !complexContext(c) ? LETTER : OTHER;
    }
    if (wb == UCharacter.WordBreak.NUMERIC) {
      // digits, and the Arabic decimal separator (U+066B), which Unicode classes as Numeric
      return (type == UCharacterCategory.DECIMAL_DIGIT_NUMBER
                  || type == UCharacterCategory.OTHER_PUNCTUATION)
              && !complexContext(c)
              && !dictionaryScript(c)
          ? DIGIT
          : OTHER;
    }
    if (wb == UCharacter.WordBreak.EXTEND) {
      int script = UScript.getScript(c);
      return type == UCharacterCategory.NON_SPACING_MARK
              && (script == UScript.INHERITED || plainScript(c))
              && !complexContext(c)
          ? MARK
          : OTHER;
    }
    if (wb == UCharacter.WordBreak.MIDLETTER
        || wb == UCharacter.WordBreak.MIDNUMLET
        || wb == UCharacter.WordBreak.SINGLE_QUOTE) {
      if (isMarkLetterOrNumber(type) || complexContext(c)) {
        return OTHER;
      }
      return wb == UCharacter.WordBreak.MIDLETTER ? MID_LETTER : MID_NUM_LET;
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
    return wb == UCharacter.WordBreak.MIDNUM ? MID_NUM : SEPARATOR;
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
