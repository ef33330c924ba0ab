package dev.kalima.keywords;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops near-duplicate phrases from a ranked list, keeping the better-ranked one. Walking the list
 * best first, a phrase is dropped when, compared with a phrase already kept:
 *
 * <ul>
 *   <li>both have the same light stems word for word ("sanction" / "sanctions", "الاستقرار" /
 *       "والاستقرار" when the stemmer strips the proclitic), or
 *   <li>the words of one are a contiguous part of the other ("Haftar" / "Khalifa Haftar") and the
 *       lower score is at least {@code threshold} times the higher one (the shorter phrase adds
 *       nothing the longer one does not already say, or the reverse).
 * </ul>
 *
 * A phrase that occurs only inside a better-ranked longer phrase ({@link #nested}), or a
 * multi-word phrase every occurrence of which overlaps an occurrence of a better-ranked one
 * without containing it ({@link #overlapped}: "legend Brooks Robinson" after "Baltimore Orioles
 * legend"), is set aside and comes back, in rank order, after the others only when fewer than
 * {@code limit} remain.
 *
 * A threshold of 0 turns deduplication off; 1 keeps everything except same-stem duplicates and
 * equal-score containments.
 */
final class Deduplicator {

  private final double threshold;

  Deduplicator(double threshold) {
    if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) {
      throw new IllegalArgumentException("dedup threshold must be between 0 and 1: " + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * The first {@code limit} phrases of {@code ranked} (best first) that survive deduplication.
   */
  List<Scored> apply(List<Scored> ranked, int limit) {
    List<Scored> kept = new ArrayList<>();
    // the word masks of the kept phrases, index for index (see wordMask)
    long[] keptMasks = new long[Math.min(Math.max(limit, 0), ranked.size())];
    List<Scored> nestedOnly = new ArrayList<>();
    for (Scored s : ranked) {
      if (kept.size() >= limit) {
        break;
      }
      if (threshold == 0) {
        kept.add(s);
        continue;
      }
      long mask = wordMask(s.candidate().stemKey());
      boolean duplicate = false;
      boolean nested = false;
      for (int i = 0; i < kept.size(); i++) {
        Scored k = kept.get(i);
        long keptMask = keptMasks[i];
        if (duplicate(k, s, keptMask, mask)) {
          duplicate = true;
          break;
        }
        // (nested needs every word of s in k)
        nested |= (mask & ~keptMask) == 0 && nested(s.candidate(), k.candidate())
            || overlapped(s.candidate(), k.candidate());
      }
      if (duplicate) {
        continue;
      }
      if (nested) {
        nestedOnly.add(s);
      } else {
        keptMasks[kept.size()] = mask;
        kept.add(s);
      }
    }
    for (int i = 0; i < nestedOnly.size() && kept.size() < limit; i++) {
      kept.add(nestedOnly.get(i)); // room left: the nested phrases come back, after the others
    }
    return kept;
  }

  /**
   * True when {@code worse} duplicates {@code better}; the masks ({@link #wordMask}) rule out
   * most pairs before any string search: the words of a phrase contained in another are among
   * that other's words, so the bits of its mask are among the other's.
   */
  private boolean duplicate(Scored better, Scored worse, long betterMask, long worseMask) {
    String a = better.candidate().stemKey();
    String b = worse.candidate().stemKey();
    if (a.equals(b)) {
      return true;
    }
    if (!((worseMask & ~betterMask) == 0 && containsWords(a, b))
        && !((betterMask & ~worseMask) == 0 && containsWords(b, a))) {
      return false;
    }
    double hi = Math.max(better.score(), worse.score());
    double lo = Math.min(better.score(), worse.score());
    return hi > 0 && lo >= threshold * hi;
  }

  /**
   * A 64-bit summary of the space-separated words of a key: one bit per word, chosen by the
   * word's hash. A key whose words occur in another key has its bits among that key's bits.
   */
  static long wordMask(String key) {
    long mask = 0;
    int h = 0;
    for (int i = 0, n = key.length(); i <= n; i++) {
      if (i == n || key.charAt(i) == ' ') {
        mask |= 1L << ((h * 0x9E3779B9) >>> 26);
        h = 0;
      } else {
        h = 31 * h + key.charAt(i);
      }
    }
    return mask;
  }

  /** True when the space-separated words of {@code part} occur contiguously in {@code whole}. */
  static boolean containsWords(String whole, String part) {
    int from = 0;
    while (true) {
      int i = whole.indexOf(part, from);
      if (i < 0) {
        return false;
      }
      int end = i + part.length();
      if ((i == 0 || whole.charAt(i - 1) == ' ')
          && (end == whole.length() || whole.charAt(end) == ' ')) {
        return true;
      }
      from = i + 1;
    }
  }

  /**
   * True when {@code part} has at least two words and each of its occurrences shares words with
   * an occurrence of {@code other} (a unit, {@link Candidate#unit}) that it does not contain: the
   * two are rival cuts of the same words ("Orioles legend Brooks" and "legend Brooks Robinson" of
   * "Baltimore Orioles legend Brooks Robinson", five words where a candidate has at most three).
   * A word of the text belongs to one phrase where it occurs (chunks do not overlap: Abney 1991,
   * "Parsing by chunks"), so a phrase that is always the worse cut is never used on its own.
   */
  static boolean overlapped(Candidate part, Candidate other) {
    if (part.length() < 2 || !other.unit()) {
      return false;
    }
    // both lists of starts ascend: one pass over each (a phrase repeated 300,000 times made the
    // pairwise test take minutes)
    int first = 0; // the first occurrence of other that does not end before s
    for (int i = 0; i < part.count(); i++) {
      int s = part.start(i);
      int partEnd = s + part.length();
      while (first < other.count() && other.start(first) + other.length() <= s) {
        first++;
      }
      boolean overlaps = false;
      for (int j = first; j < other.count() && other.start(j) < partEnd; j++) {
        int t = other.start(j);
        if (t < s || t + other.length() > partEnd) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when every occurrence of {@code part} lies inside an occurrence of the longer {@code
   * whole} (same light stems at some word offset): then {@code part} is never used on its own and
   * is not a term of the text (the zero case of Frantzi, Ananiadou and Mima's C-value, 2000).
   */
  static boolean nested(Candidate part, Candidate whole) {
    if (part.length() >= whole.length() || part.count() > whole.count() || !whole.unit()
        || !containsWords(whole.stemKey(), part.stemKey())) {
      return false; // (the word-by-word search below can only match where the keys contain)
    }
    String[] p = part.stemKey().split(" ");
    String[] w = whole.stemKey().split(" ");
    for (int o = 0; o + p.length <= w.length; o++) {
      boolean match = true;
      for (int k = 0; k < p.length && match; k++) {
        match = p[k].equals(w[o + k]);
      }
      if (!match) {
        continue;
      }
      boolean all = true;
      for (int i = 0; i < part.count(); i++) {
        if (!whole.startsAt(part.start(i) - o)) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
