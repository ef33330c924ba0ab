package dev.kalima.keywords;

import dev.kalima.analysis.PartOfSpeechTagger;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.Token;
import dev.kalima.analysis.WordTokenizer;
import java.util.ArrayList;
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
 *       TermAnalyzer};
 *   <li>a phrase break is set before the first word of every sentence and wherever the tokenizer
 *       set {@link Token#breakBefore()}, except between two words joined by a single hyphen with
 *       no space ("real-time", "state-of-the-art"), which stay one phrase;
 *   <li>when a part-of-speech tagger is given, the words of each sentence get their tags, and a
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
    for (String paragraph : paragraphs) {
      List<Token> tokens = tokenizer.tokenize(paragraph);
      List<Integer> starts = breaks.starts(paragraph);
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
          boolean firstInSentence = words.size() == first;
          boolean hyphenJoined = Token.hyphenJoined(paragraph, previous, token);
          boolean breakBefore = firstInSentence || token.breakBefore() && !hyphenJoined;
          TermCache.Term term = term(token.text());
          words.add(
              new Word(
                  term.surface(),
                  term.key(),
                  term.stem(),
                  term.stopword(),
                  token.type() == Token.Type.NUMBER,
                  breakBefore,
                  index,
                  firstInSentence,
                  hyphenJoined ? "-" : " ",
                  null));
          previous = token;
        }
        sentences.add(new Segment(index, text, first, words.size()));
      }
    }
    if (tagger != null) {
      Set<String> lowerCase = TitleCase.lowerCaseKeys(words);
      for (Segment s : sentences) {
        if (s.endWord() > s.firstWord()) {
          tag(words.subList(s.firstWord(), s.endWord()), lowerCase);
        }
      }
      SentenceInitialNames.retag(words);
    }
    return new ParsedText(source, words, sentences);
  }

  /** Sets the part-of-speech tag of each word of one sentence, in place. */
  private void tag(List<Word> sentence, Set<String> lowerCase) {
    List<String> surfaces = TitleCase.taggerInput(sentence, lowerCase);
    String[] tags = tagger.tag(surfaces);
    for (int i = 0; i < tags.length; i++) {
      String tag = CandidateExtractor.possessiveTag(tags[i], sentence.get(i).surface());
      sentence.set(i, sentence.get(i).withPos(tag));
    }
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
      t = new TermCache.Term(surface, key, analyzer.stem(key), analyzer.isStopword(key));
      terms.put(t);
    }
    recent[slot] = t;
    return t;
  }
}
