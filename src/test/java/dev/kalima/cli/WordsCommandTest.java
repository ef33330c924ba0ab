package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordsCommandTest {

  private static GoldenFileTest.Result words(String stdin, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "words";
    System.arraycopy(args, 0, all, 1, args.length);
    return GoldenFileTest.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), all);
  }

  @Test
  void countsWordsFromStdinRankedByCountThenCollation() {
    GoldenFileTest.Result r = words("b a c b a b\n", "-f", "tsv", "--lang", "en");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "rank\tword\tcount\tpercent\tdocs\n"
            + "1\tb\t3\t50.00\t1\n"
            + "2\ta\t2\t33.33\t1\n"
            + "3\tc\t1\t16.67\t1\n",
        r.out());
  }

  @Test
  void showsMostFrequentSurfaceFormOfANormalizedWord() {
    GoldenFileTest.Result r =
        words("The cat. the dog. THE end. the\n", "-f", "tsv", "--no-header", "--lang", "en", "--top", "1", "--show-key");
    assertEquals("1\tthe\t4\t57.14\t1\tthe\n", r.out());
  }

  @Test
  void ngramsNeverCrossPunctuation() {
    GoldenFileTest.Result r =
        words("red apple, green apple. red apple\n", "-f", "tsv", "--no-header", "--ngrams", "2", "--lang", "en");
    // "apple green" spans the comma and "apple red" spans the full stop: neither is counted.
    assertEquals("1\tred apple\t2\t33.33\t1\n" + "2\tgreen apple\t1\t16.67\t1\n", r.out());
  }

  /** An empty name (an unset variable) names no file, never the working directory. */
  @Test
  void emptyNamesAreNoFiles() {
    GoldenFileTest.Result out = words("a b\n", "-o", "");
    assertEquals(2, out.exit());
    assertEquals(
        "kalima: Invalid value for option '--output': the file name is empty\n"
            + "Try 'kalima words --help' for more information.\n",
        out.err());
    GoldenFileTest.Result in = words("a b\n", "-f", "tsv", "--no-header", "", "-");
    assertEquals(1, in.exit());
    assertEquals("kalima: : no such file or directory\n", in.err());
    assertEquals("1\ta\t1\t50.00\t1\n2\tb\t1\t50.00\t1\n", in.out());
  }

  @Test
  void missingFileIsReportedAndTheOthersStillCount(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "alpha beta alpha\n", StandardCharsets.UTF_8);
    String missing = dir.resolve("missing.txt").toString();
    GoldenFileTest.Result r = words("", "-f", "tsv", "--no-header", "--lang", "en", missing, good.toString());
    assertEquals(1, r.exit());
    assertEquals("kalima: " + missing + ": no such file or directory\n", r.err());
    assertEquals("1\talpha\t2\t66.67\t1\n2\tbeta\t1\t33.33\t1\n", r.out());
  }

  @Test
  void anArgumentStartingWithAtIsAFileNotAnArgumentList(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "alpha beta\n", StandardCharsets.UTF_8);
    Path list = dir.resolve("list.txt");
    Files.writeString(list, "--top 1 " + good + "\n", StandardCharsets.UTF_8);
    // picocli's @-files would have run "--top 1 good.txt"; the name is a (missing) file
    String at = "@" + list;
    GoldenFileTest.Result r = words("", "-f", "tsv", "--no-header", "--lang", "en", at);
    assertEquals(1, r.exit());
    assertEquals("kalima: " + at + ": no such file or directory\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void aWordWhoseKeyHasNoLetterIsStillCounted() {
    // found by WordsPropertiesTest: U+02BC (a modifier letter) normalizes to an apostrophe; the
    // row was dropped by the default --min-length 1 while the word was in the total
    GoldenFileTest.Result r = words("\u4e00\u02bc\n", "-f", "tsv", "--no-header");
    long sum = r.out().lines().mapToLong(l -> Long.parseLong(l.split("\t")[2])).sum();
    assertEquals(2, sum, r.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    GoldenFileTest.Result r = words("", "--no-such-flag");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("kalima: Unknown option: '--no-such-flag'"), r.err());
    assertTrue(r.err().contains("--help"), r.err());
  }

  @Test
  void negativeTopIsAUsageError() {
    GoldenFileTest.Result r = words("", "--top", "-1");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("at least 0"), r.err());
  }

  @Test
  void unknownLanguageListsTheChoices() {
    GoldenFileTest.Result r = words("", "--lang", "xx");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("unknown language 'xx'"), r.err());
    assertTrue(r.err().contains("ar"), r.err());
  }

  @Test
  void outputIsIdenticalForAnyThreadCount(@TempDir Path dir) throws Exception {
    for (int i = 0; i < 12; i++) {
      Files.writeString(
          dir.resolve("doc" + i + ".txt"),
          ("word" + (i % 3) + " shared other" + i + " shared\n").repeat(i + 1),
          StandardCharsets.UTF_8);
    }
    String one = words("", "-f", "csv", "--threads", "1", dir.toString()).out();
    for (String threads : List.of("2", "3", "8")) {
      assertEquals(one, words("", "-f", "csv", "--threads", threads, dir.toString()).out(), threads);
      assertEquals(
          words("", "-f", "csv", "--by-file", "--threads", "1", dir.toString()).out(),
          words("", "-f", "csv", "--by-file", "--threads", threads, dir.toString()).out());
    }
  }

  @Test
  void countsSumToTheNumberOfWords() {
    String text = "Ein Wort, zwei Wörter; drei Wörter. Und noch ein Wort!\n";
    GoldenFileTest.Result r = words(text, "-f", "tsv", "--no-header", "--lang", "de");
    long sum = r.out().lines().mapToLong(l -> Long.parseLong(l.split("\t")[2])).sum();
    assertEquals(10, sum);
  }

  /**
   * {@code -o -} is standard output, as "-" is standard input among the inputs (and as sort -o -
   * or curl -o - read it): it wrote a file named "-" in the working directory.
   */
  @Test
  void outputDashIsStandardOutput() throws Exception {
    Path dash = Path.of("-");
    boolean existed = Files.exists(dash);
    try {
      GoldenFileTest.Result r = words("hello world hello\n", "-o", "-", "-f", "csv");
      assertEquals(0, r.exit(), r.err());
      assertEquals("rank,word,count,percent,docs\n1,hello,2,66.67,1\n2,world,1,33.33,1\n", r.out());
      assertEquals(existed, Files.exists(dash), "a file named - was written");
    } finally {
      if (!existed) {
        Files.deleteIfExists(dash);
      }
    }
  }

  @Test
  void theOutputFileExtensionNamesTheFormatUnlessOneIsGiven(@TempDir Path dir) throws Exception {
    String csv = "rank,word,count,percent,docs\n1,hello,2,66.67,1\n2,world,1,33.33,1\n";
    Path out = dir.resolve("counts.CSV");
    assertEquals(0, words("hello world hello\n", "--lang", "en", "-o", out.toString()).exit());
    assertEquals(csv, Files.readString(out, StandardCharsets.UTF_8));
    Path jsonl = dir.resolve("counts.ndjson");
    assertEquals(0, words("hello world hello\n", "--lang", "en", "-o", jsonl.toString()).exit());
    assertEquals(
        "{\"rank\":1,\"word\":\"hello\",\"count\":2,\"percent\":66.67,\"docs\":1}\n"
            + "{\"rank\":2,\"word\":\"world\",\"count\":1,\"percent\":33.33,\"docs\":1}\n",
        Files.readString(jsonl, StandardCharsets.UTF_8));
    // --format wins; another extension is a table
    Path table = dir.resolve("counts.csv");
    assertEquals(0, words("hello world hello\n", "--lang", "en", "-f", "tsv", "-o", table.toString()).exit());
    assertEquals(csv.replace(',', '\t'), Files.readString(table, StandardCharsets.UTF_8));
    Path txt = dir.resolve("counts.txt");
    assertEquals(0, words("hello world hello\n", "--lang", "en", "-o", txt.toString()).exit());
    assertTrue(Files.readString(txt, StandardCharsets.UTF_8).startsWith("rank  word"));
  }

  @Test
  void mdIsMarkdown() {
    GoldenFileTest.Result r = words("hello\n", "--lang", "en", "-f", "MD");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("| rank | word |"), r.out());
  }
}
