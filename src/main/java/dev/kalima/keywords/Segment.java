package dev.kalima.keywords;

/**
 * One sentence of an analysed text.
 *
 * @param index 0-based index of the sentence in the whole text
 * @param text the sentence as written (trimmed, inner line breaks kept)
 * @param firstWord index in {@link ParsedText#words()} of its first word
 * @param endWord index after its last word ({@code firstWord == endWord} for a sentence without
 *     words)
 */
record Segment(int index, String text, int firstWord, int endWord) {}
