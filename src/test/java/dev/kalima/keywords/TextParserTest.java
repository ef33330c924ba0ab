package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ibm.icu.util.ULocale;
import dev.kalima.analysis.PartOfSpeechTagger;
import dev.kalima.analysis.WordTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextParserTest {

  private static ParsedText tagged(String... paragraphs) {
    return new TextParser(
            new WordTokenizer(new ULocale("en")),
            Texts.english(),
            SentenceBreaks.shared("en"),
            PartOfSpeechTagger.forLanguage("en").orElseThrow())
        .parse("t", List.of(paragraphs));
  }

  private static String pos(ParsedText text, String surface) {
    return text.words().stream().filter(w -> w.surface().equals(surface)).findFirst().orElseThrow().pos();
  }

  @Test
  void punctuationOfAGapComesAsTreebankTokens() {
    String s = "a, b ... c \"d\" -- e (f) $5 — g  h";
    assertArrayEquals(new String[] {","}, TextParser.punctuation(s, 1, 3));
    assertArrayEquals(new String[] {"..."}, TextParser.punctuation(s, 4, 9));
    assertArrayEquals(new String[] {"\"", "--"}, TextParser.punctuation(s, 13, 18));
    assertArrayEquals(new String[] {")", "$"}, TextParser.punctuation(s, 22, 25));
    assertArrayEquals(new String[] {"—"}, TextParser.punctuation(s, 26, 29));
    assertNull(TextParser.punctuation(s, 30, 32), "white space alone is no token");
  }

  @Test
  void theTaggerReadsTheSentenceWithItsPunctuation() {
    // without its final period the model tags the last word of this sentence ADP
    assertEquals("NOUN", pos(tagged("The plan faced opposition."), "opposition"));
  }

  @Test
  void anAbbreviationKeepsItsPeriodForTheTagger() {
    // read as "Sen . Tom Coburn" the period ends a sentence there, and Coburn is tagged VERB
    ParsedText t = tagged("He met Gov. Chris Gregoire and Sen. Tom Coburn on Monday.");
    assertEquals(1, t.sentences().size(), "the premise: one sentence");
    assertEquals("PROPN", pos(t, "Coburn"));
    // an ellipsis is no abbreviation period: "..." stays one token after the word
    assertEquals("NOUN", pos(tagged("The plan... faced opposition."), "plan"));
  }

  @Test
  void aNamesPossessiveTheModelMisreadIsAProperNoun() {
    // the model tags "Obama's" VERB here (ADV at the start of a sentence)
    ParsedText t = tagged("President Barack Obama's health care plan faced opposition.", "Obama's advisers met.");
    assertEquals(
        List.of("PROPN+PART", "PROPN+PART"),
        t.words().stream().filter(w -> w.surface().equals("Obama's")).map(Word::pos).toList());
    // a contraction of a stopword stays as tagged
    assertEquals("PRON+AUX", pos(tagged("It's late."), "It's"));
  }
}
