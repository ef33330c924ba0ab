package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepeatedLinesTest {

  private static final String HEAD = "PUBLIC ACCESS INTERWORKING";

  @Test
  void aLineOfTwoWordsOrMoreSeenThreeTimesIsRepeated() {
    List<String> paragraphs =
        List.of(
            HEAD + "\nWireless networks grow.",
            "  " + HEAD + "  \nAbstract\nAccess points cost.",
            "Roaming works.\n" + HEAD,
            "Abstract\nAbstract\nTwice seen\nTwice seen");
    // one word (Abstract) or two occurrences (Twice seen) are left alone
    assertEquals(Set.of(HEAD), RepeatedLines.of(paragraphs));
    assertArrayEquals(
        new int[] {0, HEAD.length()}, RepeatedLines.ranges(paragraphs.get(0), Set.of(HEAD)));
    String third = paragraphs.get(2);
    assertArrayEquals(
        new int[] {third.indexOf(HEAD), third.length()}, RepeatedLines.ranges(third, Set.of(HEAD)));
  }

  @Test
  void theWordsOfARepeatedLineAreSkippedAndItsSentencesKept() {
    List<String> paragraphs =
        List.of(
            HEAD + "\nWireless networks grow.",
            HEAD + "\nAccess points cost money.",
            HEAD + "\nRoaming works.");
    ParsedText t =
        new TextParser(
                new dev.kalima.analysis.WordTokenizer(new com.ibm.icu.util.ULocale("en")),
                Texts.english(),
                SentenceBreaks.shared("en"))
            .parse("t", paragraphs);
    List<String> words = t.words().stream().map(Word::key).toList();
    assertFalse(words.contains("interworking"), words.toString());
    assertTrue(words.contains("access"), words.toString()); // in the text itself
    assertEquals(1, words.stream().filter("access"::equals).count(), words.toString());
    // the sentences are those of the same text with heads that differ (and so are kept)
    ParsedText distinct =
        new TextParser(
                new dev.kalima.analysis.WordTokenizer(new com.ibm.icu.util.ULocale("en")),
                Texts.english(),
                SentenceBreaks.shared("en"))
            .parse(
                "t",
                List.of(
                    HEAD + " ONE\nWireless networks grow.",
                    HEAD + " TWO\nAccess points cost money.",
                    HEAD + " SIX\nRoaming works."));
    assertEquals(distinct.sentences().size(), t.sentences().size());
    assertTrue(distinct.words().size() > t.words().size());
    // the word after a skipped line opens its phrase
    Word wireless = t.words().get(0);
    assertEquals("wireless", wireless.key());
    assertTrue(wireless.breakBefore());
  }
}
