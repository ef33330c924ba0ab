package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputSelectionTest {

  @Test
  void defaultsIncludeTextMarkdownAndHtml() {
    assertEquals(
        List.of("*.txt", "*.md", "*.markdown", "*.html", "*.htm"), InputSelection.defaults().include());
    assertEquals(List.of(), InputSelection.defaults().exclude());
  }

  @Test
  void malformedGlobIsRefusedWithItsText() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new InputSelection(List.of("*.txt"), List.of("[ab")));
    assertEquals(true, e.getMessage().startsWith("invalid glob '[ab': "), e.getMessage());
  }
}
