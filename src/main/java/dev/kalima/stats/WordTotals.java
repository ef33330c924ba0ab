package dev.kalima.stats;

import dev.kalima.analysis.TermAnalyzer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Sums the single-word {@link SurfaceCounts} of whole documents, in input order, into one table,
 * normalizing each distinct surface form once for the whole run rather than once per document.
 *
 * <ul>
 *   <li>a form is known by its language and its chars: the first time a language's form is met,
 *       it is keyed with {@link TermAnalyzer#key}, tested for stopwords (when they are dropped) and
 *       grouped with {@link TermAnalyzer#stem} (when the analyzer stems);
 *   <li>every document adds its forms' counts and running words, and one document to each group
 *       it has a counted form of;
 *   <li>{@link #toTermCounts} gives exactly the {@link TermCounts} that counting each document
 *       with {@link WordCounter#finish} and merging those tables in input order gives: groups,
 *       keys and forms in first-seen order, the same counts, docs and running words.
 * </ul>
 *
 * <p>Mutable, for one thread.
 */
public final class WordTotals {

  private final boolean dropStopwords;
  private final Map<String, FormIndex> byLanguage = new HashMap<>();

  // entries: one per (language, form), in first-seen order
  /** The chars of the entries' forms, one after the other. */
  private char[] formChars = new char[1 << 14];
  private int formUsed;
  /** Entry e's form is formChars[spans[2e], spans[2e] + spans[2e + 1]). */
  private int[] spans = new int[2 * 1024];
  private String[] keys = new String[1024];
  /** The entry's group number, or -1 for a dropped stopword. */
  private int[] groupOf = new int[1024];
  private long[] counts = new long[1024];
  private int size;

  // groups, numbered in first-seen order
  private Index groupIndex = new Index();
  private String[] groups = new String[1024];
  private int[] docs = new int[1024];
  /** The last document that added one to the group's docs. */
  private int[] lastDocument = new int[1024];
  private int groupCount;

  private long words;
  private int documents;
  private boolean closed;

  /** @param dropStopwords leave out the forms whose key is a stopword */
  public WordTotals(boolean dropStopwords) {
    this.dropStopwords = dropStopwords;
  }

  /** Adds one whole document's counts, analyzed with {@code analyzer} (its language's). */
  public void add(SurfaceCounts document, TermAnalyzer analyzer) {
    if (closed) {
      throw new IllegalStateException("already turned into a table");
    }
    FormIndex index = byLanguage.computeIfAbsent(analyzer.language(), l -> new FormIndex());
    int doc = ++documents;
    char[] chars = document.chars();
    // a document's forms are distinct: into an empty index, every one is new
    boolean allNew = index.used == 0;
    if (allNew) {
      index.reserve(document.size());
      if (groupCount == 0 && !analyzer.stemming()) {
        groupIndex.reserve(document.size()); // one group per key: about one per form
      }
    }
    for (int i = 0; i < document.size(); i++) {
      int h = document.hash(i);
      int start = document.start(i);
      int len = document.length(i);
      int e = allNew ? -1 : index.find(chars, start, len, h, formChars);
      if (e < 0) {
        e = append(chars, start, len, analyzer);
        index.insert(e, h, spans[2 * e], len);
      }
      counts[e] += document.count(i);
      int g = groupOf[e];
      if (g >= 0 && lastDocument[g] != doc) {
        lastDocument[g] = doc;
        docs[g]++;
      }
    }
    words += document.words();
  }

  /**
   * The table of all documents added (see the class comment). This uses the totals up: their
   * lookup tables are released first to leave room for the table, and nothing can be added after.
   */
  public TermCounts toTermCounts() {
    byLanguage.clear();
    groupIndex = null;
    closed = true;
    TermCounts table = TermCounts.ofNewGroups();
    // groups are numbered in the order their first counted form was met: the table's order
    for (int g = 0; g < groupCount; g++) {
      table.newGroup(groups[g]);
      table.setDocs(g, docs[g]);
    }
    for (int e = 0; e < size; e++) {
      int g = groupOf[e];
      if (g >= 0) {
        table.addToGroup(g, keys[e], form(e), counts[e]);
      }
    }
    table.addWords(words);
    table.addDocuments(documents);
    return table;
  }

  /** Entry e's form: its key when that has the same chars (no second string), else a new one. */
  private String form(int e) {
    int at = spans[2 * e];
    int len = spans[2 * e + 1];
    String key = keys[e];
    if (key.length() == len && FormIndex.matches(key, formChars, at, len)) {
      return key;
    }
    return new String(formChars, at, len);
  }

  /** Adds the entry of the form chars[start, start + len), keyed and grouped by {@code analyzer}. */
  private int append(char[] chars, int start, int len, TermAnalyzer analyzer) {
    if (size == keys.length) {
      int cap = size * 2;
      spans = Arrays.copyOf(spans, 2 * cap);
      keys = Arrays.copyOf(keys, cap);
      groupOf = Arrays.copyOf(groupOf, cap);
      counts = Arrays.copyOf(counts, cap);
    }
    if (formChars.length - formUsed < len) {
      formChars = Arrays.copyOf(formChars, Math.max(formChars.length * 2, formUsed + len));
    }
    System.arraycopy(chars, start, formChars, formUsed, len);
    String surface = new String(chars, start, len);
    String key = analyzer.key(surface);
    int g = -1;
    if (!(dropStopwords && analyzer.isStopword(surface, key))) {
      g = groupNumber(analyzer.stemming() ? analyzer.stem(key) : key);
    }
    spans[2 * size] = formUsed;
    spans[2 * size + 1] = len;
    formUsed += len;
    keys[size] = key;
    groupOf[size] = g;
    return size++;
  }

  private int groupNumber(String group) {
    int h = group.hashCode();
    int known = groupIndex.find(group, h, groups);
    if (known >= 0) {
      return known;
    }
    if (groupCount == groups.length) {
      int cap = groupCount * 2;
      groups = Arrays.copyOf(groups, cap);
      docs = Arrays.copyOf(docs, cap);
      lastDocument = Arrays.copyOf(lastDocument, cap);
    }
    groups[groupCount] = group;
    groupIndex.insert(groupCount, h);
    return groupCount++;
  }

  /**
   * An open-addressing table of numbers of strings (entries of one language's forms, or groups),
   * keyed by the string; at most 3/4 full. Slot i is {@code table[2i]} (entry + 1, 0 = empty)
   * with the string's hash next to it in {@code table[2i + 1]}: a probe reads one place.
   */
  private static final class Index {
    private int[] table = new int[2 * 1024];
    private int used;

    /** The entry of {@code form} (hash {@code h}), or -1. */
    int find(String form, int h, String[] forms) {
      int[] t = table;
      int mask = (t.length >> 1) - 1;
      for (int i = SurfaceCounts.spread(h) & mask; ; i = (i + 1) & mask) {
        int e = t[2 * i] - 1;
        if (e < 0) {
          return -1;
        }
        if (t[2 * i + 1] == h && forms[e].equals(form)) {
          return e;
        }
      }
    }

    /** Makes room for {@code n} more entries at once. */
    void reserve(int n) {
      int slots = table.length >> 1;
      while ((used + n) * 4 > slots * 3) {
        slots *= 2;
      }
      if (slots != table.length >> 1) {
        rehash(slots);
      }
    }

    void insert(int entry, int h) {
      if ((used + 1) * 4 > (table.length >> 1) * 3) {
        rehash(table.length);
      }
      put(table, entry, h);
      used++;
    }

    private static void put(int[] table, int entry, int h) {
      int mask = (table.length >> 1) - 1;
      int i = SurfaceCounts.spread(h) & mask;
      while (table[2 * i] != 0) {
        i = (i + 1) & mask;
      }
      table[2 * i] = entry + 1;
      table[2 * i + 1] = h;
    }

    /** Rehashes into {@code slots} slots. */
    private void rehash(int slots) {
      int[] fresh = new int[2 * slots];
      for (int i = 0; i < table.length; i += 2) {
        if (table[i] != 0) {
          put(fresh, table[i] - 1, table[i + 1]);
        }
      }
      table = fresh;
    }
  }

  /**
   * An open-addressing table of the entries of one language's forms, keyed by the form's chars;
   * at most 3/4 full. Slot i is {@code table[4i]} (entry + 1, 0 = empty), then the form's hash,
   * where its chars start in the chars of all forms, and its length: a probe reads one place and
   * then the chars.
   */
  private static final class FormIndex {
    private int[] table = new int[4 * 1024];
    private int used;

    /** The entry of the form chars[start, start + len) (hash {@code h}), or -1. */
    int find(char[] chars, int start, int len, int h, char[] formChars) {
      int[] t = table;
      int mask = (t.length >> 2) - 1;
      for (int i = SurfaceCounts.spread(h) & mask; ; i = (i + 1) & mask) {
        int b = 4 * i;
        int e = t[b] - 1;
        if (e < 0) {
          return -1;
        }
        if (t[b + 1] == h && t[b + 3] == len) {
          int at = t[b + 2];
          if (Arrays.equals(formChars, at, at + len, chars, start, start + len)) {
            return e;
          }
        }
      }
    }

    static boolean matches(String form, char[] chars, int start, int len) {
      for (int k = 0; k < len; k++) {
        if (form.charAt(k) != chars[start + k]) {
          return false;
        }
      }
      return true;
    }

    /** Makes room for {@code n} more entries at once. */
    void reserve(int n) {
      int slots = table.length >> 2;
      while ((used + n) * 4 > slots * 3) {
        slots *= 2;
      }
      if (slots != table.length >> 2) {
        rehash(slots);
      }
    }

    void insert(int entry, int h, int at, int len) {
      if ((used + 1) * 4 > (table.length >> 2) * 3) {
        rehash((table.length >> 2) * 2);
      }
      put(table, entry, h, at, len);
      used++;
    }

    private static void put(int[] table, int entry, int h, int at, int len) {
      int mask = (table.length >> 2) - 1;
      int i = SurfaceCounts.spread(h) & mask;
      while (table[4 * i] != 0) {
        i = (i + 1) & mask;
      }
      int b = 4 * i;
      table[b] = entry + 1;
      table[b + 1] = h;
      table[b + 2] = at;
      table[b + 3] = len;
    }

    /** Rehashes into {@code slots} slots. */
    private void rehash(int slots) {
      int[] fresh = new int[4 * slots];
      for (int b = 0; b < table.length; b += 4) {
        if (table[b] != 0) {
          put(fresh, table[b] - 1, table[b + 1], table[b + 2], table[b + 3]);
        }
      }
      table = fresh;
    }
  }
}
