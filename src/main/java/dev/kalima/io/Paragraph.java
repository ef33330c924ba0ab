package dev.kalima.io;

/**
 * A block of running text: the text between blank lines of a plain-text file, or of one block
 * element of an HTML file. Line ends inside it are normalized to '\n'.
 *
 * <p>A paragraph longer than the reader's chunk limit is delivered in pieces: every piece but the
 * last has {@code continues == true}, and pieces are cut only at white space (or, if there is none
 * for a long stretch, between code points), so no word is split unless a single "word" exceeds
 * the hard limit.
 *
 * @param index 0-based number of the paragraph in its document (pieces of one paragraph share it)
 * @param text the text, never empty and never only white space
 * @param continues true if the next piece belongs to the same paragraph
 */
public record Paragraph(int index, String text, boolean continues) {}
