package dev.kalima.keywords;

import java.util.List;

/**
 * Candidate counts over a set of documents, for tf-idf (document frequencies) and keyness
 * (reference frequencies). Immutable; {@link #merge} is associative and commutative, and {@link
 * #EMPTY} is its neutral element. To combine many documents, add them to one {@link Accumulator}
 * (linear in their total size) rather than folding them with {@link #merge} (which copies the
 * growing table at every step).
 *
 * <p>A large document may be counted in windows (consecutive parts of it, such as chunks of whole
 * paragraphs), so that only one window is parsed at a time: {@link #sameDocument} (or, for many
 * windows, a {@link DocumentAccumulator}) combines the windows' counts into the document's, which
 * is then merged or accumulated with the other documents' as usual.
 */
public final class CorpusCounts {

  public static final CorpusCounts EMPTY = new CorpusCounts(0, 0, new KeyCounts(0));

  private final int docs;
  private final long words;
  /** Key -> occurrences and documents; never changed once here. */
  private final KeyCounts counts;

  private CorpusCounts(int docs, long words, KeyCounts counts) {
    this.docs = docs;
    this.words = words;
    this.counts = counts;
  }

  static CorpusCounts of(ParsedText text, List<Candidate> candidates) {
    KeyCounts m = new KeyCounts(candidates.size());
    for (Candidate c : candidates) {
      m.add(c.key(), c.count(), 1);
    }
    return new CorpusCounts(1, text.words().size(), m);
  }

  /** The sum of both (a new value; neither is changed). */
  public CorpusCounts merge(CorpusCounts other) {
    return combine(other, false);
  }

  /**
   * The counts of one document counted in two windows, {@code this} and {@code later} (two
   * disjoint parts of it, each counted on its own, each of at most one document): a new value,
   * neither is changed.
   *
   * <ul>
   *   <li>words: the sum of both;
   *   <li>for every key, occurrences: the sum of both;
   *   <li>for every key, documents: the larger of both, so 1 for a key in either window or in both
   *       (a key in two windows of a document is in one document);
   *   <li>documents: the larger of both, so 1 (0 only when both are {@link #EMPTY}).
   * </ul>
   *
   * <p>Associative and commutative, with {@link #EMPTY} as its neutral element; a document of one
   * window gives that window's counts unchanged. Not {@link #merge}, which sums documents: use this
   * only for parts of one document. To combine many windows, add them to one {@link
   * DocumentAccumulator} (linear in their total size) rather than folding them with this.
   *
   * @throws IllegalArgumentException if either value counts more than one document
   */
  public CorpusCounts sameDocument(CorpusCounts later) {
    requireWindow(this);
    requireWindow(later);
    return combine(later, true);
  }

  /** {@link #merge} or {@link #sameDocument}: the larger table is copied, the smaller added. */
  private CorpusCounts combine(CorpusCounts other, boolean sameDocument) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    CorpusCounts big = counts.size() >= other.counts.size() ? this : other;
    CorpusCounts small = big == this ? other : this;
    Table table = new Table();
    table.add(big, sameDocument);
    table.add(small, sameDocument);
    return table.result();
  }

  private static void requireWindow(CorpusCounts window) {
    if (window.docs > 1) {
      throw new IllegalArgumentException(
          "not the counts of one document's window: " + window.docs + " documents");
    }
  }

  private boolean isEmpty() {
    return docs == 0 && words == 0 && counts.size() == 0;
  }

  /** Number of documents. */
  public int docs() {
    return docs;
  }

  /** Number of words (tokens) in all documents. */
  public long words() {
    return words;
  }

  /** Occurrences of a candidate key. */
  public long count(String key) {
    return counts.occurrences(key);
  }

  /** Number of documents a candidate key occurs in. */
  public long documentFrequency(String key) {
    return counts.documents(key);
  }

  /** Same documents, words and, for every key, the same occurrences and documents. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CorpusCounts other
        && docs == other.docs
        && words == other.words
        && counts.sameCounts(other.counts);
  }

  @Override
  public int hashCode() {
    return (31 * Integer.hashCode(docs) + Long.hashCode(words)) * 31 + counts.contentHash();
  }

  @Override
  public String toString() {
    return "CorpusCounts[docs=" + docs + ", words=" + words + ", keys=" + counts.size() + "]";
  }

  /**
   * Sums many counts in one table: {@code new Accumulator().add(a).add(b).result()} equals {@code
   * a.merge(b)}, in time linear in the size of what is added. Mutable; one thread.
   *
   * <ul>
   *   <li>{@link #add} sums the documents and words, and each key's occurrences and documents,
   *       into the accumulator's own table (a {@link KeyCounts}; the added value's is only read);
   *   <li>the first value added to an empty accumulator lends it its table instead (no copy: a
   *       corpus of one large document is held once), which the next {@link #add} copies before
   *       adding to it;
   *   <li>{@link #result} hands the table to the returned value without copying it; the next
   *       {@link #add}, if any, first copies it, so a returned value never changes.
   * </ul>
   */
  public static final class Accumulator {
    private final Table table = new Table();

    /** Adds {@code c}'s counts to the sums; returns this. */
    public Accumulator add(CorpusCounts c) {
      table.add(c, false);
      return this;
    }

    /** The sums of everything added so far, as an immutable value. */
    public CorpusCounts result() {
      return table.result();
    }
  }

  /**
   * The counts of one document counted in windows (consecutive, disjoint parts of it, each counted
   * on its own, such as chunks of whole paragraphs), combined in one table: {@code new
   * DocumentAccumulator().add(a).add(b).result()} equals {@code a.sameDocument(b)}, in time linear
   * in the size of what is added. Mutable; one thread at a time.
   *
   * <ul>
   *   <li>{@link #add} takes one window's counts (of at most one document, as {@link
   *       KeywordExtractor#count} gives them): the words and every key's occurrences are summed;
   *       a key's documents and the documents are the larger of the two (so 1 once a window is
   *       added: a key in several windows is in one document);
   *   <li>the first window added lends its table (no copy), which the next {@link #add} copies
   *       before adding to it, so an added value never changes;
   *   <li>{@link #result} hands the table to the returned value without copying it; the next
   *       {@link #add}, if any, first copies it, so a returned value never changes.
   * </ul>
   *
   * <p>A document of one window therefore gives that window's counts, exactly as if the document
   * had been counted whole; the counts of a document of several windows differ from counting it
   * whole only by what crosses a window's edge (a phrase or a sentence cut between two windows).
   */
  public static final class DocumentAccumulator {
    private final Table table = new Table();

    /**
     * Adds one window's counts, as described above; returns this.
     *
     * @throws IllegalArgumentException if {@code window} counts more than one document
     */
    public DocumentAccumulator add(CorpusCounts window) {
      requireWindow(window);
      table.add(window, true);
      return this;
    }

    /**
     * Adds everything added to {@code later} (the windows after those added here), as one more
     * window; returns this. {@code later} keeps its counts.
     */
    public DocumentAccumulator add(DocumentAccumulator later) {
      return add(later.result());
    }

    /** The document's counts from the windows added so far, as an immutable value. */
    public CorpusCounts result() {
      return table.result();
    }
  }

  /**
   * The table behind both accumulators: it borrows the first value's key table, copies it
   * before the first change (a value added or returned never changes), and hands it to each
   * result without copying.
   */
  private static final class Table {
    private int docs;
    private long words;
    private KeyCounts counts = new KeyCounts(0);
    /**
     * True while {@link #counts} belongs to another value (an added or a returned one): copy it
     * before changing it.
     */
    private boolean handedOut;

    /**
     * Adds {@code c}: words and every key's occurrences summed; documents (the value's and each
     * key's) summed, or with {@code sameDocument} the larger of the two.
     */
    void add(CorpusCounts c, boolean sameDocument) {
      if (isEmpty()) {
        counts = c.counts;
        handedOut = true;
      } else {
        if (handedOut) {
          counts = counts.copy();
          handedOut = false;
        }
        if (sameDocument) {
          counts.addAllSameDocument(c.counts);
        } else {
          counts.addAll(c.counts);
        }
      }
      docs = sameDocument ? Math.max(docs, c.docs) : docs + c.docs;
      words += c.words;
    }

    CorpusCounts result() {
      if (isEmpty()) {
        return EMPTY;
      }
      handedOut = true;
      return new CorpusCounts(docs, words, counts);
    }

    private boolean isEmpty() {
      return docs == 0 && words == 0 && counts.size() == 0;
    }
  }
}
