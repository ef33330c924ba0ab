package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  static List<String> paragraphs(String html) throws IOException {
    return ParagraphSplitterTest.texts(ParagraphSplitterTest.split(HtmlText.extract(html)));
  }

  @Test
  void scriptStyleNoscriptTemplateAreDropped() throws IOException {
    assertEquals(
        List.of("kept"),
        paragraphs(
            "<p>kept<script>var x = 1;</script><style>p{}</style>"
                + "<noscript>enable js</noscript></p><template><div>t</div></template>"));
  }

  @Test
  void navigationAndPageChromeAreDropped() throws IOException {
    assertEquals(
        List.of("Story"),
        paragraphs(
            "<header>Site name</header><nav><a>Home</a></nav><aside>Ads</aside>"
                + "<form><button>Go</button></form><iframe>x</iframe><svg><text>s</text></svg>"
                + "<p>Story</p><footer>Copyright</footer>"));
  }

  @Test
  void headerInsideArticleIsKept() throws IOException {
    assertEquals(
        List.of("Headline", "Body"),
        paragraphs("<article><header><h1>Headline</h1></header><p>Body</p></article>"));
  }

  @Test
  void hiddenElementsAreDropped() throws IOException {
    assertEquals(
        List.of("seen"),
        paragraphs("<p>seen</p><p hidden>unseen</p><div style=\"display: none\">gone</div>"));
  }

  @Test
  void blockElementsArePararaphsAndHeadingsAndListItemsStandAlone() throws IOException {
    assertEquals(
        List.of("Title", "First para.", "one", "two", "quoted", "cell 1", "cell 2"),
        paragraphs(
            "<h1>Title</h1><div>First para.</div><ul><li>one</li><li>two</li></ul>"
                + "<blockquote>quoted</blockquote><table><tr><td>cell 1</td><td>cell 2</td></tr></table>"));
  }

  @Test
  void inlineElementsJoinAsABrowserShowsThem() throws IOException {
    assertEquals(
        List.of("A bold move, said Mr. Smith."),
        paragraphs("<p>A <b>bold</b>\n   move, <i>said</i> <a href=x>Mr. Smith</a>.</p>"));
  }

  @Test
  void noSpaceIsAddedBetweenAdjacentInlineElements() throws IOException {
    assertEquals(List.of("unbreakable"), paragraphs("<p><b>un</b><i>break</i>able</p>"));
  }

  @Test
  void brEndsALineAndTwoBrEndAParagraph() throws IOException {
    assertEquals(List.of("line one\nline two", "next"),
        paragraphs("<p>line one<br>line two<br><br>next</p>"));
  }

  @Test
  void preKeepsItsLineBreaks() throws IOException {
    assertEquals(List.of("a  b\nc"), paragraphs("<pre>a  b\nc</pre>"));
  }

  @Test
  void arabicTextAndEntitiesAreDecoded() throws IOException {
    assertEquals(
        List.of("قال «مرحبًا» & رحل"), paragraphs("<p dir=rtl>قال &laquo;مرحبًا&raquo; &amp; رحل</p>"));
  }

  @Test
  void headIsNotText() throws IOException {
    assertEquals(
        List.of("body"), paragraphs("<html><head><title>T</title></head><body>body</body></html>"));
  }
}
