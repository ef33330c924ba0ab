package dev.kalima.keywords;

/**
 * One word or number of an analysed text, with everything the keyword methods look at.
 *
 * @param surface the form as written
 * @param key the normalized form ({@code TermAnalyzer#key})
 * @param stem the light stem of the key (the key itself when stemming is off)
 * @param stopword true when the key is a stopword
 * @param number true for a token of digits only (no letter)
 * @param breakBefore true when a phrase may not run from the previous word to this one (sentence
 *     start or punctuation in between)
 * @param sentence 0-based index of the sentence in the whole text
 * @param firstInSentence true for the first word of its sentence (casing there carries no signal)
 * @param glue how the word is joined to the previous one inside a phrase: {@code "-"} for an
 *     intra-word hyphen ("real-time"), otherwise one space
 * @param pos the Universal Dependencies part-of-speech tag ("NOUN", "PROPN", "ADJ", ...), or
 *     {@code null} when the language has no tagger
 */
record Word(
    String surface,
    String key,
    String stem,
    boolean stopword,
    boolean number,
    boolean breakBefore,
    int sentence,
    boolean firstInSentence,
    String glue,
    String pos) {

  /** This word with a part-of-speech tag. */
  Word withPos(String tag) {
    return new Word(
        surface, key, stem, stopword, number, breakBefore, sentence, firstInSentence, glue, tag);
  }
}
