package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The dominant script, found among the scripts met, is the one a scan of every script finds. */
class LanguageDetectorProperties {

  @Provide
  Arbitrary<String> samples() {
    // letters of many scripts (Han and kana counted together), digits, spaces, marks
    Arbitrary<String> piece = Arbitraries.of(
        "a", "Z", "é", "ك", "پ", "Ж", "ї", "α", "א", "ก", "中", "か", "カ", "한", "ა", "Ա", "क", "ক",
        " ", "1", "\u0301", "😀", "ʼ");
    return piece.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void dominantScriptAsScanningAllScripts(@ForAll("samples") String sample) {
    int[] found = LanguageDetector.dominantScripts(sample);
    assertEquals(found[1], found[0], sample);
  }
}
