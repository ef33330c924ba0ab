package dev.kalima.output;

import static dev.kalima.output.Sample.ARABIC;
import static dev.kalima.output.Sample.CJK;
import static dev.kalima.output.Sample.COMBINING;
import static dev.kalima.output.Sample.ZWJ_EMOJI;
import static dev.kalima.output.Sample.assertText;
import static dev.kalima.output.Sample.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalima.output.model.Column;
import dev.kalima.output.model.Table;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

  private static final List<String> OBJECTS = List.of(
      "{\"word\":\"" + ARABIC + "\",\"count\":12,\"share\":0.12}",
      "{\"word\":\"book\",\"count\":-3,\"share\":2.50}",
      "{\"word\":\"" + CJK + "\",\"count\":7,\"share\":null}",
      "{\"word\":\"" + COMBINING + "\",\"count\":1,\"share\":2.68}",
      "{\"word\":\"" + ZWJ_EMOJI + "\",\"count\":1000000,\"share\":0.00}",
      "{\"word\":\"a,b \\\"q\\\"\\nx\\ty\",\"count\":0,\"share\":null}");

  @Test
  void jsonIsAnArrayWithOneCompactObjectPerLine() {
    assertText("[\n" + String.join(",\n", OBJECTS) + "\n]\n",
        render(Format.JSON, Sample.TABLE, RenderOptions.DEFAULT));
  }

  @Test
  void jsonLinesIsOneObjectPerLine() {
    assertText(String.join("\n", OBJECTS) + "\n",
        render(Format.JSONL, Sample.TABLE, RenderOptions.DEFAULT));
  }

  @Test
  void headerBomAndSafeCsvDoNotApply() {
    RenderOptions all = new RenderOptions(false, true, true, true);
    assertText(render(Format.JSON, Sample.TABLE, RenderOptions.DEFAULT),
        render(Format.JSON, Sample.TABLE, all));
    assertText(render(Format.JSONL, Sample.TABLE, RenderOptions.DEFAULT),
        render(Format.JSONL, Sample.TABLE, all));
  }

  @Test
  void emptyTable() {
    assertText("[]\n", render(Format.JSON, Sample.EMPTY, RenderOptions.DEFAULT));
    assertText("", render(Format.JSONL, Sample.EMPTY, RenderOptions.DEFAULT));
  }

  @Test
  void parsesBackToTheSameValues() throws Exception {
    JsonNode array = new ObjectMapper().readTree(render(Format.JSON, Sample.TABLE, RenderOptions.DEFAULT));
    assertEquals(6, array.size());
    JsonNode first = array.get(0);
    assertEquals(List.of("word", "count", "share"), iterableToList(first.fieldNames()));
    assertEquals(ARABIC, first.get("word").textValue());
    assertEquals(12, first.get("count").longValue());
    assertEquals(0.12, first.get("share").doubleValue());
    assertEquals(-3, array.get(1).get("count").longValue());
    assertTrue(array.get(2).get("share").isNull());
    assertEquals(COMBINING, array.get(3).get("word").textValue());
    assertEquals(ZWJ_EMOJI, array.get(4).get("word").textValue());
    assertEquals(Sample.NASTY, array.get(5).get("word").textValue());
    assertTrue(array.get(5).get("share").isNull(), "NaN becomes null");
  }

  @Test
  void decimalsNeverUseExponents() throws Exception {
    Table table = new Table(List.of(Column.decimal("d", 9), Column.decimal("big", 0)),
        List.of(Arrays.asList(1e-7, 1e20)));
    String json = render(Format.JSONL, table, RenderOptions.DEFAULT);
    assertText("{\"d\":0.000000100,\"big\":100000000000000000000}\n", json);
    JsonNode node = new ObjectMapper().readTree(json);
    assertEquals(new BigDecimal("1.00E-7").doubleValue(), node.get("d").doubleValue());
  }

  @Test
  void duplicateColumnNamesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Renderers.open(Format.JSON,
        List.of(Column.text("a"), Column.integer("a")), new StringWriter(), RenderOptions.DEFAULT));
  }

  private static List<String> iterableToList(java.util.Iterator<String> it) {
    List<String> list = new java.util.ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }
}
