package dev.kalima.keywords;

import com.ibm.icu.lang.UCharacter;
import dev.kalima.analysis.PartOfSpeechTagger;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.Token;
import dev.kalima.analysis.WordTokenizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Turns paragraphs into a {@link ParsedText}, using the shared tokenizer and term analyzer:
 *
 * <ol>
 *   <li>each paragraph is cut into sentences ({@link SentenceBreaks}); a sentence never spans two
 *       paragraphs;
 *   <li>each paragraph is tokenized once with {@link WordTokenizer}; each token goes to the
 *       sentence its start offset falls in;
 *   <li>each token gets its normalized key, its light stem and its stopword flag from {@link
 *       TermAnalyzer}; the words of a paragraph's dateline ({@link Datelines}: "WASHINGTON
 *       (Reuters) - ") are stopwords too, so that no phrase opens or closes on them;
 *   <li>a phrase break is set before the first word of every sentence and wherever the tokenizer
 *       set {@link Token#breakBefore()}, except between two words joined by a single hyphen with
 *       no space ("real-time", "state-of-the-art"), which stay one phrase;
 *   <li>when a part-of-speech tagger is given, the words of each sentence get their tags (the
 *       tagger reads them with the sentence's punctuation, see {@link #tag}), and a
 *       sentence-initial proper noun the tagger missed is retagged PROPN ({@link
 *       SentenceInitialNames}); a noun written with the possessive 's that the tagger left
 *       unsplit gets the possessive tag ({@link CandidateExtractor#possessiveTag}).
 * </ol>
 *
 * The key, stem and stopword flag of each distinct surface form are computed once and kept in a
 * {@link TermCache}, the parser's own or one shared with the parsers of other threads. Not
 * thread-safe (the tokenizer, the sentence breaker and the stemmer own state): one per thread.
 */
final class TextParser {

  private final WordTokenizer tokenizer;
  private final TermAnalyzer analyzer;
  private final SentenceBreaks breaks;
  private final PartOfSpeechTagger tagger;
  /** Surface form -> {key, stem, stopword flag}: normalizing and stemming are the costly steps. */
  private final TermCache terms;

  /** Size of {@link #recent}, a power of two. */
  private static final int RECENT = 4096;

  /**
   * The terms this parser looked up last, by surface hash (one per slot, the last one wins): the
   * frequent words of a language hit here, in this thread's own small table, instead of in the
   * large table shared by the threads.
   */
  private final TermCache.Term[] recent = new TermCache.Term[RECENT];

  TextParser(WordTokenizer tokenizer, TermAnalyzer analyzer, SentenceBreaks breaks) {
    this(tokenizer, analyzer, breaks, null, new TermCache());
  }

  /**
   * @param tagger tags the words of each sentence; {@code null} leaves {@link Word#pos()} null
   */
  TextParser(
      WordTokenizer tokenizer,
      TermAnalyzer analyzer,
      SentenceBreaks breaks,
      PartOfSpeechTagger tagger) {
    this(tokenizer, analyzer, breaks, tagger, new TermCache());
  }

  /**
   * @param tagger tags the words of each sentence; {@code null} leaves {@link Word#pos()} null
   * @param terms the cache of the analyzer's results, used only with analyzers of the same
   *     settings
   */
  TextParser(
      WordTokenizer tokenizer,
      TermAnalyzer analyzer,
      SentenceBreaks breaks,
      PartOfSpeechTagger tagger,
      TermCache terms) {
    this.tokenizer = tokenizer;
    this.analyzer = analyzer;
    this.breaks = breaks;
    this.tagger = tagger;
    this.terms = terms;
  }

  TermAnalyzer analyzer() {
    return analyzer;
  }

  /** Parses paragraphs given in document order. */
  ParsedText parse(String source, List<String> paragraphs) {
    List<Word> words = new ArrayList<>();
    List<Segment> sentences = new ArrayList<>();
    // for the tagger only: the punctuation before each word (index in words) and at the end of
    // each sentence (index in sentences), as tokens; null where there is none
    List<String[]> punctuationBefore = tagger == null ? null : new ArrayList<>();
    List<String[]> punctuationAfter = tagger == null ? null : new ArrayList<>();
    // words written with a period that does not end their sentence ("Rep.", "U.S."): the treebank
    // keeps such a period on its word, and a lone "." there reads as a sentence end
    BitSet abbreviated = new BitSet();
    Set<String> repeated = RepeatedLines.of(paragraphs);
    for (String paragraph : paragraphs) {
      List<Token> tokens = tokenizer.tokenize(paragraph);
      List<Integer> starts = breaks.starts(paragraph);
      int dateline = Datelines.end(paragraph);
      // the running heads and feet of pages: their words are skipped, their sentences kept (the
      // sentence numbers stay those of `kalima sentences --each`)
      int[] skip = RepeatedLines.ranges(paragraph, repeated);
      int r = 0;
      boolean skipped = false;
      int t = 0;
      for (int s = 0; s < starts.size(); s++) {
        int from = starts.get(s);
        int to = s + 1 < starts.size() ? starts.get(s + 1) : paragraph.length();
        String text = paragraph.substring(from, to).strip();
        if (text.isEmpty()) {
          continue;
        }
        int index = sentences.size();
        int first = words.size();
        Token previous = null;
        while (t < tokens.size() && tokens.get(t).start() < to) {
          Token token = tokens.get(t++);
          while (r < skip.length && skip[r + 1] <= token.start()) {
            r += 2;
          }
          if (r < skip.length && skip[r] <= token.start()) {
            previous = token;
            skipped = true;
            continue;
          }
          if (punctuationBefore != null) {
            int gap = previous == null ? from : previous.end();
            if (previous != null
                && !skipped
                && paragraph.charAt(gap) == '.'
                && (gap + 1 >= token.start() || paragraph.charAt(gap + 1) != '.')) {
              abbreviated.set(words.size() - 1);
              gap++;
            }
            punctuationBefore.add(punctuation(paragraph, gap, token.start()));
          }
          boolean firstInSentence = words.size() == first;
          boolean hyphenJoined = Token.hyphenJoined(paragraph, previous, token);
          boolean breakBefore = firstInSentence || skipped || token.breakBefore() && !hyphenJoined;
          skipped = false;
          TermCache.Term term = term(token.text());
          words.add(
              new Word(
                  term.surface(),
                  term.key(),
                  term.stem(),
                  term.stopword() || token.start() < dateline,
                  token.type() == Token.Type.NUMBER,
                  breakBefore,
                  index,
                  firstInSentence,
                  hyphenJoined ? "-" : " ",
                  null));
          previous = token;
        }
        if (punctuationAfter != null) {
          punctuationAfter.add(
              previous == null ? null : punctuation(paragraph, previous.end(), to));
        }
        sentences.add(new Segment(index, text, first, words.size()));
      }
    }
    if (tagger != null) {
      Set<String> lowerCase = TitleCase.lowerCaseKeys(words);
      for (Segment s : sentences) {
        if (s.endWord() > s.firstWord()) {
          tag(
              words.subList(s.firstWord(), s.endWord()),
              lowerCase,
              punctuationBefore.subList(s.firstWord(), s.endWord()),
              punctuationAfter.get(s.index()),
              abbreviated.get(s.firstWord(), s.endWord()));
        }
      }
      SentenceInitialNames.retag(words);
    }
    return new ParsedText(source, words, sentences);
  }

  /**
   * Sets the part-of-speech tag of each word of one sentence, in place. The tagger reads the
   * sentence with its punctuation, as the treebank it was trained on has it ("faced opposition ."
   * tags opposition NOUN, "faced opposition" without the period ADP), a period inside the
   * sentence on the word it follows ("Rep.", {@code abbreviated}); the punctuation's own tags are
   * dropped.
   */
  private void tag(
      List<Word> sentence,
      Set<String> lowerCase,
      List<String[]> before,
      String[] after,
      BitSet abbreviated) {
    List<String> surfaces = TitleCase.taggerInput(sentence, lowerCase);
    List<String> input = new ArrayList<>(surfaces.size() + 4);
    int[] at = new int[surfaces.size()];
    for (int i = 0; i < surfaces.size(); i++) {
      String[] marks = before.get(i);
      if (marks != null) {
        Collections.addAll(input, marks);
      }
      at[i] = input.size();
      input.add(abbreviated.get(i) ? surfaces.get(i) + "." : surfaces.get(i));
    }
    if (after != null) {
      Collections.addAll(input, after);
    }
    String[] tags = tagger.tag(input);
    for (int i = 0; i < at.length; i++) {
      Word w = sentence.get(i);
      String tag = CandidateExtractor.possessiveTag(tags[at[i]], w.surface(), this::isName);
      sentence.set(i, w.withPos(tag));
    }
  }

  /**
   * Whether a surface form is capitalized and, without a final 's, no stopword ("Obama's", not
   * "It's").
   */
  private boolean isName(String s) {
    return !s.isEmpty()
        && UCharacter.isUUppercase(s.codePointAt(0))
        && !analyzer.isStopword(analyzer.key(CandidateExtractor.withoutPossessive(s)));
  }

  /**
   * The punctuation and symbols in {@code text[from, to)} (a gap between words) as the tokens a
   * treebank has: each mark alone, a run of one repeated mark ("...", "--", "!!") as one; white
   * space and anything else dropped. {@code null} when there is none (most gaps are a space).
   */
  static String[] punctuation(String text, int from, int to) {
    List<String> out = null;
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isMark(cp)) {
        while (next < to && text.codePointAt(next) == cp) {
          next += Character.charCount(cp);
        }
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(text.substring(i, next));
      }
      i = next;
    }
    return out == null ? null : out.toArray(new String[0]);
  }

  private static boolean isMark(int cp) {
    return WordTokenizer.isPunctuation(cp) || WordTokenizer.isSymbol(cp);
  }


  /**
   * The analysis of a surface form, from the cache (whose surface instance the word takes): first
   * from this parser's {@link #recent} terms, then from the shared {@link TermCache}, else
   * computed and put in both.
   */
  private TermCache.Term term(String surface) {
    int h = surface.hashCode();
    int slot = (h ^ (h >>> 16)) & (RECENT - 1);
    TermCache.Term t = recent[slot];
    if (t != null && t.surface().equals(surface)) {
      return t;
    }
    t = terms.get(surface);
    if (t == null) {
      String key = analyzer.key(surface);
      t = new TermCache.Term(surface, key, analyzer.stem(key), analyzer.isStopword(surface, key));
      terms.put(t);
    }
    recent[slot] = t;
    return t;
  }
}
