package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SentenceSegmenter} with its shortcuts (one line segmented in place, the quick checks
 * noted while flattening) gives the sentences its plain steps give.
 */
class SentenceSegmenterFastPathProperties {

  private static final List<String> LANGUAGES = List.of("en", "ar", "fr", "ru", "el");

  /** Texts built from what the rules look at: terminators, dashes, URLs, line breaks... */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "a", "word", "The", "He", "Il", "Он", "он", "قال", "في", "Z", "é", " ", " ", "  ", "\n",
            "\n", "\r\n", "\r", "\u2028", "\u0085", "\u2029", "\t", "\u000B", "\f", "\u00A0", ".",
            ". ", "!", "?", "…", "؟", "。", ",", ":", ";", "-", "--", "–", "—", " - ", ". - ",
            ". — ", "? -", "*", "***", "=====", "-----", ":-)", ";)", "8)", "(", ")", "»", "«", "”",
            "\"", "'", "www", "WwW", "wWw.", "ww.", "w", "W", "@", "a@b.co", "http", "://",
            "https://x.org/a.b", "1", "12", "3.5", "1.", "2)", "08/16/2000 12:05 PM", "Regards,",
            "Mr.", "Dr.", "U.S.", "e.g.", "J.", "г.", "St.", "\u064E", "\u200D", "𝐀", "😀", "o", "^",
            "D", "P", "p", "]", "[", "/", "|", "8", "=", "_", "__", "~", "~~", "#", "##", "**", "----",
            ":o)", "=]", ";-(", "x.𝐀", "a!É", "end.The", "\uD835", "\uDC00");
    return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void theShortcutsGiveThePlainSentences(@ForAll("texts") String text) {
    check(text);
  }

  @Example
  void textsTheShortcutsAreFor() {
    for (String text :
        List.of(
            "One line. Two words.", "see www.example.org now. Then", "Mail a@b.co. Yes.",
            "He left. - Where? - Home.", "He left.\n- Where?", "end. -- Posted by", "ok :-) yes", "8o|", "x ***** y", "a.\uD835\uDC00", "A\r\nB. C",
            "Title\nBody text here. More.", "",
            "Go to https://a.b/c. Then mail x.y@z.org, or WWW.Q.COM! And a@b.c,d@e.fr www. x.",
            "foo,https://x.y/z.Next a@b. ftp://x y@ z@w.co.uk. Done.", "wwww.x.y. Z@ @a.bc. Www.Q")) {
      check(text);
    }
  }

  /**
   * Real text: every paragraph and every line of the example articles (Arabic, English, French,
   * Russian), segmented with and without the shortcuts, in every language and line mode.
   */
  @Example
  void realTextGivesThePlainSentences() throws IOException {
    for (String name : List.of("ar-news.txt", "en-news.txt", "fr-news.txt", "ru-news.txt")) {
      String text = Files.readString(Path.of("examples", name), StandardCharsets.UTF_8);
      for (String paragraph : text.split("\n\\s*\n")) {
        check(paragraph);
        for (String line : paragraph.split("\n")) {
          check(line);
        }
      }
    }
  }

  /** Segmenters, plain and fast, for each language and line mode (reused: they keep no text). */
  private final Map<String, SentenceSegmenter> segmenters = new HashMap<>();

  private void check(String text) {
    for (String lang : LANGUAGES) {
      for (boolean lines : new boolean[] {false, true}) {
        List<SentenceSpan> plain = segmenter(lang, lines, false).segment(text);
        List<SentenceSpan> fast = segmenter(lang, lines, true).segment(text);
        assertEquals(plain, fast, lang + " " + lines + " " + text);
      }
    }
  }

  private SentenceSegmenter segmenter(String lang, boolean lines, boolean fast) {
    return segmenters.computeIfAbsent(
        lang + lines + fast, k -> new SentenceSegmenter(lang, lines, fast));
  }
}
