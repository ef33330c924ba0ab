package dev.kalima.cli;

import dev.kalima.analysis.LanguageDetector;
import dev.kalima.io.CharsetGuess;
import dev.kalima.io.Document;
import dev.kalima.io.DocumentReader;
import dev.kalima.io.InputException;
import dev.kalima.io.Paragraph;
import dev.kalima.io.Source;
import dev.kalima.io.TextBlock;
import dev.kalima.io.TextBlocks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

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
 *   <li>an input read in a charset that ICU guessed with little confidence ({@link
 *       CharsetGuess#weak}) is counted, with a warning that names the charset;
 *   <li>a binary file met while walking a directory is skipped with a warning; named on the
 *       command line, it is an error.
 * </ul>
 */
final class DocumentRunner {

  /** The analysis of one document; one instance per thread. */
  interface Job<R> {
    R run(Text text) throws IOException;
  }

  /**
   * The analysis of one chunk of a document (consecutive whole paragraphs); one instance per
   * thread. The chunks' results are merged in document order.
   */
  interface ChunkJob<R> {
    R run(String language, List<Paragraph> paragraphs);

    /**
     * Like {@link #run(String, List)}; {@code continued} is true when the chunk starts with a
     * later piece of the previous chunk's last paragraph (a paragraph longer than a chunk is cut
     * between its pieces, see {@link Chunker#paragraphs}).
     */
    default R run(String language, List<Paragraph> paragraphs, boolean continued) {
      return run(language, paragraphs);
    }
  }

  /**
   * Receives each chunk's result strictly in input order (documents in order, a document's
   * chunks in order) before it is merged, on a worker; calls never overlap.
   */
  interface ChunkSink<R> {
    /** @param first true for a document's first chunk */
    void accept(Source source, String language, boolean first, R chunk) throws IOException;
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

  /** Chars of text per chunk of a document (a chunk ends at the end of a paragraph). */
  static final int CHUNK_CHARS = 1 << 20;

  private final RunContext context;
  private final DocumentReader reader;
  private final String forcedLanguage;
  private final int threads;
  private final int chunkChars;
  private final LanguageDetector detector = new LanguageDetector();
  private Progress progress = Progress.off();
  private boolean blockReading;

  DocumentRunner(RunContext context, DocumentReader reader, String forcedLanguage, int threads) {
    this(context, reader, forcedLanguage, threads, CHUNK_CHARS);
  }

  /** @param chunkChars chars per chunk of a document in {@link #runChunked} (small in tests) */
  DocumentRunner(
      RunContext context, DocumentReader reader, String forcedLanguage, int threads, int chunkChars) {
    this.chunkChars = chunkChars;
    this.context = context;
    this.reader = reader;
    this.forcedLanguage = forcedLanguage;
    this.threads = threads;
  }

  /**
   * Lets {@link #runChunked} (without a chunk sink, with more than one thread) hand large UTF-8
   * files to the workers as raw blocks ({@link TextBlocks}) that they decode and split, rather
   * than decoding them on the reading thread. Paragraph indexes then restart at 0 in each block,
   * so only for jobs that do not use them. Off by default.
   */
  DocumentRunner blockReading(boolean on) {
    this.blockReading = on;
    return this;
  }

  /** Reports progress of {@link #runChunked} to {@code progress} (off by default). */
  DocumentRunner progress(Progress progress) {
    this.progress = progress;
    return this;
  }

  <R> void run(List<Source> sources, Supplier<Job<R>> jobs, Sink<R> sink) throws IOException {
    if (threads <= 1 || sources.size() <= 1) {
      Job<R> job = jobs.get();
      for (Source s : sources) {
        deliver(analyze(s, job), sink);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, DocumentRunner::worker);
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

  /**
   * Like {@link #run}, but also splits each document into chunks of whole paragraphs (about
   * {@link #CHUNK_CHARS} chars; a longer paragraph is cut between the pieces the reader delivers
   * it in, and the chunk after such a cut is run as continued), so that one large file keeps
   * every thread busy and a chunk stays small whatever the length of a line:
   *
   * <ul>
   *   <li>this thread reads the documents in input order (decoding, paragraph splitting) and hands
   *       each chunk to a worker; an undetected language is detected by the worker of the
   *       document's first chunk, from the same sample as {@link #run} uses;
   *   <li>a document's chunk results are merged strictly in chunk order with {@code merge}, on
   *       the workers (each merge waits for the previous one and for its chunk), then {@code
   *       finish}ed and delivered to the sink in input order, so the result is the same for any
   *       number of threads (a chunk ends only where a paragraph ends, and paragraphs are
   *       analyzed independently);
   *   <li>at most {@code 4 × threads} chunks are in flight (counted until merged), so memory
   *       stays bounded;
   *   <li>a document that cannot be read (even halfway) contributes nothing, as in {@link #run}.
   * </ul>
   */
  <R> void runChunked(
      List<Source> sources,
      Supplier<ChunkJob<R>> jobs,
      BinaryOperator<R> merge,
      UnaryOperator<R> finish,
      Sink<R> sink)
      throws IOException {
    runChunked(sources, jobs, null, merge, finish, sink);
  }

  /**
   * Like {@link #runChunked(List, Supplier, BinaryOperator, UnaryOperator, Sink)}, and also hands
   * every chunk's result to {@code chunks} (if not null) in input order as soon as it and all
   * earlier chunks are done, before merging it, so results can stream out while a large document
   * is still being read. A chunk already handed over stays handed over if its document later
   * fails.
   */
  <R> void runChunked(
      List<Source> sources,
      Supplier<ChunkJob<R>> jobs,
      ChunkSink<R> chunks,
      BinaryOperator<R> merge,
      UnaryOperator<R> finish,
      Sink<R> sink)
      throws IOException {
    ExecutorService pool =
        threads <= 1
            ? null
            : Executors.newFixedThreadPool(threads, DocumentRunner::worker);
    Executor executor = pool != null ? pool : Runnable::run;
    ThreadLocal<ChunkJob<R>> local = ThreadLocal.withInitial(jobs);
    ArrayDeque<Pending<R>> window = new ArrayDeque<>();
    ArrayDeque<CompletableFuture<?>> inFlight = new ArrayDeque<>();
    int limit = threads * 4;
    Emitter<R> emitter = new Emitter<>(chunks);
    progress.start(sources);
    try (Progress shown = progress) {
      for (Source source : sources) {
        Pending<R> doc = new Pending<>();
        window.add(doc);
        long small = chunks == null && pool != null ? smallSize(source) : -1;
        if (small >= 0) {
          // one chunk: read, detected and counted on a worker
          doc.whole = CompletableFuture.supplyAsync(() -> analyze(source, text -> {
            List<Paragraph> all = new ArrayList<>();
            for (Paragraph p = text.next(); p != null; p = text.next()) {
              all.add(p);
            }
            return local.get().run(text.language(), all);
          }), executor);
          inFlight.add(doc.whole);
          shown.readBytes(small);
          shown.fileDone();
        } else {
          TextBlocks blocks = null;
          if (blockReading && chunks == null && pool != null) {
            try {
              blocks = reader.openBlocks(source);
            } catch (InputException e) {
              blocks = null; // reported the usual way below
            }
          }
          Chunker<R> chunker = new Chunker<>(executor, local, merge, emitter, source, doc, inFlight, limit, shown);
          doc.outcome = blocks != null
              ? readBlocks(source, blocks, chunker)
              : analyze(source, text -> {
                chunker.paragraphs(text::next, text.language());
                return null;
              }, false);
          shown.fileDone();
        }
        while (inFlight.size() > limit) {
          join(inFlight.poll());
        }
        // deliver the finished documents at the head; wait when too many are open
        while (!window.isEmpty()
            && (window.size() > limit || window.peek().isDone())) {
          deliverChunked(window.poll(), finish, sink);
        }
      }
      while (!window.isEmpty()) {
        deliverChunked(window.poll(), finish, sink);
      }
      join(emitter.last);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** Reads one document as blocks decoded by the workers (see {@link TextBlocks}). */
  private <R> Outcome<Void> readBlocks(Source source, TextBlocks blocks, Chunker<R> chunker) {
    Outcome<Void> outcome = new Outcome<>(source);
    outcome.language = forcedLanguage;
    try (blocks) {
      // the first block holds the whole detection sample
      int sample = forcedLanguage == null ? SAMPLE_CHARS : 0;
      for (TextBlock b = blocks.next(chunkChars, sample); b != null; b = blocks.next(chunkChars, 0)) {
        chunker.block(b);
      }
      Document rest = blocks.rest();
      if (rest != null) {
        try (rest) {
          chunker.paragraphs(rest::next, forcedLanguage);
          chunker.doc.malformed.addAndGet(rest.malformed());
        }
      }
      chunker.doc.blocks = true;
    } catch (InputException e) {
      outcome.error = e;
    } catch (IOException e) {
      outcome.error = new InputException(source, "read error: " + e.getMessage(), e);
    }
    return outcome;
  }

  /** A source of paragraphs ({@code null} at the end). */
  private interface Paragraphs {
    Paragraph next() throws IOException;
  }

  /** Cuts one document into chunks and queues them; used by the reading thread. */
  private final class Chunker<R> {
    final Executor executor;
    final ThreadLocal<ChunkJob<R>> local;
    final BinaryOperator<R> merge;
    final Emitter<R> emitter;
    final Source source;
    final Pending<R> doc;
    final ArrayDeque<CompletableFuture<?>> inFlight;
    final int limit;
    final Progress shown;

    Chunker(
        Executor executor,
        ThreadLocal<ChunkJob<R>> local,
        BinaryOperator<R> merge,
        Emitter<R> emitter,
        Source source,
        Pending<R> doc,
        ArrayDeque<CompletableFuture<?>> inFlight,
        int limit,
        Progress shown) {
      this.executor = executor;
      this.local = local;
      this.merge = merge;
      this.emitter = emitter;
      this.source = source;
      this.doc = doc;
      this.inFlight = inFlight;
      this.limit = limit;
      this.shown = shown;
    }

    /**
     * Queues chunks of about {@link #chunkChars} chars: whole paragraphs, except that a paragraph
     * longer than that (one line of hundreds of megabytes, which the reader delivers in pieces
     * cut at white space) is cut between its pieces, so a chunk never holds much more than
     * {@link #chunkChars} chars plus one piece, whatever the length of a line.
     */
    void paragraphs(Paragraphs text, String language) throws IOException {
      List<Paragraph> chunk = new ArrayList<>();
      long chars = 0;
      boolean continued = false;
      for (Paragraph p = text.next(); p != null; p = text.next()) {
        chunk.add(p);
        chars += p.text().length();
        // the first chunk holds the whole detection sample
        if (chars >= chunkChars && (chars >= SAMPLE_CHARS || doc.chunks > 0)) {
          queue(chunk, language, continued);
          continued = p.continues();
          chunk = new ArrayList<>();
          chars = 0;
        }
      }
      if (!chunk.isEmpty() || doc.chunks == 0) {
        queue(chunk, language, continued);
      }
    }

    /**
     * Queues one chunk. A chunk of {@code n} times {@link #chunkChars} chars (a stretch without
     * white space comes in pieces of up to 16 Mi chars) takes {@code n} places of the in-flight
     * limit (at most all of them), so that the chars in flight stay about {@code limit} chunks'
     * worth: with such pieces two are in flight, not eight.
     */
    private void queue(List<Paragraph> chunk, String language, boolean continued)
        throws IOException {
      submit(language, () -> chunk, continued);
      long chars = 0;
      for (Paragraph p : chunk) {
        chars += p.text().length();
      }
      long places = Math.min(limit, Math.max(1, chars / Math.max(1, chunkChars)));
      for (long i = 0; i < places; i++) {
        inFlight.add(doc.merged); // joined once per place: the later joins return at once
      }
      shown.read(chunk);
      drain();
    }

    /** Queues one block, decoded and split by the worker that counts it. */
    void block(TextBlock block) throws IOException {
      submit(forcedLanguage, () -> {
        List<Paragraph> all = new ArrayList<>();
        try (Document d = block.open()) {
          for (Paragraph p = d.next(); p != null; p = d.next()) {
            all.add(p);
          }
          doc.malformed.addAndGet(d.malformed());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return all;
      }, false);
      inFlight.add(doc.merged);
      shown.readBytes(block.bytes().length);
      drain();
    }

    /**
     * Queues one chunk and its merge into the document's result. The pool runs tasks in submission
     * order, so a document's first chunk (which detects the language) is running or done before a
     * later chunk waits for the language.
     */
    private void submit(String forced, Supplier<List<Paragraph>> text, boolean continued) {
      boolean first = doc.chunks++ == 0;
      CompletableFuture<R> counted =
          CompletableFuture.supplyAsync(() -> {
            List<Paragraph> chunk = text.get();
            String language = forced;
            if (language == null && first) {
              try {
                language = detect(chunk);
              } catch (RuntimeException | Error e) {
                doc.language.completeExceptionally(e);
                throw e;
              }
              doc.language.complete(language);
            } else if (language == null) {
              language = doc.language.join();
            }
            return local.get().run(language, chunk, continued);
          }, executor);
      if (emitter.sink != null) {
        ChunkSink<R> to = emitter.sink;
        counted = emitter.last.thenCombineAsync(counted, (done, r) -> {
          try {
            to.accept(source, forced != null ? forced : doc.language.join(), first, r);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return r;
        }, executor);
        emitter.last = counted;
      }
      doc.merged = first ? counted : doc.merged.thenCombineAsync(counted, merge, executor);
    }

    private void drain() throws IOException {
      while (inFlight.size() > limit) {
        join(inFlight.poll());
      }
    }
  }

  private <R> void deliverChunked(Pending<R> doc, UnaryOperator<R> finish, Sink<R> sink)
      throws IOException {
    if (doc.whole != null) {
      Outcome<R> whole = join(doc.whole);
      if (whole.error == null && !whole.skipped) {
        whole.result = finish.apply(whole.result);
      }
      deliver(whole, sink);
      return;
    }
    Outcome<Void> o = doc.outcome;
    Outcome<R> out = new Outcome<>(o.source);
    out.warnings.addAll(o.warnings);
    out.error = o.error;
    out.skipped = o.skipped;
    if (o.error == null && !o.skipped) {
      out.result = finish.apply(join(doc.merged));
      if (doc.blocks && doc.malformed.get() > 0) {
        out.warnings.add(malformedWarning(doc.malformed.get(), StandardCharsets.UTF_8));
      }
      out.language = o.language != null ? o.language : doc.language.getNow(null);
    }
    deliver(out, sink);
  }

  /**
   * A daemon worker thread. Whatever a task throws reaches the main thread through the task's
   * future, which reports it once; so the thread itself prints nothing (without this, an error
   * such as running out of memory would also be printed by the JVM as a stack trace).
   */
  private static Thread worker(Runnable r) {
    Thread t = new Thread(r, "kalima-worker");
    t.setDaemon(true);
    t.setUncaughtExceptionHandler((thread, e) -> {});
    return t;
  }

  private static <T> T join(CompletableFuture<T> future) throws IOException {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }

  /** The chain that hands chunk results to a {@link ChunkSink} in order. */
  private static final class Emitter<R> {
    final ChunkSink<R> sink;
    /** Done when every chunk submitted so far has been handed over. */
    CompletableFuture<?> last = CompletableFuture.completedFuture(null);

    Emitter(ChunkSink<R> sink) {
      this.sink = sink;
    }
  }

  /** A document whose chunks are being analyzed. */
  private static final class Pending<R> {
    final CompletableFuture<String> language = new CompletableFuture<>();
    Outcome<Void> outcome;
    int chunks;
    /** The merge of the chunks submitted so far (null before the first). */
    CompletableFuture<R> merged;
    /** Malformed sequences met by the workers decoding its blocks. */
    final AtomicLong malformed = new AtomicLong();
    /** Whether it was read as blocks (its malformed count is then {@link #malformed}). */
    boolean blocks;
    /** For a document read whole on a worker (as one chunk): its outcome; else null. */
    CompletableFuture<Outcome<R>> whole;

    boolean isDone() {
      return whole != null ? whole.isDone() : merged == null || merged.isDone();
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

  private static <T> T await(Future<T> future) throws IOException {
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
    return analyze(source, job, true);
  }

  /** With {@code detect} false, an undetected language is left null (the job detects it). */
  private <R> Outcome<R> analyze(Source source, Job<R> job, boolean detect) {
    Outcome<R> outcome = new Outcome<>(source);
    try (Document document = reader.open(source)) {
      CharsetGuess guess = document.guess();
      if (guess != null && guess.weak()) {
        outcome.warnings.add(weakGuessWarning(guess));
      }
      ArrayDeque<Paragraph> buffered = new ArrayDeque<>();
      String language = forcedLanguage;
      if (language == null && detect) {
        Paragraph p;
        while (sampleLength(buffered) < SAMPLE_CHARS && (p = document.next()) != null) {
          buffered.add(p);
        }
        language = detect(buffered);
      }
      outcome.language = language;
      outcome.result = job.run(new Text(source, language, buffered, document));
      if (document.malformed() > 0) {
        outcome.warnings.add(malformedWarning(document.malformed(), document.charset()));
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

  /**
   * The size of {@code source} if it is a file of fewer bytes than {@link #chunkChars} (so fewer
   * chars: one chunk, which a worker may read as well as count), else -1.
   */
  private long smallSize(Source source) {
    if (source.isStdin() || source.path() == null) {
      return -1;
    }
    try {
      long size = Files.size(source.path());
      return size < chunkChars ? size : -1;
    } catch (IOException e) {
      return -1; // reported when it is read
    }
  }

  private static String malformedWarning(long count, Charset charset) {
    return count + " malformed byte sequence(s) replaced with U+FFFD (decoded as "
        + charset.name() + "; use --encoding or --strict)";
  }

  /**
   * The warning for an input read in a charset that ICU guessed with little confidence ({@link
   * CharsetGuess#weak}); a confident guess goes unmentioned.
   */
  static String weakGuessWarning(CharsetGuess guess) {
    return "not UTF-8; read as " + guess.charset().name() + " (guessed, confidence "
        + guess.confidence() + " of 100); use --encoding to choose";
  }

  /** The chars of the detection sample the paragraphs make (see {@link #detect}). */
  private static int sampleLength(Iterable<Paragraph> paragraphs) {
    int n = 0;
    for (Paragraph p : paragraphs) {
      n += Math.min(p.text().length(), SAMPLE_CHARS) + 1;
    }
    return n;
  }

  /**
   * The language of a document detected from its first paragraphs: up to {@link #SAMPLE_CHARS}
   * chars of each paragraph plus a line break, paragraphs added while the sample is shorter than
   * {@link #SAMPLE_CHARS}.
   */
  private String detect(Iterable<Paragraph> paragraphs) {
    StringBuilder sample = new StringBuilder();
    for (Paragraph p : paragraphs) {
      if (sample.length() >= SAMPLE_CHARS) {
        break;
      }
      sample.append(p.text(), 0, Math.min(p.text().length(), SAMPLE_CHARS)).append('\n');
    }
    return detector.detect(sample);
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
