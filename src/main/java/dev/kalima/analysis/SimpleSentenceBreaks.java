package dev.kalima.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;

/**
 * The boundaries ICU's sentence {@link BreakIterator} finds in a text, computed without ICU for a
 * text it can decide alone, so the common case does not run ICU's rule engine.
 *
 * <p>A text is <em>simple</em> when all its chars are in the Basic Multilingual Plane and none has
 * the Unicode sentence-break class Extend, Format, Sep, CR or LF (no combining marks such as
 * harakat, no zero-width joiners, no line or paragraph separators). In a simple text the rules of
 * UAX #29 that remain are (SB1, SB2, SB6 to SB11, SB998):
 *
 * <ul>
 *   <li>a boundary may only follow a terminator (STerm or ATerm), its closing punctuation
 *       (Close*) and its spaces (Sp*): it falls right after those (SB9, SB10, SB11);
 *   <li>there is none when the next char is SContinue, STerm or ATerm (SB8a: "?!", "etc.,");
 *   <li>after an ATerm, there is none when a digit follows it directly (SB6: 3.5), when it stands
 *       between a letter (Upper or Lower) and an Upper letter (SB7: U.S), or when the first char
 *       after its closers and spaces that is a letter (OLetter, Upper, Lower), a separator or a
 *       terminator is a Lower letter (SB8: "e.g. the");
 *   <li>the end of a non-empty text is a boundary; its start is not reported.
 * </ul>
 *
 * Property-tested against ICU's iterator. Stateless; the class table is built once.
 */
final class SimpleSentenceBreaks {

  private static final byte OTHER = 0;
  private static final byte UPPER = 1;
  private static final byte LOWER = 2;
  private static final byte OLETTER = 3;
  private static final byte NUMERIC = 4;
  private static final byte ATERM = 5;
  private static final byte STERM = 6;
  private static final byte CLOSE = 7;
  private static final byte SP = 8;
  private static final byte SCONTINUE = 9;
  /** Extend, Format, Sep, CR, LF, or a surrogate: the text is not simple. */
  private static final byte NOT_SIMPLE = 10;

  private static final byte[] CLASSES = CharClasses.table(CharClasses.Table.SENTENCE_BREAKS);

  private SimpleSentenceBreaks() {}

  /**
   * Adds to {@code out} the boundaries ICU's sentence iterator gives for {@code s} after its start,
   * in increasing order, and returns true; returns false (having added nothing) when {@code s} is
   * not simple.
   */
  static boolean find(String s, SentenceSegmenter.Candidates out) {
    int n = s.length();
    char[] a = s.toCharArray();
    int[] terminators = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (!isSimple(a[i])) {
        return false;
      }
      if (isTerminator(a[i])) {
        terminators[count++] = i;
      }
    }
    find(a, n, terminators, count, out);
    return true;
  }

  /** Whether {@code c} may be in a simple text. */
  static boolean isSimple(char c) {
    return CLASSES[c] != NOT_SIMPLE;
  }

  /** Whether {@code c} is a terminator: sentence-break class ATerm or STerm. */
  static boolean isTerminator(char c) {
    byte k = CLASSES[c];
    return k == ATERM || k == STERM;
  }

  /**
   * Adds to {@code out} the boundaries ICU's sentence iterator gives for the simple text s[0, n)
   * after its start (the caller checked it is simple). {@code at[0, count)} lists, in increasing
   * order, offsets that include every terminator of the text (other offsets are skipped): only a
   * terminator can start a boundary.
   */
  static void find(char[] s, int n, int[] at, int count, SentenceSegmenter.Candidates out) {
    for (int t = 0; t < count; t++) {
      int i = at[t];
      byte c = CLASSES[s[i]];
      if (c != ATERM && c != STERM) {
        continue;
      }
      int j = i + 1;
      while (j < n && CLASSES[s[j]] == CLOSE) {
        j++;
      }
      while (j < n && CLASSES[s[j]] == SP) {
        j++;
      }
      if (j == n) {
        continue; // the end is a boundary anyway
      }
      byte next = CLASSES[s[j]];
      if (next == SCONTINUE || next == STERM || next == ATERM) {
        continue; // SB8a
      }
      if (c == ATERM) {
        if (j == i + 1 && next == NUMERIC) {
          continue; // SB6
        }
        if (j == i + 1 && next == UPPER && i > 0) {
          byte before = CLASSES[s[i - 1]];
          if (before == UPPER || before == LOWER) {
            continue; // SB7
          }
        }
        int k = j;
        while (k < n && !stopsLowerLookahead(CLASSES[s[k]])) {
          k++;
        }
        if (k < n && CLASSES[s[k]] == LOWER) {
          continue; // SB8
        }
      }
      out.add(j);
    }
    if (n > 0) {
      out.add(n);
    }
  }

  /** OLetter, Upper, Lower, ParaSep (not in a simple text), STerm or ATerm. */
  private static boolean stopsLowerLookahead(byte c) {
    return c == OLETTER || c == UPPER || c == LOWER || c == STERM || c == ATERM;
  }

  static byte classify(int c) {
    if (c >= 0xD800 && c <= 0xDFFF) {
      return NOT_SIMPLE;
    }
    switch (UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK)) {
      case UCharacter.SentenceBreak.UPPER:
        return UPPER;
      case UCharacter.SentenceBreak.LOWER:
        return LOWER;
      case UCharacter.SentenceBreak.OLETTER:
        return OLETTER;
      case UCharacter.SentenceBreak.NUMERIC:
        return NUMERIC;
      case UCharacter.SentenceBreak.ATERM:
        return ATERM;
      case UCharacter.SentenceBreak.STERM:
        return STERM;
      case UCharacter.SentenceBreak.CLOSE:
        return CLOSE;
      case UCharacter.SentenceBreak.SP:
        return SP;
      case UCharacter.SentenceBreak.SCONTINUE:
        return SCONTINUE;
      case UCharacter.SentenceBreak.OTHER:
        return OTHER;
      default: // EXTEND, FORMAT, SEP, CR, LF
        return NOT_SIMPLE;
    }
  }
}
