package dev.kalima.stats;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RawCollationKey;
import com.ibm.icu.util.ULocale;
import dev.kalima.analysis.Letters;
import dev.kalima.output.model.Column;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a {@link TermCounts} into ranked rows: {@code rank, word, count, percent, docs}, plus
 * {@code key} with {@link Options#showKey()} and {@code forms} with {@link Options#forms()}.
 *
 * <ul>
 *   <li>{@link Sort#COUNT}: by count, highest first, ties by the ICU collation of the language, then
 *       by code point order of the key (so equal-collating keys still have a fixed order);
 *   <li>{@link Sort#ALPHA}: by the ICU collation of the language, then by code point order; with
 *       {@code top}, the rows are the {@code top} first of the {@link Sort#COUNT} order (the most
 *       frequent), put in this order;
 *   <li>terms under {@code minCount} occurrences or whose shown form has fewer than {@code
 *       minLength} letters ({@link Letters#isLetter}: tatweel and combining marks are none) or
 *       digits (so that numbers counted with {@code --numbers} are shown; the
 *       shown form, because normalization may turn a letter such as U+02BC into punctuation) are
 *       left out before ranking; {@code top} (0 = all) keeps the first rows (of the count order);
 *   <li>percent is the count relative to all running words of the counted text;
 *   <li>{@code forms}: the group's other forms, most frequent first, joined by a space, or by
 *       {@code " | "} for n-grams (whose forms hold spaces themselves).
 * </ul>
 */
public final class WordsReport {

  /** Row order. */
  public enum Sort {
    COUNT,
    ALPHA
  }

  /**
   * @param top rows to keep, 0 for all
   * @param minCount least occurrences for a row
   * @param minLength least letters in a term (code points that are letters or digits, not UTF-16
   *     units)
   * @param sort row order
   * @param showKey add the key each term is counted under as a column (its group: the normalized
   *     key, or the stem)
   * @param forms add the other forms of each (stemmed) group as a column
   * @param docs add the docs column (number of documents containing the term)
   */
  public record Options(
      int top, long minCount, int minLength, Sort sort, boolean showKey, boolean forms, boolean docs) {}

  /** Tie ranges at least this long are keyed and sorted by two threads (when allowed). */
  private static final int PARALLEL_MIN = 8192;

  private final int parallelMin;
  private final Options options;
  private final ULocale collationLocale;
  private final int threads;
  /** Made on first use: a report whose counts are all distinct never needs it. */
  private Collator collator;
  /** The second thread's collator (a collator is not thread-safe), made on first use. */
  private Collator helperCollator;

  public WordsReport(Options options, ULocale collationLocale) {
    this(options, collationLocale, 1);
  }

  /**
   * @param threads threads that may compute collation keys and sort (the calling thread and, when
   *     more than 1, one helper thread for long stretches of equal counts); the rows do not depend
   *     on it
   */
  public WordsReport(Options options, ULocale collationLocale, int threads) {
    this(options, collationLocale, threads, PARALLEL_MIN);
  }

  /** @param parallelMin the shortest range sorted by two threads (small in tests) */
  WordsReport(Options options, ULocale collationLocale, int threads, int parallelMin) {
    this.parallelMin = parallelMin;
    this.options = options;
    this.collationLocale = collationLocale;
    this.threads = threads;
  }

  /**
   * Sorts in the row order. The collation of each term is computed once as a collation key (which
   * orders exactly as {@link Collator#compare}), and for {@link Sort#COUNT} only for terms that
   * share their count with another term.
   */
  private void sort(List<TermCounts.Term> terms) {
    if (options.sort() == Sort.ALPHA) {
      sortAlpha(terms, 0, terms.size());
      return;
    }
    sortByCount(terms);
  }

  /** Sorts in the {@link Sort#COUNT} order. */
  private void sortByCount(List<TermCounts.Term> terms) {
    terms.sort(Comparator.comparingLong(TermCounts.Term::count).reversed());
    for (int from = 0; from < terms.size(); ) {
      long count = terms.get(from).count();
      int to = from + 1;
      while (to < terms.size() && terms.get(to).count() == count) {
        to++;
      }
      if (to - from > 1) {
        sortAlpha(terms, from, to);
      }
      from = to;
    }
  }

  /**
   * Sorts terms[from, to) by the collation of the group, then by its code point order. A long
   * range is split in two halves that two threads key and sort, then merged.
   */
  private void sortAlpha(List<TermCounts.Term> terms, int from, int to) {
    if (collator == null) {
      collator = Collator.getInstance(collationLocale);
    }
    Keyed[] keyed = new Keyed[to - from];
    int n = keyed.length;
    if (threads > 1 && n >= parallelMin) {
      if (helperCollator == null) {
        helperCollator = Collator.getInstance(collationLocale);
      }
      int mid = n / 2;
      RuntimeException[] failed = {null};
      Thread helper =
          new Thread(
              () -> {
                try {
                  keyAndSort(terms, from, keyed, 0, mid, helperCollator);
                } catch (RuntimeException e) {
                  failed[0] = e;
                }
              },
              "kalima-report");
      helper.start();
      keyAndSort(terms, from, keyed, mid, n, collator);
      try {
        helper.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while sorting", e);
      }
      if (failed[0] != null) {
        throw failed[0];
      }
      // merge the sorted halves back into terms[from, to)
      int i = 0;
      int j = mid;
      for (int k = from; k < to; k++) {
        boolean left = j >= n || i < mid && keyed[i].compareTo(keyed[j]) <= 0;
        terms.set(k, (left ? keyed[i++] : keyed[j++]).term);
      }
      return;
    }
    keyAndSort(terms, from, keyed, 0, n, collator);
    for (int i = from; i < to; i++) {
      terms.set(i, keyed[i - from].term);
    }
  }

  /** Keys terms[from + lo, from + hi) into keyed[lo, hi) with {@code by} and sorts that stretch. */
  private static void keyAndSort(
      List<TermCounts.Term> terms, int from, Keyed[] keyed, int lo, int hi, Collator by) {
    RawCollationKey key = new RawCollationKey();
    for (int i = lo; i < hi; i++) {
      TermCounts.Term t = terms.get(from + i);
      by.getRawCollationKey(t.group(), key);
      keyed[i] = new Keyed(Arrays.copyOf(key.bytes, key.size), t);
    }
    Arrays.sort(keyed, lo, hi, Keyed::compareTo);
  }

  /**
   * A term with the bytes of its collation key, ordered as {@link RawCollationKey#compareTo}
   * orders the keys (unsigned bytes, then length), then by the group's {@link String#compareTo}.
   * The first eight bytes are also held as one number ({@code prefix}, zero-padded), compared
   * first.
   */
  private record Keyed(long prefix, byte[] key, TermCounts.Term term) {
    Keyed(byte[] key, TermCounts.Term term) {
      this(prefix(key), key, term);
    }

    private static long prefix(byte[] key) {
      long p = 0;
      for (int i = 0; i < 8; i++) {
        p = p << 8 | (i < key.length ? key[i] & 0xFF : 0);
      }
      return p;
    }

    int compareTo(Keyed other) {
      int c = Long.compareUnsigned(prefix, other.prefix);
      if (c != 0) {
        return c;
      }
      c = Arrays.compareUnsigned(key, other.key);
      return c != 0 ? c : term.group().compareTo(other.term.group());
    }
  }

  /** The columns of the rows, after {@code prefix} columns the caller adds (file, lang). */
  public List<Column> columns(List<Column> prefix) {
    List<Column> cols = new ArrayList<>(prefix);
    cols.add(Column.integer("rank"));
    cols.add(Column.text("word"));
    cols.add(Column.integer("count"));
    cols.add(Column.decimal("percent", 2));
    if (options.docs()) {
      cols.add(Column.integer("docs"));
    }
    if (options.showKey()) {
      cols.add(Column.text("key"));
    }
    if (options.forms()) {
      cols.add(Column.text("forms"));
    }
    return cols;
  }

  /**
   * The ranked rows of {@code counts}, each starting with the {@code prefix} cells: an unmodifiable
   * list whose rows are built as they are read.
   */
  public List<List<Object>> rows(TermCounts counts, List<Object> prefix) {
    List<TermCounts.Term> kept = new ArrayList<>();
    for (TermCounts.Term t : counts.terms()) {
      if (t.count() >= options.minCount() && hasLetters(t.display(), options.minLength())) {
        kept.add(t);
      }
    }
    int limit = options.top() > 0 ? Math.min(options.top(), kept.size()) : kept.size();
    if (options.sort() == Sort.ALPHA && limit < kept.size()) {
      // the top rows are the most frequent ones, shown in alphabetical order
      sortByCount(kept);
      sortAlpha(kept, 0, limit);
    } else {
      sort(kept);
    }
    double total = counts.words();
    // rows are built when read, so a large vocabulary is not held twice
    return new AbstractList<>() {
      @Override
      public List<Object> get(int i) {
        return row(kept.get(i), i, total, prefix);
      }

      @Override
      public int size() {
        return limit;
      }
    };
  }

  private List<Object> row(TermCounts.Term t, int i, double total, List<Object> prefix) {
    List<Object> row = new ArrayList<>(prefix.size() + 7);
    row.addAll(prefix);
    row.add((long) i + 1);
    row.add(t.display());
    row.add(t.count());
    row.add(total == 0 ? null : 100.0 * t.count() / total);
    if (options.docs()) {
      row.add((long) t.docs());
    }
    if (options.showKey()) {
      row.add(t.group()); // what it is counted under: the normalized key, or with stems the stem
    }
    if (options.forms()) {
      row.add(joinForms(t.forms()));
    }
    return row;
  }

  /**
   * The forms cell: the forms joined by a space, or by {@code " | "} when a form holds a space
   * itself (an n-gram), so that each phrase can be told apart; a word never holds a space or a
   * '|'.
   */
  static String joinForms(List<String> forms) {
    for (String form : forms) {
      if (form.indexOf(' ') >= 0) {
        return String.join(" | ", forms);
      }
    }
    return String.join(" ", forms);
  }

  /** Whether {@code s} has at least {@code min} {@link #letters}; stops counting there. */
  static boolean hasLetters(String s, int min) {
    int n = 0;
    for (int i = 0; i < s.length() && n < min; ) {
      int cp = s.codePointAt(i);
      if (Letters.isLetter(cp) || UCharacter.isDigit(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n >= min;
  }

  /**
   * The code points of {@code s} that are {@link Letters#isLetter letters} (not tatweel) or
   * decimal digits.
   */
  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Letters.isLetter(cp) || UCharacter.isDigit(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }
}
