package dev.kalima.keywords;

import com.ibm.icu.util.ULocale;
import dev.kalima.analysis.PartOfSpeechTagger;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.WordTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts keywords from one document at a time: parse (sentences, words, keys, stems,
 * stopwords), find candidates, score them with the chosen method, drop those scoring 0 or less
 * (not key for the method: outside TextRank's top words, not over-used against the reference),
 * rank the rest ({@link Ranking#ORDER}), drop near-duplicates, keep the top ones and, if asked,
 * pick key sentences.
 *
 * <p>Not thread-safe (it owns a tokenizer and a sentence iterator): use one per thread.
 */
public final class KeywordExtractor {

  private final KeywordOptions options;
  private final TextParser parser;
  private final CandidateExtractor candidates;
  private final CorpusCounts corpus;

  /**
   * @param options what to extract
   * @param analyzer the document language's term analyzer
   * @param corpus document frequencies (for {@link Method#TFIDF}) or reference counts (for {@link
   *     Method#KEYNESS}); ignored by the single-document methods, may be {@code null} for them
   */
  public KeywordExtractor(KeywordOptions options, TermAnalyzer analyzer, CorpusCounts corpus) {
    this(options, analyzer, corpus, new TermCache());
  }

  /**
   * Like {@link #KeywordExtractor(KeywordOptions, TermAnalyzer, CorpusCounts)}, keeping the
   * analyzer's results in a cache that may be shared with the extractors of other threads.
   *
   * @param terms the term cache, shared only by extractors whose analyzers have the same settings
   */
  public KeywordExtractor(
      KeywordOptions options, TermAnalyzer analyzer, CorpusCounts corpus, TermCache terms) {
    this.options = options;
    ULocale locale = new ULocale(analyzer.language());
    this.parser =
        new TextParser(
            new WordTokenizer(locale),
            analyzer,
            SentenceBreaks.shared(analyzer.language()),
            PartOfSpeechTagger.forLanguage(analyzer.language()).orElse(null),
            terms);
    this.candidates =
        new CandidateExtractor(
            options.maxNgram(), analyzer.language(), analyzer::key, analyzer::stem);
    if ((options.method() == Method.TFIDF || options.method() == Method.KEYNESS)
        && corpus == null) {
      throw new IllegalArgumentException(options.method() + " needs corpus counts");
    }
    this.corpus = corpus;
  }

  /** Keywords (and key sentences) of one document, given as its paragraphs in order. */
  public DocumentKeywords extract(String source, List<String> paragraphs) {
    return extract(source, paragraphs, options.top());
  }

  /**
   * Like {@link #extract(String, List)}, but keeps the {@code pool} best keywords (at least the
   * top); the key sentences still cover the top ones. Deduplication keeps a prefix of the ranking,
   * so the first {@code top} keywords are those of {@link #extract(String, List)}.
   */
  public DocumentKeywords extract(String source, List<String> paragraphs, int pool) {
    ParsedText text = parser.parse(source, paragraphs);
    List<Scored> ranked = rank(text, Math.max(pool, options.top()));
    List<Keyword> keywords = new ArrayList<>(ranked.size());
    for (Scored s : ranked) {
      keywords.add(s.keyword());
    }
    List<Scored> top = ranked.subList(0, Math.min(options.top(), ranked.size()));
    return new DocumentKeywords(source, keywords, KeySentences.pick(text, top, options.sentences()));
  }

  /** The counts of one document, to merge into {@link CorpusCounts} for tf-idf or keyness. */
  public CorpusCounts count(String source, List<String> paragraphs) {
    ParsedText text = parser.parse(source, paragraphs);
    return CorpusCounts.of(text, candidates.extract(text));
  }

  List<Scored> rank(ParsedText text) {
    return rank(text, options.top());
  }

  private List<Scored> rank(ParsedText text, int limit) {
    List<Candidate> found = candidates.extract(text);
    double[] scores = score(text, found);
    double[] effects =
        options.method() == Method.KEYNESS ? new Keyness(corpus).logRatios(text, found) : null;
    List<Scored> scored = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      if (scores[i] > 0) {
        scored.add(new Scored(found.get(i), scores[i], effects == null ? null : effects[i]));
      }
    }
    scored.sort(Ranking.SCORED);
    return new Deduplicator(options.dedup()).apply(scored, limit);
  }

  private double[] score(ParsedText text, List<Candidate> found) {
    switch (options.method()) {
      case YAKE:
        return Scores.yakeRelevance(new Yake().score(text, found));
      case YAKEPLUS:
        return new Yake().scorePlus(text, found);
      case TEXTRANK:
        return new TextRank().score(text, found);
      case TFIDF:
        return new TfIdf(corpus).score(found);
      case KEYNESS:
        return new Keyness(corpus).score(text, found);
      default:
        throw new AssertionError(options.method());
    }
  }
}
