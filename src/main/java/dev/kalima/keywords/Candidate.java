package dev.kalima.keywords;

import java.util.Arrays;

/**
 * A candidate keyphrase of one text: a run of 1..n words, with every place it occurs. Built by
 * {@link CandidateExtractor}; read-only for everyone else.
 *
 * <p>Kept compact, since a text has many candidates and most occur once with one written form:
 * the occurrences are an {@code int} array, and the written forms two small tallies ({@link
 * Forms}) whose form strings are made only when a new form is met.
 */
final class Candidate {

  private final String key;
  private final String stemKey;
  private final int length;
  private final boolean tagged;
  private int[] starts = new int[2];
  private int count;
  /** Surface forms as written. */
  private final Forms surfaces = new Forms();
  /** Surface forms whose first word carries a proclitic its key was grouped without. */
  private final Forms cliticSurfaces = new Forms();

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
   * Records one occurrence.
   *
   * @param start index of its first word, not below that of the occurrences before
   * @param surface its written form (read, not kept: a new form is copied to a string)
   * @param cliticLed true when the first word is written with a proclitic that grouping set aside
   *     (وشويغو counted as شويغو): such a form is shown only when no other form occurs
   */
  void add(int start, CharSequence surface, boolean cliticLed) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
    }
    starts[count++] = start;
    (cliticLed ? cliticSurfaces : surfaces).add(surface);
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
    return count;
  }

  /**
   * Index (in {@link ParsedText#words()}) of the first word of occurrence {@code i} (0 to {@link
   * #count()} - 1), ascending in {@code i}.
   */
  int start(int i) {
    if (i >= count) {
      throw new IndexOutOfBoundsException(i);
    }
    return starts[i];
  }

  /** True when an occurrence starts at word {@code index}. */
  boolean startsAt(int index) {
    return Arrays.binarySearch(starts, 0, count, index) >= 0;
  }

  /**
   * The most frequent surface form; ties go to the one seen first. Forms opened by a grouped
   * proclitic ("والمنطقة" for المنطقة) count only when there is no other: a keyword is cited
   * without its conjunction or preposition.
   */
  String surface() {
    return (surfaces.isEmpty() ? cliticSurfaces : surfaces).mostFrequent();
  }

  /**
   * Distinct written forms with their counts, in order of first occurrence; few per candidate,
   * so searched linearly.
   */
  private static final class Forms {
    private String[] forms;
    private int[] counts;
    private int size;

    boolean isEmpty() {
      return size == 0;
    }

    /** Counts one occurrence of {@code form}, copying it to a string when it is new. */
    void add(CharSequence form) {
      for (int i = 0; i < size; i++) {
        if (forms[i].contentEquals(form)) {
          counts[i]++;
          return;
        }
      }
      if (forms == null) {
        forms = new String[1];
        counts = new int[1];
      } else if (size == forms.length) {
        forms = Arrays.copyOf(forms, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      forms[size] = form.toString();
      counts[size++] = 1;
    }

    /** The form with the highest count, the first one on ties; null when empty. */
    String mostFrequent() {
      String best = null;
      int bestCount = 0;
      for (int i = 0; i < size; i++) {
        if (counts[i] > bestCount) {
          best = forms[i];
          bestCount = counts[i];
        }
      }
      return best;
    }
  }
}
