package dev.kalima.keywords;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The lines a document repeats word for word: the running heads and feet of the pages of a paper
 * or report turned into text ("HIPERLAN/2 PUBLIC ACCESS INTERWORKING WITH 3G CELLULAR SYSTEMS" at
 * the top of every page, "Copyright 2007 ACM", a journal's name and volume). They are the
 * layout's, not the text's: counted as words, a paper's title is counted once per page and
 * outranks the terms its sections discuss. A line is repeated when, stripped of the white space
 * around it, it holds two words or more (a run of white space inside it) and occurs {@value
 * #MIN_REPEATS} times or more among the lines of the document; a single word ("Abstract",
 * "Advertisement") and a line seen twice (a title and its heading) are left alone.
 */
final class RepeatedLines {

  /** How often a line must occur to be a running head or foot. */
  static final int MIN_REPEATS = 3;

  private static final int[] NONE = new int[0];

  private RepeatedLines() {}

  /** The repeated lines of the paragraphs (stripped), or an empty set. */
  static Set<String> of(List<String> paragraphs) {
    Map<String, Integer> counts = new HashMap<>();
    for (String paragraph : paragraphs) {
      forEachLine(
          paragraph,
          (from, end) -> {
            String line = paragraph.substring(from, end).strip();
            if (twoWords(line)) {
              counts.merge(line, 1, Integer::sum);
            }
          });
    }
    Set<String> out = new HashSet<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= MIN_REPEATS) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /**
   * The character ranges of the paragraph's lines that are in {@code repeated}: start and end
   * of each, ascending, as {@code [s0, e0, s1, e1, ...]}.
   */
  static int[] ranges(String paragraph, Set<String> repeated) {
    if (repeated.isEmpty()) {
      return NONE;
    }
    IntStream.Builder out = IntStream.builder();
    forEachLine(
        paragraph,
        (from, end) -> {
          if (repeated.contains(paragraph.substring(from, end).strip())) {
            out.add(from).add(end);
          }
        });
    return out.build().toArray();
  }

  /** Calls {@code line} with the start and end of each line of the paragraph, in order. */
  private static void forEachLine(String paragraph, IntBiConsumer line) {
    int from = 0;
    while (from <= paragraph.length()) {
      int end = paragraph.indexOf('\n', from);
      if (end < 0) {
        end = paragraph.length();
      }
      line.accept(from, end);
      from = end + 1;
    }
  }

  /** A line's start and end. */
  private interface IntBiConsumer {
    void accept(int from, int end);
  }

  private static boolean twoWords(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isWhitespace(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
