package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The quick checks that let the segmenter skip a pattern are necessary conditions: whenever the
 * pattern matches somewhere in a text, the check is true for it.
 */
class SentenceSegmenterPrecheckProperties {

  private record Check(Pattern pattern, Predicate<String> may) {}

  private static final List<Check> CHECKS =
      List.of(
          new Check(SentenceSegmenter.PROTECTED, SentenceSegmenter::mayBeProtected),
          new Check(SentenceSegmenter.EMOTICON, SentenceSegmenter::mayBeEmoticon),
          new Check(SentenceSegmenter.MISSING_SPACE, SentenceSegmenter::mayMissSpace),
          new Check(SentenceSegmenter.SEPARATOR, SentenceSegmenter::maySeparate),
          new Check(SentenceSegmenter.DASH_AFTER_END, s -> SentenceSegmenter.hasAny(s, "-–—")),
          new Check(SentenceSegmenter.VALEDICTION, SentenceSegmenter::mayBeValediction),
          new Check(SentenceSegmenter.TIMESTAMP, SentenceSegmenter::mayBeTimestamp));

  /** Texts built from the pieces the patterns look for, so that they often match. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "a", "b", "Z", "é", "ب", " ", "\n", "\t", ".", "!", "?", "…", "؟", ",", ":", ";", "=", "8",
            "-", "–", "—", "o", "^", "'", ")", "(", "D", "P", "p", "]", "[", "/", "|", "*", "_", "~",
            "#", "@", "www", "WwW", "http", "ftp", "://", "1", "12", "2025", "Regards", "sincerely",
            "Cheers", "Truly", "Respectfully", "PM", "a.m.", "Anna", "the", "𝐀");
    return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void aPatternMatchesOnlyWhenItsCheckAllows(@ForAll("texts") String text) {
    for (Check c : CHECKS) {
      if (c.pattern().matcher(text).find()) {
        assertTrue(c.may().test(text), c.pattern() + " matches " + text);
      }
    }
  }

  @Example
  void theChecksAllowTheTextsThePatternsAreFor() {
    for (String s :
        List.of("see www.example.org now", "mail a@b.co", "ok :-) yes", "end.The", "***", "-----",
            "done. - next", "Best regards, Anna", "08/16/2000 12:05 PM")) {
      boolean any = false;
      for (Check c : CHECKS) {
        any |= c.pattern().matcher(s).find() && c.may().test(s);
      }
      assertTrue(any, s);
    }
  }
}
