package dev.kalima.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges {@link WordTotals} that several threads filled, each with some of the documents, into
 * the table one {@link WordTotals} fed every document in input order gives ({@link
 * WordTotals#toTermCounts}): the same groups, keys and forms in the same first-seen order, the
 * same counts, docs and running words, whichever thread counted which document.
 *
 * <ul>
 *   <li>{@link #document} is told, in input order, which totals hold each document and under
 *       which number; every document added to the totals must be told exactly once, and each
 *       totals must have got its documents in input order (as a thread that takes documents from
 *       one queue in input order does);
 *   <li>each totals then learns the input position of its documents, so of where each of its
 *       entries (a language's form) was first seen ({@link WordTotals#place});
 *   <li>the totals with the most entries absorbs the others one by one ({@link WordTotals#absorb}: same
 *       forms summed, keeping the earlier first-seen place; a document is in one totals only, so
 *       a group's docs are summed), and each absorbed one can be let go at once;
 *   <li>its table lists the entries in input order of where they were first seen.
 * </ul>
 *
 * <p>Mutable, for one thread; {@link #toTermCounts} uses the totals up.
 */
public final class WordTotalsMerge {

  private final Map<WordTotals, Part> byTotals = new IdentityHashMap<>();
  /** The totals in the order their first document was told. */
  private final List<Part> parts = new ArrayList<>();
  private int position;

  /**
   * Tells that the next document in input order is document {@code number} of {@code totals} (as
   * {@link WordTotals#add} returned it).
   *
   * @throws IllegalArgumentException if that document was told already
   */
  public void document(WordTotals totals, int number) {
    Part part = byTotals.get(totals);
    if (part == null) {
      part = new Part(totals);
      byTotals.put(totals, part);
      parts.add(part);
    }
    part.place(number, position++);
  }

  /**
   * The table of all documents told (see the class comment).
   *
   * @throws IllegalStateException if a totals holds a document that was not told, or got its
   *     documents out of input order
   */
  public TermCounts toTermCounts() {
    for (Part p : parts) {
      p.check();
    }
    List<WordTotals> all = new ArrayList<>(parts.size());
    for (Part p : parts) {
      all.add(p.totals);
      if (parts.size() > 1) {
        p.totals.place(p.positions);
      }
    }
    byTotals.clear();
    parts.clear();
    if (all.isEmpty()) {
      return TermCounts.ofNewGroups();
    }
    // the largest grows least by absorbing the others
    int largest = 0;
    for (int i = 1; i < all.size(); i++) {
      if (all.get(i).entries() > all.get(largest).entries()) {
        largest = i;
      }
    }
    WordTotals base = all.set(largest, null);
    int left = all.size() - 1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) != null) {
        base.absorb(all.get(i), --left > 0);
        all.set(i, null); // used up
      }
    }
    return base.toTermCounts();
  }

  /** One thread's totals and the input position of each of its documents. */
  private static final class Part {
    final WordTotals totals;
    /** positions[d] is the input position of document d (numbered from 1); -1 if not told. */
    int[] positions = new int[0];
    int placed;

    Part(WordTotals totals) {
      this.totals = totals;
    }

    void place(int number, int position) {
      if (number < 1) {
        throw new IllegalArgumentException("not a document number: " + number);
      }
      if (number >= positions.length) {
        int from = positions.length;
        positions = Arrays.copyOf(positions, Math.max(Math.max(64, 2 * from), number + 1));
        Arrays.fill(positions, from, positions.length, -1);
      } else if (positions[number] >= 0) {
        throw new IllegalArgumentException("document told twice: " + number);
      }
      positions[number] = position;
      placed++;
    }

    /** Checks that every document was told, and that they were added in input order. */
    void check() {
      boolean all = placed == totals.documents();
      for (int d = 1; all && d <= placed; d++) {
        all = positions[d] >= 0;
      }
      if (!all) {
        throw new IllegalStateException(
            "told " + placed + " of the " + totals.documents() + " documents of one totals");
      }
      for (int d = 2; d <= placed; d++) {
        if (positions[d] < positions[d - 1]) {
          throw new IllegalStateException("a totals got its documents out of input order");
        }
      }
    }
  }
}
