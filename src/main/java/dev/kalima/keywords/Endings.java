package dev.kalima.keywords;

/** The word-ending tests of the candidate rules that know a part of speech by its ending. */
final class Endings {

  private Endings() {}

  /** True when {@code word} ends with one of {@code endings}. */
  static boolean any(String word, String[] endings) {
    for (String e : endings) {
      if (word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
