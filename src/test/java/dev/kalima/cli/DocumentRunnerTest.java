package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kalima.analysis.Languages;
import dev.kalima.analysis.NormalizationOptions;
import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.WordTokenizer;
import dev.kalima.io.DecodeOptions;
import dev.kalima.io.DocumentReader;
import dev.kalima.io.Paragraph;
import dev.kalima.io.Source;
import dev.kalima.stats.TermCounts;
import dev.kalima.stats.WordCounter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentRunnerTest {

  @TempDir Path dir;

  /** One document's language and terms, as the sink saw them. */
  private record Seen(String source, String language, List<TermCounts.Term> terms, long words) {}

  @Test
  void chunkedResultsAreTheSameForAnyThreadCountAndChunkSize() throws IOException {
    List<Source> sources = new ArrayList<>();
    for (String name : List.of("ar-news.txt", "en-news.txt", "fr-news.txt", "ru-news.txt")) {
      Path copy = dir.resolve(name);
      // repeated, so that a document makes many chunks
      String text = Files.readString(Path.of("examples", name), StandardCharsets.UTF_8);
      Files.writeString(copy, text.repeat(3), StandardCharsets.UTF_8);
      sources.add(Source.file(copy, true));
    }
    sources.add(Source.file(dir.resolve("missing.txt"), true));
    Files.writeString(dir.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    sources.add(Source.file(dir.resolve("empty.txt"), true));

    for (int ngram : List.of(1, 2)) {
      List<Seen> reference = perDocument(sources, ngram);
      assertEquals(5, reference.size());
      assertEquals(List.of("ar", "en", "fr", "ru"),
          reference.subList(0, 4).stream().map(Seen::language).toList());
      for (int threads : List.of(1, 2, 3, 8)) {
        for (int chunk : List.of(1, 200, 5000, DocumentRunner.CHUNK_CHARS)) {
          assertEquals(reference, chunked(sources, threads, chunk, ngram),
              ngram + "-grams, " + threads + " threads, chunk " + chunk);
        }
      }
    }
  }

  /** The chunk sink sees every paragraph once, in input order, for any thread count and chunk size. */
  @Test
  void chunksReachTheChunkSinkInInputOrder() throws IOException {
    List<Source> sources = new ArrayList<>();
    for (String name : List.of("en-news.txt", "ar-news.txt", "ru-news.txt")) {
      Path copy = dir.resolve(name);
      String text = Files.readString(Path.of("examples", name), StandardCharsets.UTF_8);
      Files.writeString(copy, text.repeat(4), StandardCharsets.UTF_8);
      sources.add(Source.file(copy, true));
    }
    List<String> reference = new ArrayList<>();
    runner(1, DocumentRunner.CHUNK_CHARS).run(
        sources,
        () -> text -> {
          for (Paragraph p = text.next(); p != null; p = text.next()) {
            reference.add(text.source().name() + "#" + p.index() + ":" + p.text());
          }
          return null;
        },
        (source, language, none) -> {});
    for (int threads : List.of(1, 2, 3, 8)) {
      for (int chunk : List.of(1, 300, DocumentRunner.CHUNK_CHARS)) {
        List<String> seen = new ArrayList<>();
        List<String> firsts = new ArrayList<>();
        runner(threads, chunk).<List<String>>runChunked(
            sources,
            () -> (language, paragraphs) ->
                paragraphs.stream().map(p -> p.index() + ":" + p.text()).toList(),
            (source, language, first, texts) -> {
              if (first) {
                firsts.add(source.name());
              }
              texts.forEach(t -> seen.add(source.name() + "#" + t));
            },
            (a, b) -> a,
            r -> r,
            (source, language, r) -> {});
        assertEquals(reference, seen, threads + " threads, chunk " + chunk);
        assertEquals(sources.stream().map(Source::name).toList(), firsts);
      }
    }
  }

  /**
   * One line longer than the reader's piece limit (1 Mi chars) is cut between its pieces into
   * chunks, so a chunk holds one piece, not the whole line (a 200 MB line took gigabytes); the
   * pieces still arrive in order, the first chunk not continued and the later ones continued.
   */
  @Test
  void longLineIsCutBetweenItsPieces() throws IOException {
    Path file = dir.resolve("line.txt");
    Files.writeString(file, "alpha beta. ".repeat(300_000), StandardCharsets.UTF_8); // 3.6 MB
    List<Source> sources = List.of(Source.file(file, true));
    for (int threads : List.of(1, 2)) {
      List<String> seen = new ArrayList<>();
      runner(threads, 1000).<List<String>>runChunked(
          sources,
          () -> new DocumentRunner.ChunkJob<>() {
            @Override
            public List<String> run(String language, List<Paragraph> paragraphs) {
              throw new AssertionError("the chunker says whether a chunk is continued");
            }

            @Override
            public List<String> run(String language, List<Paragraph> paragraphs, boolean continued) {
              return List.of(paragraphs.size() + " " + continued + " " + paragraphs.get(0).index());
            }
          },
          (source, language, first, chunk) -> seen.addAll(chunk),
          (a, b) -> a,
          r -> r,
          (source, language, r) -> {});
      assertEquals(List.of("1 false 0", "1 true 0", "1 true 0", "1 true 0"), seen, threads + " threads");
    }
  }

  /**
   * A chunk of many times the chunk size (here a 1 Mi-char piece of a long line against chunks of
   * 1000 chars; in use a 16 Mi-char stretch without white space against 1 Mi) takes every place of
   * the in-flight limit: the reader does not queue the third chunk while the first is still being
   * counted, so two such chunks are in memory, not eight.
   */
  @Test
  void oversizedChunksAreNotReadFarAhead() throws Exception {
    Path file = dir.resolve("line.txt");
    Files.writeString(file, "alpha beta. ".repeat(300_000), StandardCharsets.UTF_8); // 4 pieces
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch third = new java.util.concurrent.CountDownLatch(1);
    List<Boolean> ranAhead = new ArrayList<>();
    runner(2, 1000).<Boolean>runChunked(
        List.of(Source.file(file, true)),
        () -> (language, paragraphs) -> {
          int call = calls.incrementAndGet();
          if (call == 3) {
            third.countDown();
          }
          if (call == 1) {
            try {
              // the other worker would take chunks 2 and 3 meanwhile, if they were queued
              return third.await(1, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              throw new AssertionError(e);
            }
          }
          return false;
        },
        (source, language, first, chunk) -> {
          if (first) {
            ranAhead.add(chunk);
          }
        },
        (a, b) -> a,
        r -> r,
        (source, language, r) -> {});
    assertEquals(List.of(false), ranAhead);
    assertEquals(4, calls.get());
  }

  private List<Seen> perDocument(List<Source> sources, int ngram) throws IOException {
    List<Seen> seen = new ArrayList<>();
    runner(1, DocumentRunner.CHUNK_CHARS).run(
        sources,
        () -> text -> {
          WordCounter c = counter(text.language(), ngram);
          for (Paragraph p = text.next(); p != null; p = text.next()) {
            c.accept(p.text());
          }
          return c.finish();
        },
        (source, language, counts) ->
            seen.add(new Seen(source.name(), language, counts.terms(), counts.words())));
    return seen;
  }

  private List<Seen> chunked(List<Source> sources, int threads, int chunk, int ngram) throws IOException {
    List<Seen> seen = new ArrayList<>();
    runner(threads, chunk).runChunked(
        sources,
        () -> (language, paragraphs) -> {
          WordCounter c = counter(language, ngram);
          for (Paragraph p : paragraphs) {
            c.accept(p.text());
          }
          return c.table();
        },
        TermCounts::merge,
        counts -> {
          counts.markDocument();
          return counts;
        },
        (source, language, counts) ->
            seen.add(new Seen(source.name(), language, counts.terms(), counts.words())));
    return seen;
  }

  private static WordCounter counter(String language, int ngram) {
    return new WordCounter(
        new WordTokenizer(Languages.locale(language)),
        TermAnalyzer.create(language, NormalizationOptions.DEFAULT, Set.of(), true),
        new WordCounter.Options(ngram, false, false));
  }

  private static DocumentRunner runner(int threads, int chunk) {
    RunContext context =
        new RunContext(
            new ByteArrayInputStream(new byte[0]),
            new StringWriter(),
            new PrintWriter(new StringWriter()),
            false);
    DocumentReader reader =
        new DocumentReader(DecodeOptions.DEFAULT, new ByteArrayInputStream(new byte[0]));
    return new DocumentRunner(context, reader, null, threads, chunk);
  }
}
