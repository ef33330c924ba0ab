package dev.kalima.cli;

import dev.kalima.analysis.LanguageDetector;
import dev.kalima.io.Document;
import dev.kalima.io.DocumentReader;
import dev.kalima.io.InputException;
import dev.kalima.io.Paragraph;
import dev.kalima.io.Source;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs one analysis job per document, in parallel, and hands the results to the caller strictly in
 * input order, so output never depends on scheduling or the thread count.
 *
 * <ul>
 *   <li>each worker thread gets its own job (tokenizers and stemmers are not thread-safe);
 *   <li>a bounded window of documents is in flight, so memory does not grow with the number of
 *       inputs;
 *   <li>a document's language is the forced one, or detected from its first paragraphs;
 *   <li>an input that cannot be read is reported (in input order) and contributes nothing;
 *   <li>a binary file met while walking a directory is skipped with a warning; named on the
 *       command line, it is an error.
 * </ul>
 */
final class DocumentRunner {

  /** The analysis of one document; one instance per thread. */
  interface Job<R> {
    R run(Text text) throws IOException;
  }

  /** Receives results in input order. */
  interface Sink<R> {
    void accept(Source source, String language, R result) throws IOException;
  }

  /** A document being read: its source, its language and its remaining paragraphs. */
  static final class Text {
    private final Source source;
    private final String language;
    private final ArrayDeque<Paragraph> buffered;
    private final Document document;

    Text(Source source, String language, ArrayDeque<Paragraph> buffered, Document document) {
      this.source = source;
      this.language = language;
      this.buffered = buffered;
      this.document = document;
    }

    Source source() {
      return source;
    }

    String language() {
      return language;
    }

    /** The next paragraph, or {@code null} at the end. */
    Paragraph next() throws IOException {
      Paragraph p = buffered.poll();
      return p != null ? p : document.next();
    }
  }

  private static final int SAMPLE_CHARS = 4000;

  private final RunContext context;
  private final DocumentReader reader;
  private final String forcedLanguage;
  private final int threads;
  private final LanguageDetector detector = new LanguageDetector();

  DocumentRunner(RunContext context, DocumentReader reader, String forcedLanguage, int threads) {
    this.context = context;
    this.reader = reader;
    this.forcedLanguage = forcedLanguage;
    this.threads = threads;
  }

  <R> void run(List<Source> sources, Supplier<Job<R>> jobs, Sink<R> sink) throws IOException {
    if (threads <= 1 || sources.size() <= 1) {
      Job<R> job = jobs.get();
      for (Source s : sources) {
        deliver(analyze(s, job), sink);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "kalima-worker");
      t.setDaemon(true);
      return t;
    });
    ThreadLocal<Job<R>> local = ThreadLocal.withInitial(jobs);
    try {
      ArrayDeque<Future<Outcome<R>>> window = new ArrayDeque<>();
      int next = 0;
      int ahead = threads * 4;
      while (next < sources.size() || !window.isEmpty()) {
        while (next < sources.size() && window.size() < ahead) {
          Source s = sources.get(next++);
          window.add(pool.submit(() -> analyze(s, local.get())));
        }
        deliver(await(window.poll()), sink);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private <R> void deliver(Outcome<R> outcome, Sink<R> sink) throws IOException {
    for (String warning : outcome.warnings) {
      context.warning(outcome.source.name(), warning);
    }
    if (outcome.error != null) {
      context.error(outcome.source.name(), outcome.error.getMessage(), outcome.error);
    } else if (!outcome.skipped) {
      sink.accept(outcome.source, outcome.language, outcome.result);
    }
  }

  private static <R> Outcome<R> await(Future<Outcome<R>> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }

  private <R> Outcome<R> analyze(Source source, Job<R> job) {
    Outcome<R> outcome = new Outcome<>(source);
    try (Document document = reader.open(source)) {
      ArrayDeque<Paragraph> buffered = new ArrayDeque<>();
      String language = forcedLanguage;
      if (language == null) {
        StringBuilder sample = new StringBuilder();
        Paragraph p;
        while (sample.length() < SAMPLE_CHARS && (p = document.next()) != null) {
          buffered.add(p);
          sample.append(p.text(), 0, Math.min(p.text().length(), SAMPLE_CHARS)).append('\n');
        }
        language = detector.detect(sample);
      }
      outcome.language = language;
      outcome.result = job.run(new Text(source, language, buffered, document));
      if (document.malformed() > 0) {
        outcome.warnings.add(
            document.malformed() + " malformed byte sequence(s) replaced with U+FFFD (decoded as "
                + document.charset().name() + "; use --encoding or --strict)");
      }
    } catch (InputException e) {
      if (e.binary() && !source.explicit()) {
        // met while walking a directory: not text, not an error
        outcome.warnings.add(e.getMessage() + " (skipped)");
        outcome.skipped = true;
      } else {
        outcome.error = e;
      }
    } catch (IOException e) {
      outcome.error = new InputException(source, "read error: " + e.getMessage(), e);
    }
    return outcome;
  }

  private static final class Outcome<R> {
    final Source source;
    final List<String> warnings = new ArrayList<>(0);
    String language;
    R result;
    IOException error;
    boolean skipped;

    Outcome(Source source) {
      this.source = source;
    }
  }
}
