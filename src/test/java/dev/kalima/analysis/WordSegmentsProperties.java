package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** The fast path of {@link WordSegments} gives exactly ICU's words and numbers. */
class WordSegmentsProperties {

  private static final List<String> LOCALES =
      List.of("und", "en", "fr", "ar", "ru", "el", "sv", "fi", "he", "it", "ca", "tr", "th", "ja");

  /** Characters around which ICU's word rules do something other than break. */
  private static final String TRICKY =
      "'’‘ʼ.:·;,\"״׳-‐‑_@/\\&%$#…。、\u00AD\u200B\u200C\u200D\u2060\uFEFF\u202B\u200F\u0301\u0308"
          + "\u064E\u0651\u0670\u0640\u0654\u06D6 \u00A0\u2009\u3000\t\n\r\u2028\u2029\u0085"
          + "0123456789٠١٢۳۴߀१०١٬٫²½Ⅻ①"
          + "אבג שלום ابجد ﻻ\uFEFB\uFE8D ΣάΐϊЁёйЙ ԱաႠა ßİıI ǅ ªº ﬁ Ꞵ"
          + "中文かなカナーｶﾅ한국ไทยລາວខ្មែរမြန် ꦗꦮ"
          + "👨\u200D👩🍕❤\uFE0F🇫🇷👍🏽☺#️⃣ \uD83D \uDC00";

  private static final String PLAIN = "abcdefXYZéàçñøœæ كتابالعربيةوبالتعاونى абвгдЖЩ αβγΩ ";

  @Provide
  Arbitrary<String> tricky() {
    Arbitrary<String> trickyChar =
        Arbitraries.of(TRICKY.codePoints().mapToObj(Character::toString).toList());
    Arbitrary<String> plainRun =
        Arbitraries.of(PLAIN.codePoints().mapToObj(Character::toString).toList())
            .list()
            .ofMinSize(1)
            .ofMaxSize(6)
            .map(l -> String.join("", l));
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, plainRun),
        net.jqwik.api.Tuple.of(2, trickyChar),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(3)));
    return piece.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void trickyTextGivesIcuTokens(@ForAll("tricky") String text) {
    assertSameAsIcu(text);
  }

  /**
   * Pieces the fast path now takes without ICU, mixed densely with their near misses: digit runs
   * of three scripts with . , ' ’ ٫ ٬ : separators, hyphens and underscores, letters with
   * harakat, accents, tatweel, ZWJ/ZWNJ, apostrophes and periods inside words, Hebrew and
   * Katakana neighbours.
   */
  @Provide
  Arbitrary<String> wordsAndNumbers() {
    String chars = "0123456789٠١٢٣۴۵९" // ASCII, Arabic-Indic, Extended Arabic-Indic, Devanagari
        + ".,'’‘:;·٫٬،؛-‐_/ \u00A0\n"
        + "\u064B\u064E\u064F\u0650\u0651\u0652\u0670\u0301\u0308\uFE0F\u0640\u200C\u200D\u00AD"
        + "abUSéكتبالمиЖαש\"カ١🍕";
    List<String> units = new ArrayList<>(chars.codePoints().mapToObj(Character::toString).toList());
    units.addAll(List.of("U.S.", "don't", "l'homme", "it’s", "25-year-old", "3.5", "1,000", "2,500.75",
        "١٬٠٠٠", "٣٫٥", "عَرَبِيّ", "كتـــاب", "مُحَمَّدٌ", "A4", "4x4", "1'000", "e.g.", "5:30", "24/7",
        "1.2.3", "a.b.c", "ab'", "'ab", ".5", "5.", "co-op", "ab_cd", "12_34"));
    return Arbitraries.of(units).list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void wordsAndNumbersGiveIcuTokens(@ForAll("wordsAndNumbers") String text) {
    assertSameAsIcu(text);
  }

  @Example
  void numbersMarksAndInnerPunctuationGiveIcuTokens() {
    assertSameAsIcu("In 2024, 3.5% of 1,000 U.S. voters (25-year-old don't) paid $2,500.75 at 5:30.");
    assertSameAsIcu("عامَ ٢٠٢٤ بلغ ١٬٠٠٠ و٣٫٥ مُحَمَّدٌ كتـــاب، ۱۴۰۳ l'homme it’s.");
    assertSameAsIcu("1,000,000 1.2.3 1'000 1,a a,1 a.1 1.a 5's x.5 .5 5. 12_34 a_1 ab-12 4x4");
    assertSameAsIcu("٫ ٫٥ ٥٫ ٣٫٥٫٢ ٣٫٫٥ ١٬٠٠٠٫٥ ٣٬٫ a٫ ٫a");
  }

  @Property(tries = 1000)
  void anyTextGivesIcuTokens(@ForAll @StringLength(max = 60) String text) {
    assertSameAsIcu(text);
  }

  @Example
  void exampleFilesGiveIcuTokens() throws IOException {
    for (String name : List.of("ar-news.txt", "en-news.txt", "fr-news.txt", "ru-news.txt")) {
      String text = Files.readString(Path.of("examples", name), StandardCharsets.UTF_8);
      assertSameAsIcu(text);
      for (String paragraph : text.split("\n\n")) {
        assertSameAsIcu(paragraph);
      }
    }
  }

  @Example
  void plainRunsNeedNoIcu() {
    assertTrue(WordSegments.isPlainRun("Hello"));
    assertTrue(WordSegments.isPlainRun("وبالتعاون"));
    assertTrue(WordSegments.isPlainRun("Привет"));
    assertFalse(WordSegments.isPlainRun("don't"), "apostrophe");
    assertFalse(WordSegments.isPlainRun("A4"), "digit");
    assertFalse(WordSegments.isPlainRun("e\u0301"), "combining mark");
    assertFalse(WordSegments.isPlainRun("كتـاب"), "tatweel");
    assertFalse(WordSegments.isPlainRun("می\u200Cخواهم"), "ZWNJ");
    assertFalse(WordSegments.isPlainRun("中文"), "dictionary script");
    assertFalse(WordSegments.isPlainRun("שלום"), "Hebrew letters have their own quote rules");
  }

  @Example
  void sentenceEndsAndQuotesStayOnTheFastPath() {
    assertSameAsIcu("He said \"no.\" Then: 'yes'... (U.S., e.g. don't) l'homme — فقال: «نعم».");
  }

  private static void assertSameAsIcu(String text) {
    for (String lang : LOCALES) {
      ULocale locale = Languages.locale(lang);
      assertEquals(
          wordSegments(new WordSegments(locale, false), text),
          wordSegments(new WordSegments(locale, true), text),
          () -> lang + " segments of " + escape(text));
      List<Token> reference = new WordTokenizer(locale, false).tokenize(text);
      assertEquals(
          reference,
          new WordTokenizer(locale, true).tokenize(text),
          () -> lang + " tokens of " + escape(text));
      assertEquals(
          scanned(reference),
          scanned(new WordTokenizer(locale, true), text),
          () -> lang + " scanned tokens of " + escape(text));
    }
  }

  /** start:end:type of each token (what {@link WordTokenizer#scan} gives). */
  private static List<String> scanned(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens) {
      out.add(t.start() + ":" + t.end() + ":" + t.type());
    }
    return out;
  }

  private static List<String> scanned(WordTokenizer tokenizer, String text) {
    List<String> out = new ArrayList<>();
    tokenizer.scan(text, (s, start, end, number) -> {
      assertTrue(s == text, "ranges of the scanned text");
      out.add(start + ":" + end + ":" + (number ? Token.Type.NUMBER : Token.Type.WORD));
    });
    return out;
  }

  /** start:end:status of every segment with word or number status, in order. */
  private static List<String> wordSegments(WordSegments segments, String text) {
    List<String> out = new ArrayList<>();
    segments.setText(text);
    int start = segments.first();
    int previous = 0;
    for (int end = segments.next(); end != BreakIterator.DONE; start = end, end = segments.next()) {
      assertTrue(end > start, "boundaries advance");
      assertEquals(previous, start, "segments are contiguous");
      previous = end;
      if (segments.wasPlainRun()) {
        assertTrue(startsWithLetter(text.substring(start, end)), "a plain run starts with a letter");
        assertEquals(BreakIterator.WORD_LETTER, segments.getRuleStatus(), "a plain run is a word");
      }
      if (segments.getRuleStatus() >= BreakIterator.WORD_NUMBER) {
        out.add(start + ":" + end + ":" + segments.getRuleStatus());
      }
    }
    assertEquals(text.length(), previous, "segments cover the text");
    return out;
  }

  private static boolean startsWithLetter(String s) {
    int cp = s.isEmpty() ? -1 : s.codePointAt(0);
    return cp >= 0 && cp != 0x0640 && com.ibm.icu.lang.UCharacter.isLetter(cp);
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp < 0x80 && cp >= 0x20) {
        b.appendCodePoint(cp);
      } else {
        b.append(String.format(java.util.Locale.ROOT, "\\u{%X}", cp));
      }
    });
    return b.toString();
  }
}
