package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CharacterReferencesTest {

  @Test
  void decodesNamedDecimalAndHexReferences() {
    assertEquals(
        "‘Miral’: \"Director\" & co's",
        CharacterReferences.decode("&lsquo;Miral&rsquo;: &quot;Director&quot; &amp; co&#039;s"));
    assertEquals("a < b > c", CharacterReferences.decode("a &lt; b &GT; c"));
    assertEquals("’ ’ 😀", CharacterReferences.decode("&#x2019; &#X2019; &#x1F600;"));
    assertEquals("café", CharacterReferences.decode("caf&eacute;"));
  }

  @Test
  void readsWindows1252NumbersAsBrowsersDo() {
    // HTML5: &#146; is the windows-1252 right single quotation mark, not the C1 control U+0092
    assertEquals("Obama’s", CharacterReferences.decode("Obama&#146;s"));
  }

  @Test
  void leavesTextWithoutCompleteReferencesAsItIs() {
    String plain = "AT&T and R&D; Q&A; ?a=1&not=2; & ; &; &#; &#x; fish & chips";
    assertSame(plain, CharacterReferences.decode(plain));
    String none = "no ampersand here";
    assertSame(none, CharacterReferences.decode(none));
  }

  @Test
  void needsTheSemicolonAndAKnownName() {
    assertEquals("&amp &nosuch; &notit; ¬", CharacterReferences.decode("&amp &nosuch; &notit; &not;"));
  }

  @Test
  void keepsReferencesToControlsSurrogatesAndOutOfRangeNumbers() {
    String bad = "&#0; &#1; &#x7f; &#xD800; &#1114112; &#12345678;";
    assertEquals(bad, CharacterReferences.decode(bad));
    assertEquals("a\tb\nc", CharacterReferences.decode("a&#9;b&#10;c"));
  }

  @Test
  void decodesOnlyOnceAndAdjacentReferences() {
    assertEquals("&lt;", CharacterReferences.decode("&amp;lt;"));
    assertEquals("<>&", CharacterReferences.decode("&lt;&gt;&amp;"));
  }
}
