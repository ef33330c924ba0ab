package dev.kalima.stats;

import com.ibm.icu.lang.UScript;
import dev.kalima.analysis.Letters;
import dev.kalima.analysis.TermAnalyzer;
import java.util.Arrays;

/**
 * A per-thread cache of what {@link TextStatsBuilder} computes for each distinct surface form of
 * one language: its letters ({@link Letters}), its normalized key ({@link TermAnalyzer#key}) and
 * its syllable counts. A form is looked up by its chars inside the paragraph text, so a word seen before costs
 * no String, no normalization and no syllable count. Forms with the same key share one term (an
 * int id), which holds the counts of the builder now running (see {@link #begin}).
 *
 * <p>Everything is kept in flat arrays laid out so that a lookup touches few cache lines: the
 * open-addressing table holds each slot's hash and form id in one {@code long}; a form's figures
 * (start and length of its chars in the pool, term, letters, syllables, last builder) sit side by
 * side in one int array; a term's counts likewise in one long array; and the terms are found by
 * key in an open-addressing table of their own (no boxed ids).
 *
 * <p>Memory is bounded: when more than {@code capacity} forms are cached at the start of a
 * builder, at most half the capacity are kept: the forms the most recent builders used; or, when
 * the previous builder alone used more (one large chunk of text), the ones it used most often
 * (those used at least a threshold number of times since they were cached or last kept). What
 * is cached depends only on the form and the language, so the cache never changes a result.
 *
 * <p>Not thread-safe: one per thread and language, one builder at a time.
 */
public final class WordForms {

  /** The default number of forms kept between builders. */
  public static final int DEFAULT_CAPACITY = 1 << 16;

  // a form's ints in formData, FORM_INTS per form
  private static final int FORM_INTS = 8;
  private static final int START = 0;
  private static final int LENGTH = 1;
  private static final int TERM = 2;
  private static final int LETTERS = 3;
  /** English syllables, or OSMAN weighted syllables << 1 | faseeh. */
  private static final int SYLLABLES = 4;
  /** The builder that last used the form. */
  private static final int EPOCH = 5;
  /** Uses since the form was added or last kept by {@link #evict}. */
  private static final int USES = 6;
  /**
   * 1 when the form's first letter is in the script of the language's syllable counter (Latin
   * for English, Arabic for Arabic), else 0.
   */
  private static final int IN_SCRIPT = 7;
  /** Use counts stop growing at this one. */
  private static final int MAX_USES = 1023;

  // a term's longs in termData, TERM_LONGS per term
  private static final int TERM_LONGS = 2;
  /** Occurrences for the builder of {@link #EPOCH_WINDOW}'s epoch. */
  private static final int COUNT = 0;
  /** The builder (high 32 bits) and the occurrences in the MATTR window (low 32 bits). */
  private static final int EPOCH_WINDOW = 1;

  private final TermAnalyzer analyzer;
  private final String language;
  private final boolean english;
  private final boolean arabic;
  private final int capacity;

  /** Open addressing: per slot, the form's hash (high 32 bits) and its id + 1 (low; 0 is empty). */
  private long[] slots;

  // forms, by id
  private int forms;
  private char[] pool;
  private int poolSize;
  private int[] formData;

  // terms, by id
  private int terms;
  private String[] termKey;
  private long[] termData;
  /** Open addressing over the keys: per slot, the key's hash (high 32 bits) and term id + 1 (low; 0 is empty). */
  private long[] termSlots;

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
    slots = new long[tableSize];
    forms = 0;
    pool = new char[n * 8];
    poolSize = 0;
    formData = new int[n * FORM_INTS];
    terms = 0;
    termKey = new String[n];
    termData = new long[n * TERM_LONGS];
    termSlots = new long[tableSize];
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
   * Keeps at most half the capacity of forms: those whose last use is later than a cutoff
   * builder; or, when the last builder alone used more, those of its forms used at least a
   * threshold number of times (the least threshold that keeps few enough).
   */
  private void evict() {
    int half = capacity / 2;
    int[] uses = new int[MAX_USES + 2];
    int usedLast = 0;
    for (int f = 0; f < forms; f++) {
      int o = f * FORM_INTS;
      if (formData[o + EPOCH] == epoch) {
        usedLast++;
        uses[formData[o + USES]]++;
      }
    }
    int cutoff; // keep the forms last used after this builder...
    int minUses; // ...and used at least this often
    if (usedLast > half) {
      cutoff = epoch - 1;
      minUses = MAX_USES + 1;
      int kept = 0;
      while (minUses > 1 && kept + uses[minUses - 1] <= half) {
        kept += uses[--minUses];
      }
    } else {
      int[] epochs = new int[forms];
      for (int f = 0; f < forms; f++) {
        epochs[f] = formData[f * FORM_INTS + EPOCH];
      }
      Arrays.sort(epochs);
      cutoff = epochs[forms - 1 - half];
      minUses = 0;
    }
    int kept = 0;
    for (int f = 0; f < forms; f++) {
      int o = f * FORM_INTS;
      if (formData[o + EPOCH] > cutoff && formData[o + USES] >= minUses) {
        kept++;
      }
    }
    char[] oldPool = pool;
    int[] oldData = formData;
    String[] oldKeys = termKey;
    int oldForms = forms;
    clear(Math.max(1 << 10, kept * 2));
    for (int f = 0; f < oldForms; f++) {
      int o = f * FORM_INTS;
      if (oldData[o + EPOCH] > cutoff && oldData[o + USES] >= minUses) {
        int s = oldData[o + START];
        int len = oldData[o + LENGTH];
        int h = 0;
        for (int i = s; i < s + len; i++) {
          h = 31 * h + oldPool[i];
        }
        int id =
            add(oldPool, s, len, h, term(oldKeys[oldData[o + TERM]]), oldData[o + LETTERS],
                oldData[o + SYLLABLES], oldData[o + IN_SCRIPT]);
        formData[id * FORM_INTS + EPOCH] = oldData[o + EPOCH];
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
    long[] table = slots;
    int mask = table.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      long entry = table[slot];
      if (entry == 0) {
        break;
      }
      if ((int) (entry >>> 32) == h) {
        int id = (int) entry - 1;
        int o = id * FORM_INTS;
        int from = formData[o + START];
        if (formData[o + LENGTH] == len && Arrays.equals(pool, from, from + len, text, start, end)) {
          return id;
        }
      }
    }
    return compute(text, start, end, h);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  private int compute(char[] text, int start, int end, int hash) {
    String surface = new String(text, start, end - start);
    int n = Letters.count(surface);
    int syllables = 0;
    int inScript = 0;
    if (english) {
      syllables = EnglishSyllables.count(surface);
      inScript = firstLetterScript(surface) == UScript.LATIN ? 1 : 0;
    } else if (arabic) {
      syllables = ArabicSyllables.count(surface).weighted() << 1 | (isFaseeh(surface) ? 1 : 0);
      inScript = firstLetterScript(surface) == UScript.ARABIC ? 1 : 0;
    }
    int term = term(analyzer.key(surface));
    return add(text, start, end - start, hash, term, n, syllables, inScript);
  }

  /** The id of the term with this key, added (with no counts) when new. */
  private int term(String key) {
    int h = mix(key.hashCode());
    long[] table = termSlots;
    int mask = table.length - 1;
    int slot = h & mask;
    for (long entry = table[slot]; entry != 0; entry = table[slot]) {
      if ((int) (entry >>> 32) == h && termKey[(int) entry - 1].equals(key)) {
        return (int) entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    if (terms == termKey.length) {
      int n = terms * 2;
      termKey = Arrays.copyOf(termKey, n);
      termData = Arrays.copyOf(termData, n * TERM_LONGS);
    }
    int id = terms++;
    termKey[id] = key;
    termData[id * TERM_LONGS + COUNT] = 0;
    termData[id * TERM_LONGS + EPOCH_WINDOW] = 0;
    table[slot] = (long) h << 32 | (id + 1);
    if (terms * 2 > table.length) {
      rehashTerms(termSlots.length * 2);
    }
    return id;
  }

  private void rehashTerms(int size) {
    long[] table = new long[size];
    int mask = size - 1;
    for (long entry : termSlots) {
      if (entry != 0) {
        int slot = (int) (entry >>> 32) & mask;
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = entry;
      }
    }
    termSlots = table;
  }

  /** The script of the first letter of {@code s}; {@link UScript#COMMON} when it has none. */
  private static int firstLetterScript(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Letters.isLetter(cp)) {
        return UScript.getScript(cp);
      }
      i += Character.charCount(cp);
    }
    return UScript.COMMON;
  }

  private int add(
      char[] chars, int from, int len, int hash, int term, int letters, int syllables, int inScript) {
    if ((forms + 1) * FORM_INTS > formData.length) {
      formData = Arrays.copyOf(formData, formData.length * 2);
    }
    if (poolSize + len > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
    }
    System.arraycopy(chars, from, pool, poolSize, len);
    int id = forms++;
    int o = id * FORM_INTS;
    formData[o + START] = poolSize;
    formData[o + LENGTH] = len;
    poolSize += len;
    formData[o + TERM] = term;
    formData[o + LETTERS] = letters;
    formData[o + SYLLABLES] = syllables;
    formData[o + IN_SCRIPT] = inScript;
    formData[o + EPOCH] = 0;
    formData[o + USES] = 0;
    if (forms * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    insert(slots, (long) hash << 32 | (id + 1));
    return id;
  }

  private static void insert(long[] table, long entry) {
    int mask = table.length - 1;
    int slot = mix((int) (entry >>> 32)) & mask;
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = entry;
  }

  private void rehash(int size) {
    long[] old = slots;
    long[] table = new long[size];
    for (long entry : old) {
      if (entry != 0) {
        insert(table, entry);
      }
    }
    slots = table;
  }

  // what the builder reads and counts

  /** Marks form {@code f} used by the current builder. */
  void use(int f) {
    int o = f * FORM_INTS;
    formData[o + EPOCH] = epoch;
    if (formData[o + USES] < MAX_USES) {
      formData[o + USES]++;
    }
  }

  int letters(int f) {
    return formData[f * FORM_INTS + LETTERS];
  }

  /** English syllables of form {@code f} (English only). */
  int syllables(int f) {
    return formData[f * FORM_INTS + SYLLABLES];
  }

  /**
   * True when form {@code f} is written in the script of the language's syllable counter (Latin
   * for English, Arabic for Arabic; false for other languages).
   */
  boolean inScript(int f) {
    return formData[f * FORM_INTS + IN_SCRIPT] != 0;
  }

  /** OSMAN weighted syllables of form {@code f} (Arabic only). */
  int osmanSyllables(int f) {
    return formData[f * FORM_INTS + SYLLABLES] >>> 1;
  }

  /** OSMAN's faseeh test of form {@code f} (Arabic only). */
  boolean faseeh(int f) {
    return (formData[f * FORM_INTS + SYLLABLES] & 1) != 0;
  }

  int term(int f) {
    return formData[f * FORM_INTS + TERM];
  }

  String key(int term) {
    return termKey[term];
  }

  /**
   * Counts one occurrence of {@code term} for the current builder; returns true when it is the
   * term's first occurrence for it (its counts were reset).
   */
  boolean count(int term) {
    int o = term * TERM_LONGS;
    if ((int) (termData[o + EPOCH_WINDOW] >>> 32) != epoch) {
      termData[o + EPOCH_WINDOW] = (long) epoch << 32; // in the window: 0
      termData[o + COUNT] = 1;
      return true;
    }
    termData[o + COUNT]++;
    return false;
  }

  long countOf(int term) {
    return termData[term * TERM_LONGS + COUNT];
  }

  /**
   * Adds {@code delta} to the term's occurrences in the MATTR window (never below 0: a term
   * leaves the window only after entering it); returns the new value.
   */
  int window(int term, int delta) {
    int o = term * TERM_LONGS + EPOCH_WINDOW;
    long v = termData[o] + delta; // the low 32 bits stay in [0, window]
    termData[o] = v;
    return (int) v;
  }

  /** OSMAN's faseeh letters ء ئ ؤ ذ ظ, or the ending وا or ون (without harakat and tatweel). */
  static boolean isFaseeh(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == 'ء' || c == 'ئ' || c == 'ؤ' || c == 'ذ' || c == 'ظ') {
        return true;
      }
    }
    // the last two chars that are not harakat (U+064B-U+0652) or tatweel (U+0640)
    int i = lastBare(word, word.length() - 1);
    int j = i < 0 ? -1 : lastBare(word, i - 1);
    return j >= 0 && word.charAt(j) == 'و' && (word.charAt(i) == 'ا' || word.charAt(i) == 'ن');
  }

  /** The index of the last char of word[0, from] that is neither a haraka nor tatweel, or -1. */
  private static int lastBare(String word, int from) {
    int i = from;
    while (i >= 0 && (word.charAt(i) >= '\u064B' && word.charAt(i) <= '\u0652' || word.charAt(i) == '\u0640')) {
      i--;
    }
    return i;
  }
}
