package dev.kalima.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * Coverage-guided fuzz target (Jazzer) for the whole of {@code kalima words} on standard input:
 * byte sniffing and decoding (BOM, UTF-8, UTF-16/32 heuristics, legacy charsets, HTML, strict
 * mode), paragraph splitting, word segmentation and normalization, counting and every renderer.
 * The fuzzer picks the options and the input bytes. A finding is any of:
 *
 * <ul>
 *   <li>an exit code other than 0 (read) or 1 (input refused: binary, malformed under --strict);
 *   <li>"internal error", an exception name or a stack trace on stderr;
 *   <li>a table or Markdown output holding a control character other than a line feed (a hostile
 *       input reaching the terminal raw);
 *   <li>CSV or JSON output that does not parse back.
 * </ul>
 *
 * Runs only with {@code ./mvnw -Pfuzz verify} (JAZZER_FUZZ=1, bounded by {@code maxDuration});
 * the default build neither compiles it nor needs Jazzer.
 */
class DecodeSegmentRenderFuzzTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] FORMATS = {"table", "csv", "tsv", "json", "jsonl", "markdown"};

  @FuzzTest(maxDuration = "2m")
  void words(FuzzedDataProvider data) throws IOException {
    List<String> args = new ArrayList<>(List.of("words", "--threads", "1", "--top", "0"));
    String format = data.pickValue(FORMATS);
    args.add("--format=" + format);
    if (data.consumeBoolean()) {
      args.add("--numbers");
    }
    if (data.consumeBoolean()) {
      args.add("--strict");
    }
    if (data.consumeBoolean()) {
      args.add("--ngrams=" + data.consumeInt(1, 3));
    }
    if (data.consumeBoolean()) {
      args.add("--html=" + data.pickValue(new String[] {"always", "never"}));
    }
    if (data.consumeBoolean()) {
      args.add("--lang=" + data.pickValue(new String[] {"ar", "en", "fr", "ru", "zh", "fa"}));
    }
    if (data.consumeBoolean()) {
      args.add("--stem");
    }
    if (data.consumeBoolean()) {
      args.add("--show-key");
    }
    byte[] input = data.consumeRemainingAsBytes();

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter errWriter = new PrintWriter(err);
    int exit = Main.run(new ByteArrayInputStream(input), out, errWriter, false, args.toArray(String[]::new));
    errWriter.flush();
    String stderr = err.toString();
    String stdout = out.toString();

    if (exit != 0 && exit != 1) {
      throw new IllegalStateException("exit " + exit + " for " + args + ": " + stderr);
    }
    if (stderr.contains("internal error") || stderr.contains("Exception") || stderr.contains("\tat ")) {
      throw new IllegalStateException("failure reached the user for " + args + ":\n" + stderr);
    }
    if (format.equals("table") || format.equals("markdown")) {
      for (int i = 0; i < stdout.length(); i++) {
        char c = stdout.charAt(i);
        if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)) {
          throw new IllegalStateException(
              "raw control U+" + Integer.toHexString(c) + " in " + format + " output for " + args);
        }
      }
    } else if (format.equals("csv")) {
      CSVFormat.DEFAULT.parse(new StringReader(stdout)).getRecords();
    } else if (format.equals("json")) {
      JsonNode array = JSON.readTree(stdout);
      if (!array.isArray()) {
        throw new IllegalStateException("JSON output is not an array: " + stdout);
      }
    } else if (format.equals("jsonl")) {
      for (String line : stdout.lines().toList()) {
        if (!JSON.readTree(line).isObject()) {
          throw new IllegalStateException("JSON Lines row is not an object: " + line);
        }
      }
    }
  }
}
