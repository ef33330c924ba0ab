package dev.kalima.keywords;

/**
 * A sentence picked to summarize a text by its keywords.
 *
 * @param source the text's name
 * @param index 1-based number of the sentence in the text (as `kalima sentences --each` numbers it)
 * @param text the sentence as written
 */
public record KeySentence(String source, int index, String text) {}
