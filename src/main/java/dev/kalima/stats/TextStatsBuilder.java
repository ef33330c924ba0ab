package dev.kalima.stats;

import dev.kalima.analysis.Languages;
import dev.kalima.analysis.SentenceSegmenter;
import dev.kalima.analysis.SentenceSpan;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.Token;
import dev.kalima.analysis.WordSpans;
import dev.kalima.analysis.WordTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Builds the {@link TextStats} of one document, paragraph by paragraph.
 *
 * <ul>
 *   <li>each paragraph is split into sentences by the {@link SentenceSegmenter};
 *   <li>the words of a sentence are the {@link Token.Type#WORD} tokens of the {@link
 *       WordTokenizer} that lie inside it (numbers are not words here);
 *   <li>a segment without words (a "* * *" or "-----" section break, a line of emoji, numbers or
 *       punctuation) is not counted as a sentence: such lines would pull the sentence lengths
 *       towards 0 and add to the sentences of the readability formulas; {@link #accept} still
 *       returns them, with 0 words, and their paragraph still counts as one;
 *   <li>a word's letters are its code points that are letters (harakat and other marks are not);
 *   <li>a word counts under its normalized key ({@link TermAnalyzer#key}) for types, hapax and
 *       MATTR;
 *   <li>for English, syllables come from {@link EnglishSyllables}; for Arabic, OSMAN's counts
 *       from {@link ArabicSyllables}: hard words (more than 5 letters), weighted syllables,
 *       complex words (more than 4 weighted syllables) and faseeh words (complex words with ء ئ ؤ
 *       ذ ظ, or ending in وا or ون).
 * </ul>
 *
 * <p>What is computed per distinct form (letters, key, syllables) comes from a {@link WordForms}
 * cache, and the words are found as offsets ({@link WordSpans}), so a word seen before allocates
 * nothing.
 *
 * <p>Not thread-safe: one builder per document (or chunk) and thread; a {@link WordForms} serves
 * one builder at a time (creating a builder ends the previous one's use of it).
 */
public final class TextStatsBuilder {

  /**
   * One sentence as found: its span in the paragraph, its words and its letters.
   *
   * @param span offsets into the paragraph text
   * @param words word tokens inside it
   * @param letters letters of those words
   */
  public record Sentence(SentenceSpan span, int words, int letters) {}

  private final SentenceSegmenter segmenter;
  private final WordSpans words;
  private final WordForms forms;
  private final String language;
  private final int epoch;

  /** The paragraph's chars (reused). */
  private char[] chars = new char[1024];
  private long paragraphs;
  private long[] lengths = new long[64];
  private long letters;
  private long longWords;
  private long syllables;
  private long polysyllables;
  private long scriptWords;
  private long hard;
  private long osmanSyllables;
  private long complex;
  private long faseeh;
  /** The term ids this builder counted, in order of first use. */
  private int[] terms = new int[256];
  private int termCount;

  /** Tokens the MATTR ring and head hold at first. */
  private static final int INITIAL_RING = 64;

  // MATTR, as MovingTtr.Builder but counting in the word forms' terms (no hashing)
  private final int window;
  /**
   * The terms of the last {@code window} tokens; the next one goes to {@link #slot}. Grown as
   * tokens come (a window larger than the text costs no more than the text).
   */
  private int[] ring;
  private int slot;
  /** The terms of the first {@code window - 1} tokens: [0, headSize); grown as they come. */
  private int[] head;
  private int headSize;
  private long tokens;
  private long windows;
  private long distinctSum;
  private int distinct;

  /**
   * A builder with its own segmenter-independent caches (for one-off use and tests).
   *
   * @param language ISO 639-1 code of the document (selects the syllable rules)
   * @param window MATTR window in words
   */
  public TextStatsBuilder(SentenceSegmenter segmenter, TermAnalyzer analyzer, String language, int window) {
    this(segmenter, new WordSpans(Languages.locale(language)), new WordForms(analyzer, language), window);
  }

  /**
   * @param words finds the words (one per thread and language)
   * @param forms the per-thread cache of the document's language (gives the language)
   * @param window MATTR window in words
   */
  public TextStatsBuilder(SentenceSegmenter segmenter, WordSpans words, WordForms forms, int window) {
    MovingTtr.empty(window); // checks the window
    this.segmenter = segmenter;
    this.words = words;
    this.forms = forms;
    this.language = forms.language();
    this.window = window;
    this.ring = new int[Math.min(window, INITIAL_RING)];
    this.head = new int[Math.min(window - 1, INITIAL_RING)];
    this.epoch = forms.begin();
  }

  /**
   * Adds one paragraph (or one piece of a long paragraph) and returns its sentences, those without
   * words included (with 0 words; they are not counted, see above).
   *
   * @param startsParagraph false for a piece that continues the previous one (counted once)
   * @throws IllegalStateException when a later builder has taken over this one's {@link WordForms}
   */
  public List<Sentence> accept(String text, boolean startsParagraph) {
    checkOwner();
    if (startsParagraph) {
      paragraphs++;
    }
    List<SentenceSpan> spans = segmenter.segment(text);
    WordSpans w = words;
    w.scan(text);
    if (chars.length < text.length()) {
      chars = new char[Math.max(text.length(), chars.length * 2)];
    }
    text.getChars(0, text.length(), chars, 0);
    int count = w.size();
    List<Sentence> out = new ArrayList<>(spans.size());
    int t = 0;
    for (SentenceSpan span : spans) {
      int inSentence = 0;
      int sentenceLetters = 0;
      for (; t < count && w.start(t) < span.end(); t++) {
        if (w.start(t) < span.start()) {
          continue;
        }
        inSentence++;
        sentenceLetters += word(forms.form(chars, w.start(t), w.end(t)));
      }
      if (inSentence > 0) {
        if (inSentence >= lengths.length) {
          lengths = Arrays.copyOf(lengths, Math.max(inSentence + 1, lengths.length * 2));
        }
        lengths[inSentence]++;
      }
      out.add(new Sentence(span, inSentence, sentenceLetters));
    }
    return out;
  }

  /** Counts one word (a form id); returns its letters. */
  private int word(int form) {
    WordForms f = forms;
    f.use(form);
    int n = f.letters(form);
    letters += n;
    if (n > 6) {
      longWords++;
    }
    int term = f.term(form);
    if (f.count(term)) {
      if (termCount == terms.length) {
        terms = Arrays.copyOf(terms, termCount * 2);
      }
      terms[termCount++] = term;
    }
    mattr(term);
    if (f.inScript(form)) {
      scriptWords++;
    }
    if (f.english()) {
      int s = f.syllables(form);
      syllables += s;
      if (s >= 3) {
        polysyllables++;
      }
    } else if (f.arabic()) {
      if (n > 5) {
        hard++;
      }
      int s = f.osmanSyllables(form);
      osmanSyllables += s;
      if (s > 4) {
        complex++;
        if (f.faseeh(form)) {
          faseeh++;
        }
      }
    }
    return n;
  }

  /** Appends one token to the MATTR windows (as {@link MovingTtr.Builder#add}). */
  private void mattr(int term) {
    if (headSize < window - 1) {
      if (headSize == head.length) {
        head = Arrays.copyOf(head, (int) Math.min(window - 1, 2L * head.length));
      }
      head[headSize++] = term;
    }
    int slot = this.slot;
    if (slot == ring.length) { // only while the first window fills
      ring = Arrays.copyOf(ring, (int) Math.min(window, 2L * ring.length));
    }
    this.slot = slot + 1 == window ? 0 : slot + 1;
    if (tokens >= window) {
      if (forms.window(ring[slot], -1) == 0) {
        distinct--;
      }
    }
    ring[slot] = term;
    if (forms.window(term, 1) == 1) {
      distinct++;
    }
    tokens++;
    if (tokens >= window) {
      windows++;
      distinctSum += distinct;
    }
  }

  private void checkOwner() {
    if (forms.epoch() != epoch) {
      throw new IllegalStateException("a later builder uses these word forms");
    }
  }

  /**
   * The statistics of everything accepted so far.
   *
   * @throws IllegalStateException when a later builder has taken over this one's {@link WordForms}
   */
  public TextStats finish() {
    checkOwner();
    String[] keys = new String[termCount];
    long[] counts = new long[termCount];
    for (int i = 0; i < termCount; i++) {
      keys[i] = forms.key(terms[i]);
      counts[i] = forms.countOf(terms[i]);
    }
    TreeMap<Integer, Long> histogram = new TreeMap<>();
    for (int i = 0; i < lengths.length; i++) {
      if (lengths[i] > 0) {
        histogram.put(i, lengths[i]);
      }
    }
    return new TextStats(
        language,
        paragraphs,
        SentenceLengths.of(histogram),
        letters,
        longWords,
        syllables,
        polysyllables,
        scriptWords,
        new TextStats.OsmanCounts(hard, osmanSyllables, complex, faseeh),
        TermTable.own(keys, counts, termCount),
        mattr());
  }

  private MovingTtr mattr() {
    if (tokens == 0) {
      return MovingTtr.empty(window);
    }
    int keep = (int) Math.min(window - 1, tokens);
    List<String> tail = new ArrayList<>(keep);
    for (long i = tokens - keep; i < tokens; i++) {
      tail.add(forms.key(ring[(int) (i % window)]));
    }
    List<String> first = new ArrayList<>(headSize);
    for (int i = 0; i < headSize; i++) {
      first.add(forms.key(head[i]));
    }
    return MovingTtr.of(window, tokens, windows, distinctSum, first, tail);
  }
}
