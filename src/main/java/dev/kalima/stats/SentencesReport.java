package dev.kalima.stats;

import dev.kalima.output.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns {@link TextStats} into rows for {@code kalima sentences}: pure functions, no I/O.
 *
 * <p>A figure that does not apply (no sentences, or a formula of another language) is a {@code
 * null} cell.
 */
public final class SentencesReport {

  private SentencesReport() {}

  /** The columns of the statistics table, after the {@code file} and {@code lang} columns. */
  public static List<Column> columns() {
    return List.of(
        Column.text("file"),
        Column.text("lang"),
        Column.integer("paragraphs"),
        Column.integer("sentences"),
        Column.integer("words"),
        Column.integer("types"),
        Column.integer("chars"),
        Column.integer("hapax"),
        Column.decimal("len_mean", 2),
        Column.decimal("len_median", 1),
        Column.integer("len_min"),
        Column.integer("len_max"),
        Column.decimal("len_stdev", 2),
        Column.decimal("word_len", 2),
        Column.decimal("long_words", 3),
        Column.decimal("ttr", 3),
        Column.decimal("mattr", 3),
        Column.decimal("lix", 1),
        Column.decimal("rix", 2),
        Column.decimal("flesch", 1),
        Column.decimal("fk_grade", 1),
        Column.decimal("fog", 1),
        Column.decimal("smog", 1),
        Column.decimal("coleman_liau", 1),
        Column.decimal("ari", 1),
        Column.decimal("osman", 1));
  }

  /** One row of the statistics table. */
  public static List<Object> row(String file, String language, TextStats s) {
    List<Object> row = new ArrayList<>(26);
    row.add(file);
    row.add(language);
    row.add(s.paragraphs());
    row.add(s.sentences());
    row.add(s.words());
    row.add(s.types());
    row.add(s.letters());
    row.add(s.hapax());
    row.add(s.lengths().mean());
    row.add(s.lengths().median());
    row.add(s.lengths().min());
    row.add(s.lengths().max());
    row.add(s.lengths().stdev());
    row.add(Readability.meanWordLength(s));
    row.add(Readability.longWordShare(s));
    row.add(Readability.typeTokenRatio(s));
    row.add(Readability.mattr(s));
    row.add(Readability.lix(s));
    row.add(Readability.rix(s));
    row.add(Readability.fleschReadingEase(s));
    row.add(Readability.fleschKincaidGrade(s));
    row.add(Readability.gunningFog(s));
    row.add(Readability.smog(s));
    row.add(Readability.colemanLiau(s));
    row.add(Readability.automatedReadabilityIndex(s));
    row.add(Readability.osman(s));
    return row;
  }

  /** The columns of {@code --each}: one row per sentence. */
  public static List<Column> eachColumns() {
    return List.of(
        Column.text("file"),
        Column.integer("index"),
        Column.integer("paragraph"),
        Column.integer("words"),
        Column.integer("chars"),
        Column.text("text"));
  }

  private static final int BAR_WIDTH = 40;
  private static final int MAX_BINS = 12;
  private static final String EIGHTHS = " ▏▎▍▌▋▊▉";

  /**
   * A bar chart of sentence lengths in Unicode block characters, for human readers: lengths are
   * grouped into at most 12 bins of equal width (1, 2, 5, 10, 20, ... words), each bar scaled to
   * the largest bin (40 cells, in eighths of a cell), followed by the number of sentences. Empty
   * without sentences.
   */
  public static List<String> histogram(SentenceLengths lengths) {
    if (lengths.sentences() == 0) {
      return List.of();
    }
    int min = lengths.min();
    int max = lengths.max();
    int width = 1;
    for (int step = 0; (max / width) - (min / width) + 1 > MAX_BINS; step++) {
      width = (step % 3 == 0 ? 2 : step % 3 == 1 ? 5 : 10) * (int) Math.pow(10, step / 3);
    }
    int first = min / width;
    int last = max / width;
    long[] bins = new long[last - first + 1];
    for (Map.Entry<Integer, Long> e : lengths.counts().entrySet()) {
      bins[e.getKey() / width - first] += e.getValue();
    }
    long top = 0;
    for (long b : bins) {
      top = Math.max(top, b);
    }
    List<String> labels = new ArrayList<>();
    int labelWidth = 0;
    for (int i = 0; i < bins.length; i++) {
      int lo = (first + i) * width;
      int hi = lo + width - 1;
      String label = width == 1 ? Integer.toString(lo) : lo + "–" + hi;
      labels.add(label);
      labelWidth = Math.max(labelWidth, label.length());
    }
    List<String> out = new ArrayList<>();
    out.add("sentence length in words (sentences per bin)");
    for (int i = 0; i < bins.length; i++) {
      long eighths = Math.round((double) bins[i] * BAR_WIDTH * 8 / top);
      StringBuilder bar = new StringBuilder();
      for (long k = 0; k < eighths / 8; k++) {
        bar.append('█');
      }
      if (eighths % 8 != 0) {
        bar.append(EIGHTHS.charAt((int) (eighths % 8)));
      }
      String label = labels.get(i);
      out.add(" ".repeat(labelWidth - label.length()) + label + " │" + bar + " " + String.format(Locale.ROOT, "%d", bins[i]));
    }
    return out;
  }
}
