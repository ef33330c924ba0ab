package dev.kalima.keywords;

import dev.kalima.analysis.SentenceSpan;
import dev.kalima.output.model.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns keyword results into rows.
 *
 * <ul>
 *   <li>per document: {@code file, rank, keyphrase, score, count}, plus {@code log_ratio} for
 *       {@link Method#KEYNESS};
 *   <li>for the corpus ({@code --corpus}): {@code rank, keyphrase, score, count, docs};
 *   <li>key sentences ({@code --sentences K}): {@code file, index, text}, index numbered from 1,
 *       the text on one line ({@link SentenceSpan#oneLine}), as {@code kalima sentences --each}
 *       shows the same sentence.
 * </ul>
 */
public final class KeywordsReport {

  /** Which table the report makes. */
  public enum Shape {
    PER_DOCUMENT,
    CORPUS,
    SENTENCES
  }

  private final Shape shape;
  private final boolean effect;

  public KeywordsReport(Shape shape, Method method) {
    this.shape = shape;
    this.effect = shape == Shape.PER_DOCUMENT && method == Method.KEYNESS;
  }

  public List<Column> columns() {
    if (shape == Shape.SENTENCES) {
      return List.of(Column.text("file"), Column.integer("index"), Column.text("text"));
    }
    List<Column> c = new ArrayList<>();
    if (shape == Shape.PER_DOCUMENT) {
      c.add(Column.text("file"));
    }
    c.add(Column.integer("rank"));
    c.add(Column.text("keyphrase"));
    c.add(Column.decimal("score", 4));
    c.add(Column.integer("count"));
    if (shape == Shape.CORPUS) {
      c.add(Column.integer("docs"));
    } else if (effect) {
      c.add(Column.decimal("log_ratio", 2));
    }
    return c;
  }

  /** The rows of one document: its keywords, or its key sentences. */
  public List<List<Object>> rows(String file, DocumentKeywords result) {
    List<List<Object>> rows = new ArrayList<>();
    if (shape == Shape.SENTENCES) {
      for (KeySentence s : result.sentences()) {
        rows.add(List.of(file, (long) s.index(), SentenceSpan.oneLine(s.text())));
      }
      return rows;
    }
    long rank = 0;
    for (Keyword k : result.keywords()) {
      List<Object> row = new ArrayList<>(List.of(file, ++rank, k.phrase(), k.score(), k.count()));
      if (effect) {
        row.add(k.effect());
      }
      rows.add(row);
    }
    return rows;
  }

  /** The rows of the corpus list. */
  public List<List<Object>> corpusRows(List<Keyword> keywords) {
    List<List<Object>> rows = new ArrayList<>();
    long rank = 0;
    for (Keyword k : keywords) {
      rows.add(List.of(++rank, k.phrase(), k.score(), k.count(), (long) k.docs()));
    }
    return rows;
  }
}
