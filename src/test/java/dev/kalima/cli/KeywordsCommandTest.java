package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KeywordsCommandTest {

  private static GoldenFileTest.Result keywords(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "keywords";
    System.arraycopy(args, 0, all, 1, args.length);
    return GoldenFileTest.run(new ByteArrayInputStream(new byte[0]), all);
  }

  /**
   * Runs keywords with the documents read in chunks of {@code chunkChars} chars (the first chunk
   * of a document still holds the 4,000-char language sample), so that a document of a few
   * thousand chars is read in many windows.
   */
  private static GoldenFileTest.Result keywordsInWindows(int chunkChars, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "keywords";
    System.arraycopy(args, 0, all, 1, args.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter errWriter = new PrintWriter(err);
    RunContext context =
        new RunContext(new ByteArrayInputStream(new byte[0]), out, errWriter, false);
    CommandLine cli = Main.commandLine(context, all);
    KeywordsCommand command =
        (KeywordsCommand) cli.getSubcommands().get("keywords").getCommandSpec().userObject();
    command.input.chunkChars = chunkChars;
    PrintWriter outWriter = new PrintWriter(out);
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    int exit = Main.execute(cli, all, context, null);
    outWriter.flush();
    errWriter.flush();
    return new GoldenFileTest.Result(exit, out.toString(), err.toString());
  }

  /**
   * A document of 400 short lower-case paragraphs (about 14,000 chars), each holding "oil" once:
   * in chunks of 64 chars it is read in about 120 windows. Each line is numbered, so that none
   * is a repeated line (a running head, {@code RepeatedLines}), which is found only among the
   * lines read together.
   */
  private static void longDocument(Path file) throws Exception {
    List<String> ends = List.of("sharply", "again", "today", "slowly", "fast");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      text.append("crude oil prices rose ")
          .append(ends.get(i % ends.size()))
          .append(" in week ")
          .append(i)
          .append(".\n\n");
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static Path corpus(Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        "Oil prices rose on Monday. Oil exporters met in Vienna.\n\nVienna talks continue.",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b.txt"),
        "Oil exports fell. The oil ministers met again in Vienna.",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("c.txt"),
        "Football fans met the team. The team won the cup.",
        StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void perFileOutputDoesNotDependOnThreads(@TempDir Path dir) throws Exception {
    corpus(dir);
    GoldenFileTest.Result one = keywords("-f", "tsv", "--lang", "en", "--threads", "1", dir.toString());
    GoldenFileTest.Result two = keywords("-f", "tsv", "--lang", "en", "--threads", "2", dir.toString());
    assertEquals(0, one.exit(), one.err());
    assertEquals(one.out(), two.out());
    List<String> lines = one.out().lines().toList();
    assertEquals("file\trank\tkeyphrase\tscore\tcount", lines.get(0));
    // files in path order, ranks 1.. within each file
    assertTrue(lines.get(1).contains("a.txt\t1\t"), lines.get(1));
  }

  @Test
  void corpusOutputIsDeterministic(@TempDir Path dir) throws Exception {
    corpus(dir);
    GoldenFileTest.Result a = keywords("--corpus", "-f", "tsv", "--lang", "en", "--threads", "1", dir.toString());
    GoldenFileTest.Result b = keywords("--corpus", "-f", "tsv", "--lang", "en", "--threads", "2", dir.toString());
    assertEquals(0, a.exit(), a.err());
    assertEquals(a.out(), b.out());
    List<String> lines = a.out().lines().toList();
    assertEquals("rank\tkeyphrase\tscore\tcount\tdocs", lines.get(0));
    // "Oil" is a keyword of two of the three documents: one row, with docs = 2 and its
    // occurrences in both (2 + 2)
    List<String> oil = lines.stream().filter(l -> l.contains("\tOil\t")).toList();
    assertEquals(1, oil.size(), a.out());
    assertTrue(oil.get(0).endsWith("\t4\t2"), oil.get(0));
  }

  @Test
  void tfidfUsesTheInputsAsCorpus(@TempDir Path dir) throws Exception {
    corpus(dir);
    GoldenFileTest.Result r =
        keywords("--method", "tfidf", "-f", "tsv", "--lang", "en", "--top", "1", dir.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(4, lines.size());
    // in c.txt "team" occurs twice and nowhere else: tf 2 * idf(3, 1) = 2 * (ln(4/2) + 1)
    assertTrue(lines.get(3).matches(".*c\\.txt\t1\tteam\t3\\.3863\t2"), lines.get(3));
  }

  @Test
  void keynessNeedsAReference(@TempDir Path dir) throws Exception {
    corpus(dir);
    GoldenFileTest.Result r = keywords("--method", "keyness", dir.resolve("a.txt").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--reference"), r.err());
  }

  @Test
  void keynessAgainstAReferenceFolder(@TempDir Path dir) throws Exception {
    corpus(dir);
    Path ref = Files.createDirectory(dir.resolve("ref"));
    Files.writeString(ref.resolve("r.txt"), "Oil and Vienna. Oil again. Oil prices.", StandardCharsets.UTF_8);
    GoldenFileTest.Result r =
        keywords(
            "--method", "keyness", "--reference", ref.toString(), "-f", "tsv", "--lang", "en",
            dir.resolve("c.txt").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("file\trank\tkeyphrase\tscore\tcount\tlog_ratio\n"), r.out());
    assertTrue(r.out().contains("\tteam\t"), r.out());
    assertTrue(!r.out().contains("\tOil\t"), r.out());
  }

  @Test
  void badDedupIsAUsageError() {
    GoldenFileTest.Result r = keywords("--dedup", "1.5", "-");
    assertEquals(2, r.exit());
  }

  @Test
  void dedupThatIsNotANumberSaysWhatItMustBe() {
    // picocli's own message was "'nan' is not a double": programmer's words
    // (a negative value such as -0.5 is read as the option -0 since --null/-0 exists: picocli's
    // "Expected parameter for option '--dedup' but found '-0.5'", also a usage error)
    for (String bad : List.of("nan", "0,5", "half", "NaN", "1.01", "2", "Infinity", "1e-1")) {
      GoldenFileTest.Result r = keywords("--dedup", bad, "-");
      assertEquals(2, r.exit(), bad);
      assertEquals(
          "kalima: Invalid value for option '--dedup': '" + bad
              + "' must be a number from 0 to 1, such as 0.5",
          r.err().lines().findFirst().orElse(""),
          bad);
    }
  }

  @Test
  void dedupAcceptsTheEndsOfItsRange() {
    for (String good : List.of("0", "1", "0.75", "1.0", ".5")) {
      GoldenFileTest.Result r = keywords("--dedup", good, "-");
      assertEquals(0, r.exit(), good + ": " + r.err());
    }
  }

  /**
   * keyness against a reference folder without words (empty, or no file matching --include)
   * compares with nothing: it printed a warning, no keyword and exit 0, a silent failure in a
   * pipeline. Now one error line and exit 1, nothing ranked.
   */
  @Test
  void keynessWithAnEmptyReferenceIsAnError(@TempDir Path dir) throws Exception {
    corpus(dir);
    Path ref = Files.createDirectory(dir.resolve("ref"));
    Files.writeString(ref.resolve("notes.csv"), "Oil,Vienna\n", StandardCharsets.UTF_8);
    GoldenFileTest.Result r =
        keywords("--method", "keyness", "--reference", ref.toString(), "-f", "tsv", "--lang", "en",
            dir.resolve("c.txt").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.err().contains("kalima: " + ref + ": the reference corpus has no words (keyness compares the inputs with it)\n"),
        r.err());
    assertEquals("", r.out());
    GoldenFileTest.Result t =
        keywords("--method", "tfidf", "--idf-from", ref.toString(), "-f", "tsv", "--lang", "en",
            dir.resolve("c.txt").toString());
    assertEquals(1, t.exit(), t.err());
    assertTrue(
        t.err().contains("kalima: " + ref + ": the --idf-from corpus has no words (tfidf takes its document frequencies from it)\n"),
        t.err());
  }

  /** A reference folder: the long document of {@link #longDocument} and a one-line one. */
  private static Path referenceCorpus(Path dir) throws Exception {
    Path ref = Files.createDirectory(dir.resolve("ref"));
    longDocument(ref.resolve("long.txt"));
    Files.writeString(ref.resolve("other.txt"), "football fans cheered.", StandardCharsets.UTF_8);
    return ref;
  }

  /**
   * With documents read in windows of 64 chars, on 1 and 2 threads, {@code args} give exit 0
   * and the output of {@code whole} (the run with whole-document windows).
   */
  private static void assertSameInWindows(GoldenFileTest.Result whole, String[] args) {
    for (String threads : List.of("1", "2")) {
      GoldenFileTest.Result windows = keywordsInWindows(64, with(args, "--threads", threads));
      assertEquals(0, windows.exit(), windows.err());
      assertEquals(whole.out(), windows.out(), "threads " + threads);
    }
  }

  /**
   * The --idf-from corpus is counted in windows, but a phrase in many windows of one document is
   * in one document: "oil" is in one of the two documents (idf = ln(3/2) + 1), whatever the chunk
   * size and the thread count, and the output is the same as when each document is one window.
   * (Summing the windows' document counts would give "oil" a df of about 120, a negative idf, and
   * drop it.)
   */
  @Test
  void idfFromCountsAPhraseOnceForADocumentReadInWindows(@TempDir Path dir) throws Exception {
    Path ref = referenceCorpus(dir);
    Path input = dir.resolve("a.txt");
    Files.writeString(input, "Oil prices rose. Oil fell.", StandardCharsets.UTF_8);
    String[] args = {
      "--method", "tfidf", "--idf-from", ref.toString(), "-f", "tsv", "--lang", "en",
      input.toString()
    };
    GoldenFileTest.Result whole = keywords(args);
    assertEquals(0, whole.exit(), whole.err());
    // tf 2 * (ln(3/2) + 1) = 2.8109
    assertTrue(whole.out().contains(input + "\t1\tOil\t2.8109\t2\n"), whole.out());
    assertSameInWindows(whole, args);
  }

  /**
   * The reference corpus of keyness is counted in windows of whole paragraphs: its occurrences and
   * words are those of the whole documents, so the output does not depend on the chunk size or
   * the thread count.
   */
  @Test
  void keynessAgainstAReferenceReadInWindows(@TempDir Path dir) throws Exception {
    Path ref = referenceCorpus(dir);
    Path input = dir.resolve("a.txt");
    Files.writeString(
        input, "Oil prices rose. Football fans cheered the new team. The team won.",
        StandardCharsets.UTF_8);
    String[] args = {
      "--method", "keyness", "--reference", ref.toString(), "-f", "tsv", "--lang", "en",
      input.toString()
    };
    GoldenFileTest.Result whole = keywords(args);
    assertEquals(0, whole.exit(), whole.err());
    assertTrue(whole.out().contains("\tteam\t"), whole.out());
    assertSameInWindows(whole, args);
  }

  /**
   * tfidf over the inputs, one of them read in many windows: the document frequency of a phrase
   * never exceeds the number of documents (every idf is at least 1). "Oil" is in both documents,
   * so short.txt's "Oil" scores its tf 2 times idf(2, 2) = 1; the same for 1 and 2 threads.
   */
  @Test
  void tfidfOverInputsReadInWindows(@TempDir Path dir) throws Exception {
    longDocument(dir.resolve("long.txt"));
    Files.writeString(dir.resolve("short.txt"), "Oil prices rose. Oil fell.", StandardCharsets.UTF_8);
    String[] args = {"--method", "tfidf", "-f", "tsv", "--lang", "en", dir.toString()};
    GoldenFileTest.Result one = keywordsInWindows(64, with(args, "--threads", "1"));
    GoldenFileTest.Result two = keywordsInWindows(64, with(args, "--threads", "2"));
    assertEquals(0, one.exit(), one.err());
    assertEquals(one.out(), two.out());
    Path shortFile = dir.resolve("short.txt");
    assertTrue(one.out().contains(shortFile + "\t1\tOil\t2.0000\t2\n"), one.out());
    for (String line : one.out().lines().skip(1).toList()) {
      if (line.startsWith(shortFile.toString())) {
        String[] cells = line.split("\t");
        // score = count * idf with idf >= 1
        assertTrue(Double.parseDouble(cells[3]) >= Long.parseLong(cells[4]), line);
      }
    }
  }

  private static String[] with(String[] args, String... more) {
    String[] all = new String[more.length + args.length];
    System.arraycopy(more, 0, all, 0, more.length);
    System.arraycopy(args, 0, all, more.length, args.length);
    return all;
  }
}
