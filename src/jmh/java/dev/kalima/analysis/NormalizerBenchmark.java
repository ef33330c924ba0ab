package dev.kalima.analysis;

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
import org.openjdk.jmh.infra.Blackhole;

/** Keying every word of an example text: normalization, and the full key/stopword/stem chain. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizerBenchmark {

  @Param({"ar-news.txt", "en-news.txt"})
  public String file;

  private List<String> words;
  private TermNormalizer normalizer;
  private TermAnalyzer analyzer;

  @Setup
  public void setUp() throws IOException {
    String text = Files.readString(Path.of("examples", file), StandardCharsets.UTF_8);
    String lang = file.substring(0, 2);
    words = new WordTokenizer(Languages.locale(lang)).tokenize(text).stream().map(Token::text).toList();
    normalizer = new TermNormalizer(NormalizationOptions.DEFAULT, lang);
    analyzer = TermAnalyzer.create(lang, NormalizationOptions.DEFAULT, Set.of(), true);
  }

  /** Normalizes every word of the file once. */
  @Benchmark
  public void normalize(Blackhole out) {
    for (String w : words) {
      out.consume(normalizer.normalize(w));
    }
  }

  /** Key, stopword test and light stem of every word of the file. */
  @Benchmark
  public void keyStopwordStem(Blackhole out) {
    for (String w : words) {
      String key = analyzer.key(w);
      out.consume(analyzer.isStopword(key));
      out.consume(analyzer.stem(key));
    }
  }
}
