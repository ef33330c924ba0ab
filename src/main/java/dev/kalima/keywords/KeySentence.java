package dev.kalima.keywords;

/**
 * A sentence picked to summarize a text by its keywords.
 *
 * @param source the text's name
 * @param index 0-based index of the sentence in the text
 * @param text the sentence as written
 */
public record KeySentence(String source, int index, String text) {}
