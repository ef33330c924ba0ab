package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** "Analyze this text, expect these terms": one-line assertions for the analysis tests. */
final class TermAssertions {

  private TermAssertions() {}

  /** The tokens' surface forms, in order. */
  static void assertTokens(String lang, String text, String... expected) {
    List<String> actual = new ArrayList<>();
    for (Token t : new WordTokenizer(Languages.locale(lang)).tokenize(text)) {
      actual.add(t.text());
    }
    assertEquals(List.of(expected), actual, "tokens of: " + text);
  }

  /** The tokens' keys (default normalization), in order. */
  static void assertTerms(String lang, String text, String... expected) {
    TermAnalyzer analyzer = TermAnalyzer.create(lang, NormalizationOptions.DEFAULT, Set.of(), false);
    List<String> actual = new ArrayList<>();
    for (Token t : new WordTokenizer(Languages.locale(lang)).tokenize(text)) {
      actual.add(analyzer.key(t.text()));
    }
    assertEquals(List.of(expected), actual, "terms of: " + text);
  }

  /** The tokens' stems (default normalization, stemming on), in order. */
  static void assertStems(String lang, String text, String... expected) {
    TermAnalyzer analyzer = TermAnalyzer.create(lang, NormalizationOptions.DEFAULT, Set.of(), true);
    List<String> actual = new ArrayList<>();
    for (Token t : new WordTokenizer(Languages.locale(lang)).tokenize(text)) {
      actual.add(analyzer.stem(analyzer.key(t.text())));
    }
    assertEquals(List.of(expected), actual, "stems of: " + text);
  }

  /**
   * The tokens with their phrase breaks: surface forms joined by spaces, "|" before each token
   * (but the first) whose breakBefore is set. "Hi, you" gives "Hi | you".
   */
  static void assertPhrases(String lang, String text, String expected) {
    StringBuilder sb = new StringBuilder();
    for (Token t : new WordTokenizer(Languages.locale(lang)).tokenize(text)) {
      if (sb.length() > 0) {
        sb.append(t.breakBefore() ? " | " : " ");
      }
      sb.append(t.text());
    }
    assertEquals(expected, sb.toString(), "phrases of: " + text);
  }

  /** The tokens' types, in order, "W" for word and "N" for number, joined by spaces. */
  static void assertTypes(String text, String expected) {
    StringBuilder sb = new StringBuilder();
    for (Token t : new WordTokenizer().tokenize(text)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.text()).append('/').append(t.type() == Token.Type.WORD ? 'W' : 'N');
    }
    assertEquals(expected, sb.toString(), "types of: " + text);
  }
}
