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

class KeywordsCommandTest {

  private static GoldenFileTest.Result keywords(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "keywords";
    System.arraycopy(args, 0, all, 1, args.length);
    return GoldenFileTest.run(new ByteArrayInputStream(new byte[0]), all);
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
}
