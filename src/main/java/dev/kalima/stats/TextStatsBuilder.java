package dev.kalima.stats;

import com.ibm.icu.lang.UCharacter;
import dev.kalima.analysis.SentenceSegmenter;
import dev.kalima.analysis.SentenceSpan;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.Token;
import dev.kalima.analysis.WordTokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link TextStats} of one document, paragraph by paragraph.
 *
 * <ul>
 *   <li>each paragraph is split into sentences by the {@link SentenceSegmenter};
 *   <li>the words of a sentence are the {@link Token.Type#WORD} tokens of the {@link
 *       WordTokenizer} that lie inside it (numbers are not words here);
 *   <li>a word's letters are its code points that are letters (harakat and other marks are not);
 *   <li>a word counts under its normalized key ({@link TermAnalyzer#key}) for types, hapax and
 *       MATTR;
 *   <li>for English, syllables come from {@link EnglishSyllables}; for Arabic, OSMAN's counts
 *       from {@link ArabicSyllables}: hard words (more than 5 letters), weighted syllables,
 *       complex words (more than 4 weighted syllables) and faseeh words (complex words with ء ئ ؤ
 *       ذ ظ, or ending in وا or ون).
 * </ul>
 *
 * Not thread-safe: one builder per document and thread.
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
  private final WordTokenizer tokenizer;
  private final TermAnalyzer analyzer;
  private final String language;

  private long paragraphs;
  private final TreeMap<Integer, Long> lengths = new TreeMap<>();
  private long letters;
  private long longWords;
  private long syllables;
  private long polysyllables;
  private long hard;
  private long osmanSyllables;
  private long complex;
  private long faseeh;
  private final Map<String, Long> terms = new HashMap<>();
  private final MovingTtr.Builder mattr;

  /**
   * @param language ISO 639-1 code of the document (selects the syllable rules)
   * @param window MATTR window in words
   */
  public TextStatsBuilder(
      SentenceSegmenter segmenter, WordTokenizer tokenizer, TermAnalyzer analyzer, String language, int window) {
    this.segmenter = segmenter;
    this.tokenizer = tokenizer;
    this.analyzer = analyzer;
    this.language = language;
    this.mattr = new MovingTtr.Builder(window);
  }

  /**
   * Adds one paragraph (or one piece of a long paragraph) and returns its sentences.
   *
   * @param startsParagraph false for a piece that continues the previous one (counted once)
   */
  public List<Sentence> accept(String text, boolean startsParagraph) {
    if (startsParagraph) {
      paragraphs++;
    }
    List<SentenceSpan> spans = segmenter.segment(text);
    List<Token> tokens = tokenizer.tokenize(text);
    List<Sentence> out = new ArrayList<>(spans.size());
    int t = 0;
    for (SentenceSpan span : spans) {
      int words = 0;
      int sentenceLetters = 0;
      for (; t < tokens.size() && tokens.get(t).start() < span.end(); t++) {
        Token token = tokens.get(t);
        if (token.type() != Token.Type.WORD || token.start() < span.start()) {
          continue;
        }
        words++;
        sentenceLetters += word(token.text());
      }
      lengths.merge(words, 1L, Long::sum);
      out.add(new Sentence(span, words, sentenceLetters));
    }
    return out;
  }

  /** Counts one word; returns its letters. */
  private int word(String surface) {
    int n = 0;
    for (int i = 0; i < surface.length(); ) {
      int cp = surface.codePointAt(i);
      if (UCharacter.isLetter(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    letters += n;
    if (n > 6) {
      longWords++;
    }
    String key = analyzer.key(surface);
    terms.merge(key, 1L, Long::sum);
    mattr.add(key);
    if ("en".equals(language)) {
      int s = EnglishSyllables.count(surface);
      syllables += s;
      if (s >= 3) {
        polysyllables++;
      }
    } else if ("ar".equals(language)) {
      if (n > 5) {
        hard++;
      }
      int s = ArabicSyllables.count(surface).weighted();
      osmanSyllables += s;
      if (s > 4) {
        complex++;
        if (isFaseeh(surface)) {
          faseeh++;
        }
      }
    }
    return n;
  }

  private static boolean isFaseeh(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == 'ء' || c == 'ئ' || c == 'ؤ' || c == 'ذ' || c == 'ظ') {
        return true;
      }
    }
    String bare = word.replaceAll("[\\u064B-\\u0652\\u0640]", "");
    return bare.endsWith("وا") || bare.endsWith("ون");
  }

  /** The statistics of everything accepted so far. */
  public TextStats finish() {
    return new TextStats(
        language,
        paragraphs,
        SentenceLengths.of(lengths),
        letters,
        longWords,
        syllables,
        polysyllables,
        new TextStats.OsmanCounts(hard, osmanSyllables, complex, faseeh),
        terms,
        mattr.build());
  }
}
