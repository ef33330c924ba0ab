package dev.kalima.stats;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import dev.kalima.output.model.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a {@link TermCounts} into ranked rows: {@code rank, word, count, percent, docs}, plus
 * {@code key} with {@link Options#showKey()} and {@code forms} with {@link Options#forms()}.
 *
 * <ul>
 *   <li>{@link Sort#COUNT}: by count, highest first, ties by the ICU collation of the language, then
 *       by code point order of the key (so equal-collating keys still have a fixed order);
 *   <li>{@link Sort#ALPHA}: by the ICU collation of the language, then by code point order;
 *   <li>terms under {@code minCount} occurrences or with fewer than {@code minLength} letters or
 *       digits (so that numbers counted with {@code --numbers} are shown) are
 *       left out before ranking; {@code top} (0 = all) keeps the first rows;
 *   <li>percent is the count relative to all running words of the counted text.
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
   * @param showKey add the normalized key as a column
   * @param forms add the other forms of each (stemmed) group as a column
   * @param docs add the docs column (number of documents containing the term)
   */
  public record Options(
      int top, long minCount, int minLength, Sort sort, boolean showKey, boolean forms, boolean docs) {}

  private final Options options;
  private final Comparator<TermCounts.Term> order;

  public WordsReport(Options options, ULocale collationLocale) {
    this.options = options;
    Collator collator = Collator.getInstance(collationLocale);
    Comparator<TermCounts.Term> alpha =
        Comparator.<TermCounts.Term, String>comparing(TermCounts.Term::group, collator::compare)
            .thenComparing(TermCounts.Term::group);
    this.order =
        options.sort() == Sort.ALPHA
            ? alpha
            : Comparator.comparingLong(TermCounts.Term::count).reversed().thenComparing(alpha);
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

  /** The ranked rows of {@code counts}, each starting with the {@code prefix} cells. */
  public List<List<Object>> rows(TermCounts counts, List<Object> prefix) {
    List<TermCounts.Term> kept = new ArrayList<>();
    for (TermCounts.Term t : counts.terms()) {
      if (t.count() >= options.minCount() && letters(t.key()) >= options.minLength()) {
        kept.add(t);
      }
    }
    kept.sort(order);
    int limit = options.top() > 0 ? Math.min(options.top(), kept.size()) : kept.size();
    double total = counts.words();
    List<List<Object>> rows = new ArrayList<>(limit);
    for (int i = 0; i < limit; i++) {
      TermCounts.Term t = kept.get(i);
      List<Object> row = new ArrayList<>(prefix);
      row.add((long) i + 1);
      row.add(t.display());
      row.add(t.count());
      row.add(total == 0 ? null : 100.0 * t.count() / total);
      if (options.docs()) {
        row.add((long) t.docs());
      }
      if (options.showKey()) {
        row.add(t.key());
      }
      if (options.forms()) {
        row.add(String.join(" ", t.forms()));
      }
      rows.add(row);
    }
    return rows;
  }

  /** The code points of {@code s} that are letters or decimal digits. */
  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (UCharacter.isLetter(cp) || UCharacter.isDigit(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }
}
