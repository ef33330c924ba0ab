package dev.kalima.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Word tokenizer throughput on the example news texts: the fast path against ICU alone. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenizerBenchmark {

  @Param({"ar-news.txt", "en-news.txt", "ru-news.txt"})
  public String file;

  @Param({"true", "false"})
  public boolean fastPath;

  private String text;
  private WordTokenizer tokenizer;

  @Setup
  public void setUp() throws IOException {
    text = Files.readString(Path.of("examples", file), StandardCharsets.UTF_8);
    tokenizer = new WordTokenizer(Languages.locale(file.substring(0, 2)), fastPath);
  }

  /** One tokenization of the whole file (a few KB); ops/s times the file size is chars/s. */
  @Benchmark
  public int tokenize() {
    return tokenizer.tokenize(text).size();
  }

  /** The same tokens as char ranges ({@link WordTokenizer#scan}), without Token objects. */
  @Benchmark
  public int scan() {
    int[] n = {0};
    tokenizer.scan(text, (s, start, end, number) -> n[0] += end - start);
    return n[0];
  }
}
