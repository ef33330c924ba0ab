package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputListTest {

  private static List<String> read(String text, boolean nul) throws IOException {
    return InputList.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), nul);
  }

  @Test
  void oneNamePerLineKeptExactly() throws IOException {
    assertEquals(
        List.of("a.txt", "dir/with space.txt", " lead.txt", "مقال.txt", "-"),
        read("a.txt\r\ndir/with space.txt\n\n lead.txt\nمقال.txt\n-", false));
  }

  @Test
  void aByteOrderMarkAndBlankEntriesAreSkipped() throws IOException {
    assertEquals(List.of("a", "b"), read("\uFEFFa\n\n\r\nb\n", false));
    assertEquals(List.of(), read("", false));
    assertEquals(List.of(), read("\n\n", false));
  }

  @Test
  void nulSeparatedNamesMayHoldLineEnds() throws IOException {
    assertEquals(
        List.of("a\nb.txt", "c\r", "d"), read("a\nb.txt\0c\r\0\0d", true));
  }

  @Test
  void notUtf8IsRefused() {
    byte[] latin1 = "caf\u00e9.txt\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThrows(
        CharacterCodingException.class,
        () -> InputList.read(new ByteArrayInputStream(latin1), false));
  }
}
