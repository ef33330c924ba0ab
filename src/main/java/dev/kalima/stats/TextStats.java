package dev.kalima.stats;

import java.util.Map;
import java.util.Objects;

/**
 * Mergeable sentence, vocabulary and readability counts of a text.
 *
 * <p>Everything is a sum, a histogram, a term-count map or a {@link MovingTtr}, so {@link #merge}
 * is associative, {@link #empty} is neutral, and merging the statistics of documents in input
 * order gives exactly the statistics of their concatenation (paragraphs and sentences never cross
 * document boundaries, and MATTR windows run across them as in one text). Derived figures (means,
 * ratios, readability) are computed from the merged counts, never averaged.
 *
 * @param language ISO 639-1 code of the text; {@code null} when it mixes languages (then the
 *     language-specific formulas do not apply); a text without words takes no part in the mix
 * @param paragraphs paragraphs
 * @param lengths sentence lengths in words (gives sentences, words, median, ...)
 * @param letters letters in words (marks such as Arabic harakat are not letters)
 * @param longWords words of more than 6 letters (LIX, RIX, long_words)
 * @param syllables English only: estimated syllables ({@link EnglishSyllables}); 0 otherwise
 * @param polysyllables English only: words of 3 syllables or more
 * @param scriptWords English and Arabic only: words written in the language's script (Latin,
 *     Arabic), which the syllable counts are made for ({@link #readableAs})
 * @param osman Arabic only: OSMAN counts; {@link OsmanCounts#EMPTY} otherwise
 * @param terms normalized word → occurrences (types, hapax)
 * @param mattr moving-average TTR over the normalized words
 */
public record TextStats(
    String language,
    long paragraphs,
    SentenceLengths lengths,
    long letters,
    long longWords,
    long syllables,
    long polysyllables,
    long scriptWords,
    OsmanCounts osman,
    Map<String, Long> terms,
    MovingTtr mattr) {

  /** The word counts OSMAN needs (El-Haj and Rayson 2016); all sums. */
  public record OsmanCounts(long hardWords, long syllables, long complexWords, long faseehWords) {
    public static final OsmanCounts EMPTY = new OsmanCounts(0, 0, 0, 0);

    public OsmanCounts merge(OsmanCounts o) {
      return new OsmanCounts(
          hardWords + o.hardWords,
          syllables + o.syllables,
          complexWords + o.complexWords,
          faseehWords + o.faseehWords);
    }
  }

  /** The language marker of an empty value: merges with any language. */
  public static final String ANY = "";

  public TextStats {
    Objects.requireNonNull(lengths, "lengths");
    Objects.requireNonNull(osman, "osman");
    Objects.requireNonNull(mattr, "mattr");
    terms = TermTable.of(Objects.requireNonNull(terms, "terms")); // immutable; taken as it is
  }

  /** The statistics of nothing: neutral for {@link #merge}. */
  public static TextStats empty(int window) {
    return new TextStats(ANY, 0, SentenceLengths.EMPTY, 0, 0, 0, 0, 0, OsmanCounts.EMPTY, Map.of(), MovingTtr.empty(window));
  }

  /** The statistics of this text followed by {@code other}. */
  public TextStats merge(TextStats other) {
    TermTotals sum = new TermTotals();
    sum.addAll(terms);
    sum.addAll(other.terms);
    return new TextStats(
        mergeLanguage(language, words(), other.language, other.words()),
        paragraphs + other.paragraphs,
        lengths.merge(other.lengths),
        letters + other.letters,
        longWords + other.longWords,
        syllables + other.syllables,
        polysyllables + other.polysyllables,
        scriptWords + other.scriptWords,
        osman.merge(other.osman),
        sum.toTable(),
        mattr.merge(other.mattr));
  }

  /**
   * Merges many statistics in order without copying the term map at every step: {@code
   * add(a).add(b).result()} equals {@code a.merge(b)}. Mutable; one thread.
   */
  public static final class Accumulator {
    private String language = ANY;
    private long paragraphs;
    private SentenceLengths lengths = SentenceLengths.EMPTY;
    private long letters;
    private long longWords;
    private long syllables;
    private long polysyllables;
    private long scriptWords;
    private OsmanCounts osman = OsmanCounts.EMPTY;
    private final TermTotals terms = new TermTotals();
    /**
     * The term table of the only statistics added so far, kept as it is (not summed into {@link
     * #terms}) until a second one comes: one document's table then needs no copy.
     */
    private Map<String, Long> sole;
    private MovingTtr mattr;

    public Accumulator(int window) {
      this.mattr = MovingTtr.empty(window);
    }

    /** Appends {@code s} after everything added so far. */
    public Accumulator add(TextStats s) {
      language = mergeLanguage(language, lengths.words(), s.language, s.words());
      paragraphs += s.paragraphs;
      lengths = lengths.merge(s.lengths);
      letters += s.letters;
      longWords += s.longWords;
      syllables += s.syllables;
      polysyllables += s.polysyllables;
      scriptWords += s.scriptWords;
      osman = osman.merge(s.osman);
      if (sole == null && terms.size() == 0) {
        sole = s.terms;
      } else {
        if (sole != null) {
          terms.addAll(sole);
          sole = null;
        }
        terms.addAll(s.terms);
      }
      mattr = mattr.merge(s.mattr);
      return this;
    }

    public TextStats result() {
      return new TextStats(
          language,
          paragraphs,
          lengths,
          letters,
          longWords,
          syllables,
          polysyllables,
          scriptWords,
          osman,
          sole != null ? sole : terms.toTable(),
          mattr);
    }
  }

  /**
   * The language of text {@code a} (of {@code aWords} words) followed by text {@code b}: the
   * language of the one with words when the other has none (an empty file's undetermined
   * language does not make a mix), else as {@link #mergeLanguage(String, String)}. Associative,
   * and {@link #ANY} with no words is neutral.
   */
  private static String mergeLanguage(String a, long aWords, String b, long bWords) {
    if (aWords > 0 && bWords == 0) {
      return a;
    }
    if (aWords == 0 && bWords > 0) {
      return b;
    }
    return mergeLanguage(a, b);
  }

  private static String mergeLanguage(String a, String b) {
    if (ANY.equals(a)) {
      return b;
    }
    if (ANY.equals(b)) {
      return a;
    }
    return Objects.equals(a, b) ? a : null;
  }

  public long sentences() {
    return lengths.sentences();
  }

  public long words() {
    return lengths.words();
  }

  /** Distinct normalized words. */
  public long types() {
    return terms.size();
  }

  /** Normalized words seen exactly once. */
  public long hapax() {
    return TermTable.of(terms).hapax(); // terms is a TermTable: counted once, when it was made
  }

  /** True when the text is in {@code code} (and not a mix of languages). */
  public boolean isLanguage(String code) {
    return code.equals(language);
  }

  /**
   * True when the text is in language {@code code} and most of its words are written in that
   * language's script ({@link #scriptWords}): the readability formulas made for the language
   * then apply. Arabic text read with {@code --lang en} is not English for them.
   */
  public boolean readableAs(String code) {
    return isLanguage(code) && 2 * scriptWords > words();
  }
}
