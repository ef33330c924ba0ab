package dev.kalima.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a list of inputs, as {@code --files-from} takes it (the output of {@code find}, {@code
 * ls}, {@code git ls-files}): UTF-8 text with one operand per line ("\n" or "\r\n"), or with
 * {@code nulSeparated} one operand per NUL-terminated entry ({@code find -print0}, {@code xargs
 * -0}), which allows any character in a name, line ends included. Names are kept exactly as
 * written (spaces included); empty lines and entries are skipped; a byte order mark at the start
 * is skipped. The operands mean what they mean on the command line (a directory is walked, "-" is
 * standard input).
 */
public final class InputList {

  private InputList() {}

  /**
   * The operands listed in {@code in} (read to its end, not closed).
   *
   * @throws CharacterCodingException if it is not UTF-8
   */
  public static List<String> read(InputStream in, boolean nulSeparated) throws IOException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(in.readAllBytes()))
            .toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    char separator = nulSeparated ? '\0' : '\n';
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int to = text.indexOf(separator, from);
      if (to < 0) {
        to = text.length();
      }
      String name = text.substring(from, to);
      if (!nulSeparated && name.endsWith("\r")) {
        name = name.substring(0, name.length() - 1);
      }
      if (!name.isEmpty()) {
        out.add(name);
      }
      from = to + 1;
    }
    return out;
  }
}
