package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceInitialNamesTest {

  /** Words "surface/TAG"; a leading "|" marks the first word of a sentence. */
  private static List<Word> words(String... specs) {
    List<Word> out = new ArrayList<>();
    int sentence = -1;
    for (String spec : specs) {
      boolean first = spec.startsWith("|");
      String[] p = (first ? spec.substring(1) : spec).split("/");
      if (first) {
        sentence++;
      }
      String key = p[0].toLowerCase(Locale.ROOT);
      boolean stop = key.equals("the") || key.equals("in");
      out.add(new Word(p[0], key, key, stop, false, first, sentence, first, " ", p[1]));
    }
    return out;
  }

  private static List<String> tags(List<Word> w) {
    return w.stream().map(Word::pos).toList();
  }

  @Test
  void aSentenceInitialWordSeenCapitalizedMidSentenceAndNeverLowerIsAProperNoun() {
    // "Stieg wrote it. Readers love Stieg." -> the first Stieg is the name seen mid-sentence
    List<Word> w =
        words("|Stieg/ADV", "wrote/VERB", "it/PRON", "|Readers/NOUN", "love/VERB", "Stieg/PROPN");
    SentenceInitialNames.retag(w);
    assertEquals(List.of("PROPN", "VERB", "PRON", "NOUN", "VERB", "PROPN"), tags(w));
  }

  @Test
  void aWordAlsoWrittenInLowerCaseIsLeftAlone() {
    // "Growth slowed. Analysts expect growth." -> "growth" is a common noun
    List<Word> w =
        words("|Growth/ADV", "slowed/VERB", "|Analysts/NOUN", "expect/VERB", "Growth/PROPN", "growth/NOUN");
    SentenceInitialNames.retag(w);
    assertEquals("ADV", w.get(0).pos());
  }

  @Test
  void aWordCapitalizedOnlyAtSentenceStartsIsLeftAlone() {
    // no mid-sentence evidence: both capitals are forced by position
    List<Word> w = words("|Yesterday/ADV", "rain/NOUN", "|Yesterday/ADV", "snow/NOUN");
    SentenceInitialNames.retag(w);
    assertEquals(List.of("ADV", "NOUN", "ADV", "NOUN"), tags(w));
  }

  @Test
  void stopwordsUntaggedAndMidSentenceWordsAreLeftAlone() {
    List<Word> w = words("|The/DET", "talks/NOUN", "in/ADP", "The/DET", "|Madrid/VERB", "won/VERB");
    SentenceInitialNames.retag(w);
    assertEquals(List.of("DET", "NOUN", "ADP", "DET", "VERB", "VERB"), tags(w));
    List<Word> untagged =
        new ArrayList<>(List.of(w.get(4).withPos(null), w.get(0).withPos(null)));
    SentenceInitialNames.retag(untagged);
    assertEquals(null, untagged.get(0).pos());
  }
}
