package dev.kalima.cli;

import static dev.kalima.cli.Specs.option;

import dev.kalima.analysis.Languages;
import dev.kalima.analysis.SentenceSegmenter;
import dev.kalima.analysis.SentenceSpan;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.WordSpans;
import dev.kalima.io.Paragraph;
import dev.kalima.io.Source;
import dev.kalima.output.Format;
import dev.kalima.output.model.RowSink;
import dev.kalima.stats.SentencesReport;
import dev.kalima.stats.TextStats;
import dev.kalima.stats.TextStatsBuilder;
import dev.kalima.stats.WordForms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kalima sentences}: sentence, vocabulary and readability statistics, or the sentences. */
final class SentencesCommand implements Callable<Integer> {

  static final String TOTAL = "TOTAL";

  KalimaCommand parent;

  final InputOptions input = new InputOptions();
  final AnalysisOptions analysis = AnalysisOptions.withoutStopwords();
  final OutputOptions output = new OutputOptions();
  final CommonOptions common = new CommonOptions();

  boolean each;
  int window;
  boolean histogram;
  boolean lineSentences;
  private CommandSpec spec;

  SentencesCommand(KalimaCommand parent) {
    this.parent = parent;
  }

  /** The command's model: its help texts and options, bound to the fields above. */
  CommandSpec spec() {
    spec = Specs.subcommand(
        this,
        "sentences",
        "Sentence, vocabulary and readability statistics.",
        "Splits the inputs into sentences and prints one row of statistics per file (plus a TOTAL row, computed from the merged counts, when there are several): paragraphs, sentences, words, types, letters, hapax, sentence length, word length, TTR, MATTR, LIX and RIX; Flesch, Flesch-Kincaid, Fog, SMOG, Coleman-Liau and ARI for English; OSMAN for Arabic. A figure that does not apply is left empty. With --each, lists the sentences instead.",
        "Sentences",
        List.of(
            "  kalima sentences article.txt",
            "  kalima sentences --histogram --lang ar news/",
            "  kalima sentences --each -f jsonl corpus/ > sentences.jsonl"),
        input,
        analysis,
        output,
        common);
    spec.addOption(
        option(this, "each", "--each")
            .description(
                "List the sentences, one row each: file, index (1-based, per file), paragraph (1-based), words, chars (letters), text (on one line). A segment without words (a * * * separator) is listed with 0 words; it is not counted as a sentence.")
            .build());
    spec.addOption(
        option(this, "window", "--window")
            .paramLabel("N")
            .defaultValue("50")
            .converters(new Converters.Positive())
            .description("MATTR window in words. Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        option(this, "histogram", "--histogram")
            .description(
                "Under the table, a bar chart of sentence lengths (table and markdown formats; not with --each).")
            .build());
    spec.addOption(
        option(this, "lineSentences", "--line-sentences")
            .description(
                "Every line break ends a sentence (default: a single line break inside running text does not, unless the line is a headline or list item).")
            .build());
    return Specs.standardHelpOptions(spec);
  }

  @Override
  public Integer call() throws IOException {
    RunContext context = parent.context();
    context.configure(common.debug(), common.quiet());
    if (histogram && each) {
      throw Specs.usage(spec, "--histogram draws under the statistics table; it cannot be combined with --each");
    }
    if (histogram && output.format() != Format.TABLE && output.format() != Format.MARKDOWN) {
      throw Specs.usage(spec, "--histogram draws under a table: use it with -f table or -f markdown");
    }
    List<Source> sources = input.sources(context);
    // without --each, paragraph numbers are not shown (a chunk only compares a paragraph's index
    // with the previous one's, to count a long paragraph's pieces once), so large files may be
    // decoded and split by the workers
    DocumentRunner runner = input.runner(context, analysis.language(), common).blockReading(!each);

    try (ResultOutput out =
        ResultOutput.open(output, context, each ? SentencesReport.eachColumns() : SentencesReport.columns())) {
      RowSink sink = out.sink();
      TextStats.Accumulator total = new TextStats.Accumulator(window);
      int[] files = {0};
      java.util.Set<String> languages = new java.util.TreeSet<>();
      // Documents are cut into chunks of whole paragraphs analyzed on all threads. With --each,
      // each chunk's sentences go to the output as soon as the chunks before them have, numbered
      // per file, so memory does not grow with the size of a file.
      long[] index = {0};
      DocumentRunner.ChunkSink<Result> rows =
          !each
              ? null
              : (source, language, first, chunk) -> {
                if (first) {
                  index[0] = 0;
                }
                for (SentenceRow r : chunk.rows) {
                  sink.row(List.of(source.name(), ++index[0], r.paragraph, r.words, r.letters, r.text));
                }
                chunk.rows = List.of();
              };
      runner.runChunked(
          sources,
          () -> new Job(analysis, window, lineSentences, each),
          rows,
          Result::merge,
          result -> result,
          (source, language, result) -> {
            if (!each) {
              TextStats stats = result.stats();
              sink.row(SentencesReport.row(source.name(), language, stats));
              total.add(stats);
              files[0]++;
              if (stats.words() > 0) { // an empty input ("und") does not make TOTAL mixed
                languages.add(language);
              }
            }
          });
      if (!each) {
        TextStats merged = total.result();
        if (files[0] > 1) {
          String language = languages.size() == 1 ? languages.iterator().next() : null;
          sink.row(SentencesReport.row(TOTAL, language, merged));
        }
        if (histogram) {
          sink.notes(SentencesReport.histogram(merged.lengths()));
        }
      }
      out.commit();
    }
    return context.exitCode();
  }

  /** One sentence of --each: paragraph (1-based), words, letters and its text on one line. */
  private record SentenceRow(long paragraph, long words, long letters, String text) {}

  /**
   * What one chunk of a document gives, merged chunk by chunk in order into the document's:
   * its statistics, and with --each its sentences until they are written.
   */
  private static final class Result {
    private final int window;
    /** This chunk's statistics, until a later chunk is merged in. */
    private TextStats chunk;
    /** The merged statistics once a later chunk is merged in (null before). */
    private TextStats.Accumulator merged;
    List<SentenceRow> rows;

    Result(TextStats chunk, int window, List<SentenceRow> rows) {
      this.chunk = chunk;
      this.window = window;
      this.rows = rows;
    }

    /** Appends {@code next}'s statistics to this one's (its rows are already written). */
    Result merge(Result next) {
      if (merged == null) {
        merged = new TextStats.Accumulator(window).add(chunk);
        chunk = null;
      }
      merged.add(next.chunk);
      return this;
    }

    TextStats stats() {
      return merged == null ? chunk : merged.result();
    }
  }

  /**
   * Analyzes one chunk; one per thread, with one segmenter, word finder and word-form cache per
   * language met.
   */
  private static final class Job implements DocumentRunner.ChunkJob<Result> {
    private final AnalysisOptions analysis;
    private final int window;
    private final boolean lineSentences;
    private final boolean each;
    private final Map<String, SentenceSegmenter> segmenters = new HashMap<>();
    private final Map<String, WordSpans> words = new HashMap<>();
    private final Map<String, WordForms> forms = new HashMap<>();

    Job(AnalysisOptions analysis, int window, boolean lineSentences, boolean each) {
      this.analysis = analysis;
      this.window = window;
      this.lineSentences = lineSentences;
      this.each = each;
    }

    @Override
    public Result run(String lang, List<Paragraph> paragraphs) {
      return run(lang, paragraphs, false);
    }

    /**
     * A chunk that starts with a later piece of a long paragraph ({@code continued}) does not
     * count that paragraph again.
     */
    @Override
    public Result run(String lang, List<Paragraph> paragraphs, boolean continued) {
      TextStatsBuilder builder =
          new TextStatsBuilder(
              segmenters.computeIfAbsent(lang, l -> new SentenceSegmenter(l, lineSentences)),
              words.computeIfAbsent(lang, l -> new WordSpans(Languages.locale(l))),
              forms.computeIfAbsent(
                  lang,
                  l -> new WordForms(TermAnalyzer.create(l, analysis.normalization(), Set.of(), false), l)),
              window);
      List<SentenceRow> rows = new ArrayList<>();
      int previousIndex = continued && !paragraphs.isEmpty() ? paragraphs.get(0).index() : -1;
      boolean continues = continued;
      for (Paragraph p : paragraphs) {
        boolean starts = !(continues && p.index() == previousIndex);
        List<TextStatsBuilder.Sentence> sentences = builder.accept(p.text(), starts);
        if (each) {
          for (TextStatsBuilder.Sentence s : sentences) {
            rows.add(
                new SentenceRow(
                    (long) p.index() + 1,
                    s.words(),
                    s.letters(),
                    SentenceSpan.oneLine(s.span().text(p.text()))));
          }
        }
        previousIndex = p.index();
        continues = p.continues();
      }
      return new Result(builder.finish(), window, rows);
    }
  }
}
