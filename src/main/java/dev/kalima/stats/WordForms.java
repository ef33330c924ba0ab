package dev.kalima.stats;

import com.ibm.icu.lang.UCharacter;
import dev.kalima.analysis.TermAnalyzer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A per-thread cache of what {@link TextStatsBuilder} computes for each distinct surface form of
 * one language: its letters, its normalized key ({@link TermAnalyzer#key}) and its syllable
 * counts. A form is looked up by its chars inside the paragraph text, so a word seen before costs
 * no String, no normalization and no syllable count. Forms with the same key share one term (an
 * int id), which holds the counts of the builder now running (see {@link #begin}).
 *
 * <p>Everything is kept in flat arrays (the forms' chars in one pool, their figures in int arrays
 * indexed by form id, the terms' counts by term id), so a lookup touches few cache lines.
 *
 * <p>Memory is bounded: when more than {@code capacity} forms are cached at the start of a
 * builder, only the forms the most recent builders used are kept, at most half the capacity (all
 * are dropped when the previous builder alone used more). What is cached depends only on the
 * form and the language, so the cache never changes a result.
 *
 * <p>Not thread-safe: one per thread and language, one builder at a time.
 */
public final class WordForms {

  /** The default number of forms kept between builders. */
  public static final int DEFAULT_CAPACITY = 1 << 16;

  private final TermAnalyzer analyzer;
  private final String language;
  private final boolean english;
  private final boolean arabic;
  private final int capacity;

  /** Open addressing: form id + 1 per slot (0 is empty), and the form's hash beside it. */
  private int[] slots;
  private int[] slotHashes;

  // forms, by id
  private int forms;
  private char[] pool;
  private int poolSize;
  private int[] formStart;
  private int[] formLength;
  private int[] formTerm;
  /** Letters, and English or OSMAN syllables, packed: see {@link #letters} and {@link #syllables}. */
  private int[] formLetters;
  private int[] formSyllables;
  /** The builder that last used the form. */
  private int[] formEpoch;

  // terms, by id
  private int terms;
  private String[] termKey;
  private int[] termEpoch;
  private long[] termCount;
  private int[] termInWindow;
  private final Map<String, Integer> termIds = new HashMap<>();

  private int epoch;

  /**
   * @param analyzer gives the normalized key of a form
   * @param language ISO 639-1 code (selects the syllable rules: {@code en}, {@code ar})
   */
  public WordForms(TermAnalyzer analyzer, String language) {
    this(analyzer, language, DEFAULT_CAPACITY);
  }

  /** @param capacity forms kept between builders (small in tests) */
  public WordForms(TermAnalyzer analyzer, String language, int capacity) {
    this.analyzer = analyzer;
    this.language = language;
    this.english = "en".equals(language);
    this.arabic = "ar".equals(language);
    this.capacity = capacity;
    clear(1 << 10);
  }

  private void clear(int expectedForms) {
    int n = Math.max(16, expectedForms);
    int tableSize = Integer.highestOneBit(n * 2 - 1) << 1;
    slots = new int[tableSize];
    slotHashes = new int[tableSize];
    forms = 0;
    pool = new char[n * 8];
    poolSize = 0;
    formStart = new int[n];
    formLength = new int[n];
    formTerm = new int[n];
    formLetters = new int[n];
    formSyllables = new int[n];
    formEpoch = new int[n];
    terms = 0;
    termKey = new String[n];
    termEpoch = new int[n];
    termCount = new long[n];
    termInWindow = new int[n];
    termIds.clear();
  }

  public String language() {
    return language;
  }

  boolean english() {
    return english;
  }

  boolean arabic() {
    return arabic;
  }

  /**
   * Starts a new builder: the counts of every term start again from zero for it. Returns its
   * epoch.
   */
  int begin() {
    if (forms > capacity) {
      evict();
    }
    return ++epoch;
  }

  int epoch() {
    return epoch;
  }

  /**
   * Keeps the forms the most recent builders used, at most half the capacity: those whose last
   * use is later than a cutoff builder (so none when the last builder alone used more).
   */
  private void evict() {
    int[] epochs = Arrays.copyOf(formEpoch, forms);
    Arrays.sort(epochs);
    int cutoff = epochs[forms - 1 - capacity / 2];
    int kept = 0;
    for (int f = 0; f < forms; f++) {
      if (formEpoch[f] > cutoff) {
        kept++;
      }
    }
    char[] oldPool = pool;
    int[] oldStart = formStart;
    int[] oldLength = formLength;
    int[] oldTerm = formTerm;
    int[] oldLetters = formLetters;
    int[] oldSyllables = formSyllables;
    int[] oldEpoch = formEpoch;
    String[] oldKeys = termKey;
    int oldForms = forms;
    clear(Math.max(1 << 10, kept * 2));
    for (int f = 0; f < oldForms; f++) {
      if (oldEpoch[f] > cutoff) {
        int s = oldStart[f];
        int h = 0;
        for (int i = s; i < s + oldLength[f]; i++) {
          h = 31 * h + oldPool[i];
        }
        int id = add(oldPool, s, oldLength[f], h, term(oldKeys[oldTerm[f]]), oldLetters[f], oldSyllables[f]);
        formEpoch[id] = oldEpoch[f];
      }
    }
  }

  /** The id of the form text[start, end), computed and cached on first sight. */
  int form(char[] text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text[i];
    }
    int len = end - start;
    int mask = slots.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      int id = slots[slot] - 1;
      if (id < 0) {
        break;
      }
      if (slotHashes[slot] == h
          && formLength[id] == len
          && Arrays.equals(pool, formStart[id], formStart[id] + len, text, start, end)) {
        return id;
      }
    }
    return compute(text, start, end, h);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  private int compute(char[] text, int start, int end, int hash) {
    String surface = new String(text, start, end - start);
    int n = 0;
    for (int i = 0; i < surface.length(); ) {
      int cp = surface.codePointAt(i);
      if (UCharacter.isLetter(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    int syllables = 0;
    if (english) {
      syllables = EnglishSyllables.count(surface);
    } else if (arabic) {
      syllables = ArabicSyllables.count(surface).weighted() << 1 | (isFaseeh(surface) ? 1 : 0);
    }
    int term = term(analyzer.key(surface));
    return add(text, start, end - start, hash, term, n, syllables);
  }

  private int term(String key) {
    Integer id = termIds.get(key);
    if (id != null) {
      return id;
    }
    if (terms == termKey.length) {
      int n = terms * 2;
      termKey = Arrays.copyOf(termKey, n);
      termEpoch = Arrays.copyOf(termEpoch, n);
      termCount = Arrays.copyOf(termCount, n);
      termInWindow = Arrays.copyOf(termInWindow, n);
    }
    termKey[terms] = key;
    termEpoch[terms] = 0;
    termIds.put(key, terms);
    return terms++;
  }

  private int add(char[] chars, int from, int len, int hash, int term, int letters, int syllables) {
    if (forms == formStart.length) {
      int n = forms * 2;
      formStart = Arrays.copyOf(formStart, n);
      formLength = Arrays.copyOf(formLength, n);
      formTerm = Arrays.copyOf(formTerm, n);
      formLetters = Arrays.copyOf(formLetters, n);
      formSyllables = Arrays.copyOf(formSyllables, n);
      formEpoch = Arrays.copyOf(formEpoch, n);
    }
    if (poolSize + len > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
    }
    System.arraycopy(chars, from, pool, poolSize, len);
    int id = forms++;
    formStart[id] = poolSize;
    formLength[id] = len;
    poolSize += len;
    formTerm[id] = term;
    formLetters[id] = letters;
    formSyllables[id] = syllables;
    formEpoch[id] = 0;
    if (forms * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    insert(id, hash);
    return id;
  }

  private void insert(int id, int hash) {
    int mask = slots.length - 1;
    int slot = mix(hash) & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = id + 1;
    slotHashes[slot] = hash;
  }

  private void rehash(int size) {
    int[] oldSlots = slots;
    int[] oldHashes = slotHashes;
    slots = new int[size];
    slotHashes = new int[size];
    for (int s = 0; s < oldSlots.length; s++) {
      if (oldSlots[s] != 0) {
        insert(oldSlots[s] - 1, oldHashes[s]);
      }
    }
  }

  // what the builder reads and counts

  /** Marks form {@code f} used by the current builder. */
  void use(int f) {
    formEpoch[f] = epoch;
  }

  int letters(int f) {
    return formLetters[f];
  }

  /** English syllables of form {@code f} (English only). */
  int syllables(int f) {
    return formSyllables[f];
  }

  /** OSMAN weighted syllables of form {@code f} (Arabic only). */
  int osmanSyllables(int f) {
    return formSyllables[f] >>> 1;
  }

  /** OSMAN's faseeh test of form {@code f} (Arabic only). */
  boolean faseeh(int f) {
    return (formSyllables[f] & 1) != 0;
  }

  int term(int f) {
    return formTerm[f];
  }

  String key(int term) {
    return termKey[term];
  }

  /**
   * Counts one occurrence of {@code term} for the current builder; returns true when it is the
   * term's first occurrence for it (its counts were reset).
   */
  boolean count(int term) {
    if (termEpoch[term] != epoch) {
      termEpoch[term] = epoch;
      termCount[term] = 1;
      termInWindow[term] = 0;
      return true;
    }
    termCount[term]++;
    return false;
  }

  long countOf(int term) {
    return termCount[term];
  }

  /** Adds {@code delta} to the term's occurrences in the MATTR window; returns the new value. */
  int window(int term, int delta) {
    return termInWindow[term] += delta;
  }

  /** OSMAN's faseeh letters ء ئ ؤ ذ ظ, or the ending وا or ون (without harakat and tatweel). */
  static boolean isFaseeh(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == 'ء' || c == 'ئ' || c == 'ؤ' || c == 'ذ' || c == 'ظ') {
        return true;
      }
    }
    String bare = word.replaceAll("[\\u064B-\\u0652\\u0640]", "");
    return bare.endsWith("وا") || bare.endsWith("ون");
  }
}
