package dev.kalima.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The moving-average type-token ratio (MATTR, Covington and McFall 2010) of a token stream, kept
 * in a form that merges exactly.
 *
 * <p>MATTR with window {@code W} is the mean, over every run of {@code W} consecutive tokens, of
 * that run's distinct tokens divided by {@code W}. A text shorter than {@code W} has no full
 * window; its MATTR is then its plain TTR.
 *
 * <p><b>Merging.</b> The value keeps the sum of distinct counts over its full windows, the number
 * of windows, and its first and last {@code W - 1} tokens. {@code a.merge(b)} adds the windows of
 * {@code a} and {@code b} and the windows that straddle the seam (they lie within a's last and b's
 * first {@code W - 1} tokens). So the merge of the parts of a token stream, in order, is <em>exactly
 * the MATTR of the concatenated stream</em>: windows cross document boundaries as if the documents
 * were one text. {@link #merge} is associative (not commutative: order matters, as in the stream)
 * and {@link #empty} is neutral. Immutable.
 */
public final class MovingTtr {

  private final int window;
  private final long tokens;
  private final long windows;
  private final long distinctSum;
  private final List<String> head;
  private final List<String> tail;

  private MovingTtr(int window, long tokens, long windows, long distinctSum, List<String> head, List<String> tail) {
    this.window = window;
    this.tokens = tokens;
    this.windows = windows;
    this.distinctSum = distinctSum;
    this.head = head;
    this.tail = tail;
  }

  /** The value of an empty stream. */
  public static MovingTtr empty(int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1: " + window);
    }
    return new MovingTtr(window, 0, 0, 0, List.of(), List.of());
  }

  /** The value of one token stream (normalized word keys, in text order). */
  public static MovingTtr of(List<String> stream, int window) {
    MovingTtr empty = empty(window);
    if (stream.isEmpty()) {
      return empty;
    }
    long[] sums = windowSums(stream, 0, window);
    int keep = window - 1;
    List<String> head = List.copyOf(stream.subList(0, Math.min(keep, stream.size())));
    List<String> tail = List.copyOf(stream.subList(Math.max(0, stream.size() - keep), stream.size()));
    return new MovingTtr(window, stream.size(), sums[0], sums[1], head, tail);
  }

  /**
   * The value from its parts, as a builder counts them: the stream's length, its full windows,
   * the sum of their distinct counts, and its first and last {@code min(W - 1, tokens)} tokens.
   */
  static MovingTtr of(int window, long tokens, long windows, long distinctSum, List<String> head, List<String> tail) {
    empty(window); // checks the window
    return new MovingTtr(window, tokens, windows, distinctSum, List.copyOf(head), List.copyOf(tail));
  }

  /**
   * Builds the value of a token stream fed one token at a time, in memory bounded by the window
   * (not by the stream): it keeps the first {@code W - 1} tokens, the last {@code W} tokens in a
   * ring with their counts, the number of full windows and the sum of their distinct counts.
   * {@code build()} equals {@link #of} over the same tokens. Mutable; one thread.
   */
  public static final class Builder {
    private final int window;
    /** Grown while the first window fills, so a window larger than the text costs the text. */
    private String[] ring;
    private final Map<String, int[]> inWindow = new HashMap<>();
    private final List<String> head = new ArrayList<>();
    private long tokens;
    private long windows;
    private long distinctSum;

    public Builder(int window) {
      empty(window); // checks the window
      this.window = window;
      this.ring = new String[Math.min(window, 64)];
    }

    /** Appends one token (a normalized word key). */
    public void add(String token) {
      if (head.size() < window - 1) {
        head.add(token);
      }
      int slot = (int) (tokens % window);
      if (slot == ring.length) { // only while the first window fills
        ring = java.util.Arrays.copyOf(ring, (int) Math.min(window, 2L * ring.length));
      }
      if (tokens >= window) {
        String out = ring[slot];
        int[] c = inWindow.get(out);
        if (--c[0] == 0) {
          inWindow.remove(out);
        }
      }
      ring[slot] = token;
      inWindow.computeIfAbsent(token, k -> new int[1])[0]++;
      tokens++;
      if (tokens >= window) {
        windows++;
        distinctSum += inWindow.size();
      }
    }

    /** The value of the tokens added so far. */
    public MovingTtr build() {
      if (tokens == 0) {
        return empty(window);
      }
      int keep = (int) Math.min(window - 1, tokens);
      List<String> tail = new ArrayList<>(keep);
      for (long i = tokens - keep; i < tokens; i++) {
        tail.add(ring[(int) (i % window)]);
      }
      return new MovingTtr(window, tokens, windows, distinctSum, List.copyOf(head), List.copyOf(tail));
    }
  }

  /** {windows, distinctSum} over the full windows of {@code s} whose start is >= {@code from}. */
  private static long[] windowSums(List<String> s, int from, int window) {
    long windows = 0;
    long distinct = 0;
    if (s.size() < window) {
      return new long[] {0, 0};
    }
    Map<String, Integer> inWindow = new HashMap<>();
    for (int i = 0; i < window; i++) {
      inWindow.merge(s.get(i), 1, Integer::sum);
    }
    for (int start = 0; ; start++) {
      if (start >= from) {
        windows++;
        distinct += inWindow.size();
      }
      int end = start + window;
      if (end >= s.size()) {
        break;
      }
      String out = s.get(start);
      if (inWindow.merge(out, -1, Integer::sum) == 0) {
        inWindow.remove(out);
      }
      inWindow.merge(s.get(end), 1, Integer::sum);
    }
    return new long[] {windows, distinct};
  }

  public MovingTtr merge(MovingTtr other) {
    if (other.window != window) {
      throw new IllegalArgumentException("windows differ: " + window + " and " + other.window);
    }
    if (other.tokens == 0) {
      return this;
    }
    if (tokens == 0) {
      return other;
    }
    List<String> seam = new ArrayList<>(tail.size() + other.head.size());
    seam.addAll(tail);
    seam.addAll(other.head);
    long[] crossing = windowSums(seam, 0, window);
    int keep = window - 1;
    List<String> newHead = head;
    if (head.size() < keep) {
      List<String> h = new ArrayList<>(head);
      for (int i = 0; i < other.head.size() && h.size() < keep; i++) {
        h.add(other.head.get(i));
      }
      newHead = List.copyOf(h);
    }
    List<String> newTail = other.tail;
    if (other.tail.size() < keep) {
      List<String> t = new ArrayList<>(tail);
      t.addAll(other.tail);
      newTail = List.copyOf(t.subList(Math.max(0, t.size() - keep), t.size()));
    }
    return new MovingTtr(
        window,
        tokens + other.tokens,
        windows + other.windows + crossing[0],
        distinctSum + other.distinctSum + crossing[1],
        newHead,
        newTail);
  }

  public int window() {
    return window;
  }

  public long tokens() {
    return tokens;
  }

  /**
   * The MATTR: mean distinct/W over all full windows; for a stream shorter than the window, its
   * TTR (distinct / tokens); {@code null} for an empty stream.
   */
  public Double value() {
    if (tokens == 0) {
      return null;
    }
    if (windows == 0) {
      return (double) new java.util.HashSet<>(head).size() / tokens; // tokens < window: head is all
    }
    return (double) distinctSum / ((double) windows * window);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MovingTtr m
        && m.window == window
        && m.tokens == tokens
        && m.windows == windows
        && m.distinctSum == distinctSum
        && m.head.equals(head)
        && m.tail.equals(tail);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(window, tokens, windows, distinctSum, head, tail);
  }

  @Override
  public String toString() {
    return "MovingTtr[w=" + window + ", tokens=" + tokens + ", windows=" + windows + ", distinct=" + distinctSum + "]";
  }
}
