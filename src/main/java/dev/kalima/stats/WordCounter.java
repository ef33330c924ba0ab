package dev.kalima.stats;

import dev.kalima.analysis.TermAnalyzer;
import dev.kalima.analysis.Token;
import dev.kalima.analysis.WordTokenizer;
import java.util.Arrays;
import java.util.List;

/**
 * Counts the words (or n-grams) of one document, paragraph by paragraph, into a {@link
 * TermCounts}.
 *
 * <ul>
 *   <li>every word token counts towards the running-word total; number tokens count only with
 *       {@code numbers};
 *   <li>a term is keyed by {@link TermAnalyzer#key} (and grouped by {@link TermAnalyzer#stem} when
 *       the analyzer stems);
 *   <li>with {@code dropStopwords}, a single word that is a stopword is not counted, and an n-gram
 *       that starts or ends with one is not counted;
 *   <li>an n-gram is {@code n} consecutive tokens with no punctuation between them ({@link
 *       Token#breakBefore()}) that does not end on an elided word written onto the next one ("a
 *       entraîné l'" of "a entraîné l'annulation" is no n-gram; "entraîné l'annulation" is);
 *       a number token breaks n-grams unless numbers are counted; it is
 *       keyed by its words' keys joined by spaces and shown as written: words joined by a hyphen
 *       with "-", words written with nothing between them (l'homme, Japanese) without a space.
 * </ul>
 *
 * <p>Single words are first counted per distinct surface form; each distinct form is then
 * normalized, stemmed and tested for stopwords once, when {@link #finish} (or {@link #flush}) adds
 * the forms to the table in first-seen order. This gives the same table as adding every token, for
 * a fraction of the normalizer calls (news text repeats each form about 20 times).
 *
 * Not thread-safe (the tokenizer and analyzer are per thread): one counter per document and thread.
 */
public final class WordCounter {

  /**
   * @param ngram words per term (1 = single words)
   * @param numbers count numbers (2025, ٢٠٢٥) as terms too
   * @param dropStopwords leave out stopwords (and n-grams at whose edge one stands)
   */
  public record Options(int ngram, boolean numbers, boolean dropStopwords) {
    public static final Options DEFAULT = new Options(1, false, false);
  }

  private final WordTokenizer tokenizer;
  private final TermAnalyzer analyzer;
  private final Options options;
  /** Words the n-gram window holds at first. */
  private static final int INITIAL_WINDOW = 8;

  private final TermCounts counts = new TermCounts();
  // the window of the last words of the run: grown up to ngram words as a run gets that long,
  // so a huge --ngrams costs nothing until a run of that many words is met
  private String[] keys;
  private String[] surfaces;
  private String[] groups;
  /**
   * How each word of the window is joined to the one before it: "-" (hyphenated), "" (written
   * with nothing between: an elision, l'homme; Japanese, Thai) or " ".
   */
  private String[] glues;
  private boolean[] stop;
  // single words: distinct surface forms in first-seen order, and their counts
  private SurfaceCounts surfaceCounts = new SurfaceCounts();
  private final WordTokenizer.TokenSink sink;
  /** The chars of the paragraph being scanned (single words). */
  private char[] buffer = new char[256];

  public WordCounter(WordTokenizer tokenizer, TermAnalyzer analyzer, Options options) {
    this.tokenizer = tokenizer;
    this.analyzer = analyzer;
    this.options = options;
    int window = Math.min(options.ngram(), INITIAL_WINDOW);
    this.keys = new String[window];
    this.surfaces = new String[window];
    this.groups = new String[window];
    this.glues = new String[window];
    this.stop = new boolean[window];
    // the sinks read the paragraph's chars from buffer (copied once per paragraph)
    this.sink =
        options.numbers()
            ? (text, start, end, number) -> surfaceCounts.add(buffer, start, end)
            : (text, start, end, number) -> {
              if (!number) {
                surfaceCounts.add(buffer, start, end);
              }
            };
  }

  /** Counts the words of one paragraph (n-grams never cross paragraphs). */
  public void accept(String paragraph) {
    int n = options.ngram();
    if (n == 1) {
      int len = paragraph.length();
      if (buffer.length < len) {
        buffer = new char[Math.max(len, buffer.length * 2)];
      }
      paragraph.getChars(0, len, buffer, 0);
      tokenizer.scan(paragraph, sink);
      return;
    }
    List<Token> tokens = tokenizer.tokenize(paragraph);
    int run = 0; // tokens in the current unbroken run, capped at n
    long words = 0;
    Token previous = null;
    for (Token t : tokens) {
      Token before = previous;
      previous = t;
      boolean isWord = t.type() == Token.Type.WORD;
      if (!isWord && !options.numbers()) {
        run = 0;
        continue;
      }
      words++;
      if (t.breakBefore()) {
        run = 0;
      }
      String key = analyzer.key(t.text());
      // shift the window left when full
      if (run == n) {
        System.arraycopy(keys, 1, keys, 0, n - 1);
        System.arraycopy(surfaces, 1, surfaces, 0, n - 1);
        System.arraycopy(groups, 1, groups, 0, n - 1);
        System.arraycopy(stop, 1, stop, 0, n - 1);
        System.arraycopy(glues, 1, glues, 0, n - 1);
        run--;
      } else if (run == keys.length) {
        grow(n);
      }
      glues[run] = glue(paragraph, before, t);
      keys[run] = key;
      surfaces[run] = t.text();
      groups[run] = analyzer.stemming() ? analyzer.stem(key) : key;
      stop[run] = options.dropStopwords() && analyzer.isStopword(t.text(), key);
      run++;
      if (run == n && !(stop[0] || stop[n - 1]) && !elided(paragraph, t)) {
        if (n == 1) {
          counts.add(groups[0], keys[0], surfaces[0]);
        } else {
          counts.add(String.join(" ", groups), String.join(" ", keys), written());
        }
      }
    }
    counts.addWords(words);
  }

  /**
   * Doubles the window, up to {@code n} words (so it is exactly {@code n} long when a run first
   * reaches {@code n} words).
   */
  private void grow(int n) {
    int size = (int) Math.min(n, 2L * keys.length);
    keys = Arrays.copyOf(keys, size);
    surfaces = Arrays.copyOf(surfaces, size);
    groups = Arrays.copyOf(groups, size);
    glues = Arrays.copyOf(glues, size);
    stop = Arrays.copyOf(stop, size);
  }

  /**
   * True when {@code t} is an elided word written onto the word after it (the "l'" of
   * "l'annulation", "qu'" of "qu'il"): an n-gram that ends on it would cut a written word in two
   * ("a entraîné l'"), so none does.
   */
  private static boolean elided(String paragraph, Token t) {
    String s = t.text();
    char last = s.charAt(s.length() - 1);
    return (last == '\'' || last == '\u2019')
        && t.end() < paragraph.length()
        && Character.isLetter(paragraph.codePointAt(t.end()));
  }

  /** The glue of {@link #glues} between {@code before} (null at a run's start) and {@code t}. */
  private static String glue(String paragraph, Token before, Token t) {
    if (Token.hyphenJoined(paragraph, before, t)) {
      return "-";
    }
    return before != null && before.end() == t.start() ? "" : " ";
  }

  private String written() {
    StringBuilder b = new StringBuilder(surfaces[0]);
    for (int i = 1; i < surfaces.length; i++) {
      b.append(glues[i]).append(surfaces[i]);
    }
    return b.toString();
  }

  /**
   * Moves the single words counted so far into the table: each distinct surface form, in
   * first-seen order, is keyed, grouped and tested for stopwords once.
   */
  public void flush() {
    SurfaceCounts forms = surfaceCounts;
    for (int i = 0; i < forms.size(); i++) {
      String surface = forms.form(i);
      String key = analyzer.key(surface);
      if (options.dropStopwords() && analyzer.isStopword(surface, key)) {
        continue;
      }
      String group = analyzer.stemming() ? analyzer.stem(key) : key;
      counts.add(group, key, surface, forms.count(i));
    }
    counts.addWords(forms.words());
    surfaceCounts = new SurfaceCounts();
  }

  /**
   * The single words counted so far, as written (not normalized), and starts afresh: the raw
   * table of one chunk of a document, to be merged in order with the other chunks' tables and
   * summed with {@link WordTotals}. Empty when counting n-grams.
   */
  public SurfaceCounts surfaces() {
    SurfaceCounts forms = surfaceCounts;
    surfaceCounts = new SurfaceCounts();
    return forms;
  }

  /**
   * The counts so far, not marked as a document: the table of one chunk of a document, to be
   * merged in order with the other chunks' tables and then marked ({@link
   * TermCounts#markDocument}).
   */
  public TermCounts table() {
    flush();
    return counts;
  }

  /** The counts of the document so far, marked as one document. */
  public TermCounts finish() {
    flush();
    counts.markDocument();
    return counts;
  }
}
