package dev.kalima.keywords;

import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.Token;
import dev.kalima.analysis.WordTokenizer;
import java.util.ArrayList;
import java.util.List;

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
 *       no space ("real-time", "state-of-the-art"), which stay one phrase.
 * </ol>
 *
 * Not thread-safe (the tokenizer and the sentence breaker own iterators): one per thread.
 */
final class TextParser {

  private final WordTokenizer tokenizer;
  private final TermAnalyzer analyzer;
  private final SentenceBreaks breaks;

  TextParser(WordTokenizer tokenizer, TermAnalyzer analyzer, SentenceBreaks breaks) {
    this.tokenizer = tokenizer;
    this.analyzer = analyzer;
    this.breaks = breaks;
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
          boolean hyphenJoined =
              previous != null
                  && token.start() - previous.end() == 1
                  && isHyphen(paragraph.charAt(previous.end()));
          boolean breakBefore = firstInSentence || token.breakBefore() && !hyphenJoined;
          String key = analyzer.key(token.text());
          words.add(
              new Word(
                  token.text(),
                  key,
                  analyzer.stem(key),
                  analyzer.isStopword(key),
                  token.type() == Token.Type.NUMBER,
                  breakBefore,
                  index,
                  firstInSentence,
                  hyphenJoined ? "-" : " "));
          previous = token;
        }
        sentences.add(new Segment(index, text, first, words.size()));
      }
    }
    return new ParsedText(source, words, sentences);
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
