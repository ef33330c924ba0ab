package dev.kalima.stats;

import com.ibm.icu.lang.UCharacter;
import dev.kalima.analysis.TermAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A per-thread cache of what {@link TextStatsBuilder} computes for each distinct surface form of
 * one language: its letters, its normalized key ({@link TermAnalyzer#key}) and its syllable
 * counts. A form is looked up by its chars inside the paragraph text, so a word seen before costs
 * no String, no normalization and no syllable count. Forms with the same key share one {@link
 * Term}, which holds the counts of the builder now running (see {@link #begin}).
 *
 * <p>Memory is bounded: when more than {@code capacity} forms are cached at the start of a
 * builder, only the forms the previous builder used are kept (all are dropped if those are still
 * too many). What is cached depends only on the form and the language, so the cache never
 * changes a result.
 *
 * <p>Not thread-safe: one per thread and language, one builder at a time.
 */
public final class WordForms {

  /** The default number of forms kept between builders. */
  public static final int DEFAULT_CAPACITY = 1 << 17;

  /** A normalized key with the counts of the current builder. */
  static final class Term {
    final String key;
    /** The builder that last used this term; the counts below are valid only for it. */
    int epoch = -1;
    long count;
    /** Occurrences in the current MATTR window. */
    int inWindow;

    Term(String key) {
      this.key = key;
    }
  }

  /** One distinct surface form and what is known of it. */
  static final class Form {
    final String surface;
    final int hash;
    final Term term;
    /** Code points that are letters. */
    final int letters;
    /** English syllables (English only, else 0). */
    final int syllables;
    /** OSMAN weighted syllables (Arabic only, else 0). */
    final int osmanSyllables;
    /** OSMAN's faseeh test (Arabic only). */
    final boolean faseeh;
    /** The builder that last used this form. */
    int epoch;

    Form(String surface, int hash, Term term, int letters, int syllables, int osmanSyllables, boolean faseeh) {
      this.surface = surface;
      this.hash = hash;
      this.term = term;
      this.letters = letters;
      this.syllables = syllables;
      this.osmanSyllables = osmanSyllables;
      this.faseeh = faseeh;
    }
  }

  private final TermAnalyzer analyzer;
  private final String language;
  private final boolean english;
  private final boolean arabic;
  private final int capacity;
  private Form[] table = new Form[1 << 12];
  private int size;
  private final Map<String, Term> terms = new HashMap<>();
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
    if (size > capacity) {
      evict();
    }
    return ++epoch;
  }

  int epoch() {
    return epoch;
  }

  /** Keeps only the forms the last builder used, or none when they are still too many. */
  private void evict() {
    List<Form> kept = new ArrayList<>();
    for (Form f : table) {
      if (f != null && f.epoch == epoch) {
        kept.add(f);
      }
    }
    if (kept.size() > capacity / 2) {
      kept.clear();
    }
    int slots = 1 << 12;
    while (slots < kept.size() * 2) {
      slots <<= 1;
    }
    table = new Form[slots];
    size = 0;
    terms.clear();
    for (Form f : kept) {
      insert(f);
      terms.putIfAbsent(f.term.key, f.term);
    }
  }

  /** The form text[start, end), computed and cached on first sight. */
  Form form(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    int mask = table.length - 1;
    int len = end - start;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      Form f = table[slot];
      if (f == null) {
        break;
      }
      if (f.hash == h && f.surface.length() == len && text.regionMatches(start, f.surface, 0, len)) {
        return f;
      }
    }
    Form f = compute(text.substring(start, end), h);
    if ((size + 1) * 2 > table.length) {
      grow();
    }
    insert(f);
    return f;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  private void insert(Form f) {
    int mask = table.length - 1;
    int slot = mix(f.hash) & mask;
    while (table[slot] != null) {
      slot = (slot + 1) & mask;
    }
    table[slot] = f;
    size++;
  }

  private void grow() {
    Form[] old = table;
    table = new Form[old.length * 2];
    size = 0;
    for (Form f : old) {
      if (f != null) {
        insert(f);
      }
    }
  }

  private Form compute(String surface, int hash) {
    int n = 0;
    for (int i = 0; i < surface.length(); ) {
      int cp = surface.codePointAt(i);
      if (UCharacter.isLetter(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    Term term = terms.computeIfAbsent(analyzer.key(surface), Term::new);
    int syllables = english ? EnglishSyllables.count(surface) : 0;
    int osman = 0;
    boolean faseeh = false;
    if (arabic) {
      osman = ArabicSyllables.count(surface).weighted();
      faseeh = isFaseeh(surface);
    }
    return new Form(surface, hash, term, n, syllables, osman, faseeh);
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
