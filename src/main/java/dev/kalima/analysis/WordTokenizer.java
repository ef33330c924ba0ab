package dev.kalima.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into words and numbers with ICU's word {@link BreakIterator} for a locale (through
 * {@link WordSegments}, which finds plain runs of letters without ICU and gives the same segments).
 *
 * <ul>
 *   <li>a segment whose rule status is letter, kana, ideograph or number and that contains a
 *       letter (other than tatweel) is a {@link Token.Type#WORD}: "don't", "it’s", "A4", an
 *       Arabic word with its clitics (وبالتعاون), with tatweel or with a zero-width (non-)joiner
 *       inside (ICU keeps those inside the word), a word with combining marks;
 *   <li>a segment whose rule status is number and that has no letter is a {@link
 *       Token.Type#NUMBER}: digits of any script with their inner separators (2025, ٢٠٢٥, 3.5,
 *       1,000, ١٬٠٠٠); a separator alone (ICU classes ٫ and ٬ as numeric) is not a token;
 *   <li>everything else (spaces, punctuation, symbols, emoji and emoji ZWJ sequences) is not a
 *       token;
 *   <li>French, Italian and Catalan ({@code fr}, {@code it}, {@code ca}) elisions are split: a
 *       word starting with an elided article, pronoun or conjunction (l' d' qu' j' n' s' c' m' t'
 *       jusqu' lorsqu' puisqu' quoiqu' for French; the Italian and Catalan lists likewise), with
 *       either ' or ’, gives two words, the elided one with its apostrophe as in Universal
 *       Dependencies ("l'homme" → "l'", "homme"). "aujourd'hui" and "c'est-à-dire" are kept
 *       whole; the euphonic t of a French inversion is no word ("a-t-elle" → "a", "elle");
 *   <li>{@link Token#breakBefore()} is true on the first token and on any token separated from
 *       the previous one by punctuation (general category P*: sentence ends, , ; : ، ؛ ؟ — – ( )
 *       [ ] quotes « » “ ” and a lone ' used as a quote), by a symbol (general category S*:
 *       + = $ € ❤ and other emoji; not ® ™ ℠ © glued to the word before them: "Apple® iPhone"
 *       is one phrase), or by a paragraph break (U+2029, or two
 *       or more line breaks: LF, CR LF, CR, NEL, U+2028). A single hyphen joining two tokens with
 *       no space around it (the hyphen of "well-known", U+002D, U+2010 or U+2011) does not break;
 *       a spaced " - " does. Nor does the apostrophe of a plural possessive (a word ending in s,
 *       the apostrophe, a space: "the students' union"), unless a single quote opened before it
 *       (an apostrophe or ‘ with no letter or digit before it), in which case it closes the quote;
 *   <li>words joined by a single ampersand with a letter on both sides are one word ("AT&T",
 *       "R&D", "S&P", "Q&A"); a spaced "Tom & Jerry" is two words and a break;
 *   <li>an initialism written with periods keeps its final period ("U.S.", "e.g.", "p.m.",
 *       "Ph.D.": {@link #initialismPeriod});
 *   <li>a web or e-mail address is one word ("https://example.org/a?b=1", "www.example.org",
 *       "name@example.org"), not its pieces;
 *   <li>an Arabic number with proclitics or an era letter attached is that number ({@link
 *       #arabicNumber}: و2026, ب5, الـ5, 1384هـ, 1964م give the numbers 2026, 5, 5, 1384, 1964);
 *   <li>numbers joined by a single '/', ':' or '-' are one number: dates, times, scores,
 *       telephone numbers, fractions, ranges (08/16/2000, 10:30, 3:1, 303-832-8160, 1/2,
 *       1971-72: {@link #joinNumbers});
 *   <li>a number with a hyphenated case ending of one to three lower-case letters is one number
 *       ("3-й", "1990-х", "14-го"), not a number and a one-letter word; outside English a number,
 *       a hyphen and a longer word are one word ("5-летний", "100-летие"; {@link
 *       #joinNumberCompound});
 *   <li>a time of day written with h ("8h", "14h30") is a number ({@link #isClockTime}), and so
 *       is a number with an English ordinal, decade or magnitude suffix ("21st", "1990s",
 *       "£1.5bn", "$3.2M"; {@link #isSuffixedNumber});
 *   <li>in a language that groups digits with a space (French, Russian, ...: CLDR's grouping
 *       separator), a number with its groups of three digits after single spaces is one number
 *       ("1 200", "2 345 678", "1 200,5"; {@link #joinDigitGroups}), not one number per group.
 * </ul>
 *
 * Not thread-safe: it owns a break iterator, reused across calls. Make one per thread.
 */
public final class WordTokenizer {

  private final WordSegments words;
  private final Set<String> elisions;
  /** Whether hyphenated compounds are one word (every language but English, see the class doc). */
  private final boolean wholeCompounds;
  /** Pronouns written after a hyphen that stay words of their own (French, Portuguese). */
  private final Set<String> hyphenClitics;
  private final ULocale locale;
  /**
   * Whether the locale groups the digits of a number with a space (CLDR's grouping separator is
   * a space character: "1 200" in French, Russian, Polish, Swedish, ...); null until first asked.
   */
  private Boolean spaceGrouping;
  /** Whether the t of "a-t-elle" is dropped ({@link #isEuphonicT}; French). */
  private final boolean euphonicT;

  public WordTokenizer() {
    this(ULocale.ROOT);
  }

  public WordTokenizer(ULocale locale) {
    this(locale, true);
  }

  /**
   * @param fastPath false to take every boundary from ICU's iterator (the reference the fast path
   *     is tested against); true gives the same tokens faster ({@link WordSegments})
   */
  WordTokenizer(ULocale locale, boolean fastPath) {
    this.words = new WordSegments(locale, fastPath);
    this.locale = locale;
    this.elisions = Elisions.of(locale.getLanguage());
    String language = locale.getLanguage();
    this.wholeCompounds = !language.isEmpty() && !SPLIT_COMPOUNDS.contains(language);
    this.hyphenClitics = HYPHEN_CLITICS.getOrDefault(language, Set.of());
    this.euphonicT = "fr".equals(language);
  }

  /**
   * Languages whose hyphenated compounds are split into their words, as their Universal
   * Dependencies treebank does ("well-known" → well, known in English EWT); in the others the
   * treebanks keep them whole ("États-Unis", "celui-ci", "кто-то", "Baden-Württemberg").
   */
  private static final Set<String> SPLIT_COMPOUNDS = Set.of("en");

  /**
   * The pronouns written after a verb with a hyphen that the treebanks split off: French
   * inversion ("dit-il", "a-t-elle", "est-ce", "donne-le-moi"), Portuguese enclisis
   * ("disse-lhe", "encontrou-se").
   */
  private static final java.util.Map<String, Set<String>> HYPHEN_CLITICS =
      java.util.Map.of(
          "fr",
          Set.of("je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "le", "la",
              "les", "lui", "leur", "moi", "toi", "y", "en", "t"),
          "pt",
          Set.of("me", "te", "se", "lhe", "lhes", "nos", "vos", "o", "a", "os", "as", "lo", "la",
              "los", "las", "no", "na", "nas", "mo", "ma", "to", "ta", "lho", "lha"));

  public List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    words.setText(text);
    int previousEnd = -1;
    boolean singleQuoteOpen = false;
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      int status = words.getRuleStatus();
      if (status < BreakIterator.WORD_NUMBER) {
        continue;
      }
      boolean hasLetter = containsLetter(text, start, end);
      if (!hasLetter && status >= BreakIterator.WORD_LETTER) {
        continue; // only tatweel or other letter-class marks: not a word
      }
      if (!hasLetter && !containsDigit(text, start, end)) {
        continue; // a separator ICU classes as numeric (٫ ٬) standing alone: not a number
      }
      int[] digits = hasLetter ? arabicNumber(text, start, end) : null;
      int tokenEnd;
      if (digits != null) {
        hasLetter = false; // a number with its clitics or era letter: the number alone
        start = digits[0];
        tokenEnd = digits[1];
      } else {
        if (hasLetter) {
          tokenEnd = wordEnd(text, start, end);
          if (tokenEnd == end
              && (isClockTime(text, start, end) || isSuffixedNumber(text, start, end))) {
            hasLetter = false; // "14h30", "21st", "1990s", "£1.5bn": a number
          }
        } else {
          int numberEnd = joinNumbers(text, joinDigitGroups(text, start, end));
          tokenEnd = joinOrdinalEnding(text, numberEnd);
          int compound = tokenEnd == numberEnd ? joinNumberCompound(text, numberEnd) : -1;
          if (compound > 0) {
            tokenEnd = compound;
            hasLetter = true; // "5-летний": a word
          }
        }
      }
      end = words.current(); // past the token when a link's trailing gap came in one segment
      if (hasLetter && isEuphonicT(text, start, tokenEnd)) {
        previousEnd = tokenEnd;
        continue;
      }
      boolean breakBefore;
      if (previousEnd < 0) {
        breakBefore = true;
      } else if (!singleQuoteOpen && isPossessiveApostrophe(text, previousEnd, start)) {
        breakBefore = false;
      } else {
        breakBefore = breaksPhrase(text, previousEnd, start);
        if (singleQuoteOpen && isSingleQuote(text.charAt(previousEnd))) {
          singleQuoteOpen = false;
        }
      }
      if (start > 0 && isSingleQuote(text.charAt(start - 1))
          && (start - 1 == 0 || !isWordChar(text.charAt(start - 2)))) {
        singleQuoteOpen = true;
      }
      if (!hasLetter) {
        out.add(
            new Token(
                text.substring(start, tokenEnd), start, tokenEnd, Token.Type.NUMBER, breakBefore));
      } else {
        int apostrophe = elisions.isEmpty() ? -1 : elision(text, start, tokenEnd);
        if (apostrophe > 0) {
          int cut = apostrophe + 1;
          out.add(new Token(text.substring(start, cut), start, cut, Token.Type.WORD, breakBefore));
          start = cut;
          breakBefore = false;
        }
        out.add(
            new Token(
                text.substring(start, tokenEnd), start, tokenEnd, Token.Type.WORD, breakBefore));
      }
      previousEnd = tokenEnd;
    }
    return out;
  }

  /**
   * Receives the tokens found by {@link #scan} as ranges of the scanned text, in text order.
   */
  @FunctionalInterface
  public interface TokenSink {
    /**
     * @param text the scanned text
     * @param start the token's first char
     * @param end one past the token's last char
     * @param number true for a {@link Token.Type#NUMBER}, false for a {@link Token.Type#WORD}
     */
    void token(String text, int start, int end, boolean number);
  }

  /**
   * Hands exactly the tokens {@link #tokenize} gives for {@code text}, in the same order, to
   * {@code sink} as char ranges, without making a {@link Token} or a substring for each (for
   * counting). {@link Token#breakBefore()} is not computed.
   */
  public void scan(String text, TokenSink sink) {
    words.setText(text);
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      int status = words.getRuleStatus();
      if (status < BreakIterator.WORD_NUMBER) {
        continue;
      }
      boolean plain = words.wasPlainRun(); // the fast path's letters only: no digit in it
      boolean hasLetter = plain || containsLetter(text, start, end);
      if (!hasLetter) {
        if (status < BreakIterator.WORD_LETTER && containsDigit(text, start, end)) {
          int numberEnd = joinNumbers(text, joinDigitGroups(text, start, end));
          end = joinOrdinalEnding(text, numberEnd);
          int compound = end == numberEnd ? joinNumberCompound(text, numberEnd) : -1;
          if (compound > 0) {
            sink.token(text, start, compound, false); // "5-летний": a word
            end = words.current();
            continue;
          }
          sink.token(text, start, end, true);
        }
        continue;
      }
      // a plain run (the fast path's letters only) has no digit to look for
      int[] digits = plain ? null : arabicNumber(text, start, end);
      if (digits != null) {
        sink.token(text, digits[0], digits[1], true);
        continue;
      }
      int tokenEnd = wordEnd(text, start, end);
      if (!plain
          && tokenEnd == end
          && (isClockTime(text, start, end) || isSuffixedNumber(text, start, end))) {
        sink.token(text, start, end, true); // "14h30", "21st", "1990s", "£1.5bn": a number
        continue;
      }
      end = words.current(); // past the token when a link's trailing gap came in one segment
      if (isEuphonicT(text, start, tokenEnd)) {
        continue;
      }
      int apostrophe = elisions.isEmpty() ? -1 : elision(text, start, tokenEnd);
      if (apostrophe > 0) {
        sink.token(text, start, apostrophe + 1, false);
        start = apostrophe + 1;
      }
      sink.token(text, start, tokenEnd, false);
    }
  }

  /**
   * The end of the word that ends at {@code end} with the words it is joined to by ampersands:
   * while a single '&' stands between a letter and a letter ("AT&T", "R&D", "S&P", "Q&A", "D&D",
   * as the Penn and Universal Dependencies treebanks keep them), the word after it belongs to
   * this one; the iterator is moved past it. A spaced " & " joins nothing.
   */
  private int joinAmpersands(String text, int end) {
    while (end + 1 < text.length()
        && text.charAt(end) == '&'
        && UCharacter.isLetter(text.codePointBefore(end))
        && UCharacter.isLetter(text.codePointAt(end + 1))) {
      // UAX #29 puts a boundary on both sides of '&', and a segment that starts with a letter is
      // a word: the next two segments are the '&' and that word
      if (words.next() != end + 1) {
        throw new IllegalStateException("no word boundary after '&' at " + end);
      }
      end = words.next();
    }
    return end;
  }

  /**
   * The digits of a segment text[start, end) that is an Arabic-script number with letters
   * attached, as {start, end}, or null: proclitics before the digits (و ف ب ل ك, at most three,
   * or the article ال, with or without tatweel: و2026 "and 2026", ب5, الـ5 "the 5th"), and the
   * era letter after them (هـ for the Hijri year, م for the Gregorian: 1384هـ, 1964م). The
   * letters are not a word of their own (a lone letter is no Arabic word), and the number is the
   * number written alone. Digits of any script, with the separators ICU keeps inside a number.
   */
  static int[] arabicNumber(String text, int start, int end) {
    char first = text.charAt(start);
    if ((first < '\u0621' || first > '\u064A') && !UCharacter.isDigit(first)) {
      return null; // neither an Arabic letter nor a digit: the common case, at once
    }
    int i = start;
    if (text.startsWith("\u0627\u0644", i)) { // ال
      i += 2;
    } else {
      while (i < end && i - start < 3 && "\u0648\u0641\u0628\u0644\u0643".indexOf(text.charAt(i)) >= 0) {
        i++;
      }
    }
    while (i < end && text.charAt(i) == '\u0640') { // tatweel
      i++;
    }
    int from = i;
    while (i < end && (UCharacter.isDigit(text.charAt(i)) || (i > from && i + 1 < end
        && UCharacter.isDigit(text.charAt(i + 1)) && ",.\u066B\u066C".indexOf(text.charAt(i)) >= 0))) {
      i++;
    }
    if (i == from || !UCharacter.isDigit(text.charAt(i - 1))) {
      return null;
    }
    int to = i;
    if (i < end && (text.charAt(i) == '\u0647' || text.charAt(i) == '\u0645')) { // هـ م
      i++;
      while (i < end && text.charAt(i) == '\u0640') {
        i++;
      }
    }
    return i == end && (from > start || to < end) ? new int[] {from, to} : null;
  }

  /**
   * The end of the word whose first segment is text[start, end): the whole link when one starts
   * there ({@link #linkEnd}), else the segment with the words joined to it by ampersands and, in
   * most languages, hyphens. The iterator is moved to the end returned, or for a link to the
   * first boundary at or after its end ({@link WordSegments#current}).
   */
  private int wordEnd(String text, int start, int end) {
    int link = linkEnd(text, start, end);
    if (link > end) {
      // the iterator goes to the first boundary at or past the link's end; only a gap of
      // non-word characters (which end the link) can lie between them
      for (int b = end; b < link; ) {
        b = words.next();
        if (b == BreakIterator.DONE) {
          throw new IllegalStateException("a link past the end of the text at " + start);
        }
      }
      return link;
    }
    int joined = joinAmpersands(text, end);
    joined = wholeCompounds ? joinCompounds(text, joined) : joinPrefix(text, start, joined);
    return initialismPeriod(text, start, joined);
  }

  /**
   * Prefixes that keep their hyphen in the languages that split hyphenated compounds (English):
   * the bound prefixes that the OntoNotes and Stanford tokenization conventions leave attached
   * ("e-mail", "co-founder", "non-profit", "pre-tax", "re-elected", "anti-war", "ex-wife",
   * "x-ray"). They are no words of their own, so splitting them leaves "e", "co", "pre" or "non"
   * counted as words.
   */
  private static final Set<String> BOUND_PREFIXES =
      Set.of("e", "x", "agro", "anti", "bi", "bio", "co", "counter", "cross", "cyber", "de", "eco",
          "ex", "extra", "inter", "intra", "macro", "mega", "micro", "mid", "mini", "multi", "neo",
          "non", "post", "pre", "pro", "pseudo", "quasi", "re", "semi", "sub", "super", "tri",
          "ultra", "un", "uni", "vice");

  /**
   * In a language that splits hyphenated compounds ({@link #SPLIT_COMPOUNDS}), the end of the
   * word text[start, end) with the word after its hyphen when it is a bound prefix ({@link
   * #BOUND_PREFIXES}, any case) and a single hyphen and a letter follow ("e-mail", "Co-founder",
   * "non-GAAP"); the iterator is moved past that word. Otherwise {@code end}.
   */
  private int joinPrefix(String text, int start, int end) {
    if (wholeCompounds
        || end - start > 7
        || end + 1 >= text.length()
        || !Token.isJoiningHyphen(text.charAt(end))
        || !UCharacter.isLetter(text.codePointAt(end + 1))
        || !BOUND_PREFIXES.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
      return end;
    }
    // UAX #29 breaks on both sides of a hyphen, and a segment that starts with a letter is a word
    if (words.next() != end + 1) {
      throw new IllegalStateException("no word boundary after '-' at " + end);
    }
    return words.next();
  }

  /**
   * {@code end + 1} when the word text[start, end) is an initialism written with periods, one or
   * two letters between them ("U.S", "D.C", "e.g", "p.m", "Ph.D", "т.е"), and its final period
   * follows: the period is part of the abbreviation ("U.S.", as the treebanks write it), not a
   * sentence end or a break in the phrase ("the U.S. economy"). Otherwise {@code end}: "Mr." and
   * "Inc." keep the period out, as they always have (a single word before a period may end its
   * sentence; the sentence segmenter decides).
   */
  private static int initialismPeriod(String text, int start, int end) {
    if (end >= text.length() || text.charAt(end) != '.') {
      return end;
    }
    int letters = 0;
    boolean period = false;
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      if (cp == '.') {
        if (letters == 0) {
          return end;
        }
        period = true;
        letters = 0;
      } else if (UCharacter.isLetter(cp) && ++letters <= 2) {
        // a letter of a part
      } else {
        return end;
      }
      i += Character.charCount(cp);
    }
    return period && letters > 0 ? end + 1 : end;
  }

  /**
   * The end of a web address or e-mail address that starts at {@code start}, or -1: text that
   * starts with "http://", "https://", "ftp://" or "www." and a letter or digit, up to the first
   * character that cannot be in an address (white space, quotes, angle brackets, « »), without
   * the punctuation that ends a sentence or a clause after it (. , ; : ! ? and a closing bracket
   * that opened before it); or, when the segment text[start, end) is followed by '@', an address
   * "local@example.org" (ASCII local part, a domain with at least one dot and a top-level label
   * of two letters or more). As in the treebanks (UD English keeps
   * "http://www.example.com/a?b=1" one token), an address is one word, not its pieces ("https",
   * "www", "com").
   */
  static int linkEnd(String text, int start, int end) {
    char c = text.charAt(start);
    if (c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'f' || c == 'F') {
      int body = -1;
      for (String scheme : SCHEMES) {
        if (text.regionMatches(true, start, scheme, 0, scheme.length())) {
          body = start + scheme.length();
          break;
        }
      }
      if (body > 0 && body < text.length() && Character.isLetterOrDigit(text.charAt(body))) {
        return trimLink(text, start, body);
      }
    }
    if (end < text.length() && text.charAt(end) == '@') {
      for (int i = start; i < end; i++) {
        char l = text.charAt(i);
        if (!(l < 0x80 && (Character.isLetterOrDigit(l) || "._%+-".indexOf(l) >= 0))) {
          return -1;
        }
      }
      int i = end + 1;
      int dots = 0;
      int label = 0;
      int lastLabelLetters = 0;
      while (i < text.length()) {
        char d = text.charAt(i);
        if (d < 0x80 && Character.isLetterOrDigit(d)) {
          label++;
          lastLabelLetters = Character.isLetter(d) ? lastLabelLetters + 1 : -1000;
        } else if (d == '-' && label > 0) {
          label++;
          lastLabelLetters = -1000;
        } else if (d == '.' && label > 0 && i + 1 < text.length()
            && text.charAt(i + 1) < 0x80 && Character.isLetterOrDigit(text.charAt(i + 1))) {
          dots++;
          label = 0;
          lastLabelLetters = 0;
        } else {
          break;
        }
        i++;
      }
      return dots > 0 && lastLabelLetters >= 2 ? i : -1;
    }
    return -1;
  }

  private static final String[] SCHEMES = {"https://", "http://", "ftp://", "www."};

  /** The end of the address whose scheme ends at {@code body} (see {@link #linkEnd}). */
  private static int trimLink(String text, int start, int body) {
    int i = body;
    while (i < text.length() && isLinkChar(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    while (i > body) {
      char last = text.charAt(i - 1);
      if (".,;:!?'".indexOf(last) >= 0) {
        i--;
      } else if ((last == ')' && count(text, start, i, '(') < count(text, start, i, ')'))
          || (last == ']' && count(text, start, i, '[') < count(text, start, i, ']'))) {
        i--;
      } else {
        break;
      }
    }
    return i;
  }

  private static int count(String text, int from, int to, char c) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** A character of an address (RFC 3986's unreserved and reserved ones, '%', any letter or digit). */
  private static boolean isLinkChar(int cp) {
    if (cp < 0x80) {
      return Character.isLetterOrDigit(cp) || "-._~:/?#[]@!$&'()*+,;=%".indexOf(cp) >= 0;
    }
    return UCharacter.isLetterOrDigit(cp) || UCharacter.getType(cp) == UCharacterCategory.NON_SPACING_MARK;
  }

  /**
   * The end of the word that ends at {@code end} with the words joined to it by hyphens, in the
   * languages that keep hyphenated compounds whole ({@link #SPLIT_COMPOUNDS}): while a single
   * hyphen (U+002D, U+2010, U+2011) stands between a letter and a letter or digit ("États-Unis",
   * "COVID-19"), the word after it belongs to this one; the iterator is moved past it. A pronoun
   * after the hyphen that ends the compound ({@link #HYPHEN_CLITICS}: "dit-il", "disse-lhe",
   * "donne-le-moi"; not "cessez-le-feu", "rendez-vous": {@link #cliticAfter}) stays a word of
   * its own.
   */
  private int joinCompounds(String text, int end) {
    if (!wholeCompounds) {
      return end;
    }
    int n = text.length();
    while (end + 1 < n
        && Token.isJoiningHyphen(text.charAt(end))
        && UCharacter.isLetter(text.codePointBefore(end))
        && (UCharacter.isLetter(text.codePointAt(end + 1))
            || UCharacter.isDigit(text.codePointAt(end + 1)))
        && !cliticAfter(text, end + 1)) {
      // UAX #29 breaks on both sides of a hyphen, and what follows it starts a word or number
      if (words.next() != end + 1) {
        throw new IllegalStateException("no word boundary after '-' at " + end);
      }
      end = words.next();
    }
    return end;
  }

  /**
   * Whether text[start, end) is the euphonic t of a French inversion ("a-t-elle", "va-t-il",
   * "a-t-on"): a lone t between a word and a subject pronoun, joined to both by hyphens. It is
   * no word (no pronoun, no form of any verb), so it is no token; the pronoun after it is.
   */
  private boolean isEuphonicT(String text, int start, int end) {
    return euphonicT
        && end - start == 1
        && (text.charAt(start) == 't' || text.charAt(start) == 'T')
        && start >= 2
        && Token.isJoiningHyphen(text.charAt(start - 1))
        && UCharacter.isLetter(text.codePointBefore(start - 1))
        && end + 1 < text.length()
        && Token.isJoiningHyphen(text.charAt(end))
        && cliticAfter(text, end + 1);
  }

  /**
   * Words written with an elision that are one word, as the treebanks have them: the fixed
   * conjunction "c'est-à-dire" (one CCONJ in UD French), not "c'" and "est-à-dire".
   */
  private static final Set<String> LEXICALIZED_ELISIONS = Set.of("c'est-à-dire", "c’est-à-dire");

  private static boolean isLexicalized(String text, int start, int end) {
    if (end - start != "c'est-à-dire".length()) {
      return false;
    }
    String word = UCharacter.foldCase(text.substring(start, end), true);
    return LEXICALIZED_ELISIONS.contains(word.replace('\u2010', '-').replace('\u2011', '-'));
  }

  /**
   * Whether the letters at {@code from} spell a pronoun of {@link #hyphenClitics} that ends the
   * compound, alone or with more such pronouns after hyphens ("dit-il", "a-t-elle",
   * "donne-le-moi"). A pronoun followed by another word is inside a compound noun
   * ("cessez-le-feu", "tout-le-monde"), and so is the "vous" of the noun {@link
   * #PRONOUN_COMPOUNDS rendez-vous}.
   */
  private boolean cliticAfter(String text, int from) {
    if (hyphenClitics.isEmpty()) {
      return false;
    }
    int to = from;
    while (to < text.length() && to - from <= 4 && Character.isLetter(text.charAt(to))) {
      to++;
    }
    if (to - from > 4 || (to < text.length() && Character.isLetterOrDigit(text.charAt(to)))) {
      return false;
    }
    if (!hyphenClitics.contains(UCharacter.foldCase(text.substring(from, to), true))) {
      return false;
    }
    if (to + 1 < text.length()
        && Token.isJoiningHyphen(text.charAt(to))
        && (UCharacter.isLetter(text.codePointAt(to + 1)) || UCharacter.isDigit(text.codePointAt(to + 1)))) {
      return cliticAfter(text, to + 1); // "donne-le-moi" splits, "cessez-le-feu" does not
    }
    int w = from - 1; // the hyphen; the word before it starts at w
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return !PRONOUN_COMPOUNDS.contains(UCharacter.foldCase(text.substring(w, to), true));
  }

  /**
   * True when text[start, end) is a number written with an English suffix that makes it no word:
   * ASCII digits (with inner . or , between digits) followed by
   *
   * <ul>
   *   <li>an ordinal ending st, nd, rd or th ("1st", "21st", "3rd", "1,000th"), no decimal part;
   *   <li>the s of a decade or of a plural number ("1990s", "90s"), no decimal part;
   *   <li>a magnitude abbreviation bn, mn, tn, trn, bln or mln ("1.5bn", "300mn");
   *   <li>k, m or b (thousand, million, billion) when a currency sign comes right before the
   *       number or it has a decimal part ("$50K", "£300m", "3.2M"), so that "3M", "4K" and "5G",
   *       names, stay words.
   * </ul>
   *
   * Letter case does not matter ("1990S", "$3.2M"). Like "14h30" ({@link #isClockTime}), it is
   * a number, counted with --numbers and never a keyword.
   */
  static boolean isSuffixedNumber(String text, int start, int end) {
    int i = start;
    boolean decimal = false;
    while (i < end && isAsciiDigit(text.charAt(i))) {
      i++;
      if (i + 1 < end && (text.charAt(i) == '.' || text.charAt(i) == ',')
          && isAsciiDigit(text.charAt(i - 1)) && isAsciiDigit(text.charAt(i + 1))) {
        decimal |= text.charAt(i) == '.';
        i++;
      }
    }
    if (i == start || i == end) {
      return false;
    }
    String suffix = text.substring(i, end).toLowerCase(Locale.ROOT);
    switch (suffix) {
      case "st", "nd", "rd", "th", "s":
        return !decimal;
      case "bn", "mn", "tn", "trn", "bln", "mln":
        return true;
      case "k", "m", "b":
        return decimal || start > 0 && UCharacter.getType(text.codePointBefore(start))
            == UCharacterCategory.CURRENCY_SYMBOL;
      default:
        return false;
    }
  }

  /**
   * Compound nouns written as a verb and a pronoun after a hyphen, kept whole: French
   * "rendez-vous" (an appointment, far more common in news than the imperative "rendez-vous").
   */
  private static final Set<String> PRONOUN_COMPOUNDS = Set.of("rendez-vous");

  /**
   * True when text[start, end) is a time of day written with h for heure, as French writes it
   * ("8h", "14h30", "18H00"): one or two digits, h or H, and no or two digits. It is a number,
   * like "14:30", not a word.
   */
  static boolean isClockTime(String text, int start, int end) {
    int i = start;
    while (i < end && i - start < 2 && isAsciiDigit(text.charAt(i))) {
      i++;
    }
    if (i == start || i >= end || (text.charAt(i) != 'h' && text.charAt(i) != 'H')) {
      return false;
    }
    int minutes = end - i - 1;
    return minutes == 0 || (minutes == 2 && isAsciiDigits(text, i + 1, end));
  }

  /**
   * The end of the compound word that a number ending at {@code end} starts, or -1: in the
   * languages that keep hyphenated compounds whole ({@link #SPLIT_COMPOUNDS}), a number, a single
   * hyphen and a word ("5-летний", "100-летие", "3-комнатная", "5-jährige") are one word, as the
   * treebanks have them, not a number and a word ("летний", summer, is not what "5-летний", five
   * years old, says); the iterator is moved past it. Called when no case ending ({@link
   * #joinOrdinalEnding}) applies.
   */
  private int joinNumberCompound(String text, int end) {
    if (!wholeCompounds
        || end + 1 >= text.length()
        || !Token.isJoiningHyphen(text.charAt(end))
        || !UCharacter.isDigit(text.codePointBefore(end))
        || !UCharacter.isLetter(text.codePointAt(end + 1))) {
      return -1;
    }
    // UAX #29 breaks on both sides of a hyphen, and a segment that starts with a letter is a word
    if (words.next() != end + 1) {
      throw new IllegalStateException("no word boundary after '-' at " + end);
    }
    return joinCompounds(text, words.next());
  }

  /**
   * The end of the number text[start, end) with the groups of three digits that follow it after
   * a single space, in a language that groups digits with a space ("1 200", "2 345 678", "1 200,5"
   * in French or Russian; CLDR's grouping separator of the locale is a space character): the
   * number is one token with its spaces, not several; the iterator is moved past the groups. The
   * number must be one to three ASCII digits, the space one char (space, no-break space U+00A0,
   * narrow no-break space U+202F, thin space U+2009), and each group exactly three ASCII digits,
   * optionally with a decimal part (",5" or ".5"), that ends the number: a year after a day ("le
   * 12 2025" has four digits), a count before a word or a fourth digit stays apart.
   */
  private int joinDigitGroups(String text, int start, int end) {
    int len = end - start;
    if (len < 1 || len > 3 || !isGroupSpace(text, end) || !isAsciiDigits(text, start, end)) {
      return end;
    }
    while (isGroupSpace(text, end)) {
      int k = groupEnd(text, end + 1);
      if (k < 0) {
        break;
      }
      if (spaceGrouping == null) {
        String separator = DecimalFormatSymbols.getInstance(locale).getGroupingSeparatorString();
        spaceGrouping = separator.length() == 1 && isGroupSpaceChar(separator.charAt(0));
      }
      if (!spaceGrouping) {
        break;
      }
      // UAX #29 breaks on both sides of a lone space; the digits after it are one number segment
      if (words.next() != end + 1 || words.next() != k) {
        throw new IllegalStateException("unexpected word boundaries in a digit group at " + end);
      }
      end = k;
    }
    return end;
  }

  /**
   * The end of a group of exactly three ASCII digits at {@code i} (with an optional decimal part)
   * that ends a number segment, or -1.
   */
  private static int groupEnd(String text, int i) {
    int n = text.length();
    if (i + 3 > n || !isAsciiDigits(text, i, i + 3)) {
      return -1;
    }
    int k = i + 3;
    if (k + 1 < n && (text.charAt(k) == ',' || text.charAt(k) == '.') && isAsciiDigit(text.charAt(k + 1))) {
      k++;
      while (k < n && isAsciiDigit(text.charAt(k))) {
        k++;
      }
    }
    if (k == n) {
      return k;
    }
    int c = text.codePointAt(k);
    int wb = UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK);
    if (UCharacter.isLetterOrDigit(c)
        || wb == UCharacter.WordBreak.EXTENDNUMLET
        || wb == UCharacter.WordBreak.EXTEND
        || wb == UCharacter.WordBreak.FORMAT
        || wb == UCharacter.WordBreak.ZWJ
        || wb == UCharacter.WordBreak.NUMERIC) {
      return -1; // "200km", "2000", "200_": not a group that ends the number
    }
    if ((wb == UCharacter.WordBreak.MIDNUM
            || wb == UCharacter.WordBreak.MIDNUMLET
            || wb == UCharacter.WordBreak.SINGLE_QUOTE)
        && k + 1 < n
        && UCharacter.isDigit(text.codePointAt(k + 1))) {
      return -1; // "200.000.5", "200,5,6": the segment goes on in a way not read here
    }
    return k;
  }

  private static boolean isGroupSpace(String text, int i) {
    return i < text.length() && isGroupSpaceChar(text.charAt(i));
  }

  private static boolean isGroupSpaceChar(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of the number that ends at {@code end} with the numbers joined to it by a single
   * '/', ':' or '-' with no space (dates 08/16/2000 and 2024-05-01, times 10:30, scores 3:1,
   * telephone numbers 303-832-8160, fractions 1/2, ranges 1971-72), as the treebanks keep them
   * one token; the iterator is moved past them. A number followed by letters after the separator
   * ("15-year", "1990-х") is left to the other rules.
   */
  private int joinNumbers(String text, int end) {
    int n = text.length();
    while (end + 1 < n && NUMBER_JOINERS.indexOf(text.charAt(end)) >= 0) {
      int k = numberRunEnd(text, end + 1);
      if (k < 0) {
        break;
      }
      // UAX #29 breaks on both sides of / : - between digits, and the digits after it are a
      // segment of their own ending at k (numberRunEnd follows the same rules)
      if (words.next() != end + 1 || words.next() != k) {
        throw new IllegalStateException("unexpected word boundaries in a number at " + end);
      }
      end = k;
    }
    return end;
  }

  /** The separators that join the parts of a date, a time or a telephone number. */
  private static final String NUMBER_JOINERS = "/:-";

  /**
   * The end of the number segment that starts at {@code from} (UAX #29: digits, with a MidNum or
   * MidNumLet character between two digits: "2,000", "3.5"), or -1 when no digit starts there or
   * the segment goes on past the digits (into letters, "2000s", or an underscore or a mark).
   */
  private static int numberRunEnd(String text, int from) {
    int n = text.length();
    if (wordBreak(text, from) != UCharacter.WordBreak.NUMERIC) {
      return -1;
    }
    int k = afterAttached(text, from + Character.charCount(text.codePointAt(from)));
    while (k < n) {
      int wb = wordBreak(text, k);
      int next = afterAttached(text, k + Character.charCount(text.codePointAt(k)));
      if (wb == UCharacter.WordBreak.NUMERIC) {
        k = next;
      } else if ((wb == UCharacter.WordBreak.MIDNUM
              || wb == UCharacter.WordBreak.MIDNUMLET
              || wb == UCharacter.WordBreak.SINGLE_QUOTE)
          && next < n
          && wordBreak(text, next) == UCharacter.WordBreak.NUMERIC) {
        k = next;
      } else {
        break;
      }
    }
    if (k < n && text.charAt(k - 1) == '\u200D'
        && UCharacter.hasBinaryProperty(text.codePointAt(k), UProperty.EXTENDED_PICTOGRAPHIC)) {
      return -1; // "30\u200D🍕": a joiner glues the emoji to the digits (WB3c), one segment
    }
    return k < n && !endsNumber(wordBreak(text, k)) ? -1 : k;
  }

  /**
   * The first index at or after {@code k} that is no mark, format character or joiner: UAX #29
   * (rule WB4) reads these as part of the character before them.
   */
  private static int afterAttached(String text, int k) {
    while (k < text.length()) {
      int wb = wordBreak(text, k);
      if (wb != UCharacter.WordBreak.EXTEND
          && wb != UCharacter.WordBreak.FORMAT
          && wb != UCharacter.WordBreak.ZWJ) {
        break;
      }
      k += Character.charCount(text.codePointAt(k));
    }
    return k;
  }

  /**
   * Whether a character of this word-break class, after digits, is outside their segment
   * (UAX #29: letters and the underscore continue a number).
   */
  private static boolean endsNumber(int wb) {
    return wb != UCharacter.WordBreak.ALETTER
        && wb != UCharacter.WordBreak.HEBREW_LETTER
        && wb != UCharacter.WordBreak.KATAKANA
        && wb != UCharacter.WordBreak.EXTENDNUMLET;
  }

  private static int wordBreak(String text, int k) {
    return UCharacter.getIntPropertyValue(text.codePointAt(k), UProperty.WORD_BREAK);
  }

  /**
   * The end of the number that ends at {@code end} with the hyphenated case ending written after
   * its digits: a hyphen and one to three lower-case letters that end the word, as Russian,
   * Ukrainian and Bulgarian write ordinals and decades ("3-й", "14-го", "2-м", "1990-х",
   * "1990-те"); the iterator is moved past them. So the ending never counts as a word ("й", "х");
   * the whole is one number, as in the Universal Dependencies treebanks. Anything else after a
   * hyphen ("20-year-old", "3-D", "5-a-side") stays as it was.
   */
  private int joinOrdinalEnding(String text, int end) {
    int n = text.length();
    if (end + 1 >= n || text.charAt(end) != '-' || !Character.isDigit(text.charAt(end - 1))) {
      return end;
    }
    int k = end + 1;
    while (k < n && k - end <= 4 && Character.isLowerCase(text.charAt(k))) {
      k++;
    }
    int letters = k - end - 1;
    if (letters < 1 || letters > 3 || (k < n && !endsWord(text, k))) {
      return end;
    }
    // UAX #29 breaks on both sides of a hyphen-minus, and a run of letters followed by white
    // space or punctuation (endsWord) is a segment of its own: the next two are "-" and the ending
    if (words.next() != end + 1 || words.next() != k) {
      throw new IllegalStateException("unexpected word boundaries after '-' at " + end);
    }
    return k;
  }

  /**
   * Whether text[k] ends the word whose letters come before it: not a hyphen (a compound goes
   * on), and no word rule of UAX #29 joins it to those letters: its word-break class
   * is Other, a line end or white space (or Double_Quote, which joins Hebrew letters only); or it
   * is a mid-word character (MidLetter, MidNumLet, Single_Quote, MidNum: the period, colon or
   * apostrophe) with no letter or digit after it.
   */
  private static boolean endsWord(String text, int k) {
    int c = text.codePointAt(k);
    if (c <= Character.MAX_VALUE && Token.isJoiningHyphen((char) c)) {
      return false; // a compound goes on: "5-a-side"
    }
    int wb = UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK);
    if (breaksAfterLetters(wb)) {
      return true;
    }
    if (wb == UCharacter.WordBreak.MIDLETTER
        || wb == UCharacter.WordBreak.MIDNUMLET
        || wb == UCharacter.WordBreak.SINGLE_QUOTE
        || wb == UCharacter.WordBreak.MIDNUM) {
      int next = k + Character.charCount(c);
      return next == text.length()
          || breaksAfterLetters(
              UCharacter.getIntPropertyValue(text.codePointAt(next), UProperty.WORD_BREAK));
    }
    return false;
  }

  /** Whether word-break class {@code wb} never joins letters before it (see {@link #endsWord}). */
  private static boolean breaksAfterLetters(int wb) {
    return wb == UCharacter.WordBreak.OTHER
        || wb == UCharacter.WordBreak.CR
        || wb == UCharacter.WordBreak.LF
        || wb == UCharacter.WordBreak.NEWLINE
        || wb == UCharacter.WordBreak.WSEGSPACE
        || wb == UCharacter.WordBreak.DOUBLE_QUOTE;
  }

  /** The index of the apostrophe ending an elided prefix of text[start, end), or -1. */
  private int elision(String text, int start, int end) {
    for (int i = start + 1; i < end - 1 && i - start <= 6; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '\u2019') {
        String prefix = UCharacter.foldCase(text.substring(start, i), true);
        return elisions.contains(prefix)
                && containsLetter(text, i + 1, end)
                && !isLexicalized(text, start, end)
            ? i
            : -1;
      }
    }
    return -1;
  }

  private static boolean containsLetter(String text, int start, int end) {
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      if (cp != 0x0640 && UCharacter.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean containsDigit(String text, int start, int end) {
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      if (UCharacter.isDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Whether the gap text[from, to) between two tokens separates phrases. */
  private static boolean breaksPhrase(String text, int from, int to) {
    if (to - from == 1 && Token.isJoiningHyphen(text.charAt(from))) {
      return false;
    }
    int lineBreaks = 0;
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n' || cp == '\u2028' || cp == '\u0085'
          || cp == '\r' && (i >= to || text.charAt(i) != '\n')) {
        if (++lineBreaks >= 2) {
          return true;
        }
        continue;
      }
      if (cp == '\u2029') {
        return true;
      }
      if (cp < 0x80
          ? isAsciiPunctuation(cp) || isAsciiSymbol(cp)
          : isPunctuation(cp) || isSymbol(cp) && !(i == from + 1 && isMarkOfName(cp))) {
        return true;
      }
    }
    return false;
  }

  /** The ASCII symbols (Sm, Sc, Sk): $ + < = > ^ ` | ~. */
  private static boolean isAsciiSymbol(int cp) {
    return "$+<=>^`|~".indexOf(cp) >= 0;
  }

  /**
   * The signs written right after a name that belong to it (Apple® iPhone, Windows™ 11): glued
   * to the word before them, they do not break its phrase.
   */
  private static boolean isMarkOfName(int cp) {
    return cp == '\u00AE' || cp == '\u2122' || cp == '\u2120' || cp == '\u00A9';
  }

  /**
   * Whether the gap text[from, to) is the apostrophe of an English plural possessive ("the
   * students' union"): an apostrophe right after a word ending in s, then only spaces.
   */
  private static boolean isPossessiveApostrophe(String text, int from, int to) {
    char last = text.charAt(from - 1);
    if (last != 's' && last != 'S' || to - from < 2) {
      return false;
    }
    char c = text.charAt(from);
    if (c != '\'' && c != '\u2019') {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char w = text.charAt(i);
      if (w != ' ' && w != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  private static boolean isSingleQuote(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isAsciiPunctuation(int cp) {
    switch (cp) {
      case '!': case '"': case '#': case '%': case '&': case '\'': case '(': case ')': case '*':
      case ',': case '-': case '.': case '/': case ':': case ';': case '?': case '@': case '[':
      case '\\': case ']': case '_': case '{': case '}':
        return true;
      default:
        return false;
    }
  }

  /** Whether {@code cp} is punctuation (general category P*). */
  public static boolean isPunctuation(int cp) {
    int type = UCharacter.getType(cp);
    return type == UCharacterCategory.DASH_PUNCTUATION
        || type == UCharacterCategory.START_PUNCTUATION
        || type == UCharacterCategory.END_PUNCTUATION
        || type == UCharacterCategory.CONNECTOR_PUNCTUATION
        || type == UCharacterCategory.OTHER_PUNCTUATION
        || type == UCharacterCategory.INITIAL_PUNCTUATION
        || type == UCharacterCategory.FINAL_PUNCTUATION;
  }

  /** Whether {@code cp} is a symbol (general category S*: math, currency, modifier, other). */
  public static boolean isSymbol(int cp) {
    int type = UCharacter.getType(cp);
    return type == UCharacterCategory.MATH_SYMBOL
        || type == UCharacterCategory.CURRENCY_SYMBOL
        || type == UCharacterCategory.MODIFIER_SYMBOL
        || type == UCharacterCategory.OTHER_SYMBOL;
  }
}
