package dev.kalima.keywords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One ranked keyword list for many documents ({@code --corpus}):
 *
 * <ol>
 *   <li>each document contributes its own ranked, deduplicated list (a pool larger than the
 *       final top, see {@link #poolSize});
 *   <li>a phrase's share from one document is its score divided by that document's best score,
 *       so every document weighs the same whatever the scale of its scores;
 *   <li>the corpus score of a phrase is the sum of its shares, its count the sum of its counts,
 *       its docs the number of documents whose pool held it, its shown form the one that the
 *       most documents showed (ties: first seen);
 *   <li>the result is ranked by {@link Ranking#ORDER}.
 * </ol>
 *
 * Documents must be added in input order; the result is then independent of scheduling.
 */
public final class CorpusKeywords {

  private static final class Entry {
    /** The shown form while every document showed the same one. */
    String phrase;
    /** Shown form -> documents, in first-seen order; only once a second form appears. */
    Map<String, Integer> phrases;
    double score;
    long count;
    int docs;

    void addPhrase(String p) {
      if (phrases == null) {
        if (phrase == null || phrase.equals(p)) {
          phrase = p;
          return;
        }
        phrases = new LinkedHashMap<>();
        phrases.put(phrase, docs);
      }
      phrases.merge(p, 1, Integer::sum);
    }

    /** The form the most documents showed; ties: first seen. */
    String shown() {
      if (phrases == null) {
        return phrase;
      }
      String best = null;
      int most = 0;
      for (Map.Entry<String, Integer> p : phrases.entrySet()) {
        if (p.getValue() > most) {
          best = p.getKey();
          most = p.getValue();
        }
      }
      return best;
    }
  }

  private final Map<String, Entry> entries = new HashMap<>();

  /**
   * How many keywords of each document to pool for a corpus top of {@code top}: five times the
   * top, at least 50, at most {@link Integer#MAX_VALUE} (a huge top means every keyword).
   */
  public static int poolSize(int top) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(50L, 5L * top));
  }

  /** Adds one document's ranked list (best first). */
  public void add(List<Keyword> ranked) {
    if (ranked.isEmpty()) {
      return;
    }
    double best = ranked.get(0).score();
    for (Keyword k : ranked) {
      Entry e = entries.computeIfAbsent(k.key(), x -> new Entry());
      // a phrase shown as its key keeps no string of its own (the map holds millions)
      e.addPhrase(k.phrase().equals(k.key()) ? k.key() : k.phrase());
      e.score += best > 0 ? k.score() / best : 0;
      e.count += k.count();
      e.docs++;
    }
  }

  /**
   * The {@code top} best phrases of all documents added so far, in {@link Ranking#ORDER}: a
   * bounded selection (a heap of the {@code top} best seen so far) instead of sorting every
   * phrase; {@link Ranking#ORDER} is a total order on distinct keys, so the result is the prefix
   * of the full sort.
   */
  public List<Keyword> top(int top) {
    if (top <= 0) {
      return List.of();
    }
    // the worst of the best kept at the head
    // sized by what can get in: a huge top ("all of them") allocates nothing more
    int capacity = Math.min(top, entries.size()) + 1;
    PriorityQueue<Keyword> best = new PriorityQueue<>(capacity, Ranking.ORDER.reversed());
    for (Map.Entry<String, Entry> me : entries.entrySet()) {
      Entry e = me.getValue();
      // the shown form plays no part in the order: computed only for a phrase that gets in
      Keyword probe = new Keyword(null, me.getKey(), e.score, e.count, e.docs);
      if (best.size() < top || Ranking.ORDER.compare(probe, best.peek()) < 0) {
        best.add(new Keyword(e.shown(), me.getKey(), e.score, e.count, e.docs));
        if (best.size() > top) {
          best.poll();
        }
      }
    }
    List<Keyword> out = new ArrayList<>(best);
    out.sort(Ranking.ORDER);
    return List.copyOf(out);
  }

  /** Every phrase added so far, in no particular order (the reference for {@link #top}). */
  List<Keyword> all() {
    List<Keyword> all = new ArrayList<>(entries.size());
    for (Map.Entry<String, Entry> me : entries.entrySet()) {
      Entry e = me.getValue();
      all.add(new Keyword(e.shown(), me.getKey(), e.score, e.count, e.docs));
    }
    return all;
  }
}
