package dev.kalima.keywords;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate keyphrase of one text: a run of 1..n words, with every place it occurs. Built by
 * {@link CandidateExtractor}; read-only for everyone else.
 */
final class Candidate {

  private final String key;
  private final String stemKey;
  private final int length;
  private final boolean tagged;
  private final List<Integer> starts = new ArrayList<>();
  private final Map<String, Integer> surfaces = new LinkedHashMap<>();
  /** Surface forms whose first word carries a proclitic its key was grouped without. */
  private final Map<String, Integer> cliticSurfaces = new LinkedHashMap<>();

  Candidate(String key, String stemKey, int length) {
    this(key, stemKey, length, false);
  }

  /** @param tagged true when the words carry part-of-speech tags (the candidate is a noun phrase) */
  Candidate(String key, String stemKey, int length, boolean tagged) {
    this.tagged = tagged;
    this.key = key;
    this.stemKey = stemKey;
    this.length = length;
  }

  void add(int start, String surface) {
    add(start, surface, false);
  }

  /**
   * @param cliticLed true when the first word is written with a proclitic that grouping set aside
   *     (وشويغو counted as شويغو): such a form is shown only when no other form occurs
   */
  void add(int start, String surface, boolean cliticLed) {
    starts.add(start);
    (cliticLed ? cliticSurfaces : surfaces).merge(surface, 1, Integer::sum);
  }

  /** The normalized words joined by one space: what the candidate is counted under. */
  String key() {
    return key;
  }

  /** The light stems of the words joined by one space: equal for near-duplicates. */
  String stemKey() {
    return stemKey;
  }

  /**
   * True when the phrase is a grammatical or lexical unit: a noun phrase by its part-of-speech
   * tags, or, without tags, a word sequence that occurs more than once (a chance sequence of
   * words rarely repeats; recurrence is the collocation evidence of Smadja 1993 and of RAKE).
   */
  boolean unit() {
    return tagged || count() >= 2;
  }

  /** Number of words. */
  int length() {
    return length;
  }

  /** Number of occurrences. */
  int count() {
    return starts.size();
  }

  /** Index (in {@link ParsedText#words()}) of the first word of each occurrence, ascending. */
  List<Integer> starts() {
    return Collections.unmodifiableList(starts);
  }

  /**
   * The most frequent surface form; ties go to the one seen first. Forms opened by a grouped
   * proclitic ("والمنطقة" for المنطقة) count only when there is no other: a keyword is cited
   * without its conjunction or preposition.
   */
  String surface() {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e :
        (surfaces.isEmpty() ? cliticSurfaces : surfaces).entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
