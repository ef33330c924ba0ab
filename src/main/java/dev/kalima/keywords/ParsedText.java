package dev.kalima.keywords;

import java.util.List;

/**
 * A text cut into sentences and words, ready for candidate extraction and scoring.
 *
 * @param source the name of the text (file name, "-"), shown in outputs
 * @param words every word and number, in text order
 * @param sentences every sentence, in text order; their word ranges cover {@code words} exactly
 */
record ParsedText(String source, List<Word> words, List<Segment> sentences) {

  ParsedText {
    words = List.copyOf(words);
    sentences = List.copyOf(sentences);
  }

  /** The words of one sentence. */
  List<Word> wordsOf(Segment s) {
    return words.subList(s.firstWord(), s.endWord());
  }
}
