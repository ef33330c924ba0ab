package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokenizer bugs found by the property tests of issue 6, named after what they reproduce. */
class TokenizerRegressionTest {

  @Test
  void arabicDecimalSeparatorAloneIsNotANumber() {
    // ICU gives U+066B and U+066C the word-break class Numeric, so alone they came out as a
    // NUMBER token without a digit, counted in the total but never shown (percents below 100)
    List<Token> tokens = new WordTokenizer().tokenize("٫ 〱 ٬ ٣٫٥");
    assertEquals(List.of("〱", "٣٫٥"), tokens.stream().map(Token::text).toList());
    assertEquals(Token.Type.NUMBER, tokens.get(1).type());
  }
}
