package dev.kalima.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalima.output.model.Column;
import dev.kalima.output.model.Table;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Random Unicode text survives CSV, TSV and JSON: parsing the output gives the cells back. */
class RoundTripProperties {

  private static final List<Column> COLUMNS =
      List.of(Column.text("text"), Column.integer("n"), Column.decimal("d", 3), Column.text("more"));

  @Provide
  Arbitrary<String> text() {
    Arbitrary<Integer> anyCodePoint = Arbitraries.integers().between(0, 0x10FFFF)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
    Arbitrary<Integer> special = Arbitraries.of(
        (int) ',', (int) '"', (int) '\n', (int) '\r', (int) '\t', (int) '\\', (int) '=',
        (int) '-', (int) ' ', (int) '#', 0x1b, 0x202E, 0x2069, 0xFEFF, 0x0643, 0x65E5, 0x0301,
        0x200D, 0x1F469);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, anyCodePoint), net.jqwik.api.Tuple.of(1, special))
        .list().ofMaxSize(12)
        .map(cps -> {
          StringBuilder b = new StringBuilder();
          cps.forEach(b::appendCodePoint);
          return b.toString();
        });
  }

  @Provide
  Arbitrary<List<List<Object>>> rows() {
    Arbitrary<List<Object>> row = Combinators.combine(
            text(),
            Arbitraries.longs().injectNull(0.1),
            Arbitraries.doubles().between(-1e9, 1e9).injectNull(0.1),
            text())
        .as((t, n, d, m) -> Arrays.<Object>asList(t, n, d, m));
    return row.list().ofMaxSize(8);
  }

  @Property(tries = 300)
  void csvParsesBackToTheSameCells(@ForAll("rows") List<List<Object>> rows) throws IOException {
    String csv = render(Format.CSV, rows);
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
      records = parser.getRecords();
    }
    assertEquals(rows.size() + 1, records.size(), csv);
    assertEquals(List.of("text", "n", "d", "more"), records.get(0).toList());
    for (int r = 0; r < rows.size(); r++) {
      assertEquals(expectedFields(rows.get(r)), records.get(r + 1).toList(), csv);
    }
  }

  @Property(tries = 300)
  void tsvParsesBackToTheSameCells(@ForAll("rows") List<List<Object>> rows) {
    String tsv = render(Format.TSV, rows);
    List<String> lines = Arrays.asList(tsv.split("\n", -1));
    assertEquals(rows.size() + 2, lines.size(), "one line per row, header and a final empty split");
    assertEquals("", lines.get(lines.size() - 1));
    for (int r = 0; r < rows.size(); r++) {
      List<String> fields = new ArrayList<>();
      for (String field : lines.get(r + 1).split("\t", -1)) {
        fields.add(unescapeTsv(field));
      }
      assertEquals(expectedFields(rows.get(r)), fields);
    }
  }

  @Property(tries = 300)
  void jsonParsesBackToTheSameValues(@ForAll("rows") List<List<Object>> rows) throws IOException {
    String json = render(Format.JSON, rows);
    ObjectMapper exact = new ObjectMapper()
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    JsonNode array = exact.readTree(json.getBytes(StandardCharsets.UTF_8));
    assertEquals(rows.size(), array.size());
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      JsonNode object = array.get(r);
      assertEquals(row.get(0), object.get("text").textValue());
      assertEquals(row.get(1), object.get("n").isNull() ? null : object.get("n").longValue());
      Object d = row.get(2);
      if (d == null) {
        assertEquals(true, object.get("d").isNull());
      } else {
        // Jackson's tree drops trailing zeros; the exact text is checked in JsonRendererTest.
        assertEquals(0, CellFormat.decimal(COLUMNS.get(2), d).compareTo(object.get("d").decimalValue()),
            json);
      }
      assertEquals(row.get(3), object.get("more").textValue());
    }
  }

  @Property(tries = 100)
  void jsonLinesParsesLineByLine(@ForAll("rows") List<List<Object>> rows) throws IOException {
    String jsonl = render(Format.JSONL, rows);
    String[] lines = jsonl.isEmpty() ? new String[0] : jsonl.split("\n", -1);
    assertEquals(rows.isEmpty() ? 0 : rows.size() + 1, lines.length);
    ObjectMapper mapper = new ObjectMapper();
    for (int r = 0; r < rows.size(); r++) {
      assertEquals(rows.get(r).get(0), mapper.readTree(lines[r]).get("text").textValue());
    }
  }

  private static List<String> expectedFields(List<Object> row) {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      String text = CellFormat.text(COLUMNS.get(i), row.get(i));
      fields.add(text == null ? "" : text);
    }
    return fields;
  }

  private static String render(Format format, List<List<Object>> rows) {
    return Sample.render(format, new Table(COLUMNS, rows), RenderOptions.DEFAULT);
  }

  private static String unescapeTsv(String field) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char next = field.charAt(++i);
      b.append(switch (next) {
        case 't' -> '\t';
        case 'n' -> '\n';
        case 'r' -> '\r';
        case '\\' -> '\\';
        default -> throw new AssertionError("bad escape \\" + next + " in " + field);
      });
    }
    return b.toString();
  }
}
