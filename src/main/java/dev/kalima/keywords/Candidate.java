package dev.kalima.keywords;

import java.util.Arrays;
import java.util.List;

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
  /** The stem key, or null until first asked for when {@link #words} is set. */
  private String stemKey;
  /** The words of the text, to make the stem key from on first use; null once it is made. */
  private List<Word> words;
  private final int length;
  private final boolean tagged;
  private int[] starts = new int[2];
  private int count;
  /** Surface forms as written. */
  private final Forms surfaces = new Forms();
  /** Surface forms whose first word carries a proclitic its key was grouped without; null if none. */
  private Forms cliticSurfaces;

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

  /**
   * A candidate whose stem key is made on first use from the stems of the words of its first
   * occurrence (most candidates never need it: it serves near-duplicate removal of the best).
   *
   * @param words the words of the text the candidate's occurrences index
   * @param tagged true when the words carry part-of-speech tags (the candidate is a noun phrase)
   */
  Candidate(String key, List<Word> words, int length, boolean tagged) {
    this(key, (String) null, length, tagged);
    this.words = words;
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
    if (!cliticLed) {
      surfaces.add(surface);
    } else {
      if (cliticSurfaces == null) {
        cliticSurfaces = new Forms();
      }
      cliticSurfaces.add(surface);
    }
  }

  /** The normalized words joined by one space: what the candidate is counted under. */
  String key() {
    return key;
  }

  /** The light stems of the words joined by one space: equal for near-duplicates. */
  String stemKey() {
    if (stemKey == null) {
      stemKey = stemKey(words, starts[0], starts[0] + length);
      words = null;
    }
    return stemKey;
  }

  /** The light stems of the words [from, to) joined by one space. */
  private static String stemKey(List<Word> words, int from, int to) {
    if (to - from == 1) {
      return words.get(from).stem();
    }
    StringBuilder stem = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        stem.append(' ');
      }
      stem.append(words.get(k).stem());
    }
    return stem.toString();
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
    return (surfaces.isEmpty() && cliticSurfaces != null ? cliticSurfaces : surfaces)
        .mostFrequent();
  }

  /**
   * Distinct written forms with their counts, in order of first occurrence; few per candidate,
   * so searched linearly.
   */
  private static final class Forms {
    /** The first form and its count: most candidates have no other. */
    private String first;
    private int firstCount;
    /** The other forms and their counts, in order of first occurrence. */
    private String[] more;
    private int[] moreCounts;
    private int moreSize;

    boolean isEmpty() {
      return first == null;
    }

    /** Counts one occurrence of {@code form}, copying it to a string when it is new. */
    void add(CharSequence form) {
      if (first == null) {
        first = form.toString();
        firstCount = 1;
        return;
      }
      if (first.contentEquals(form)) {
        firstCount++;
        return;
      }
      for (int i = 0; i < moreSize; i++) {
        if (more[i].contentEquals(form)) {
          moreCounts[i]++;
          return;
        }
      }
      if (more == null) {
        more = new String[2];
        moreCounts = new int[2];
      } else if (moreSize == more.length) {
        more = Arrays.copyOf(more, moreSize * 2);
        moreCounts = Arrays.copyOf(moreCounts, moreSize * 2);
      }
      more[moreSize] = form.toString();
      moreCounts[moreSize++] = 1;
    }

    /** The form with the highest count, the first one on ties; null when empty. */
    String mostFrequent() {
      String best = first;
      int bestCount = firstCount;
      for (int i = 0; i < moreSize; i++) {
        if (moreCounts[i] > bestCount) {
          best = more[i];
          bestCount = moreCounts[i];
        }
      }
      return best;
    }
  }
}
