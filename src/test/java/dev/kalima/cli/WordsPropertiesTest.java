package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Properties of {@code kalima words} over random Unicode text (issue 6): all planes, mixes of
 * scripts, punctuation, white space and controls, fed through standard input as UTF-8.
 */
class WordsPropertiesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Text made of fragments: words of several scripts, digits, punctuation, white space, controls, any code point. */
  @Provide
  Arbitrary<String> unicodeText() {
    Arbitrary<String> fragment =
        Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
            Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(1).ofMaxLength(8),
            Arbitraries.strings().withCharRange('\u064B', '\u0652').ofMaxLength(2), // harakat
            Arbitraries.strings().withCharRange('\u0430', '\u044F').ofMinLength(1).ofMaxLength(8),
            Arbitraries.strings().withCharRange('\u4E00', '\u9FFF').ofMinLength(1).ofMaxLength(4),
            Arbitraries.strings().withCharRange('\u0660', '\u0669').ofMinLength(1).ofMaxLength(4),
            Arbitraries.strings().withChars(" \t\n\r\u00A0\u2028\u2029\u3000").ofMinLength(1).ofMaxLength(3),
            Arbitraries.strings().withChars(".,;:!?'\"()-—،؛؟«»…/@#=+").ofMinLength(1).ofMaxLength(3),
            Arbitraries.strings().withChars("\u200C\u200D\u200E\u200F\u202A\u202E\u2066\u2069\uFEFF\u0301\uFE0F").ofMaxLength(2),
            Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(2),
            Arbitraries.integers()
                .between(0, 0x10FFFF)
                .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .map(Character::toString),
            Arbitraries.strings().all().ofMaxLength(4));
    return fragment.list().ofMaxSize(60).map(parts -> String.join("", parts));
  }

  private static GoldenFileTest.Result words(byte[] stdin, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "words";
    System.arraycopy(args, 0, all, 1, args.length);
    return GoldenFileTest.run(new ByteArrayInputStream(stdin), all);
  }

  private static void assertNoStackTrace(GoldenFileTest.Result r) {
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("internal error"), r.err());
  }

  @Property(tries = 150)
  void neverFailsAndCountsSumToTheWordTotal(@ForAll("unicodeText") String text) throws IOException {
    for (String numbers : List.of("--numbers", "--min-count=1")) {
      GoldenFileTest.Result r =
          words(text.getBytes(StandardCharsets.UTF_8), "-f", "csv", "--no-header", "--top", "0", numbers);
      assertNoStackTrace(r);
      assertTrue(r.exit() == 0 || (r.exit() == 1 && r.err().endsWith(": binary file\n")), r.err());
      List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(r.out())).getRecords();
      if (rows.isEmpty()) {
        continue;
      }
      // percent = 100 * count / total, rounded to 2 places: the counts sum to the total exactly
      // when the percents sum to 100 within the rounding of each row
      BigDecimal percents = BigDecimal.ZERO;
      for (CSVRecord row : rows) {
        percents = percents.add(new BigDecimal(row.get(3)));
      }
      double slack = 0.005 * rows.size() + 1e-9;
      assertEquals(100.0, percents.doubleValue(), slack, "percents of " + rows.size() + " rows: " + r.out());
    }
  }

  @Property(tries = 100)
  void everyMachineFormatParsesBackToTheSameRows(@ForAll("unicodeText") String text) throws IOException {
    byte[] input = text.getBytes(StandardCharsets.UTF_8);
    List<List<String>> csv = csvRows(words(input, "-f", "csv", "--top", "0", "--numbers", "--show-key").out(), CSVFormat.DEFAULT);
    List<List<String>> tsv =
        csvRows(
            words(input, "-f", "tsv", "--top", "0", "--numbers", "--show-key").out(),
            CSVFormat.TDF.builder().setQuote(null).setIgnoreSurroundingSpaces(false).setTrim(false).get());
    List<List<String>> json = jsonRows(words(input, "-f", "json", "--top", "0", "--numbers", "--show-key").out(), false);
    List<List<String>> jsonl = jsonRows(words(input, "-f", "jsonl", "--top", "0", "--numbers", "--show-key").out(), true);
    assertEquals(csv, json, "CSV and JSON");
    assertEquals(csv, jsonl, "CSV and JSON Lines");
    // TSV cannot hold a tab or line break inside a cell; compare the rows whose cells have none
    assertEquals(csv.size(), tsv.size(), "TSV row count");
    for (int i = 0; i < csv.size(); i++) {
      if (csv.get(i).stream().noneMatch(c -> c.contains("\t") || c.contains("\n") || c.contains("\r") || c.contains("\\"))) {
        assertEquals(csv.get(i), tsv.get(i), "TSV row " + i);
      }
    }
  }

  @Property(tries = 100)
  void randomBytesNeverFail(@ForAll byte[] bytes) {
    GoldenFileTest.Result r = words(bytes, "-f", "tsv");
    assertNoStackTrace(r);
    assertTrue(r.exit() == 0 || r.exit() == 1, r.err());
  }

  private static List<List<String>> csvRows(String out, CSVFormat format) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord r : format.parse(new StringReader(out))) {
      rows.add(r.toList());
    }
    return rows;
  }

  /** JSON rows as the strings CSV shows: header first, numbers in their plain form. */
  private static List<List<String>> jsonRows(String out, boolean lines) throws IOException {
    List<JsonNode> objects = new ArrayList<>();
    if (lines) {
      for (String line : out.lines().toList()) {
        objects.add(JSON.readTree(line));
      }
    } else {
      JSON.readTree(out).forEach(objects::add);
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> header = List.of("rank", "word", "count", "percent", "docs", "key");
    rows.add(header);
    for (JsonNode o : objects) {
      List<String> row = new ArrayList<>();
      for (String field : header) {
        JsonNode v = o.get(field);
        row.add(v == null || v.isNull() ? "" : v.isNumber() ? v.decimalValue().setScale(field.equals("percent") ? 2 : 0).toPlainString() : v.asText());
      }
      rows.add(row);
    }
    return rows;
  }
}
