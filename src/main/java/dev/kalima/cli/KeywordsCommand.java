package dev.kalima.cli;

import static dev.kalima.cli.Specs.option;

import dev.kalima.analysis.PartOfSpeechTagger;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.io.Paragraph;
import dev.kalima.io.Source;
import dev.kalima.keywords.CorpusCounts;
import dev.kalima.keywords.CorpusKeywords;
import dev.kalima.keywords.DocumentKeywords;
import dev.kalima.keywords.KeywordExtractor;
import dev.kalima.keywords.KeywordOptions;
import dev.kalima.keywords.KeywordWindows;
import dev.kalima.keywords.KeywordsReport;
import dev.kalima.keywords.Method;
import dev.kalima.keywords.TermCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code kalima keywords}: keywords, keyphrases and key sentences. */
final class KeywordsCommand implements Callable<Integer> {

  KalimaCommand parent;

  CommandSpec spec;

  final InputOptions input = new InputOptions();
  final AnalysisOptions analysis = new AnalysisOptions();
  final OutputOptions output = new OutputOptions();
  final CommonOptions common = new CommonOptions();

  int top;
  int maxNgram;
  Method method;
  double dedup;
  boolean corpus;
  Path idfFrom;
  Path reference;
  int sentences;

  KeywordsCommand(KalimaCommand parent) {
    this.parent = parent;
  }

  /** The command's model: its help texts and options, bound to the fields above. */
  CommandSpec spec() {
    spec = Specs.subcommand(
        this,
        "keywords",
        "Keywords, keyphrases and key sentences.",
        "Ranks the keywords and keyphrases (1 to --max-ngram words that start and end with a content word and cross no punctuation) of each input, or of all inputs together with --corpus. Each phrase is shown in its most frequent written form. Methods: yakeplus (default: YAKE! term features with frequency-aware phrase scoring), yake (as published), textrank, tfidf (needs several inputs or --idf-from), keyness (needs --reference). Scores are higher-is-better; see docs/keywords.md for the formulas. Stopwords never start or end a phrase (--stopwords adds your own) and words are grouped by light stem.",
        "Keywords",
        List.of(
            "  kalima keywords article.txt",
            "  kalima keywords --sentences 3 article.txt",
            "  kalima keywords --corpus --top 30 news/",
            "  kalima keywords --method keyness --reference background/ news/today.txt"),
        input,
        analysis,
        output,
        common);
    Converters.Positive positive = new Converters.Positive();
    spec.addOption(
        option(this, "top", "-n", "--top")
            .paramLabel("N")
            .defaultValue("10")
            .converters(positive)
            .description("Keep the N best keywords per input (or for the corpus). Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        option(this, "maxNgram", "--max-ngram")
            .paramLabel("N")
            .defaultValue("3")
            .converters(positive)
            .description("Longest keyphrase, in words. Default: ${DEFAULT-VALUE}.")
            .build());
    MethodConverter methods = new MethodConverter();
    spec.addOption(
        option(this, "method", "--method")
            .paramLabel("METHOD")
            .defaultValue("yakeplus")
            .converters(methods)
            .completionCandidates(methods)
            .description("Scoring: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        option(this, "dedup", "--dedup")
            .paramLabel("T")
            .defaultValue("1.0")
            .converters(new Converters.Fraction())
            .description(
                "Near-duplicate threshold from 0 (off: every phrase is kept, in score order) to 1: a phrase with the same light stems as a better one is dropped; one that contains a better one, or is contained in it, is dropped when its score is at least T times the better score; a phrase found only inside a better one comes last. Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        option(this, "corpus", "--corpus")
            .description("One ranked list for all inputs together, with a docs column.")
            .build());
    spec.addOption(
        option(this, "idfFrom", "--idf-from")
            .paramLabel("DIR")
            .description("tfidf: take document frequencies from the files of DIR instead of the inputs.")
            .build());
    spec.addOption(
        option(this, "reference", "--reference")
            .paramLabel("DIR")
            .description("keyness: the reference corpus (files of DIR) the inputs are compared with.")
            .build());
    spec.addOption(
        option(this, "sentences", "--sentences")
            .paramLabel("K")
            .defaultValue("0")
            .converters(new Converters.NonNegative())
            .description(
                "Instead of the keywords, print the K sentences of each input that best cover its top keywords, in document order (file, index, text); only sentences holding a top keyword are picked. 0 (the default): the keywords.")
            .build());
    return Specs.standardHelpOptions(spec);
  }

  /** Method names in lower case. */
  static final class MethodConverter extends Converters.LowerEnum<Method> {
    MethodConverter() {
      super(Method.class);
    }
  }

  @Override
  public Integer call() throws IOException {
    RunContext context = parent.context();
    context.configure(common.debug(), common.quiet());
    KeywordOptions options = options();
    if (sentences > 0 && corpus) {
      throw usage("--sentences picks sentences per input; it cannot be combined with --corpus");
    }
    if (analysis.language() != null) {
      PartOfSpeechTagger.preload(analysis.language());
    }
    Set<String> userStopwords = Stopwords.read(analysis.stopwordsFile());
    List<Source> sources = input.sources(context);
    DocumentRunner runner = input.runner(context, analysis.language(), common);

    CorpusCounts counts = null;
    if (method == Method.TFIDF) {
      if (idfFrom != null) {
        counts = count(runner, sourcesOf(idfFrom, "--idf-from", context), userStopwords);
        requireWords(counts, idfFrom + ": the --idf-from corpus has no words (tfidf takes its document frequencies from it)");
      } else if (sources.size() < 2) {
        throw usage("tfidf needs several inputs or --idf-from DIR");
      } else {
        counts = count(runner, sources, userStopwords);
      }
    } else if (method == Method.KEYNESS) {
      if (reference == null) {
        throw usage("keyness needs a reference corpus: --reference DIR");
      }
      counts = count(runner, sourcesOf(reference, "--reference", context), userStopwords);
      requireWords(counts, reference + ": the reference corpus has no words (keyness compares the inputs with it)");
    }

    KeywordOptions run =
        corpus
            ? new KeywordOptions(
                method, CorpusKeywords.poolSize(top), maxNgram, dedup, 0)
            : options;
    KeywordsReport report =
        new KeywordsReport(
            corpus
                ? KeywordsReport.Shape.CORPUS
                : sentences > 0 ? KeywordsReport.Shape.SENTENCES : KeywordsReport.Shape.PER_DOCUMENT,
            method);
    try (ResultOutput out = ResultOutput.open(output, context, report.columns())) {
      CorpusKeywords pooled = new CorpusKeywords();
      CorpusCounts corpusCounts = counts;
      // one term cache per language, shared by the threads (same analyzer settings throughout)
      Map<String, TermCache> terms = new ConcurrentHashMap<>();
      // one job per chunk of a document (a window of about a million characters): a large
      // document is read in windows whose pools are combined (KeywordWindows)
      runner.runChunked(
          sources,
          () -> new ExtractJob(analysis, userStopwords, run, corpusCounts, terms),
          KeywordWindows::merge,
          windows -> windows,
          (source, language, windows) -> {
            DocumentKeywords result = windows.finish(source.name(), run.top());
            if (corpus) {
              pooled.add(result.keywords());
            } else {
              for (List<Object> row : report.rows(source.name(), result)) {
                out.sink().row(row);
              }
            }
          });
      if (corpus) {
        for (List<Object> row : report.corpusRows(pooled.top(top))) {
          out.sink().row(row);
        }
      }
      out.commit();
    }
    return context.exitCode();
  }

  private KeywordOptions options() {
    if (idfFrom != null && method != Method.TFIDF) {
      throw usage("--idf-from only applies to --method tfidf");
    }
    if (reference != null && method != Method.KEYNESS) {
      throw usage("--reference only applies to --method keyness");
    }
    return new KeywordOptions(method, top, maxNgram, dedup, sentences);
  }

  private List<Source> sourcesOf(Path dir, String option, RunContext context) {
    if (!Files.isDirectory(dir)) {
      throw usage(option + ": not a directory: " + dir);
    }
    return input.sources(List.of(dir.toString()), context);
  }

  /**
   * The candidate counts of a corpus (the inputs for tfidf, --idf-from, --reference): each
   * document is counted in windows of whole paragraphs (as {@link ExtractJob} ranks them), whose
   * counts are combined into the document's ({@link CorpusCounts.DocumentAccumulator}: a key in
   * several windows is in one document), and the documents' counts are summed in input order.
   */
  private CorpusCounts count(DocumentRunner runner, List<Source> sources, Set<String> stopwords)
      throws IOException {
    // summed in place, in input order (merge would copy the growing table for every document)
    CorpusCounts.Accumulator total = new CorpusCounts.Accumulator();
    runner.runChunked(
        sources,
        () -> new CountJob(analysis, stopwords, maxNgram),
        CorpusCounts.DocumentAccumulator::add,
        UnaryOperator.identity(),
        (source, language, document) -> total.add(document.result()));
    return total.result();
  }

  /**
   * Fails the run (exit 1, nothing ranked) when a background corpus has no words: an empty folder,
   * or no file matching --include; scores against it would be meaningless.
   */
  private static void requireWords(CorpusCounts counts, String message) throws CommandException {
    if (counts.words() == 0) {
      throw new CommandException(message, null);
    }
  }

  private ParameterException usage(String message) {
    return Specs.usage(spec, message);
  }

  /** Paragraphs as strings, pieces of one long paragraph joined by a space. */
  static List<String> paragraphs(List<Paragraph> paragraphs) {
    List<String> out = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (Paragraph p : paragraphs) {
      if (piece.length() > 0) {
        piece.append(' ');
      }
      piece.append(p.text());
      if (!p.continues()) {
        out.add(piece.toString());
        piece.setLength(0);
      }
    }
    if (piece.length() > 0) {
      out.add(piece.toString());
    }
    return out;
  }

  /**
   * The analyzer for keywords: the user's normalization and stopwords, always with light stems
   * (YAKE's terms and near-duplicate removal group words by stem; phrases are still shown as
   * written).
   */
  static TermAnalyzer analyzer(String lang, AnalysisOptions analysis, Set<String> stopwords) {
    return TermAnalyzer.create(lang, analysis.normalization(), stopwords, true);
  }

  /**
   * Extracts the keywords of one window of a document (a chunk of whole paragraphs); one per
   * thread, one extractor per language met. A window shorter than {@link
   * DocumentRunner#CHUNK_CHARS} is a whole document (or its last window) and keeps the top
   * keywords; a longer one keeps a pool ({@link CorpusKeywords#poolSize}) to combine with the
   * document's other windows.
   */
  private static final class ExtractJob implements DocumentRunner.ChunkJob<KeywordWindows> {
    private final AnalysisOptions analysis;
    private final Set<String> stopwords;
    private final KeywordOptions options;
    private final CorpusCounts counts;
    private final Map<String, KeywordExtractor> extractors = new HashMap<>();
    /** Language -> its term cache, shared by the jobs of every thread. */
    private final Map<String, TermCache> terms;

    ExtractJob(
        AnalysisOptions analysis,
        Set<String> stopwords,
        KeywordOptions options,
        CorpusCounts counts,
        Map<String, TermCache> terms) {
      this.analysis = analysis;
      this.stopwords = stopwords;
      this.options = options;
      this.counts = counts;
      this.terms = terms;
    }

    @Override
    public KeywordWindows run(String language, List<Paragraph> chunk) {
      KeywordExtractor ex =
          extractors.computeIfAbsent(
              language,
              l ->
                  new KeywordExtractor(
                      options,
                      analyzer(l, analysis, stopwords),
                      counts,
                      terms.computeIfAbsent(l, x -> new TermCache())));
      long chars = 0;
      for (Paragraph p : chunk) {
        chars += p.text().length();
      }
      int keep =
          chars >= DocumentRunner.CHUNK_CHARS
              ? CorpusKeywords.poolSize(options.top())
              : options.top();
      return KeywordWindows.of(ex.extract("", paragraphs(chunk), keep));
    }
  }

  /**
   * Counts the candidates of one window of a document (a chunk of whole paragraphs; pieces of a
   * paragraph longer than a chunk are counted as separate paragraphs, as {@link ExtractJob} ranks
   * them) for tf-idf or keyness, as a document's first window to which the later ones are added;
   * one per thread, one extractor per language met.
   */
  private static final class CountJob
      implements DocumentRunner.ChunkJob<CorpusCounts.DocumentAccumulator> {
    private final AnalysisOptions analysis;
    private final Set<String> stopwords;
    private final KeywordOptions options;
    private final Map<String, KeywordExtractor> extractors = new HashMap<>();

    CountJob(AnalysisOptions analysis, Set<String> stopwords, int maxNgram) {
      this.analysis = analysis;
      this.stopwords = stopwords;
      this.options = new KeywordOptions(Method.YAKE, 1, maxNgram, 0, 0);
    }

    @Override
    public CorpusCounts.DocumentAccumulator run(String language, List<Paragraph> chunk) {
      KeywordExtractor ex =
          extractors.computeIfAbsent(
              language, l -> new KeywordExtractor(options, analyzer(l, analysis, stopwords), null));
      return new CorpusCounts.DocumentAccumulator().add(ex.count("", paragraphs(chunk)));
    }
  }
}
