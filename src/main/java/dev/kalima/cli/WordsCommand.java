package dev.kalima.cli;

import static dev.kalima.cli.Specs.option;

import com.ibm.icu.util.ULocale;
import dev.kalima.analysis.Languages;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.WordTokenizer;
import dev.kalima.io.Paragraph;
import dev.kalima.io.Source;
import dev.kalima.output.model.Column;
import dev.kalima.stats.SurfaceCounts;
import dev.kalima.stats.TermCounts;
import dev.kalima.stats.WordCounter;
import dev.kalima.stats.WordTotals;
import dev.kalima.stats.WordsReport;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kalima words}: word and n-gram frequency lists. */
final class WordsCommand implements Callable<Integer> {

  KalimaCommand parent;

  final InputOptions input = new InputOptions();
  final AnalysisOptions analysis = new AnalysisOptions();
  final OutputOptions output = new OutputOptions();
  final CommonOptions common = new CommonOptions();

  Integer top;
  int minCount;
  int minLength;
  int ngrams;
  boolean byFile;
  WordsReport.Sort sort;
  boolean showKey;
  boolean dropStopwords;
  boolean stem;
  boolean numbers;

  WordsCommand(KalimaCommand parent) {
    this.parent = parent;
  }

  /** The command's model: its help texts and options, bound to the fields above. */
  CommandSpec spec() {
    CommandSpec spec = Specs.subcommand(
        this,
        "words",
        "Word and n-gram frequency lists.",
        "Counts the words of the inputs (after normalization: case folding, Arabic diacritics, tatweel and alef forms) and ranks them by count. Each row shows the most frequent written form of the word.",
        "Words",
        List.of(
            "  kalima words --drop-stopwords --top 10 article.txt",
            "  kalima words -f csv corpus/ > words.csv",
            "  kalima words --ngrams 2 --by-file --lang ar news/*.txt"),
        input,
        analysis,
        output,
        common);
    Converters.Positive positive = new Converters.Positive();
    spec.addOption(
        option(this, "top", "-n", "--top")
            .paramLabel("N")
            .converters(new Converters.NonNegative())
            .description(
                "Show the N most frequent (0 = all). Default: 25 for table and markdown, all for machine formats.")
            .build());
    spec.addOption(
        option(this, "minCount", "--min-count")
            .paramLabel("N")
            .defaultValue("1")
            .converters(positive)
            .description("Leave out words seen fewer than N times. Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        option(this, "minLength", "--min-length")
            .paramLabel("N")
            .defaultValue("1")
            .converters(positive)
            .description("Leave out words of fewer than N letters or digits (tatweel and diacritics are not letters; an n-gram counts all its words). Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        option(this, "ngrams", "--ngrams")
            .paramLabel("N")
            .defaultValue("1")
            .converters(positive)
            .description(
                "Count runs of N words that no punctuation, symbol or sentence end separates. Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        option(this, "byFile", "--by-file")
            .description("One ranked list per input, with file and lang columns.")
            .build());
    Converters.SortConverter orders = new Converters.SortConverter();
    spec.addOption(
        option(this, "sort", "--sort")
            .paramLabel("ORDER")
            .defaultValue("count")
            .converters(orders)
            .completionCandidates(orders)
            .description(
                "Row order: ${COMPLETION-CANDIDATES} (alpha = the language's collation). Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        option(this, "showKey", "--show-key")
            .description("Add the key each word is counted under: its normalized form, or with --stem its stem.")
            .build());
    spec.addOption(
        option(this, "dropStopwords", "--drop-stopwords")
            .description("Leave out the language's stopwords (and those of --stopwords).")
            .build());
    spec.addOption(
        option(this, "stem", "--stem")
            .description(
                "Group words by light stem (Arabic light stemmer; Snowball for other languages); a forms column lists the other forms.")
            .build());
    spec.addOption(
        option(this, "numbers", "--numbers")
            .description("Count numbers (2025, ٢٠٢٥) as words too.")
            .build());
    return Specs.standardHelpOptions(spec);
  }

  @Override
  public Integer call() throws IOException {
    RunContext context = parent.context();
    context.configure(common.debug(), common.quiet());
    Set<String> userStopwords = Stopwords.read(analysis.stopwordsFile());
    List<Source> sources = input.sources(context);
    // counting never looks at paragraph indexes: large files may be decoded by the workers
    DocumentRunner runner = input.runner(context, analysis.language(), common).blockReading(true);

    int rows = top != null ? top : (output.format().machine() ? 0 : 25);
    String collation = analysis.language() != null ? analysis.language() : "";
    WordsReport report =
        new WordsReport(
            new WordsReport.Options(rows, minCount, minLength, sort, showKey, stem, !byFile),
            collation.isEmpty() ? ULocale.ROOT : Languages.locale(collation),
            common.threads());
    WordCounter.Options counting =
        new WordCounter.Options(ngrams, numbers, dropStopwords || analysis.stopwordsFile() != null);

    List<Column> prefix = byFile ? List.of(Column.text("file"), Column.text("lang")) : List.of();
    try (ResultOutput out = ResultOutput.open(output, context, report.columns(prefix))) {
      if (ngrams == 1) {
        countSingleWords(runner, sources, counting, userStopwords, report, out);
        out.commit();
        return context.exitCode();
      }
      // the first document's table becomes the total (no copy of a large vocabulary)
      TermCounts[] total = {null};
      runner.runChunked(
          sources,
          () -> new CountJob(analysis, userStopwords, counting, stem),
          TermCounts::merge,
          counts -> {
            counts.markDocument();
            return counts;
          },
          (source, language, counts) -> {
            if (byFile) {
              for (List<Object> row : report.rows(counts, List.of(source.name(), language))) {
                out.sink().row(row);
              }
            } else {
              total[0] = total[0] == null ? counts : total[0].merge(counts);
            }
          });
      if (!byFile) {
        TermCounts all = total[0] != null ? total[0] : new TermCounts();
        for (List<Object> row : report.rows(all, List.of())) {
          out.sink().row(row);
        }
      }
      out.commit();
    }
    return context.exitCode();
  }

  /**
   * Single words: each chunk is counted by surface form ({@link SurfaceCounts}), a document's
   * chunks are merged in order, and each document is then normalized here, once per distinct form
   * for the whole run ({@link WordTotals}), or once per document with {@code --by-file}.
   */
  private void countSingleWords(
      DocumentRunner runner,
      List<Source> sources,
      WordCounter.Options counting,
      Set<String> userStopwords,
      WordsReport report,
      ResultOutput out)
      throws IOException {
    Map<String, TermAnalyzer> analyzers = new HashMap<>();
    WordTotals[] totals = {new WordTotals(counting.dropStopwords())};
    runner.runChunked(
        sources,
        () -> new SurfaceJob(counting),
        SurfaceCounts::merge,
        UnaryOperator.identity(),
        (source, language, counts) -> {
          TermAnalyzer analyzer =
              analyzers.computeIfAbsent(
                  language,
                  l -> TermAnalyzer.create(l, analysis.normalization(), userStopwords, stem));
          if (byFile) {
            WordTotals one = new WordTotals(counting.dropStopwords());
            one.add(counts, analyzer);
            for (List<Object> row : report.rows(one.toTermCounts(), List.of(source.name(), language))) {
              out.sink().row(row);
            }
          } else {
            totals[0].add(counts, analyzer);
          }
        });
    if (!byFile) {
      TermCounts all = totals[0].toTermCounts();
      totals[0] = null; // the table holds what is needed; let the rest go
      for (List<Object> row : report.rows(all, List.of())) {
        out.sink().row(row);
      }
    }
  }

  /** Counts the single words of one chunk by surface form; one per thread. */
  private static final class SurfaceJob implements DocumentRunner.ChunkJob<SurfaceCounts> {
    private final WordCounter.Options counting;
    private final Map<String, WordTokenizer> tokenizers = new HashMap<>();

    SurfaceJob(WordCounter.Options counting) {
      this.counting = counting;
    }

    @Override
    public SurfaceCounts run(String lang, List<Paragraph> paragraphs) {
      WordTokenizer tokenizer =
          tokenizers.computeIfAbsent(lang, l -> new WordTokenizer(Languages.locale(l)));
      WordCounter counter = new WordCounter(tokenizer, null, counting);
      for (Paragraph p : paragraphs) {
        counter.accept(p.text());
      }
      return counter.surfaces();
    }
  }

  /** Counts one chunk of a document; one per thread, with one analyzer per language met. */
  private static final class CountJob implements DocumentRunner.ChunkJob<TermCounts> {
    private final AnalysisOptions analysis;
    private final Set<String> userStopwords;
    private final WordCounter.Options counting;
    private final Map<String, TermAnalyzer> analyzers = new HashMap<>();
    private final Map<String, WordTokenizer> tokenizers = new HashMap<>();

    private final boolean stem;

    CountJob(
        AnalysisOptions analysis, Set<String> userStopwords, WordCounter.Options counting, boolean stem) {
      this.stem = stem;
      this.analysis = analysis;
      this.userStopwords = userStopwords;
      this.counting = counting;
    }

    @Override
    public TermCounts run(String lang, List<Paragraph> paragraphs) {
      TermAnalyzer analyzer =
          analyzers.computeIfAbsent(
              lang,
              l -> TermAnalyzer.create(l, analysis.normalization(), userStopwords, stem));
      WordTokenizer tokenizer = tokenizers.computeIfAbsent(lang, l -> new WordTokenizer(Languages.locale(l)));
      WordCounter counter = new WordCounter(tokenizer, analyzer, counting);
      for (Paragraph p : paragraphs) {
        counter.accept(p.text());
      }
      return counter.table();
    }
  }
}
