package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentencesCommandTest {

  private static GoldenFileTest.Result sentences(String stdin, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "sentences";
    System.arraycopy(args, 0, all, 1, args.length);
    return GoldenFileTest.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), all);
  }

  private static List<String> fields(String line) {
    return List.of(line.split("\t", -1));
  }

  @Test
  void oneRowPerInputWithCountsOfAHandCheckedText() {
    GoldenFileTest.Result r =
        sentences("Headline here\n\nThe cat sat. The dog ran away quickly.\n", "-f", "tsv", "--no-header", "--lang", "en");
    assertEquals(0, r.exit(), r.err());
    List<String> row = fields(r.out().strip());
    // file lang paragraphs sentences words types chars hapax
    assertEquals(List.of("-", "en", "2", "3", "10", "9", "41", "8"), row.subList(0, 8));
  }

  @Test
  void formulaOfAnotherLanguageIsAnEmptyCell() {
    GoldenFileTest.Result r = sentences("Le chat dort. Il pleut.\n", "-f", "csv", "--lang", "fr");
    String[] header = r.out().lines().findFirst().orElseThrow().split(",", -1);
    String[] row = r.out().lines().skip(1).findFirst().orElseThrow().split(",", -1);
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < header.length; i++) {
      cells.put(header[i], row[i]);
    }
    assertEquals("", cells.get("flesch"));
    assertEquals("", cells.get("osman"));
    assertEquals("2", cells.get("sentences"));
    assertFalse(cells.get("lix").isEmpty());
  }

  /** The TOTAL row of several files equals the row of one file holding them all, in order. */
  @Test
  void totalEqualsTheRunOverTheConcatenation(@TempDir Path dir) throws Exception {
    String a = "The talks ended. Both sides left early!\n\nA new round starts in May.\n";
    String b = "Prices rose again. The bank said little. Few were surprised.\n";
    Path fa = dir.resolve("a.txt");
    Path fb = dir.resolve("b.txt");
    Path all = dir.resolve("all.txt");
    Files.writeString(fa, a, StandardCharsets.UTF_8);
    Files.writeString(fb, b, StandardCharsets.UTF_8);
    Files.writeString(all, a + "\n" + b, StandardCharsets.UTF_8);
    String window = "4"; // small, so MATTR windows straddle the file boundary
    GoldenFileTest.Result parts =
        sentences("", "-f", "tsv", "--no-header", "--lang", "en", "--window", window, fa.toString(), fb.toString());
    GoldenFileTest.Result whole =
        sentences("", "-f", "tsv", "--no-header", "--lang", "en", "--window", window, all.toString());
    List<String> lines = parts.out().lines().toList();
    assertEquals(3, lines.size());
    List<String> total = fields(lines.get(2));
    List<String> one = fields(whole.out().lines().findFirst().orElseThrow());
    assertEquals("TOTAL", total.get(0));
    assertEquals(one.subList(1, one.size()), total.subList(1, total.size()));
  }

  @Test
  void eachGivesOneObjectPerSentenceAndParagraphsAreReproduced() throws Exception {
    String text =
        "Storm hits the coast\n\"Is it over?\" she asked. Nobody knew… Then the rain stopped.\n\n"
            + "قال الوزير: «انتهى الاجتماع.» ثم غادر؟ نعم!\n";
    GoldenFileTest.Result r = sentences(text, "--each", "-f", "jsonl", "--lang", "en");
    assertEquals(0, r.exit(), r.err());
    ObjectMapper json = new ObjectMapper();
    Map<Long, StringBuilder> byParagraph = new LinkedHashMap<>();
    List<String> texts = new ArrayList<>();
    long index = 0;
    for (String line : r.out().lines().toList()) {
      JsonNode o = json.readTree(line);
      assertEquals(++index, o.get("index").asLong());
      texts.add(o.get("text").asText());
      assertFalse(o.get("text").asText().contains("\n"));
      byParagraph.computeIfAbsent(o.get("paragraph").asLong(), k -> new StringBuilder()).append(o.get("text").asText());
    }
    assertEquals(
        List.of("Storm hits the coast", "\"Is it over?\" she asked.", "Nobody knew…", "Then the rain stopped.",
            "قال الوزير: «انتهى الاجتماع.»", "ثم غادر؟", "نعم!"),
        texts);
    String[] paragraphs = text.split("\n\n");
    assertEquals(paragraphs.length, byParagraph.size());
    int i = 0;
    for (StringBuilder joined : byParagraph.values()) {
      assertEquals(paragraphs[i++].replaceAll("\\s", ""), joined.toString().replaceAll("\\s", ""));
    }
  }

  @Test
  void lineSentencesEndsASentenceAtEveryLineBreak() {
    String text = "The talks went on\nuntil late at night.\n";
    assertEquals("1", fields(sentences(text, "-f", "tsv", "--no-header", "--lang", "en").out().strip()).get(3));
    assertEquals(
        "2", fields(sentences(text, "-f", "tsv", "--no-header", "--lang", "en", "--line-sentences").out().strip()).get(3));
  }

  @Test
  void histogramOnlyInTables() {
    String text = "One two three. Four five.\n";
    GoldenFileTest.Result table = sentences(text, "--histogram", "--lang", "en");
    assertTrue(table.out().contains("sentence length in words"), table.out());
    assertTrue(table.out().contains("│██"), table.out());
    GoldenFileTest.Result csv = sentences(text, "--histogram", "-f", "csv", "--lang", "en");
    assertFalse(csv.out().contains("sentence length"), csv.out());
  }

  @Test
  void arabicRowHasOsmanAndNoEnglishFormulas() {
    GoldenFileTest.Result r = sentences("ذهب الولد إلى المدرسة. ثم عاد إلى البيت.\n", "-f", "tsv", "--lang", "ar");
    List<String> header = fields(r.out().lines().findFirst().orElseThrow());
    List<String> row = fields(r.out().lines().skip(1).findFirst().orElseThrow());
    assertEquals("2", row.get(header.indexOf("sentences")));
    assertFalse(row.get(header.indexOf("osman")).isEmpty());
    assertEquals("", row.get(header.indexOf("flesch")));
  }

  /**
   * A file of several chunks (over 1 MB, so its paragraphs are analyzed on several threads) gives
   * the same row for any thread count, and the row equals the TOTAL of its pieces as separate files
   * (windows of 4 straddle the chunk and file seams); --each numbers its sentences 1..n in order
   * for any thread count.
   */
  @Test
  void aLargeFileGivesTheSameRowsForAnyThreadCount(@TempDir Path dir) throws Exception {
    String en = Files.readString(Path.of("examples", "en-news.txt"), StandardCharsets.UTF_8).strip() + "\n";
    String ar = Files.readString(Path.of("examples", "ar-news.txt"), StandardCharsets.UTF_8).strip() + "\n";
    StringBuilder whole = new StringBuilder();
    List<String> pieces = new ArrayList<>();
    for (int i = 0; whole.length() < 2_500_000; i++) {
      String piece = i % 3 == 2 ? ar : en;
      Path file = dir.resolve(String.format(java.util.Locale.ROOT, "part%05d.txt", i));
      Files.writeString(file, piece, StandardCharsets.UTF_8);
      pieces.add(file.toString());
      whole.append(i == 0 ? "" : "\n").append(piece);
    }
    Path big = dir.resolve("big.txt");
    Files.writeString(big, whole, StandardCharsets.UTF_8);

    List<String> one = null;
    for (String threads : List.of("1", "3")) {
      GoldenFileTest.Result r =
          sentences("", "-f", "tsv", "--no-header", "--lang", "en", "--window", "4", "--threads", threads, big.toString());
      assertEquals(0, r.exit(), r.err());
      List<String> row = fields(r.out().lines().findFirst().orElseThrow());
      if (one == null) {
        one = row;
      }
      assertEquals(one, row, threads + " threads");
    }
    List<String> args = new ArrayList<>(List.of("-f", "tsv", "--no-header", "--lang", "en", "--window", "4"));
    args.addAll(pieces);
    List<String> lines = sentences("", args.toArray(String[]::new)).out().lines().toList();
    List<String> total = fields(lines.get(lines.size() - 1));
    assertEquals("TOTAL", total.get(0));
    assertEquals(one.subList(1, one.size()), total.subList(1, total.size()));

    String reference = null;
    for (String threads : List.of("1", "2")) {
      GoldenFileTest.Result r = sentences("", "--each", "-f", "tsv", "--no-header", "--lang", "en", "--threads", threads, big.toString());
      assertEquals(0, r.exit(), r.err());
      if (reference == null) {
        reference = r.out();
        long index = 0;
        for (String line : reference.lines().toList()) {
          assertEquals(Long.toString(++index), fields(line).get(1));
        }
        assertEquals(one.get(3), Long.toString(index)); // as many rows as sentences
      }
      assertEquals(reference, r.out(), threads + " threads");
    }
  }

  /**
   * An empty input (no words, language "und") does not take the TOTAL row's language away: with
   * it, TOTAL of one Arabic article and an empty file had no language and no OSMAN.
   */
  @Test
  void anEmptyInputLeavesTheTotalsLanguage(@TempDir Path dir) throws Exception {
    Path article = dir.resolve("a.txt");
    Files.writeString(article, "قال الرئيس إن المكتب الجديد سيفتح أبوابه قريبا في المدينة.\n", StandardCharsets.UTF_8);
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "", StandardCharsets.UTF_8);
    GoldenFileTest.Result r =
        sentences("", "-f", "csv", "--no-header", article.toString(), empty.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    String[] one = lines.get(0).split(",", -1);
    String[] total = lines.get(2).split(",", -1);
    assertEquals("TOTAL", total[0]);
    assertEquals("ar", total[1]);
    assertEquals(one[one.length - 1], total[total.length - 1], "OSMAN of the only article");
  }
}
