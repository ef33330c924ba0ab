package dev.kalima.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a character stream into {@link Paragraph}s with memory bounded by the chunk limits, not
 * by the size of the input. The one implementation of the paragraph rules, used for streamed
 * files, HTML text and in-memory strings alike:
 *
 * <ul>
 *   <li>line ends: "\r\n", a lone "\r", U+0085 NEXT LINE and U+2028 LINE SEPARATOR become "\n";
 *   <li>a paragraph ends at a blank line (a line of only white space), at U+2029 PARAGRAPH
 *       SEPARATOR and at the end of input;
 *   <li>white space at the start and end of a paragraph is dropped; white space inside it is kept
 *       as is (a run longer than {@link #MAX_WHITESPACE_RUN} characters is shortened to that
 *       length);
 *   <li>when a paragraph reaches the soft limit it is cut at the next white space and delivered
 *       in pieces ({@link Paragraph#continues()} is true on all but the last); the white space at
 *       a cut is dropped;
 *   <li>a piece that reaches the hard limit without having been cut is cut at its last white
 *       space, or if it has none (one enormous "word") between two code points (never inside a
 *       surrogate pair); so a word is split only if it is longer than the hard limit;
 *   <li>for plain text ({@link #decodingReferences}), each paragraph or piece then has its HTML
 *       character references decoded.
 * </ul>
 *
 * <p>White space is what {@link Character#isWhitespace} or {@link Character#isSpaceChar} accepts
 * (so no-break spaces count).
 */
final class ParagraphSplitter {

  /** Paragraphs longer than this many chars are cut at white space. */
  static final int DEFAULT_SOFT_LIMIT = 1 << 20;

  /** A stretch without white space longer than this many chars is cut between code points. */
  static final int DEFAULT_HARD_LIMIT = 16 << 20;

  /** The longest run of white space kept inside a paragraph. */
  static final int MAX_WHITESPACE_RUN = 4096;

  private final Reader in;
  private final int softLimit;
  private final int hardLimit;
  private final char[] buffer = new char[8192];
  private int pos;
  private int end;
  private boolean eof;

  private final StringBuilder text = new StringBuilder();
  private final StringBuilder pendingSpace = new StringBuilder();
  private int pendingNewlines;
  private boolean afterCarriageReturn;
  private int index;
  private boolean decodeReferences;

  ParagraphSplitter(Reader in) {
    this(in, DEFAULT_SOFT_LIMIT, DEFAULT_HARD_LIMIT);
  }

  ParagraphSplitter(Reader in, int softLimit, int hardLimit) {
    if (softLimit < 2 || hardLimit < softLimit) {
      throw new IllegalArgumentException("need 2 <= softLimit <= hardLimit");
    }
    this.in = in;
    this.softLimit = softLimit;
    this.hardLimit = hardLimit;
  }

  /**
   * Decodes the HTML character references of every paragraph ({@link CharacterReferences}), for
   * plain text; white space that decoding puts at either end of a paragraph is dropped, and a
   * paragraph that would be only white space is kept as written.
   */
  ParagraphSplitter decodingReferences(boolean decode) {
    this.decodeReferences = decode;
    return this;
  }

  static boolean isSpace(char c) {
    return SPACE[c];
  }

  /** {@link #isSpace} of every char; constant. */
  private static final boolean[] SPACE = new boolean[0x10000];

  /** For every char: not white space and not a line or paragraph separator; constant. */
  private static final boolean[] ORDINARY = new boolean[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      char ch = (char) c;
      SPACE[c] = Character.isWhitespace(ch) || Character.isSpaceChar(ch);
      ORDINARY[c] = ch != '\r' && ch != '\n' && ch != '\u0085' && ch != '\u2028' && ch != '\u2029'
          && !SPACE[c];
    }
  }

  /** The next paragraph or piece of one, or {@code null} at the end of the input. */
  Paragraph next() throws IOException {
    while (true) {
      if (pos == end) {
        if (eof) {
          return text.isEmpty() ? null : emit(false);
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
          eof = true;
          continue;
        }
        pos = 0;
        end = n;
        continue;
      }
      char c = buffer[pos++];
      if (c == '\r') {
        afterCarriageReturn = true;
        c = '\n';
      } else if (c == '\n' && afterCarriageReturn) {
        afterCarriageReturn = false;
        continue;
      } else {
        afterCarriageReturn = false;
        if (c == '\u0085' || c == '\u2028') {
          c = '\n';
        } else if (c == '\u2029') {
          if (!text.isEmpty()) {
            return emit(false);
          }
          continue;
        }
      }
      Paragraph done = accept(c);
      if (done != null) {
        return done;
      }
      if (pendingSpace.isEmpty() && !text.isEmpty()) {
        copyOrdinaryRun();
      }
    }
  }

  /**
   * After a char that is not white space: appends the run of ordinary chars that follows in the
   * buffer at once (what {@link #accept} would do char by char, as none of them ends a paragraph,
   * is white space, or reaches the hard limit), and goes on past each single space (U+0020) with
   * an ordinary char after it while the text stays under the soft limit (where {@link #accept}
   * would append both as they are).
   */
  private void copyOrdinaryRun() {
    int from = pos;
    int max = Math.min(end, pos + Math.max(0, hardLimit - text.length()));
    int soft = softLimit - text.length(); // the run stays shorter than this
    int p = pos;
    char[] b = buffer;
    while (true) {
      while (p < max && ORDINARY[b[p]]) {
        p++;
      }
      if (p + 1 < max && b[p] == ' ' && ORDINARY[b[p + 1]] && p + 1 - from < soft) {
        p += 2;
        continue;
      }
      break;
    }
    pos = p;
    if (pos > from) {
      text.append(buffer, from, pos - from);
      afterCarriageReturn = false;
    }
  }

  /** Takes one char; returns a finished paragraph (or piece) if this char completed one. */
  private Paragraph accept(char c) {
    if (isSpace(c)) {
      if (text.isEmpty()) {
        return null; // leading white space of a paragraph
      }
      if (c == '\n' && ++pendingNewlines == 2) {
        return emit(false); // the end of a blank line
      }
      if (pendingSpace.length() < MAX_WHITESPACE_RUN) {
        pendingSpace.append(c);
      }
      return null;
    }
    Paragraph done = null;
    if (!pendingSpace.isEmpty()) {
      if (text.length() + pendingSpace.length() >= softLimit) {
        done = emit(true);
      } else {
        text.append(pendingSpace);
      }
      pendingSpace.setLength(0);
      pendingNewlines = 0;
    } else if (text.length() >= hardLimit) {
      done = hardCut(c);
    }
    text.append(c);
    return done;
  }

  /**
   * Cuts a piece that reached the hard limit before {@code next} is added: at the last white
   * space in it if there is one (the word after it moves to the next piece), else between two
   * code points.
   */
  private Paragraph hardCut(char next) {
    int space = text.length() - 1;
    while (space >= 0 && !isSpace(text.charAt(space))) {
      space--;
    }
    String rest;
    if (space >= 0) {
      rest = text.substring(space + 1);
      int end = space;
      while (isSpace(text.charAt(end - 1))) {
        end--; // text never starts with white space, so this stops at 1
      }
      text.setLength(end);
    } else if (Character.isLowSurrogate(next)
        && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
      rest = text.substring(text.length() - 1);
      text.setLength(text.length() - 1);
    } else {
      rest = "";
    }
    Paragraph piece = emit(true);
    text.append(rest);
    return piece;
  }

  private Paragraph emit(boolean continues) {
    String s = text.toString();
    Paragraph p = new Paragraph(index, decodeReferences ? decoded(s) : s, continues);
    if (!continues) {
      index++;
    }
    text.setLength(0);
    if (text.capacity() > softLimit * 2) {
      text.trimToSize();
    }
    pendingSpace.setLength(0);
    pendingNewlines = 0;
    return p;
  }

  /** {@code s} with its references decoded and trimmed of white space; {@code s} if that is empty. */
  private static String decoded(String s) {
    String d = CharacterReferences.decode(s);
    if (d == s) {
      return s;
    }
    int from = 0;
    int to = d.length();
    while (from < to && isSpace(d.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(d.charAt(to - 1))) {
      to--;
    }
    return from == to ? s : d.substring(from, to);
  }
}
