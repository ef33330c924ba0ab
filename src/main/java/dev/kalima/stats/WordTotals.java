package dev.kalima.stats;

import dev.kalima.analysis.TermAnalyzer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

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
 *       keys and forms in first-seen order, the same counts, docs and running words;
 *   <li>each entry remembers the document it was first seen in, so that totals filled by several
 *       threads can be merged into the same table ({@link WordTotalsMerge}: {@link #place}, then
 *       {@link #absorb}).
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
  // documents, numbered 1, 2, ...: the entries first seen in document d are the entries
  // [firstEntry[d], firstEntry[d + 1]) (the last one's end is size), all of its language
  /** The first entry first seen in each document. */
  private int[] firstEntry = new int[64];
  /** Each document's language. */
  private String[] languageOfDocument = new String[64];
  /** Where in the input the entry was first seen ({@link #seenAt}), from {@link #place} on. */
  private long[] seenAt;
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

  /**
   * Adds one whole document's counts, analyzed with {@code analyzer} (its language's), and
   * returns the document's number in these totals: 1 for the first added, then 2, ...
   */
  public int add(SurfaceCounts document, TermAnalyzer analyzer) {
    if (closed) {
      throw new IllegalStateException("no more documents can be added");
    }
    FormIndex index = byLanguage.computeIfAbsent(analyzer.language(), l -> new FormIndex());
    int doc = ++documents;
    if (doc == firstEntry.length) {
      firstEntry = Arrays.copyOf(firstEntry, 2 * doc);
      languageOfDocument = Arrays.copyOf(languageOfDocument, 2 * doc);
    }
    firstEntry[doc] = size;
    languageOfDocument[doc] = analyzer.language();
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
    return doc;
  }

  /**
   * The table of all documents added (see the class comment), or, after {@link #absorb}, of all
   * documents of both totals in input order. This uses the totals up: their lookup tables are
   * released first to leave room for the table, and nothing can be added after.
   */
  public TermCounts toTermCounts() {
    byLanguage.clear();
    groupIndex = null;
    closed = true;
    lastDocument = null;
    int[] order = firstSeenOrder();
    TermCounts table = TermCounts.ofNewGroups();
    // a group is numbered in the table when its first counted entry is met
    int[] tableGroup = new int[groupCount];
    Arrays.fill(tableGroup, -1);
    for (int i = 0; i < size; i++) {
      int e = order == null ? i : order[i];
      int g = groupOf[e];
      if (g < 0) {
        continue;
      }
      int t = tableGroup[g];
      if (t < 0) {
        t = table.newGroup(groups[g]);
        table.setDocs(t, docs[g]);
        tableGroup[g] = t;
      }
      table.addToGroup(t, keys[e], form(e), counts[e]);
    }
    table.addWords(words);
    table.addDocuments(documents);
    return table;
  }

  /**
   * Where in the input each entry was first seen, once the input position of every document is
   * known: {@code positions[d]} for document d. Nothing can be added after (see {@link #absorb}).
   */
  void place(int[] positions) {
    closed = true;
    lastDocument = null;
    seenAt = new long[keys.length];
    int d = 0;
    for (int e = 0; e < size; e++) {
      while (d < documents && firstEntry[d + 1] <= e) {
        d++; // the document entry e was first seen in
      }
      seenAt[e] = seenAt(positions[d], e);
    }
  }

  /**
   * One number that orders entries as the input does: the input position of the document first
   * seen in, then the entry's number in its totals (entries first seen in the same document are in
   * one totals, numbered in the order the document has them).
   */
  private static long seenAt(int position, int entry) {
    return (long) position << 32 | entry;
  }

  /**
   * Adds {@code other}'s documents to these (both {@link #place placed}): each of its groups' docs
   * to the group of the same name (added if new), each of its entries' counts to the entry of the
   * same language and form (added if new), which keeps the earlier of the two first-seen places;
   * the running words and documents. {@link #toTermCounts} then orders the entries by those
   * places. {@code other} is used up (its lookup tables are released first).
   *
   * <p>The arrays grow, when full, to twice their size or to what {@code other}'s remaining
   * entries could need, whichever is less.
   *
   * @param more whether more totals will be absorbed after this one; if not, {@code other}'s new
   *     forms and groups are not indexed (its forms are distinct, so are its groups)
   */
  void absorb(WordTotals other, boolean more) {
    if (seenAt == null || other.seenAt == null) {
      throw new IllegalStateException("documents not placed in the input");
    }
    other.byLanguage.clear();
    other.groupIndex = null;
    other.compact();
    int[] groupHere = new int[other.groupCount];
    for (int g = 0; g < other.groupCount; g++) {
      if (groupCount == groups.length) {
        ensureGroups(Math.max(groupCount + 1, Math.min(2 * groupCount, groupCount + other.groupCount - g)));
      }
      int m = groupNumber(other.groups[g], more);
      docs[m] += other.docs[g];
      groupHere[g] = m;
    }
    int d = 0;
    for (int f = 0; f < other.size; f++) {
      while (d < other.documents && other.firstEntry[d + 1] <= f) {
        d++; // the document entry f was first seen in
      }
      String language = other.languageOfDocument[d];
      FormIndex index = byLanguage.computeIfAbsent(language, l -> new FormIndex());
      int at = other.spans[2 * f];
      int len = other.spans[2 * f + 1];
      int h = SurfaceCounts.hash(other.formChars, at, at + len);
      int e = index.find(other.formChars, at, len, h, formChars);
      if (e < 0) {
        if (size == keys.length) {
          ensureEntries(Math.max(size + 1, Math.min(2 * size, size + other.size - f)));
        }
        if (formUsed + len > formChars.length) {
          ensureChars(Math.max(formUsed + len, Math.min(2 * formChars.length, formUsed + other.formUsed - at)));
        }
        int g = other.groupOf[f];
        e = newEntry(other.formChars, at, len, other.keys[f], g < 0 ? -1 : groupHere[g]);
        seenAt[e] = other.seenAt[f];
        if (more) {
          index.insert(e, h, spans[2 * e], len);
        }
      } else {
        seenAt[e] = Math.min(seenAt[e], other.seenAt[f]);
      }
      counts[e] += other.counts[f];
    }
    words += other.words;
    documents += other.documents;
  }

  /** The entries in the order they were first seen in the input, or null when that is theirs. */
  private int[] firstSeenOrder() {
    if (seenAt == null) {
      return null;
    }
    boolean sorted = true;
    for (int e = 1; sorted && e < size; e++) {
      sorted = seenAt[e - 1] < seenAt[e];
    }
    if (sorted) {
      return null;
    }
    long[] at = seenAt;
    return IntStream.range(0, size)
        .boxed()
        .sorted(Comparator.comparingLong(e -> at[e]))
        .mapToInt(Integer::intValue)
        .toArray();
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
    String key = analyzer.key(new String(chars, start, len));
    int g = -1;
    if (!(dropStopwords && analyzer.isStopword(key))) {
      g = groupNumber(analyzer.stemming() ? analyzer.stem(key) : key);
    }
    return newEntry(chars, start, len, key, g);
  }

  /** Adds an entry with no count yet: the form chars[start, start + len), its key and group. */
  private int newEntry(char[] chars, int start, int len, String key, int g) {
    if (size == keys.length) {
      ensureEntries(size * 2);
    }
    if (formUsed + len > formChars.length) {
      ensureChars(Math.max(formChars.length * 2, formUsed + len));
    }
    System.arraycopy(chars, start, formChars, formUsed, len);
    spans[2 * size] = formUsed;
    spans[2 * size + 1] = len;
    formUsed += len;
    keys[size] = key;
    groupOf[size] = g;
    return size++;
  }

  /** Room for {@code cap} entries. */
  private void ensureEntries(int cap) {
    if (cap > keys.length) {
      spans = Arrays.copyOf(spans, 2 * cap);
      keys = Arrays.copyOf(keys, cap);
      groupOf = Arrays.copyOf(groupOf, cap);
      counts = Arrays.copyOf(counts, cap);
      if (seenAt != null) {
        seenAt = Arrays.copyOf(seenAt, cap);
      }
    }
  }

  /** Room for {@code n} chars of forms. */
  private void ensureChars(int n) {
    if (n > formChars.length) {
      formChars = Arrays.copyOf(formChars, n);
    }
  }

  /** Room for {@code cap} groups. */
  private void ensureGroups(int cap) {
    if (cap > groups.length) {
      groups = Arrays.copyOf(groups, cap);
      docs = Arrays.copyOf(docs, cap);
      if (lastDocument != null) {
        lastDocument = Arrays.copyOf(lastDocument, cap);
      }
    }
  }

  private int groupNumber(String group) {
    return groupNumber(group, true);
  }

  /** The number of {@code group}, added if new (and then indexed only if {@code index}). */
  private int groupNumber(String group, boolean index) {
    int h = group.hashCode();
    int known = groupIndex.find(group, h, groups);
    if (known >= 0) {
      return known;
    }
    if (groupCount == groups.length) {
      ensureGroups(Math.max(16, groupCount * 2));
    }
    groups[groupCount] = group;
    if (index) {
      groupIndex.insert(groupCount, h);
    }
    return groupCount++;
  }

  /**
   * Shrinks the arrays to what they hold and drops what only adding needs (the group's last
   * document), to leave room for the table; nothing can be added after.
   */
  private void compact() {
    closed = true;
    lastDocument = null;
    formChars = Arrays.copyOf(formChars, formUsed);
    spans = Arrays.copyOf(spans, 2 * size);
    keys = Arrays.copyOf(keys, size);
    groupOf = Arrays.copyOf(groupOf, size);
    counts = Arrays.copyOf(counts, size);
    if (seenAt != null) {
      seenAt = Arrays.copyOf(seenAt, size);
    }
    groups = Arrays.copyOf(groups, groupCount);
    docs = Arrays.copyOf(docs, groupCount);
  }

  /** Number of documents added. */
  int documents() {
    return documents;
  }

  /** Number of entries (distinct forms per language). */
  int entries() {
    return size;
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
