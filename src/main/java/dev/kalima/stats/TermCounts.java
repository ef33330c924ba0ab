package dev.kalima.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mergeable frequency table of terms (words or n-grams).
 *
 * <p>Terms are grouped under a <em>group key</em> (the normalized key, or its light stem with
 * {@code --stem}). For each group it keeps, per normalized key, how often each surface form was
 * seen, in first-seen order, so that a row can show the most frequent real form (ties: the one seen
 * first) and the other forms of the group.
 *
 * <p>{@link #merge} is associative, the empty table is its neutral element, and merging the
 * per-document tables in input order gives the same table (and the same first-seen order) as
 * counting the concatenated documents; only {@link Term#docs()} differs, by design: it counts
 * documents.
 *
 * <p>Mutable while it is being filled by one thread; merge results into a fresh table.
 */
public final class TermCounts {

  /**
   * The groups by name; null in a table made by {@link #ofNewGroups} until a lookup needs it
   * (then built from {@link #order}).
   */
  private Map<String, Group> groups = new HashMap<>();
  /** The groups in first-seen order. */
  private final List<Group> order = new ArrayList<>();
  private long words;
  private int documents;

  /**
   * An empty table to be filled only through {@link #newGroup} with distinct group names (the
   * caller's guarantee: they are not checked), so that no map by name is built for them unless a
   * later {@link #add} or {@link #merge} needs one.
   */
  static TermCounts ofNewGroups() {
    TermCounts t = new TermCounts();
    t.groups = null;
    return t;
  }

  private Map<String, Group> groups() {
    if (groups == null) {
      groups = new HashMap<>(Math.max(16, order.size() * 4 / 3 + 1));
      for (Group g : order) {
        groups.put(g.name, g);
      }
    }
    return groups;
  }

  /** Counts one occurrence of {@code surface}, normalized to {@code key}, under {@code group}. */
  public void add(String group, String key, String surface) {
    add(group, key, surface, 1);
  }

  /** Counts {@code n} occurrences of {@code surface}, normalized to {@code key}, under {@code group}. */
  public void add(String group, String key, String surface, long n) {
    Map<String, Group> byName = groups();
    Group g = byName.get(group);
    if (g == null) {
      g = new Group(group);
      byName.put(group, g);
      order.add(g);
    }
    g.count += n;
    g.add(key, surface, n);
  }

  /** Adds to the number of running words the table was built from (percent is relative to it). */
  public void addWords(long n) {
    words += n;
  }

  /** Marks this table as the table of one whole document: every term gets docs = 1. */
  public void markDocument() {
    documents = 1;
    for (Group g : order) {
      g.docs = 1;
    }
  }

  /**
   * Adds a group not in the table yet (checked unless the table was made by {@link
   * #ofNewGroups}), with no count, as the last in first-seen order, and returns its number (its
   * place in that order) for {@link #addToGroup} and {@link #setDocs}.
   */
  int newGroup(String group) {
    Group g = new Group(group);
    if (groups != null && groups.putIfAbsent(group, g) != null) {
      throw new IllegalArgumentException("already in the table: " + group);
    }
    order.add(g);
    return order.size() - 1;
  }

  /** Counts {@code n} occurrences of {@code surface}, normalized to {@code key}, under group number {@code g}. */
  void addToGroup(int g, String key, String surface, long n) {
    Group group = order.get(g);
    group.count += n;
    group.add(key, surface, n);
  }

  /** Sets the number of documents containing group number {@code g}. */
  void setDocs(int g, int docs) {
    order.get(g).docs = docs;
  }

  /** Adds to the number of documents merged into this table. */
  void addDocuments(int n) {
    documents += n;
  }

  /** Adds all of {@code other} into this table (in place) and returns this. */
  public TermCounts merge(TermCounts other) {
    for (Group theirs : other.order) {
      String name = theirs.name;
      Map<String, Group> byName = groups();
      Group mine = byName.get(name);
      if (mine == null) {
        mine = new Group(name);
        byName.put(name, mine);
        order.add(mine);
      }
      mine.count += theirs.count;
      mine.docs += theirs.docs;
      if (theirs.keys == null) {
        mine.add(theirs.soleKey, theirs.soleSurface, theirs.soleCount);
      } else {
        for (Map.Entry<String, Map<String, long[]>> k : theirs.keys.entrySet()) {
          for (Map.Entry<String, long[]> s : k.getValue().entrySet()) {
            mine.add(k.getKey(), s.getKey(), s.getValue()[0]);
          }
        }
      }
    }
    words += other.words;
    documents += other.documents;
    return this;
  }

  /** Number of running words counted (the denominator of percent). */
  public long words() {
    return words;
  }

  /** Number of documents merged into this table. */
  public int documents() {
    return documents;
  }

  /** Number of distinct groups. */
  public int size() {
    return order.size();
  }

  /** Total occurrences over all groups. */
  public long occurrences() {
    long n = 0;
    for (Group g : order) {
      n += g.count;
    }
    return n;
  }

  /** The terms, in first-seen order, as immutable values. */
  public List<Term> terms() {
    List<Term> out = new ArrayList<>(order.size());
    for (Group g : order) {
      out.add(g.toTerm(g.name));
    }
    return out;
  }

  /**
   * One counted group, frozen.
   *
   * @param group the group key (normalized, or stemmed)
   * @param count occurrences
   * @param docs documents containing it
   * @param display the most frequent surface form of the group (ties: first seen)
   * @param forms the other normalized keys of the group, each shown by its most frequent surface
   *     form, most frequent first (ties: first seen); empty unless stemming grouped several keys
   * @param key the normalized key of {@code display}
   */
  public record Term(String group, long count, int docs, String display, String key, List<String> forms) {}

  private static final class Group {
    final String name;
    long count;
    int docs;
    // While the group has seen a single (key, surface) pair, it is kept inline (most groups of
    // a large vocabulary never see a second form); the maps exist only from the second pair on.
    String soleKey;
    String soleSurface;
    long soleCount;
    // normalized key -> (surface -> count), both in first-seen order; null while sole
    LinkedHashMap<String, Map<String, long[]>> keys;

    Group(String name) {
      this.name = name;
    }

    void add(String key, String surface, long n) {
      if (keys == null) {
        if (soleKey == null) {
          soleKey = key;
          soleSurface = surface;
          soleCount = n;
          return;
        }
        if (soleKey.equals(key) && soleSurface.equals(surface)) {
          soleCount += n;
          return;
        }
        keys = new LinkedHashMap<>(2);
        Map<String, long[]> first = new LinkedHashMap<>(2);
        first.put(soleSurface, new long[] {soleCount});
        keys.put(soleKey, first);
        soleKey = null;
        soleSurface = null;
      }
      Map<String, long[]> surfaces = keys.computeIfAbsent(key, k -> new LinkedHashMap<>(2));
      long[] c = surfaces.get(surface);
      if (c == null) {
        surfaces.put(surface, new long[] {n});
      } else {
        c[0] += n;
      }
    }

    Term toTerm(String name) {
      if (keys == null) {
        return new Term(name, count, docs, soleSurface, soleKey, List.of());
      }
      String bestSurface = null;
      String bestKey = null;
      long best = -1;
      List<Map.Entry<String, Long>> perKey = new ArrayList<>();
      for (Map.Entry<String, Map<String, long[]>> k : keys.entrySet()) {
        String topSurface = null;
        long top = -1;
        long keyTotal = 0;
        for (Map.Entry<String, long[]> s : k.getValue().entrySet()) {
          long c = s.getValue()[0];
          keyTotal += c;
          if (c > top) {
            top = c;
            topSurface = s.getKey();
          }
          if (c > best) {
            best = c;
            bestSurface = s.getKey();
            bestKey = k.getKey();
          }
        }
        perKey.add(Map.entry(k.getKey() + "\u0000" + topSurface, keyTotal));
      }
      List<String> forms = new ArrayList<>();
      if (perKey.size() > 1) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(perKey);
        // stable sort: most frequent first, first seen among equals
        sorted.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        for (Map.Entry<String, Long> e : sorted) {
          String k = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
          if (!k.equals(bestKey)) {
            forms.add(e.getKey().substring(e.getKey().indexOf('\u0000') + 1));
          }
        }
      }
      return new Term(name, count, docs, bestSurface, bestKey, Collections.unmodifiableList(forms));
    }
  }
}
