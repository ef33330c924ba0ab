package dev.kalima.cli;

import dev.kalima.analysis.Languages;
import dev.kalima.analysis.NormalizationOptions;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.WordTokenizer;
import dev.kalima.io.Paragraph;
import dev.kalima.io.Source;
import dev.kalima.stats.SurfaceCounts;
import dev.kalima.stats.TermCounts;
import dev.kalima.stats.WordCounter;
import dev.kalima.stats.WordTotals;
import dev.kalima.stats.WordTotalsMerge;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the single words of the inputs with a {@link DocumentRunner}, so that the summing of the
 * documents runs on the threads that count them:
 *
 * <ul>
 *   <li>each chunk is counted by surface form ({@link SurfaceCounts}) and a document's chunks are
 *       merged in order;
 *   <li>each document is then finished by the thread the runner finishes it on (the worker that
 *       read a small file, else the reading thread): added to that thread's own {@link
 *       WordTotals}, which normalizes each distinct form once per thread; or, one list per file,
 *       turned into the document's own table;
 *   <li>the runner hands the documents over in input order: {@link #total} tells a {@link
 *       WordTotalsMerge} which thread's totals hold each, and merges them at the end into the table
 *       of the whole input, whichever thread counted which document.
 * </ul>
 *
 * <p>For one run; not reusable.
 */
final class SingleWords {

  /** Receives one document's table (one list per file). */
  interface DocumentSink {
    void accept(Source source, String language, TermCounts table) throws IOException;
  }

  private final WordCounter.Options counting;
  private final NormalizationOptions normalization;
  private final Set<String> userStopwords;
  private final boolean stem;
  /** Each thread's analyzers and totals. */
  private final ThreadLocal<PerThread> local = ThreadLocal.withInitial(PerThread::new);

  SingleWords(
      WordCounter.Options counting,
      NormalizationOptions normalization,
      Set<String> userStopwords,
      boolean stem) {
    this.counting = counting;
    this.normalization = normalization;
    this.userStopwords = userStopwords;
    this.stem = stem;
  }

  /** The table of all inputs together. */
  TermCounts total(DocumentRunner runner, List<Source> sources) throws IOException {
    WordTotalsMerge merge = new WordTotalsMerge();
    try {
      runner.runChunked(
          sources,
          () -> new SurfaceJob(counting),
          Counted::merge,
          counted -> {
            PerThread mine = local.get();
            int number = mine.totals().add(counted.surfaces, mine.analyzer(counted.language));
            return counted.addedTo(mine.totals(), number);
          },
          (source, language, counted) -> merge.document(counted.totals, counted.number));
    } finally {
      local.remove(); // this thread's totals: the merge holds them now
    }
    return merge.toTermCounts();
  }

  /** Hands each input's own table to {@code sink}, in input order. */
  void each(DocumentRunner runner, List<Source> sources, DocumentSink sink) throws IOException {
    try {
      runner.runChunked(
          sources,
          () -> new SurfaceJob(counting),
          Counted::merge,
          counted -> {
            WordTotals one = new WordTotals(counting.dropStopwords());
            one.add(counted.surfaces, local.get().analyzer(counted.language));
            return counted.tabled(one.toTermCounts());
          },
          (source, language, counted) -> sink.accept(source, language, counted.table));
    } finally {
      local.remove();
    }
  }

  /** One thread's analyzers (one per language met) and totals. */
  private final class PerThread {
    private final Map<String, TermAnalyzer> analyzers = new HashMap<>();
    private WordTotals totals;

    TermAnalyzer analyzer(String language) {
      return analyzers.computeIfAbsent(
          language, l -> TermAnalyzer.create(l, normalization, userStopwords, stem));
    }

    WordTotals totals() {
      if (totals == null) {
        totals = new WordTotals(counting.dropStopwords());
      }
      return totals;
    }
  }

  /**
   * The single words of a chunk or a document as written, in its language; once the document is
   * finished, where it went instead: a thread's totals and its number there, or its own table.
   */
  private static final class Counted {
    final String language;
    final SurfaceCounts surfaces;
    final WordTotals totals;
    final int number;
    final TermCounts table;

    private Counted(
        String language, SurfaceCounts surfaces, WordTotals totals, int number, TermCounts table) {
      this.language = language;
      this.surfaces = surfaces;
      this.totals = totals;
      this.number = number;
      this.table = table;
    }

    Counted(String language, SurfaceCounts surfaces) {
      this(language, surfaces, null, 0, null);
    }

    /** Adds the next chunk of the same document (in place) and returns this. */
    Counted merge(Counted next) {
      surfaces.merge(next.surfaces);
      return this;
    }

    Counted addedTo(WordTotals where, int number) {
      return new Counted(language, null, where, number, null);
    }

    Counted tabled(TermCounts table) {
      return new Counted(language, null, null, 0, table);
    }
  }

  /** Counts the single words of one chunk by surface form; one per thread. */
  private static final class SurfaceJob implements DocumentRunner.ChunkJob<Counted> {
    private final WordCounter.Options counting;
    private final Map<String, WordTokenizer> tokenizers = new HashMap<>();

    SurfaceJob(WordCounter.Options counting) {
      this.counting = counting;
    }

    @Override
    public Counted run(String lang, List<Paragraph> paragraphs) {
      WordTokenizer tokenizer =
          tokenizers.computeIfAbsent(lang, l -> new WordTokenizer(Languages.locale(l)));
      WordCounter counter = new WordCounter(tokenizer, null, counting);
      for (Paragraph p : paragraphs) {
        counter.accept(p.text());
      }
      return new Counted(lang, counter.surfaces());
    }
  }
}
