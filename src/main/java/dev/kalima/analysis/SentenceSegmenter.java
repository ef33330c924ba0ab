package dev.kalima.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one paragraph into sentences: ICU's sentence {@link BreakIterator} for the language,
 * corrected by rules for what ICU gets wrong on news and web text.
 *
 * <p>Steps, in order:
 *
 * <ol>
 *   <li><b>Lines.</b> The paragraph is cut into line groups. A line break ends a sentence when
 *       {@code lineSentences} is on, or when the next line is a list item ("- ", "* ", "• ", "1.
 *       ", "2) ", "a) ", ...), or when the line has no terminal punctuation and is a headline or
 *       list item of its own: it starts with a list marker, or it does not end with a comma,
 *       colon, semicolon, dash or an opening quote, the next line does not start with a
 *       lower-case letter, and the line is short enough that the first word of the next line
 *       would have fit on it (so the break is not a hard wrap; a two-line paragraph always counts
 *       as short). Every other line break is running text and reads as a space.
 *   <li><b>Candidates.</b> Within a line group, boundaries are proposed by
 *       <ul>
 *         <li>ICU's sentence break iterator for the language (so Arabic ؟ ! . end sentences and ،
 *             ؛ do not, and decimals such as 3.5 or ٣٫٥ never split); for a language with ICU's
 *             root rules and a line group without combining marks or format characters, the same
 *             boundaries come from {@link SimpleSentenceBreaks} without running ICU;
 *         <li>an ellipsis "…" before white space (ICU does not treat it as a terminator);
 *         <li>a full stop before a lower-case word or a number (ICU never breaks there);
 *         <li>a terminator glued to a capitalized word ("quality.You'll");
 *         <li>a colon or semicolon before white space;
 *         <li>a stand-alone emoticon (":-)");
 *         <li>a dash after a terminator ("Он ушёл. — Куда?"), and in English the end of a "--"
 *             there ("end. -- Posted by": the "--" stands alone);
 *         <li>both ends of a separator ("*****", "=====", "-----") and of a date-time stamp as in
 *             mail headers ("Kay Mann 04/26/2001 07:17 AM Will you"; not after a lower-case
 *             word such as "on");
 *         <li>in English, the comma of a letter's closing formula before the signature ("Best
 *             regards, Anna").
 *       </ul>
 *   <li><b>Closers move back.</b> A closing quote or bracket (» ” ’ ) ] › }) that follows a
 *       boundary after white space only (French « non ! ») and is followed by white space, a
 *       comma or a semicolon is moved into the sentence it closes;
 *       so is a run of punctuation without letters glued to the terminator ("?``.", "!''"), and
 *       a punctuation token after it that ends with a full stop ("! ``." in TeX-style quotes).
 *   <li><b>Decisions.</b> A candidate is dropped when
 *       <ul>
 *         <li>it falls inside a URL or an e-mail address;
 *         <li>it follows a colon or semicolon and the next word is not a capitalized function
 *             word of the language ("January: It is" and "; La ville" split; "Coach: Lisa",
 *             "a dit : « Nous" do not);
 *         <li>a dash and then a lower-case word follow ("— Куда? — спросила она.");
 *         <li>a comma or semicolon follows (after the closing quote: "« … de retard ? », résume
 *             Marie-Claire Dubois"): no sentence starts with one;
 *         <li>the next word (after opening quotes and brackets) starts with a lower-case letter
 *             and the terminator is an ellipsis, or is followed by a closing quote or bracket
 *             (with or without the French space between: {@code "Is it over?" she asked.}, «
 *             Non ! » puis s'en va), or, outside English, is "?" or "!" ("Ah ! quelle surprise",
 *             "— Combien ? demande-t-elle", "Да! ухожу завтра": French and Russian punctuation
 *             continue a sentence in lower case after them); in English "?" or "!" directly
 *             before a lower-case word still ends one (informal web text starts sentences in
 *             lower case);
 *         <li>no terminator precedes it (emoticon, dash, separator, stamp) and a lower-case word
 *             follows;
 *         <li>the terminator is the full stop of a list number at the start of a line group
 *             ("1. Open the box");
 *         <li>the terminator is the full stop of a list label of one letter of a script
 *             without case at the start of a line ("ب. دعم الاستقرار": Arabic lists are
 *             labelled أ. ب. ج.);
 *         <li>the terminator is a full stop inside an abbreviation of single letters of a
 *             script without case, right before its next letter (ق.م، ص.ب، ج.م.ع: ICU breaks
 *             after a full stop before any such letter, even with no space);
 *         <li>the terminator is a full stop after initials (J. R. R. Tolkien, J.A. Howe), unless
 *             the next word is a capitalized function word (pronoun, article, preposition: "He",
 *             "Il", "Он"; {@link SentenceFunctionWords});
 *         <li>the terminator is a full stop after an abbreviation of the language ({@link
 *             SentenceAbbreviations}): always after a title (unless a number precedes it: "1990
 *             г." is a year; an abbreviation written with spaces, "т. е.", "в т. ч.", "p. ex.",
 *             is looked up as written without them) and after a place word before a name ("ул. Тверская"; after a
 *             capitalized adjective, "в Московской обл. Власти", it ends the name and may end the
 *             sentence), after a number prefix only before a digit or a Roman numeral ("chap.
 *             II"), after an "inner"
 *             abbreviation or one of ICU's own suppressions (the list {@code
 *             FilteredBreakIteratorBuilder} uses, matched as whole words) unless a capitalized
 *             function word follows, and after any listed abbreviation before an en or em dash
 *             (a dateline, "Якутск, 18 июля 2025 г. — Лесные пожары", or "и т. д. — всё это":
 *             the dash goes on with the sentence);
 *         <li>a full stop is followed by a lower-case word or a number, and the word before it is
 *             not a plain word (two letters or more, not all capitals, not an abbreviation) or a
 *             number.
 *       </ul>
 *   <li>Each sentence is trimmed of white space; empty ones are dropped.
 * </ol>
 *
 * Not thread-safe: it owns a break iterator. Make one per thread.
 */
public final class SentenceSegmenter {

  private static final Pattern LIST_MARKER =
      Pattern.compile("^(?:[-*•·‣◦▪+–—]|\\d{1,3}[.)]|[\\p{IsArabic}&&\\p{Nd}]{1,3}[.)\\-]|[a-z]\\)|\\(\\d{1,3}\\))\\s");
  static final Pattern PROTECTED =
      Pattern.compile(
          "(?:(?:https?|ftp)://|www\\.)\\S+"
              + "|[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+",
          Pattern.CASE_INSENSITIVE);
  /** An emoticon standing alone: a sentence may end after it. */
  static final Pattern EMOTICON =
      Pattern.compile("(?<=^|\\s)[:;=8][-o^']?[)(DPp\\]\\[/|]+(?=\\s)");
  /** A dash after a sentence end and white space: it starts a new sentence or item. */
  static final Pattern DASH_AFTER_END = Pattern.compile("[.!?…؟]\\s+(?=([-–—]+)\\s)");
  /** A closing formula of a letter before the signature: "Best regards, Anna". */
  static final Pattern VALEDICTION =
      Pattern.compile("\\b(?:[Rr]egards|[Ss]incerely|[Cc]heers|[Rr]espectfully|[Tt]ruly),\\s+(?=\\p{Lu})");
  /** A separator line such as "*****" or "=====": a sentence of its own. */
  static final Pattern SEPARATOR =
      Pattern.compile("(?<=^|\\s)(?:([*=_~#])\\1{2,}|-{5,})(?:\\S*\\1{3,})?(?=\\s|$)");
  /** A terminator with no space before a capitalized word: "quality.You'll", "done!The". */
  static final Pattern MISSING_SPACE =
      Pattern.compile("(?<=\\p{Ll}\\p{Ll})[.!?](?=\\p{Lu}\\p{Ll})");
  /** A date-time stamp as in e-mail and forum headers: "08/16/2000 12:05 PM". */
  static final Pattern TIMESTAMP =
      Pattern.compile(
          "(?<=^|\\s)\\d{1,2}/\\d{1,2}/\\d{2,4}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?=\\s|$)");
  private static final String TERMINATORS = ".!?…؟‼⁇⁈⁉。！？۔";
  private static final String CLOSERS = "»”’)]}›\"'";
  private static final String MOVABLE_CLOSERS = "»”’)]}›";
  private static final String OPENERS = "«“„‘‚\"'([{‹¿¡";
  private static final String CONTINUATION = ",;:-‐–—/&«“(،؛";

  private final boolean lineSentences;
  private final boolean english;
  private final BreakIterator sentences;
  /** The iterator has ICU's root rules, which {@link SimpleSentenceBreaks} implements. */
  private final boolean rootRules;
  private final SentenceAbbreviations abbreviations;
  private final Set<String> functionWords;
  /** {@link SentenceAbbreviations#kind} of the words met, {@link #NOT_LISTED} for none; bounded. */
  private final Map<String, Object> kinds = new HashMap<>();
  private static final Object NOT_LISTED = new Object();
  private static final int KINDS_KEPT = 1 << 14;
  private final Candidates candidates = new Candidates();
  /** Plain steps: of the group being segmented, ASCII chars present, one bit each (U+0000-U+003F, U+0040-U+007F). */
  private long seenLow;
  private long seenHigh;
  /** Plain steps: of the group being segmented, an en or em dash present. */
  private boolean seenDash;
  /** Shortcuts: the group being segmented, flattened and noted in one pass. */
  private final FlatGroup flat = new FlatGroup();
  /**
   * Whether {@link #segment} takes the shortcuts (one line without copying it; each line group
   * flattened and noted in one pass by {@link FlatGroup}, whose list of terminators is all the
   * break rules and stop candidates visit; the URL pattern tried only where it can match); false
   * runs the plain steps (the reference the shortcuts are tested
   * against).
   */
  private final boolean fastPath;

  /** The candidate boundaries of a line group: a set of offsets, read in increasing order. */
  static final class Candidates {
    int[] values = new int[64];
    int size;

    void clear() {
      size = 0;
    }

    void add(int b) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = b;
    }

    /** Sorts the offsets and drops repeats. */
    void sort() {
      Arrays.sort(values, 0, size);
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (n == 0 || values[i] != values[n - 1]) {
          values[n++] = values[i];
        }
      }
      size = n;
    }
  }

  /** A segmenter for an ISO 639 language code, where a single line break is running text. */
  public SentenceSegmenter(String language) {
    this(language, false);
  }

  /**
   * @param language an ISO 639 code; picks ICU's rules and suppressions and kalima's abbreviations
   * @param lineSentences every line break ends a sentence
   */
  public SentenceSegmenter(String language, boolean lineSentences) {
    this(language, lineSentences, true);
  }

  /** @param fastPath false to run the plain steps without shortcuts (for tests) */
  SentenceSegmenter(String language, boolean lineSentences, boolean fastPath) {
    this.fastPath = fastPath;
    ULocale locale = new ULocale(language);
    this.lineSentences = lineSentences;
    this.english = "en".equals(locale.getLanguage());
    this.sentences = BreakIterator.getSentenceInstance(locale);
    // ICU's root rules (most languages; not Greek, where ";" ends a question)
    this.rootRules = sentences.equals(BreakIterator.getSentenceInstance(ULocale.ROOT));
    this.abbreviations = SentenceAbbreviations.forLanguage(language);
    this.functionWords = SentenceFunctionWords.forLanguage(language);
  }

  /**
   * The sentences of one paragraph, in order. They cover every non-white-space char of {@code
   * paragraph} exactly once.
   */
  public List<SentenceSpan> segment(String paragraph) {
    List<SentenceSpan> out = new ArrayList<>();
    if (fastPath && paragraph.indexOf('\n') < 0) {
      segmentGroup(paragraph, 0, paragraph.length(), out); // one line: one group
      return out;
    }
    List<int[]> lines = lines(paragraph);
    int groupStart = lines.get(0)[0];
    for (int i = 0; i < lines.size(); i++) {
      if (i == lines.size() - 1 || endsSentence(paragraph, lines, i)) {
        segmentGroup(paragraph, groupStart, lines.get(i)[1], out);
        if (i + 1 < lines.size()) {
          groupStart = lines.get(i + 1)[0];
        }
      }
    }
    return out;
  }

  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(new int[] {start, i});
        start = i + 1;
      }
    }
    lines.add(new int[] {start, text.length()});
    return lines;
  }

  private boolean endsSentence(String text, List<int[]> lines, int i) {
    if (lineSentences) {
      return true;
    }
    String line = text.substring(lines.get(i)[0], lines.get(i)[1]).strip();
    String next = text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]).strip();
    if (line.isEmpty() || next.isEmpty() || LIST_MARKER.matcher(next).find()) {
      return true;
    }
    int last = lastSignificant(line);
    if (last >= 0 && TERMINATORS.indexOf(line.charAt(last)) >= 0) {
      // the candidate rules decide, unless the line was broken short on purpose before a capital
      // (a signature or address block: "Thomas J. Miller, Ph.D." / "Senior Analyst")
      return UCharacter.isUpperCase(next.codePointAt(0)) && shortLine(lines, i, line, next);
    }
    if (LIST_MARKER.matcher(line).find()) {
      return true;
    }
    if (CONTINUATION.indexOf(line.charAt(line.length() - 1)) >= 0
        || UCharacter.isLowerCase(next.codePointAt(0))) {
      return false;
    }
    if (lines.size() == 2) {
      return true;
    }
    return shortLine(lines, i, line, next);
  }

  /**
   * True when line {@code i} of a paragraph of three lines or more (stripped: {@code line}) ends
   * before the first word of the next one ({@code next}) would have made it longer than the
   * longest line but the last: the line was broken there on purpose, not wrapped.
   */
  private static boolean shortLine(List<int[]> lines, int i, String line, String next) {
    if (lines.size() < 3) {
      return false;
    }
    int wrap = 0;
    for (int j = 0; j < lines.size() - 1; j++) {
      wrap = Math.max(wrap, lines.get(j)[1] - lines.get(j)[0]);
    }
    int firstWord = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
    return line.length() + 1 + firstWord <= wrap;
  }

  // Quick necessary conditions for the patterns above: when one is false, the pattern cannot
  // match anywhere in the text, and scanning the text with it (at every position) is skipped.

  /** {@link #PROTECTED} needs "@", "://" or "www." (any case). */
  static boolean mayBeProtected(String s) {
    if (s.indexOf('@') >= 0 || s.contains("://")) {
      return true;
    }
    for (int i = s.indexOf('.', 3); i >= 0; i = s.indexOf('.', i + 1)) {
      if ((s.charAt(i - 1) | 0x20) == 'w' && (s.charAt(i - 2) | 0x20) == 'w' && (s.charAt(i - 3) | 0x20) == 'w') {
        return true;
      }
    }
    return false;
  }

  /** {@link #EMOTICON} needs one of {@code :;=8}, maybe one of {@code -o^'}, then a mouth. */
  static boolean mayBeEmoticon(String s) {
    for (int e = 0; e < 4; e++) {
      char eyes = ":;=8".charAt(e);
      for (int i = s.indexOf(eyes); i >= 0 && i + 1 < s.length(); i = s.indexOf(eyes, i + 1)) {
        char k = s.charAt(i + 1);
        if (")(DPp][/|".indexOf(k) >= 0) {
          return true;
        }
        if ("-o^'".indexOf(k) >= 0 && i + 2 < s.length() && ")(DPp][/|".indexOf(s.charAt(i + 2)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@link #MISSING_SPACE} needs one of {@code .!?} right before a letter. */
  static boolean mayMissSpace(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isLetter(s.codePointAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** {@link #SEPARATOR} needs three of the same {@code *=_~#} or five hyphens in a row. */
  static boolean maySeparate(String s) {
    return s.contains("***") || s.contains("===") || s.contains("___") || s.contains("~~~")
        || s.contains("###") || s.contains("-----");
  }

  /** {@link #VALEDICTION} needs one of its words right before a comma. */
  static boolean mayBeValediction(String s) {
    for (int i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) {
      if (endsAt(s, i, "egards") || endsAt(s, i, "incerely") || endsAt(s, i, "heers")
          || endsAt(s, i, "espectfully") || endsAt(s, i, "ruly")) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code s} has {@code word} right before offset {@code end}. */
  private static boolean endsAt(String s, int end, String word) {
    return end >= word.length() && s.startsWith(word, end - word.length());
  }

  /** {@link #TIMESTAMP} needs an ASCII digit right before a slash. */
  static boolean mayBeTimestamp(String s) {
    for (int i = s.indexOf('/', 1); i >= 0; i = s.indexOf('/', i + 1)) {
      char c = s.charAt(i - 1);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  static boolean hasAny(String s, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (s.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Index of the last char of {@code s} that is not a closing quote or bracket, or -1. */
  private static int lastSignificant(String s) {
    int i = s.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i;
  }

  private void segmentGroup(String text, int from, int to, List<SentenceSpan> out) {
    FlatGroup flat = this.flat;
    String group;
    if (fastPath) {
      flat.scan(text, from, to);
      group = flat.text(text, from, to);
    } else {
      group = flatten(text.substring(from, to));
    }
    List<int[]> guarded = new ArrayList<>();
    boolean protect =
        fastPath
            ? flat.seen('@') || flat.www || flat.seen(':') && group.contains("://")
            : mayBeProtected(group);
    Matcher m = protect ? PROTECTED.matcher(group) : null;
    for (int next = 0; protect && (fastPath ? findProtected(m, group, next) : m.find()); next = m.end()) {
      int end = m.end();
      while (end > m.start() && ".,;:!?)]}»”\"'".indexOf(group.charAt(end - 1)) >= 0) {
        end--;
      }
      guarded.add(new int[] {m.start(), end});
    }
    Candidates candidates = this.candidates;
    candidates.clear();
    if (fastPath) {
      // the terminators and : ; … were listed while flattening: only they can start a candidate
      if (rootRules && flat.simple) {
        SimpleSentenceBreaks.find(flat.chars, flat.length, flat.marks, flat.markCount, candidates);
      } else {
        icuBoundaries(group, candidates);
      }
      for (int k = 0; k < flat.markCount; k++) {
        stopCandidate(group, flat.marks[k], candidates);
      }
    } else {
      if (!rootRules || !SimpleSentenceBreaks.find(group, candidates)) {
        icuBoundaries(group, candidates);
      }
      for (int i = 0; i < group.length(); i++) {
        stopCandidate(group, i, candidates);
      }
    }
    boolean emoticons =
        fastPath ? flat.emoticon : (seen(':') || seen(';') || seen('=') || seen('8')) && mayBeEmoticon(group);
    for (Matcher e = emoticons ? EMOTICON.matcher(group) : null; e != null && e.find(); ) {
      candidates.add(e.end());
    }
    if (fastPath ? flat.missingSpace : mayMissSpace(group)) {
      // the pattern matches one terminator: try it only where mayMissSpace's condition holds
      Matcher g = MISSING_SPACE.matcher(group).useTransparentBounds(true).useAnchoringBounds(false);
      for (int i = 0; i + 1 < group.length(); i++) {
        char c = group.charAt(i);
        if ((c == '.' || c == '!' || c == '?') && Character.isLetter(group.codePointAt(i + 1))) {
          g.region(i, group.length());
          if (g.lookingAt()) {
            candidates.add(g.end());
          }
        }
      }
    }
    boolean separators = fastPath ? flat.separator : mayHaveSeparatorChars() && maySeparate(group);
    for (Matcher r = separators ? SEPARATOR.matcher(group) : null; r != null && r.find(); ) {
      candidates.add(r.start());
      candidates.add(r.end());
    }
    boolean dashes = fastPath ? flat.dashAfterEnd : seen('-') || seenDash;
    for (Matcher d = dashes ? DASH_AFTER_END.matcher(group) : null; d != null && d.find(); ) {
      candidates.add(d.end());
      if (english && d.group(1).startsWith("--")) {
        candidates.add(d.end() + d.group(1).length()); // "end. -- Posted by": "--" stands alone
      }
    }
    if (english) {
      for (Matcher v = has(',') && mayBeValediction(group) ? VALEDICTION.matcher(group) : null; v != null && v.find(); ) {
        candidates.add(v.end());
      }
    }
    for (Matcher t = has('/') && mayBeTimestamp(group) ? TIMESTAMP.matcher(group) : null; t != null && t.find(); ) {
      if (t.start() > 0 && !startsLowerBefore(group, t.start())) {
        candidates.add(t.start());
      }
      candidates.add(t.end());
    }
    int start = 0;
    candidates.sort();
    for (int c = 0; c < candidates.size; c++) {
      int candidate = candidates.values[c];
      int b = moveClosers(group, candidate);
      if (b > start && b < group.length() && keep(group, b, candidate, guarded, text, from)) {
        add(from, group, start, b, out);
        start = b;
      }
    }
    add(from, group, start, group.length(), out);
  }

  /** Adds the boundaries of ICU's sentence iterator for {@code group}. */
  private void icuBoundaries(String group, Candidates candidates) {
    sentences.setText(group);
    for (int b = sentences.next(); b != BreakIterator.DONE; b = sentences.next()) {
      candidates.add(b);
    }
  }

  /**
   * Adds the candidate that the char at {@code i} proposes, if any: after a colon or semicolon
   * before white space; after a full stop (and its closers) before white space and a lower-case
   * letter or a digit; after an ellipsis "…" (and its closers) before white space.
   */
  private static void stopCandidate(String group, int i, Candidates candidates) {
    char c = group.charAt(i);
    if (c == ':' || c == ';') {
      if (i + 1 < group.length() && isSpace(group.charAt(i + 1))) {
        candidates.add(i + 1);
      }
      return;
    }
    if (c != '…' && c != '.') {
      return;
    }
    int b = i + 1;
    while (b < group.length() && CLOSERS.indexOf(group.charAt(b)) >= 0) {
      b++;
    }
    if (b < group.length() && isSpace(group.codePointAt(b))) {
      int q = b;
      while (q < group.length() && isSpace(group.charAt(q))) {
        q++;
      }
      if (c == '…'
          || q < group.length()
              && (UCharacter.isLowerCase(group.codePointAt(q))
                  || UCharacter.isDigit(group.codePointAt(q)))) {
        candidates.add(b);
      }
    }
  }

  /**
   * {@code m.find()} for {@link #PROTECTED} from offset {@code from} (the end of the previous
   * match), trying the pattern only where it can match: a match lies inside one run of chars
   * without {@code \\s} and holds "@", "://" or "www." (any case), so the pattern is tried in
   * each such run after {@code from} that holds one, in order, until it matches. Same matches as
   * {@code m.find()} in a loop.
   */
  private static boolean findProtected(Matcher m, String group, int from) {
    for (int pos = from; ; ) {
      int anchor = nextAnchor(group, pos);
      if (anchor < 0) {
        return false;
      }
      int start = anchor;
      while (start > pos && !isPatternSpace(group.charAt(start - 1))) {
        start--;
      }
      int end = anchor;
      while (end < group.length() && !isPatternSpace(group.charAt(end))) {
        end++;
      }
      m.region(start, end);
      if (m.find()) {
        return true;
      }
      pos = end;
    }
  }

  /** The offset of the first "@", "://" or "www." (any case; its dot) at or after {@code from}, or -1. */
  private static int nextAnchor(String s, int from) {
    int at = s.indexOf('@', from);
    int limit = at < 0 ? s.length() : at;
    int scheme = s.indexOf("://", from);
    if (scheme >= 0 && scheme < limit) {
      limit = scheme;
    }
    for (int i = s.indexOf('.', from); i >= 0 && i < limit; i = s.indexOf('.', i + 1)) {
      if (i >= 3 && (s.charAt(i - 1) | 0x20) == 'w' && (s.charAt(i - 2) | 0x20) == 'w' && (s.charAt(i - 3) | 0x20) == 'w') {
        return i;
      }
    }
    return limit == s.length() ? -1 : limit;
  }

  /** {@code \s} of a Java pattern. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * {@code s} with every line break as a space; notes in {@link #seenLow} and {@link #seenHigh}
   * which ASCII chars it has, and in {@link #seenDash} whether it has "–" or "—".
   */
  private String flatten(String s) {
    char[] chars = s.toCharArray();
    long low = 0;
    long high = 0;
    boolean dash = false;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        c = ' ';
        chars[i] = c;
      }
      if (c < 0x40) {
        low |= 1L << c;
      } else if (c < 0x80) {
        high |= 1L << (c - 0x40);
      } else if (c == '–' || c == '—') {
        dash = true;
      }
    }
    seenLow = low;
    seenHigh = high;
    seenDash = dash;
    return new String(chars);
  }

  /** Whether the group has one of {@code * = _ ~ # -} (which {@link #SEPARATOR} needs). */
  private boolean mayHaveSeparatorChars() {
    return seen('*') || seen('=') || seen('_') || seen('~') || seen('#') || seen('-');
  }

  /** True when the group being segmented has {@code c} (an ASCII char other than a letter). */
  private boolean has(char c) {
    return fastPath ? flat.seen(c) : seen(c);
  }

  /** Plain steps: true when the last flattened group has {@code c} (ASCII only). */
  private boolean seen(char c) {
    return c < 0x40 ? (seenLow & (1L << c)) != 0 : (seenHigh & (1L << (c - 0x40))) != 0;
  }

  private static int moveClosers(String s, int b) {
    if (b > 0 && b < s.length() && !isSpace(s.codePointAt(b)) && !isSpace(s.charAt(b - 1))) {
      // glued to the terminator ("?``.", "!''"): punctuation without letters closes the sentence
      int j = b;
      while (j < s.length() && !isSpace(s.codePointAt(j))) {
        if (UCharacter.isLetter(s.codePointAt(j))) {
          return b;
        }
        j += Character.charCount(s.codePointAt(j));
      }
      return j;
    }
    int i = b;
    while (i < s.length() && isSpace(s.codePointAt(i))) {
      i++;
    }
    int j = i;
    while (j < s.length() && MOVABLE_CLOSERS.indexOf(s.charAt(j)) >= 0) {
      j++;
    }
    if (j > i && (j == s.length() || isSpace(s.codePointAt(j)) || isComma(s.charAt(j)))) {
      return j; // (also "? », résume-t-il": the comma after the quote is decided in keep)
    }
    // a token of closing punctuation that ends with a terminator ("! ``." in TeX-style quotes)
    int k = i;
    while (k < s.length() && !isSpace(s.codePointAt(k)) && !Character.isLetterOrDigit(s.codePointAt(k))) {
      k += Character.charCount(s.codePointAt(k));
    }
    boolean closingToken =
        k > i + 1
            && (k == s.length() || isSpace(s.codePointAt(k)))
            && ".!?".indexOf(s.charAt(k - 1)) >= 0
            && OPENERS.indexOf(s.charAt(i)) < 0;
    if (closingToken) {
      return k;
    }
    return b;
  }

  /**
   * @param s the line group, its line breaks flattened
   * @param b the boundary after closers moved back
   * @param candidate the boundary as proposed (the terminator is looked for before it)
   * @param text the paragraph, with its line breaks, where {@code s} starts at {@code from}
   */
  private boolean keep(String s, int b, int candidate, List<int[]> guarded, String text, int from) {
    for (int[] g : guarded) {
      if (g[0] < b && b < g[1]) {
        return false;
      }
    }
    int p = Math.min(b, candidate) - 1;
    while (p >= 0 && isSpace(s.charAt(p))) {
      p--;
    }
    while (p >= 0 && CLOSERS.indexOf(s.charAt(p)) >= 0) {
      p--;
    }
    if (p >= 0 && (s.charAt(p) == ':' || s.charAt(p) == ';')) {
      int r = b;
      while (r < s.length() && isSpace(s.charAt(r))) {
        r++;
      }
      // "contest: It is", "; Le poème"; never before a quotation ("a dit : « Nous ... »")
      return startsWithFunctionWord(s, r);
    }
    if (p < 0 || TERMINATORS.indexOf(s.charAt(p)) < 0) {
      return !startsLower(s, b); // an emoticon or a dash: not before a lower-case word
    }
    int q = b;
    while (q < s.length() && (isSpace(s.charAt(q)) || OPENERS.indexOf(s.charAt(q)) >= 0)) {
      q++;
    }
    if (q == s.length()) {
      return true;
    }
    int next = s.codePointAt(q);
    if (isComma(next)) {
      return false; // "« … de retard ? », résume-t-elle": a comma never opens a sentence
    }
    boolean dash = next == '–' || next == '—';
    if (next == '-' || dash) {
      int r = q;
      while (r < s.length() && ("-–—".indexOf(s.charAt(r)) >= 0 || isSpace(s.charAt(r)))) {
        r++;
      }
      if (r < s.length() && UCharacter.isLowerCase(s.codePointAt(r))) {
        return false; // "— Куда? — спросила она.": the speaker's words go on
      }
    }
    char terminator = s.charAt(p);
    boolean ellipsis = terminator == '…' || terminator == '.' && p > 0 && s.charAt(p - 1) == '.';
    int c = p + 1;
    while (c < b && isSpace(s.charAt(c))) {
      c++; // French spacing: "? »"
    }
    boolean closed = c < b && CLOSERS.indexOf(s.charAt(c)) >= 0;
    boolean lower = UCharacter.isLowerCase(next);
    if (lower && (ellipsis || closed || !english && terminator != '.')) {
      return false; // "« Non ! » puis s'en va", "Ah ! quelle surprise", "Да! ухожу завтра"
    }
    if (terminator != '.' || ellipsis) {
      return true;
    }
    int w = p;
    while (w > 0 && !isSpace(s.charAt(w - 1)) && OPENERS.indexOf(s.charAt(w - 1)) < 0) {
      w--;
    }
    String word = s.substring(w, p);
    if (w == 0 && word.length() <= 3 && word.chars().allMatch(Character::isDigit)) {
      return false; // "1. Open the box": a list number, not a sentence
    }
    if (atLineStart(text, from + w) && word.codePointCount(0, word.length()) == 1 && isCaselessInitials(word)) {
      return false; // "ب. دعم الاستقرار": a list label in abjad order, not a sentence
    }
    if (p + 1 < s.length() && UCharacter.isLetter(s.codePointAt(p + 1))
        && isCaselessInitials(word)) {
      return false; // ق.م or ج.م.ع: the dot is inside the abbreviation
    }
    // startsWithFunctionWord(s, q) is asked only where the answer depends on it
    if (isInitials(word)) {
      return startsWithFunctionWord(s, q); // J. or J.R.R., unless a pronoun or article follows
    }
    String joined = spacedAbbreviation(s, w, word);
    SentenceAbbreviations.Kind kind = joined == null ? null : kind(joined);
    if (kind == null) {
      kind = kind(word);
    } // "т. е." and "в т. ч." as the listed "т.е" and "т.ч" (not as "ч", hour)
    if (kind == SentenceAbbreviations.Kind.TITLE && precededByNumber(s, w)) {
      kind = SentenceAbbreviations.Kind.FINAL; // "1990 г." is a year, not "г. Москва"
    }
    if (kind == SentenceAbbreviations.Kind.PLACE) {
      // "в Московской обл. Власти": the name came first; "ул. Тверская": it follows
      kind = afterAdjectiveName(s, w) ? SentenceAbbreviations.Kind.FINAL : SentenceAbbreviations.Kind.TITLE;
    }
    if (kind == SentenceAbbreviations.Kind.TITLE && english && afterCapitalizedWord(s, w)) {
      // "Downing St. Her office", "Mulholland Dr. It": after a name, St. and Dr. are Street and
      // Drive; "Wall St. Journal", "Marie St. Pierre" go on
      return startsWithFunctionWord(s, q);
    }
    if (kind == SentenceAbbreviations.Kind.TITLE) {
      return false;
    }
    if (kind != null && dash) {
      return false; // "Якутск, 18 июля 2025 г. — Лесные пожары": a dash goes on after an abbreviation
    }
    if (kind == SentenceAbbreviations.Kind.INNER
        || kind == null && abbreviations.icuSuppresses(s, p, word)) {
      return startsWithFunctionWord(s, q);
    }
    if (kind == SentenceAbbreviations.Kind.NUMBER && (UCharacter.isDigit(next) || romanNumeralAt(s, q))) {
      return false; // "p. 12", "chap. II", "т. III"
    }
    if (kind == SentenceAbbreviations.Kind.FINAL
        && (bracketFollows(s, b) || titleCaseHeadline(s, q))) {
      return false; // "Acme Corp. (NASDAQ: ACME) said", "Acme Corp. Reports Record Results"
    }
    if (kind == null && isClockAbbreviation(word) && timeZoneAt(s, q)) {
      return false; // "at 5:00 p.m. ET today"
    }
    if (lower || UCharacter.isDigit(next)) {
      return kind == null && isPlainWord(word) && !abbreviations.icuSuppresses(s, p, word);
    }
    return true;
  }

  /**
   * The abbreviation of several parts written with spaces that ends with {@code word} at {@code
   * w}, written without them ("т. е" → "т.е", "p. ex" → "p.ex"), or null: the word before is one
   * to four letters followed by a full stop and white space. The lists write such abbreviations
   * without spaces.
   */
  private static String spacedAbbreviation(String s, int w, String word) {
    if (word.isEmpty() || word.length() > 4 || !word.chars().allMatch(Character::isLetter)) {
      return null;
    }
    int d = w;
    while (d > 0 && isSpace(s.charAt(d - 1))) {
      d--;
    }
    if (d == w || d == 0 || s.charAt(d - 1) != '.') {
      return null;
    }
    int b = d - 1;
    while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
      b--;
    }
    int len = d - 1 - b;
    if (len < 1 || len > 4 || (b > 0 && !isSpace(s.charAt(b - 1)) && OPENERS.indexOf(s.charAt(b - 1)) < 0)) {
      return null;
    }
    return s.substring(b, d) + word;
  }

  /** True when an opening parenthesis or bracket is the first thing after the boundary {@code b}. */
  private static boolean bracketFollows(String s, int b) {
    int q = b;
    while (q < s.length() && isSpace(s.charAt(q))) {
      q++;
    }
    return q < s.length() && (s.charAt(q) == '(' || s.charAt(q) == '[');
  }

  /**
   * True when the text from {@code q} to the end of {@code s} reads as a headline in title case:
   * it ends without a terminator (. ! ? …), and it has at least two words of four letters or
   * more, all starting with a capital (the short function words of a title, "of", "in", "to",
   * may be in lower case). A sentence after an abbreviation in running text ends with a
   * terminator, or has lower-case words.
   */
  private static boolean titleCaseHeadline(String s, int q) {
    int end = s.length();
    while (end > q && isSpace(s.charAt(end - 1))) {
      end--;
    }
    int last = end - 1;
    while (last >= q && CLOSERS.indexOf(s.charAt(last)) >= 0) {
      last--;
    }
    if (last < q || TERMINATORS.indexOf(s.charAt(last)) >= 0) {
      return false;
    }
    int capitalized = 0;
    int i = q;
    while (i < end) {
      int c = s.codePointAt(i);
      if (!UCharacter.isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      int letters = 0;
      while (i < end && UCharacter.isLetter(s.codePointAt(i))) {
        letters++;
        i += Character.charCount(s.codePointAt(i));
      }
      if (letters >= 4) {
        if (!UCharacter.isUpperCase(s.codePointAt(start))) {
          return false;
        }
        capitalized++;
      }
    }
    return capitalized >= 2;
  }

  /** "a.m" or "p.m" (the word before the final stop), in either case. */
  private static boolean isClockAbbreviation(String word) {
    return word.length() == 3
        && "apAP".indexOf(word.charAt(0)) >= 0
        && word.charAt(1) == '.'
        && (word.charAt(2) == 'm' || word.charAt(2) == 'M');
  }

  /**
   * True when a time zone abbreviation stands at {@code q} as a word: two to five capital letters
   * A to Z ending in T (ET, EST, EDT, PT, GMT, BST, CEST, AEST), or UTC, as style guides write
   * it after a clock time ("3 p.m. EDT").
   */
  private static boolean timeZoneAt(String s, int q) {
    int e = q;
    while (e < s.length() && s.charAt(e) >= 'A' && s.charAt(e) <= 'Z') {
      e++;
    }
    if (e < s.length() && Character.isLetterOrDigit(s.codePointAt(e))) {
      return false;
    }
    int n = e - q;
    return n >= 2 && n <= 5 && (s.charAt(e - 1) == 'T' || s.startsWith("UTC", q) && n == 3);
  }

  /** True when a Roman numeral of I, V and X (I to XXXIX) stands at {@code q} as a word. */
  private static boolean romanNumeralAt(String s, int q) {
    int e = q;
    while (e < s.length() && "IVX".indexOf(s.charAt(e)) >= 0) {
      e++;
    }
    return e > q && e - q <= 6 && (e == s.length() || !Character.isLetterOrDigit(s.charAt(e)));
  }

  /** {@link SentenceAbbreviations#kind}, remembered for the last words met. */
  private SentenceAbbreviations.Kind kind(String word) {
    Object k = kinds.get(word);
    if (k == null) {
      if (kinds.size() >= KINDS_KEPT) {
        kinds.clear();
      }
      SentenceAbbreviations.Kind kind = abbreviations.kind(word);
      k = kind == null ? NOT_LISTED : kind;
      kinds.put(word, k);
    }
    return k == NOT_LISTED ? null : (SentenceAbbreviations.Kind) k;
  }

  /**
   * True when the word at {@code q} is a capitalized function word of the language (a pronoun,
   * article, preposition or conjunction from Lucene's stopword list, two letters or more): such a
   * word never continues a name, so a stop before it ends a sentence.
   */
  private boolean startsWithFunctionWord(String s, int q) {
    int e = q;
    while (e < s.length() && UCharacter.isLetter(s.codePointAt(e))) {
      e += Character.charCount(s.codePointAt(e));
    }
    if (e - q < 2 || !UCharacter.isUpperCase(s.codePointAt(q))) {
      return false;
    }
    return functionWords.contains(UCharacter.foldCase(s.substring(q, e), true));
  }

  /** True when the word before offset {@code b} starts with a lower-case letter ("on", "at"). */
  private static boolean startsLowerBefore(String s, int b) {
    int e = b;
    while (e > 0 && isSpace(s.charAt(e - 1))) {
      e--;
    }
    int w = e;
    while (w > 0 && !isSpace(s.charAt(w - 1))) {
      w--;
    }
    return w < e && UCharacter.isLowerCase(s.codePointAt(w));
  }

  private static boolean startsLower(String s, int b) {
    int q = b;
    while (q < s.length() && isSpace(s.charAt(q))) {
      q++;
    }
    return q < s.length() && UCharacter.isLowerCase(s.codePointAt(q));
  }

  /** One capital letter, or several each followed by a dot ("J", "J.R.R", "H.-G"). */
  private static boolean isInitials(String word) {
    int i = 0;
    while (true) {
      if (i >= word.length() || !UCharacter.isUpperCase(word.codePointAt(i))) {
        return false;
      }
      i += Character.charCount(word.codePointAt(i));
      if (i == word.length()) {
        return true;
      }
      if (word.charAt(i) != '.') {
        return false;
      }
      i++;
      if (i < word.length() && word.charAt(i) == '-') {
        i++;
      }
    }
  }

  /**
   * One letter of a script without case, or several each followed by a dot ("ق", "ج.م"): the
   * start of an abbreviation such as ق.م or ج.م.ع.
   */
  private static boolean isCaselessInitials(String word) {
    int i = 0;
    while (true) {
      if (i >= word.length()) {
        return false;
      }
      int c = word.codePointAt(i);
      if (!UCharacter.isLetter(c) || UCharacter.isUpperCase(c) || UCharacter.isLowerCase(c)) {
        return false;
      }
      i += Character.charCount(c);
      if (i == word.length()) {
        return true;
      }
      if (word.charAt(i) != '.') {
        return false;
      }
      i++;
    }
  }

  /** True when only spaces or tabs stand between the start of {@code s} or a line break and {@code w}. */
  private static boolean atLineStart(String s, int w) {
    int i = w - 1;
    while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || s.charAt(i) == '\n';
  }

  /**
   * Russian adjective endings (Русская грамматика 1980: the full forms in every case, gender and
   * number), for {@link #afterAdjectiveName}.
   */
  private static final Pattern ADJECTIVE_ENDING =
      Pattern.compile("(?:[ыио]й|[ая]я|[ое]е|[ыи]е|[ое]го|[ое]му|[ыи]м|[ое]м|[ую]ю|[ое]й|[ыи]х|[ыи]ми)$");

  /**
   * True when the word before offset {@code w} is a capitalized adjective ("Московской",
   * "Тверская", "Невский"), not the first word of the group: a place word after it ends the
   * place's name.
   */
  private static boolean afterAdjectiveName(String s, int w) {
    int[] word = wordBefore(s, w);
    int b = word[0];
    int e = word[1];
    if (b == e || e - b < 4 || !UCharacter.isUpperCase(s.codePointAt(b))) {
      return false;
    }
    int before = b;
    while (before > 0 && isSpace(s.charAt(before - 1))) {
      before--;
    }
    if (before == 0) {
      return false; // the first word: capitalized as such ("Новая ул." is rare; "Мэр г." is not)
    }
    return ADJECTIVE_ENDING.matcher(UCharacter.foldCase(s.substring(b, e), true)).find();
  }

  /** True when the word before offset {@code w} is a capitalized word of two letters or more. */
  private static boolean afterCapitalizedWord(String s, int w) {
    int[] word = wordBefore(s, w);
    int b = word[0];
    int e = word[1];
    return e - b >= 2 && UCharacter.isUpperCase(s.codePointAt(b))
        && (b == 0 || isSpace(s.charAt(b - 1)));
  }

  /**
   * {start, end} of the run of letters that ends where the white space before offset {@code w}
   * begins (start == end when a non-letter stands there).
   */
  private static int[] wordBefore(String s, int w) {
    int e = w;
    while (e > 0 && isSpace(s.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && UCharacter.isLetter(s.codePointBefore(b))) {
      b -= Character.charCount(s.codePointBefore(b));
    }
    return new int[] {b, e};
  }

  private static boolean precededByNumber(String s, int w) {
    int i = w - 1;
    while (i >= 0 && isSpace(s.charAt(i))) {
      i--;
    }
    return i >= 0 && i < w - 1 && UCharacter.isDigit(s.codePointBefore(i + 1));
  }

  /**
   * True for a word that cannot be an abbreviation: two letters or more, letters (and inner
   * hyphens or apostrophes) only, not all capitals; or a number (a word ending in a digit).
   */
  private static boolean isPlainWord(String word) {
    if (word.isEmpty()) {
      return false;
    }
    if (UCharacter.isDigit(word.codePointBefore(word.length()))) {
      return true;
    }
    int letters = 0;
    boolean lower = false;
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (UCharacter.isLetter(c)) {
        letters++;
        lower |= UCharacter.isLowerCase(c);
      } else if (i == 0 || !(c == '-' || c == '\'' || c == '’')) {
        return false;
      }
      i += Character.charCount(c);
    }
    return letters >= 2 && lower;
  }


  private static void add(int offset, String s, int start, int end, List<SentenceSpan> out) {
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new SentenceSpan(offset + start, offset + end));
    }
  }

  /** White space (Unicode White_Space), or a zero-width space or no-break space U+FEFF. */
  /** A comma or semicolon, Latin or Arabic. */
  private static boolean isComma(int c) {
    return c == ',' || c == ';' || c == '،' || c == '؛';
  }

  private static boolean isSpace(int c) {
    return c < 0x10000 ? SPACES[c] != 0 : isSpaceCodePoint(c);
  }

  private static boolean isSpaceCodePoint(int c) {
    return UCharacter.isUWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';
  }

  /** {@link #isSpace} of UTF-16 code unit {@code c} as 1 or 0 (the table {@link CharClasses.Table#SENTENCE_SPACES}). */
  static int spaceClass(int c) {
    return isSpaceCodePoint(c) ? 1 : 0;
  }

  private static final byte[] SPACES = CharClasses.table(CharClasses.Table.SENTENCE_SPACES);
}
