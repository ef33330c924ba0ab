package dev.kalima.stats;

import dev.kalima.analysis.Languages;
import dev.kalima.analysis.NormalizationOptions;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.WordTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The frequency map: counting a document's words (as a table, or by surface form only as the
 * words command's workers do), merging per-document tables, and summing documents' surface
 * counts into run totals.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FrequencyBenchmark {

  @Param({"ar-news.txt", "en-news.txt"})
  public String file;

  private List<String> paragraphs;
  private WordTokenizer tokenizer;
  private TermAnalyzer analyzer;
  private TermCounts table;
  private SurfaceCounts surfaces;

  @Setup
  public void setUp() throws IOException {
    String text = Files.readString(Path.of("examples", file), StandardCharsets.UTF_8);
    String lang = file.substring(0, 2);
    paragraphs = List.of(text.split("\n\n"));
    tokenizer = new WordTokenizer(Languages.locale(lang));
    analyzer = TermAnalyzer.create(lang, NormalizationOptions.DEFAULT, Set.of(), false);
    table = count();
    surfaces = countSurfaces();
  }

  /** Tokenizes and counts one document by surface form (no normalization). */
  @Benchmark
  public SurfaceCounts countSurfaces() {
    WordCounter counter = new WordCounter(tokenizer, analyzer, WordCounter.Options.DEFAULT);
    for (String p : paragraphs) {
      counter.accept(p);
    }
    return counter.surfaces();
  }

  /** Sums one document's surface counts into run totals (100 times, as for 100 files). */
  @Benchmark
  public TermCounts totals() {
    WordTotals totals = new WordTotals(false);
    for (int i = 0; i < 100; i++) {
      totals.add(surfaces, analyzer);
    }
    return totals.toTermCounts();
  }

  /** Tokenizes, counts and keys one document (the example file). */
  @Benchmark
  public TermCounts count() {
    WordCounter counter = new WordCounter(tokenizer, analyzer, WordCounter.Options.DEFAULT);
    for (String p : paragraphs) {
      counter.accept(p);
    }
    return counter.finish();
  }

  /** Merges one document's table into a running total (100 times, as for 100 files). */
  @Benchmark
  public TermCounts merge() {
    TermCounts total = new TermCounts();
    for (int i = 0; i < 100; i++) {
      total.merge(table);
    }
    return total;
  }
}
