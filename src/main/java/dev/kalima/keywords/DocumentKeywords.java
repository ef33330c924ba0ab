package dev.kalima.keywords;

import java.util.List;

/**
 * The result for one document.
 *
 * @param source the document's name
 * @param keywords the ranked keywords, best first
 * @param sentences the key sentences in document order (empty unless asked for)
 */
public record DocumentKeywords(String source, List<Keyword> keywords, List<KeySentence> sentences) {

  public DocumentKeywords {
    keywords = List.copyOf(keywords);
    sentences = List.copyOf(sentences);
  }
}
