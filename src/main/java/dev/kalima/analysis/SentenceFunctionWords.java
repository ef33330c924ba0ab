package dev.kalima.analysis;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The closed-class words of a language (pronouns, articles, prepositions, conjunctions), case
 * folded: the Snowball stopword lists that ship with Lucene, with kalima's supplements of the
 * closed-class words they miss ({@link Languages#supplement}). The sentence segmenter uses them to
 * tell a capitalized word that starts a sentence ("He", "Il", "Он") from a name after an initial.
 */
final class SentenceFunctionWords {

  private static final Map<String, String> SNOWBALL =
      Map.ofEntries(
          Map.entry("da", "danish"),
          Map.entry("de", "german"),
          Map.entry("en", "english"),
          Map.entry("es", "spanish"),
          Map.entry("fi", "finnish"),
          Map.entry("fr", "french"),
          Map.entry("hu", "hungarian"),
          Map.entry("id", "indonesian"),
          Map.entry("it", "italian"),
          Map.entry("nl", "dutch"),
          Map.entry("no", "norwegian"),
          Map.entry("pt", "portuguese"),
          Map.entry("ru", "russian"),
          Map.entry("sv", "swedish"));

  private SentenceFunctionWords() {}

  /** The folded function words of an ISO 639-1 language; empty when Lucene has no list. */
  static Set<String> forLanguage(String language) {
    String name = SNOWBALL.get(language);
    if (name == null) {
      return Set.of();
    }
    Set<String> words = new HashSet<>(Languages.snowballWords(name + "_stop.txt"));
    words.addAll(Languages.supplement(language));
    return Set.copyOf(words);
  }
}
