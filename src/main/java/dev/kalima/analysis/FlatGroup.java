package dev.kalima.analysis;

/**
 * One line group of a paragraph, flattened and noted in a single pass over its chars, for the
 * fast path of {@link SentenceSegmenter}: what the plain steps find with one scan of the text per
 * rule is found here at once, with one table lookup per char (a letter or space costs nothing
 * more).
 *
 * <p>{@link #scan} does, for text[from, to):
 *
 * <ol>
 *   <li>copies the chars into {@link #chars}, every line break (\n \r U+0085 U+2028 U+2029)
 *       becoming a space;
 *   <li>notes which ASCII chars other than letters and the space occur ({@link #seen}), and
 *       whether an en or em dash ({@link #dash}), "www." in any case ({@link #www}), a dash (- –
 *       —) after one of {@code .!?…؟} and white space ({@link #dashAfterEnd}), a possible
 *       emoticon ({@link #emoticon}), one of {@code .!?} right before a letter ({@link
 *       #missingSpace}) or a separator run ({@link #separator}: three of the same {@code *=_~#}
 *       or five hyphens) occur: the quick checks of the segmenter's patterns;
 *   <li>notes whether the flattened group is simple for {@link SimpleSentenceBreaks} ({@link
 *       #simple}: no Extend, Format, Sep, CR or LF char, no surrogate);
 *   <li>lists, in increasing order, the offsets of the chars a candidate boundary can follow
 *       ({@link #marks}): the sentence terminators (sentence-break class ATerm or STerm) and {@code
 *       . : ; …}.
 * </ol>
 *
 * Reused from group to group. Not thread-safe: one per segmenter.
 */
final class FlatGroup {

  // char flags
  /** An ASCII char other than a letter or the space: noted for {@link #seen}. */
  private static final int NOTE = 1;
  private static final int LINE_BREAK = 2;
  /** . ! ? */
  private static final int STOP = 4;
  /** * = _ ~ # - */
  private static final int SEPARATOR_CHAR = 8;
  /** The mouth of an emoticon: ) ( D P p ] [ / | */
  private static final int MOUTH = 16;
  /** – — */
  private static final int DASH = 32;
  /** Not simple for {@link SimpleSentenceBreaks}. */
  private static final int NOT_SIMPLE = 64;
  /** Listed in {@link #marks}. */
  private static final int MARK = 128;

  private static final byte[] FLAGS = CharClasses.table(CharClasses.Table.SENTENCE_FLAGS);

  // ASCII classes of the chars before a mouth
  private static final int EYE = 1;
  private static final int NOSE = 2;
  private static final byte[] FACE = face();

  /** The flattened chars: [0, length). */
  char[] chars = new char[256];
  int length;
  /** Offsets of terminators and {@code . : ; …}: [0, markCount). */
  int[] marks = new int[64];
  int markCount;

  private long seenLow;
  private long seenHigh;
  boolean lineBreak;
  boolean dash;
  boolean www;
  boolean dashAfterEnd;
  boolean emoticon;
  boolean missingSpace;
  boolean separator;
  boolean simple;

  /** Flattens and notes text[from, to) (see the class comment). */
  void scan(String text, int from, int to) {
    int n = to - from;
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    char[] a = chars;
    text.getChars(from, to, a, 0);
    length = n;
    markCount = 0;
    long low = 0;
    long high = 0;
    boolean lines = false;
    boolean dashes = false;
    boolean w = false;
    boolean dashEnd = false;
    boolean face = false;
    boolean glued = false;
    boolean sep = false;
    boolean plain = true;
    int run = 0; // the run of the same separator char, the current one included
    for (int i = 0; i < n; i++) {
      char c = a[i];
      int f = FLAGS[c] & 0xFF;
      if (f == 0) {
        continue;
      }
      if ((f & LINE_BREAK) != 0) {
        a[i] = ' ';
        lines = true;
        low |= 1L << ' ';
        continue;
      }
      if ((f & NOT_SIMPLE) != 0) {
        plain = false;
      }
      if ((f & MARK) != 0) {
        mark(i);
      }
      if ((f & NOTE) != 0) {
        if (c < 0x40) {
          low |= 1L << c;
        } else {
          high |= 1L << (c - 0x40);
        }
      }
      if ((f & STOP) != 0) {
        glued |= i + 1 < n && Character.isLetter(Character.codePointAt(a, i + 1, n));
        w |= c == '.' && i >= 3 && isW(a[i - 1]) && isW(a[i - 2]) && isW(a[i - 3]);
      }
      if ((f & SEPARATOR_CHAR) != 0) {
        run = i > 0 && a[i - 1] == c ? run + 1 : 1;
        sep |= run >= (c == '-' ? 5 : 3);
      }
      if ((f & DASH) != 0) {
        dashes = true;
      }
      if (c == '-' || (f & DASH) != 0) {
        dashEnd |= followsEnd(a, i);
      }
      if ((f & MOUTH) != 0 && i > 0) {
        char p = a[i - 1];
        face |= p < 0x80 && ((FACE[p] & EYE) != 0
            || (FACE[p] & NOSE) != 0 && i > 1 && a[i - 2] < 0x80 && (FACE[a[i - 2]] & EYE) != 0);
      }
    }
    seenLow = low;
    seenHigh = high;
    lineBreak = lines;
    dash = dashes;
    www = w;
    dashAfterEnd = dashEnd;
    emoticon = face;
    missingSpace = glued;
    separator = sep;
    simple = plain;
  }

  /**
   * The flattened group as a String: {@code text} itself when the group is all of it and had no
   * line break.
   */
  String text(String text, int from, int to) {
    if (!lineBreak) {
      return from == 0 && to == text.length() ? text : text.substring(from, to);
    }
    return new String(chars, 0, length);
  }

  /**
   * True when the last group scanned has {@code c}, an ASCII char other than a letter (the space
   * counts only for a line break); false for any letter.
   */
  boolean seen(char c) {
    return c < 0x40 ? (seenLow & (1L << c)) != 0 : c < 0x80 && (seenHigh & (1L << (c - 0x40))) != 0;
  }

  private void mark(int i) {
    if (markCount == marks.length) {
      marks = java.util.Arrays.copyOf(marks, markCount * 2);
    }
    marks[markCount++] = i;
  }

  private static boolean isW(char c) {
    return (c | 0x20) == 'w';
  }

  /**
   * Whether the dash at {@code i} follows one of {@code .!?…؟} and white space ({@code \\s} of a
   * Java pattern; line breaks are spaces by now) within a[0, i).
   */
  private static boolean followsEnd(char[] a, int i) {
    int j = i - 1;
    while (j >= 0 && isPatternSpace(a[j])) {
      j--;
    }
    if (j == i - 1 || j < 0) {
      return false;
    }
    char t = a[j];
    return t == '.' || t == '!' || t == '?' || t == '…' || t == '؟';
  }

  /** {@code \\s} of a Java pattern. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The flags of UTF-16 code unit {@code c} (the table {@link CharClasses.Table#SENTENCE_FLAGS}). */
  static int flags(int c) {
    if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
      return LINE_BREAK;
    }
    int f = 0;
    if (c < 0x80 && c != ' ' && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
      f |= NOTE;
    }
    if (c == '.' || c == '!' || c == '?') {
      f |= STOP;
    }
    if ("*=_~#-".indexOf(c) >= 0) {
      f |= SEPARATOR_CHAR;
    }
    if (")(DPp][/|".indexOf(c) >= 0) {
      f |= MOUTH;
    }
    if (c == '–' || c == '—') {
      f |= DASH;
    }
    if (!SimpleSentenceBreaks.isSimple((char) c)) {
      f |= NOT_SIMPLE;
    }
    if (SimpleSentenceBreaks.isTerminator((char) c) || c == '.' || c == ':' || c == ';' || c == '…') {
      f |= MARK;
    }
    return f;
  }

  private static byte[] face() {
    byte[] table = new byte[0x80];
    for (char c : ":;=8".toCharArray()) {
      table[c] |= EYE;
    }
    for (char c : "-o^'".toCharArray()) {
      table[c] |= NOSE;
    }
    return table;
  }
}
