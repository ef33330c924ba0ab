package dev.kalima.keywords;

import com.ibm.icu.util.ULocale;
import dev.kalima.analysis.NormalizationOptions;
import dev.kalima.analysis.PartOfSpeechTagger;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.WordTokenizer;
import java.util.List;
import java.util.Set;

/** Test helpers: parse small texts and list their candidates. */
final class Texts {

  private Texts() {}

  static TermAnalyzer english() {
    return TermAnalyzer.create(
        "en", NormalizationOptions.DEFAULT, Set.of("the", "of", "and", "a", "in", "to", "on", "again", "today", "later"), false);
  }

  static ParsedText parse(String text) {
    return parse(english(), text);
  }

  static ParsedText parse(TermAnalyzer analyzer, String... paragraphs) {
    ULocale locale = new ULocale(analyzer.language());
    return new TextParser(new WordTokenizer(locale), analyzer, SentenceBreaks.shared(analyzer.language()))
        .parse("t", List.of(paragraphs));
  }

  /**
   * The candidate keys (up to three words) of a text in {@code language}, read with that
   * language's own stopwords, normalization and light stems as {@link KeywordExtractor} reads
   * them, in order of first occurrence.
   */
  static List<String> candidateKeys(String language, String text) {
    TermAnalyzer analyzer =
        TermAnalyzer.create(language, NormalizationOptions.DEFAULT, Set.of(), true);
    return candidateKeys(language, analyzer, parse(analyzer, text));
  }

  /**
   * As {@link #candidateKeys(String, String)}, with the words tagged by the language's
   * part-of-speech model, as {@link KeywordExtractor} tags them (English, French).
   */
  static List<String> taggedCandidateKeys(String language, String text) {
    TermAnalyzer analyzer =
        TermAnalyzer.create(language, NormalizationOptions.DEFAULT, Set.of(), true);
    ParsedText parsed =
        new TextParser(
                new WordTokenizer(new ULocale(language)),
                analyzer,
                SentenceBreaks.shared(language),
                PartOfSpeechTagger.forLanguage(language).orElseThrow())
            .parse("t", List.of(text));
    return candidateKeys(language, analyzer, parsed);
  }

  private static List<String> candidateKeys(
      String language, TermAnalyzer analyzer, ParsedText parsed) {
    return new CandidateExtractor(3, language, analyzer::key, analyzer::stem)
        .extract(parsed)
        .stream()
        .map(Candidate::key)
        .toList();
  }
}
