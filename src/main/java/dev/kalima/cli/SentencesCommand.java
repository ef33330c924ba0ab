package dev.kalima.cli;

import dev.kalima.analysis.Languages;
import dev.kalima.analysis.SentenceSegmenter;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.WordTokenizer;
import dev.kalima.io.DocumentReader;
import dev.kalima.io.InputFinder;
import dev.kalima.io.Paragraph;
import dev.kalima.io.Source;
import dev.kalima.output.Format;
import dev.kalima.output.model.RowSink;
import dev.kalima.stats.SentencesReport;
import dev.kalima.stats.TextStats;
import dev.kalima.stats.TextStatsBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kalima sentences}: sentence, vocabulary and readability statistics, or the sentences. */
@Command(
    name = "sentences",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    versionProvider = VersionProvider.class,
    headerHeading = "",
    header = "Sentence, vocabulary and readability statistics.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description =
        "Splits the inputs into sentences and prints one row of statistics per file (plus a TOTAL row, computed from the merged counts, when there are several): paragraphs, sentences, words, types, letters, hapax, sentence length, word length, TTR, MATTR, LIX and RIX; Flesch, Flesch-Kincaid, Fog, SMOG, Coleman-Liau and ARI for English; OSMAN for Arabic. A figure that does not apply is left empty. With --each, lists the sentences instead.",
    parameterListHeading = "%nInputs:%n",
    optionListHeading = "%nSentences:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  kalima sentences article.txt",
      "  kalima sentences --histogram --lang ar news/",
      "  kalima sentences --each -f jsonl corpus/ > sentences.jsonl",
      "",
      "Exit codes: 0 all inputs read, 1 some input could not be read, 2 usage error."
    })
final class SentencesCommand implements Callable<Integer> {

  static final String TOTAL = "TOTAL";

  @ParentCommand KalimaCommand parent;

  @Mixin InputOptions input;
  @Mixin AnalysisOptions analysis;
  @Mixin OutputOptions output;
  @Mixin CommonOptions common;

  @Option(
      names = "--each",
      description = "List the sentences, one row each: file, index (1-based, per file), paragraph (1-based), words, chars (letters), text (on one line).")
  boolean each;

  @Option(
      names = "--window",
      paramLabel = "N",
      defaultValue = "50",
      converter = Converters.Positive.class,
      description = "MATTR window in words. Default: ${DEFAULT-VALUE}.")
  int window;

  @Option(
      names = "--histogram",
      description = "Under the table, a bar chart of sentence lengths (table format only).")
  boolean histogram;

  @Option(
      names = "--line-sentences",
      description = "Every line break ends a sentence (default: a single line break inside running text does not, unless the line is a headline or list item).")
  boolean lineSentences;

  @Override
  public Integer call() throws IOException {
    RunContext context = parent.context();
    context.configure(common.debug(), common.quiet());
    List<Source> sources = new InputFinder(input.selection()).find(input.inputs(), context);
    DocumentReader reader = new DocumentReader(input.decodeOptions(), context.in());
    DocumentRunner runner = new DocumentRunner(context, reader, analysis.language(), common.threads());

    try (ResultOutput out =
        ResultOutput.open(output, context, each ? SentencesReport.eachColumns() : SentencesReport.columns())) {
      RowSink sink = out.sink();
      TextStats.Accumulator total = new TextStats.Accumulator(window);
      int[] files = {0};
      java.util.Set<String> languages = new java.util.TreeSet<>();
      // One document at a time (one thread or one input): --each rows go straight to the output,
      // so memory does not grow with the size of a file. Otherwise each document's rows are
      // buffered until its turn in input order comes.
      RowSink direct = each && (common.threads() <= 1 || sources.size() <= 1) ? sink : null;
      runner.run(
          sources,
          () -> new Job(analysis, window, lineSentences, each, direct),
          (source, language, result) -> {
            if (each) {
              for (List<Object> row : result.rows) {
                sink.row(row);
              }
            } else {
              sink.row(SentencesReport.row(source.name(), language, result.stats));
              total.add(result.stats);
              files[0]++;
              languages.add(language);
            }
          });
      if (!each) {
        TextStats merged = total.result();
        if (files[0] > 1) {
          String language = languages.size() == 1 ? languages.iterator().next() : null;
          sink.row(SentencesReport.row(TOTAL, language, merged));
        }
        if (histogram && output.format() == Format.TABLE) {
          sink.notes(SentencesReport.histogram(merged.lengths()));
        }
      }
      out.commit();
    }
    return context.exitCode();
  }

  /** What one document gives: its statistics, or with --each its sentence rows. */
  private static final class Result {
    final TextStats stats;
    final List<List<Object>> rows;

    Result(TextStats stats, List<List<Object>> rows) {
      this.stats = stats;
      this.rows = rows;
    }
  }

  /** Analyzes one document; one per thread, with one segmenter and tokenizer per language met. */
  private static final class Job implements DocumentRunner.Job<Result> {
    private final AnalysisOptions analysis;
    private final int window;
    private final boolean lineSentences;
    private final boolean each;
    private final RowSink direct;
    private final Map<String, SentenceSegmenter> segmenters = new ConcurrentHashMap<>();
    private final Map<String, WordTokenizer> tokenizers = new ConcurrentHashMap<>();
    private final Map<String, TermAnalyzer> analyzers = new ConcurrentHashMap<>();

    /** @param direct where --each rows go as they are found, or null to buffer them */
    Job(AnalysisOptions analysis, int window, boolean lineSentences, boolean each, RowSink direct) {
      this.analysis = analysis;
      this.window = window;
      this.lineSentences = lineSentences;
      this.each = each;
      this.direct = direct;
    }

    @Override
    public Result run(DocumentRunner.Text text) throws IOException {
      String lang = text.language();
      TextStatsBuilder builder =
          new TextStatsBuilder(
              segmenters.computeIfAbsent(lang, l -> new SentenceSegmenter(l, lineSentences)),
              tokenizers.computeIfAbsent(lang, l -> new WordTokenizer(Languages.locale(l))),
              analyzers.computeIfAbsent(
                  lang, l -> TermAnalyzer.create(l, analysis.normalization(), Set.of(), false)),
              lang,
              window);
      List<List<Object>> rows = new ArrayList<>();
      int previousIndex = -1;
      boolean continues = false;
      long index = 0;
      for (Paragraph p = text.next(); p != null; p = text.next()) {
        boolean starts = !(continues && p.index() == previousIndex);
        List<TextStatsBuilder.Sentence> sentences = builder.accept(p.text(), starts);
        if (each) {
          for (TextStatsBuilder.Sentence s : sentences) {
            List<Object> row =
                List.of(
                    text.source().name(),
                    ++index,
                    (long) p.index() + 1,
                    (long) s.words(),
                    (long) s.letters(),
                    oneLine(s.span().text(p.text())));
            if (direct != null) {
              direct.row(row);
            } else {
              rows.add(row);
            }
          }
        }
        previousIndex = p.index();
        continues = p.continues();
      }
      return new Result(builder.finish(), rows);
    }

    /** The sentence on one line: every line break becomes a space. */
    private static String oneLine(String s) {
      return s.replaceAll("\\R", " ");
    }
  }
}
