package dev.kalima.analysis;

import java.util.function.IntUnaryOperator;

/** Builds the per-char class tables the scanners index with a UTF-16 code unit. */
final class CharClasses {

  private CharClasses() {}

  /**
   * A table of 0x10000 entries: entry c is {@code classify.applyAsInt(c)} cast to a byte, for
   * every UTF-16 code unit c (surrogates included: the classifier decides what they get).
   */
  static byte[] table(IntUnaryOperator classify) {
    byte[] table = new byte[0x10000];
    for (int c = 0; c < 0x10000; c++) {
      table[c] = (byte) classify.applyAsInt(c);
    }
    return table;
  }
}
