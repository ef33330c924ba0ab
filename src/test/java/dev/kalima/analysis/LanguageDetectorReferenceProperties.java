package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The detector gives the language {@link ReferenceLanguageDetector} (the implementation before the
 * single-pass tally and the allocation-free stopword lookup) gives, on random mixed-script text and
 * on real text.
 */
class LanguageDetectorReferenceProperties {

  private final LanguageDetector detector = new LanguageDetector();
  private final ReferenceLanguageDetector reference = new ReferenceLanguageDetector();

  private void assertSame(CharSequence sample) {
    assertEquals(reference.detect(sample), detector.detect(sample), sample.toString());
  }

  /** Stopwords of several lists in several cases, look-alikes, apostrophes, marks, specials. */
  private static final String[] WORDS = {
    "the", "The", "THE", "of", "and", "And", "is", "it's", "it’s", "don't", "don’t", "o'", "'s",
    "le", "la", "les", "été", "Été", "et", "ne", "pas", "qu'il", "l’on", "der", "die", "und", "für",
    "über", "el", "los", "y", "que", "por", "een", "het", "och", "att", "og", "ja", "ve", "bir",
    "ben", "Ben", "yang", "dan", "și", "és", "a", "az", "že", "ir", "un", "agus", "i", "na",
    "hello", "news", "Straße", "STRASSE", "ﬁle", "Ǆ", "ǅ", "İstanbul", "ıi", "K", "K",
    "и", "в", "не", "на", "что", "И", "Что", "је", "да", "съм", "ще", "ы", "э", "ё", "ў", "є", "ї",
    "ѓ", "ќ", "ђ", "ћ", "Київ", "और", "के", "है", "छ", "गर्न", "ł", "ż", "ś", "ư", "ơ",
    "في", "من", "على", "قال", "ك", "ي", "ة", "پ", "چ", "ی", "ک", "ە", "ێ", "ٹ", "ے", "ټ", "ښ",
    "αλλά", "και", "中文", "ひらがな", "カタカナ", "한국어", "ქართ", "Հայ", "שלום", "ไทย", "বাংলা",
    "e\u0301te\u0301", "a\u0308", "\u0301", "x\u200Dy", "ab\u00ADc", "😀", "𝐀𝐁", "\uD800", "\uDC00",
    "123", "٢٠٢٥", "'", "’", "''", "a'", "'a", "a''b", "a'’b", "Mc'Donald's"
  };

  private static final String[] SEPARATORS = {
    " ", " ", " ", "\n", ", ", ". ", "-", "'", "’", "", "\t", "«", "1"
  };

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(WORDS),
            Arbitraries.of(SEPARATORS),
            Arbitraries.strings().withCharRange('\u0000', '\u07ff').ofMaxLength(4),
            Arbitraries.strings().all().ofMaxLength(3));
    return piece.list().ofMaxSize(80).map(l -> String.join("", l));
  }

  @Property(tries = 5000)
  void sameLanguageAsTheReference(@ForAll("texts") String text) {
    assertSame(text);
    assertSame(new StringBuilder(text));
  }

  /** Texts of more than {@link LanguageDetector#MAX_WORDS} words: the same cut. */
  @Provide
  Arbitrary<String> longTexts() {
    Arbitrary<String> word = Arbitraries.of(WORDS);
    Arbitrary<String> sep = Arbitraries.of(SEPARATORS);
    return Arbitraries.integers().between(3900, 4200).flatMap(
        n -> word.list().ofSize(n).flatMap(
            ws -> sep.list().ofSize(n).map(ss -> {
              StringBuilder b = new StringBuilder();
              for (int i = 0; i < n; i++) {
                b.append(ws.get(i)).append(ss.get(i));
              }
              return b.toString();
            })));
  }

  @Property(tries = 100)
  void sameLanguageAsTheReferenceOnLongTexts(@ForAll("longTexts") String text) {
    assertSame(text);
  }

  /**
   * Real text: the examples, the seed article, the UD raw texts when present, and up to 3,000
   * files of the benchmark corpus when present; each file whole, each line, and windows of lines
   * up to 4,000 chars as the document runner samples them.
   */
  @Example
  void sameLanguageAsTheReferenceOnRealText() throws IOException {
    List<Path> files = new ArrayList<>();
    addFiles(files, Path.of("examples"), Integer.MAX_VALUE);
    addFiles(files, Path.of("../shared/seed"), Integer.MAX_VALUE);
    addFiles(files, Path.of("/work/shared/seed"), Integer.MAX_VALUE);
    for (String ud : List.of("en_ewt-dev.txt", "fr_gsd-dev.txt", "ru_gsd-dev.txt")) {
      Path p = Path.of("/work/shared/eval/ud", ud);
      if (Files.isRegularFile(p)) {
        files.add(p);
      }
    }
    addFiles(files, Path.of("/tmp/bench/corpus/articles"), 3000);
    int checked = 0;
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertSame(text);
      String[] lines = text.split("\n", -1);
      StringBuilder window = new StringBuilder();
      for (String line : lines) {
        assertSame(line);
        window.append(line, 0, Math.min(line.length(), 4000)).append('\n');
        if (window.length() >= 4000) {
          assertSame(window);
          window.setLength(0);
        }
      }
      assertSame(window);
      checked++;
    }
    assertEquals(files.size(), checked);
  }

  private static void addFiles(List<Path> files, Path dir, int max) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).sorted().limit(max).forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
