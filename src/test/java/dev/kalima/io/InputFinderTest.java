package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFinderTest {

  /** Records problems as "error|warning source: message". */
  static final class Recorder implements Problems {
    final List<String> seen = new ArrayList<>();

    @Override
    public void error(String source, String message, Throwable cause) {
      seen.add("error " + source + ": " + message);
    }

    @Override
    public void warning(String source, String message) {
      seen.add("warning " + source + ": " + message);
    }
  }

  @TempDir Path tmp;
  final Recorder problems = new Recorder();

  Path touch(String relative) throws IOException {
    Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "text " + relative, StandardCharsets.UTF_8);
    return p;
  }

  List<String> names(InputSelection selection, String... operands) {
    return new InputFinder(selection).find(List.of(operands), problems).stream()
        .map(Source::name)
        .toList();
  }

  List<String> names(String... operands) {
    return names(InputSelection.defaults(), operands);
  }

  String root() {
    return tmp.toString();
  }

  String under(String relative) {
    return tmp.resolve(relative).toString();
  }

  @Test
  void noOperandMeansStdin() {
    List<Source> found = new InputFinder(InputSelection.defaults()).find(List.of(), problems);
    assertEquals(List.of(Source.stdin()), found);
  }

  @Test
  void dashIsStdinInOperandOrder() throws IOException {
    touch("a.txt");
    assertEquals(List.of(under("a.txt"), "-"), names(under("a.txt"), "-"));
  }

  @Test
  void walkIsSortedByCodePointWhateverTheCreationOrder() throws IOException {
    touch("é.txt");
    touch("a/b.txt");
    touch("a-b.txt");
    touch("B.txt");
    touch("a/a.txt");
    assertEquals(
        List.of(under("B.txt"), under("a-b.txt"), under("a/a.txt"), under("a/b.txt"), under("é.txt")),
        names(root()));
    assertEquals(List.of(), problems.seen);
  }

  @Test
  void walkedFilesAreNotExplicitAndNamedFromTheOperand() throws IOException {
    touch("docs/x.md");
    List<Source> found =
        new InputFinder(InputSelection.defaults()).find(List.of(root() + "/docs/"), problems);
    assertEquals(1, found.size());
    assertEquals(root() + "/docs/x.md", found.get(0).name());
    assertFalse(found.get(0).explicit());
  }

  @Test
  void defaultIncludeKeepsTextMarkdownAndHtmlOnly() throws IOException {
    for (String n : List.of("a.txt", "b.md", "c.markdown", "d.html", "e.htm", "f.png", "g.bak", "h")) {
      touch(n);
    }
    assertEquals(
        List.of(under("a.txt"), under("b.md"), under("c.markdown"), under("d.html"), under("e.htm")),
        names(root()));
  }

  @Test
  void includeIgnoresCaseOfTheName() throws IOException {
    touch("NOTES.TXT");
    assertEquals(List.of(under("NOTES.TXT")), names(root()));
  }

  @Test
  void includeIgnoresCaseOfTheGlobToo() throws IOException {
    touch("notes.txt");
    touch("Mixed.Txt");
    touch("other.md");
    InputSelection upper = new InputSelection(List.of("*.TXT"), List.of());
    assertEquals(List.of(under("Mixed.Txt"), under("notes.txt")), names(upper, root()));
    // a glob whose lower case is no valid glob ([Z-a] -> [z-a]) still works as written
    touch("Z.log");
    InputSelection range = new InputSelection(List.of("[Z-a].log"), List.of());
    assertEquals(List.of(under("Z.log")), names(range, root()));
    assertEquals(List.of(), problems.seen);
  }

  @Test
  void emptyOperandNamesNoFileAndNeverTheWorkingDirectory() throws IOException {
    touch("a.txt");
    assertEquals(List.of(under("a.txt")), names("", under("a.txt")));
    assertEquals(List.of("error : no such file or directory"), problems.seen);
  }

  @Test
  void namedFileIsTakenWhateverItsExtension() throws IOException {
    Path p = touch("data.bin.bak");
    List<Source> found = new InputFinder(InputSelection.defaults()).find(List.of(p.toString()), problems);
    assertEquals(List.of(new Source(p.toString(), p, true)), found);
  }

  @Test
  void excludeMatchesRelativePathsAndNames() throws IOException {
    touch("keep.txt");
    touch("old.bak");
    touch("drafts/one.txt");
    touch("drafts/deep/two.txt");
    touch("news/drafts.txt");
    InputSelection selection = new InputSelection(List.of("*"), List.of("drafts/**", "*.bak"));
    assertEquals(List.of(under("keep.txt"), under("news/drafts.txt")), names(selection, root()));
  }

  @Test
  void excludingADirectoryNameSkipsItsTree() throws IOException {
    touch("keep.txt");
    touch("a/drafts/x.txt");
    InputSelection selection = new InputSelection(InputSelection.DEFAULT_INCLUDE, List.of("drafts"));
    assertEquals(List.of(under("keep.txt")), names(selection, root()));
  }

  @Test
  void hiddenFilesAndDirectoriesAreSkippedWhileWalking() throws IOException {
    touch("seen.txt");
    touch(".hidden.txt");
    touch(".git/notes.txt");
    touch("sub/.cache/x.txt");
    assertEquals(List.of(under("seen.txt")), names(root()));
  }

  @Test
  void hiddenDirectoryNamedExplicitlyIsWalked() throws IOException {
    touch(".config/a.txt");
    assertEquals(List.of(under(".config/a.txt")), names(under(".config")));
  }

  @Test
  void missingPathIsAnError() {
    assertEquals(List.of(), names(under("missing.txt")));
    assertEquals(List.of("error " + under("missing.txt") + ": no such file or directory"), problems.seen);
  }

  @Test
  void directoryWithoutMatchesIsAWarning() throws IOException {
    touch("empty/image.png");
    assertEquals(List.of(), names(under("empty")));
    assertEquals(
        List.of("warning " + under("empty") + ": no matching files (include: *.txt *.md *.markdown *.html *.htm)"),
        problems.seen);
  }

  @Test
  void symlinkIsFollowedAndALoopIsReportedOnce() throws IOException {
    touch("real/a.txt");
    Path link = tmp.resolve("real/sub/back");
    Files.createDirectories(link.getParent());
    try {
      Files.createSymbolicLink(link, tmp.resolve("real"));
      Files.createSymbolicLink(tmp.resolve("alias"), tmp.resolve("real"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here");
    }
    assertEquals(List.of(under("alias/a.txt"), under("real/a.txt")), names(root()));
    // met as real/sub/back and as alias/sub/back: still one link, one warning
    assertEquals(1, problems.seen.size(), problems.seen.toString());
    assertTrue(problems.seen.get(0).startsWith("warning "), problems.seen.toString());
    assertTrue(problems.seen.get(0).endsWith("/sub/back: symbolic link loop (not followed again)"));
  }

  @Test
  void unreadableFileIsPermissionDenied() throws IOException {
    Path p = touch("secret.txt");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(p), "running with privileges that read anything");
    assertEquals(List.of(), names(p.toString()));
    assertEquals(List.of("error " + p + ": permission denied"), problems.seen);
  }

  @Test
  void namedFifoIsTakenAndReadAsAStream() throws Exception {
    Path fifo = tmp.resolve("pipe");
    try {
      Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
      assumeTrue(mk.waitFor() == 0, "mkfifo failed");
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo");
    }
    List<Source> found = new InputFinder(InputSelection.defaults()).find(List.of(fifo.toString()), problems);
    assertEquals(List.of(new Source(fifo.toString(), fifo, true)), found);
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write("through a pipe\n\nsecond".getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new RuntimeException(e);
              }
            });
    writer.start();
    try (Document doc = new DocumentReader(DecodeOptions.DEFAULT, InputStream.nullInputStream()).open(found.get(0))) {
      assertEquals(List.of("through a pipe", "second"), DocumentReaderTest.texts(doc));
    }
    writer.join();
  }

  @Test
  void fifoMetWhileWalkingIsSkippedWithAWarning() throws Exception {
    // read, it would block the whole run until something writes to it (nothing ever does)
    touch("dir/a.txt");
    Path fifo = tmp.resolve("dir/stale.txt");
    try {
      Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
      assumeTrue(mk.waitFor() == 0, "mkfifo failed");
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo");
    }
    touch("dir/z.txt");
    assertEquals(List.of(under("dir/a.txt"), under("dir/z.txt")), names(under("dir")));
    assertEquals(List.of("warning " + fifo + ": not a regular file (skipped)"), problems.seen);
  }

  @Test
  void walkedFilesComeAsACompactListEqualToThePlainOne() throws IOException {
    touch("w/b/x.txt");
    touch("w/a.txt");
    Path named = touch("named.txt");
    List<Source> found =
        new InputFinder(InputSelection.defaults())
            .find(List.of(named.toString(), under("w"), "-", named.toString()), problems);
    assertTrue(found instanceof SourceList, found.getClass().toString());
    Path a = tmp.resolve("w/a.txt");
    Path x = tmp.resolve("w/b/x.txt");
    assertEquals(
        List.of(
            new Source(named.toString(), named, true),
            new Source(a.toString(), a, false),
            new Source(x.toString(), x, false),
            Source.stdin(),
            new Source(named.toString(), named, true)),
        found);
  }

  @Test
  void codePointOrderPutsSupplementaryCharactersLast() {
    // by UTF-16 unit U+1F600 (D83D DE00) would sort before U+FF21 ('Ａ'); by code point it is after
    assertTrue(InputFinder.CODE_POINT_ORDER.compare("\uFF21", "\uD83D\uDE00") < 0);
    assertTrue("\uFF21".compareTo("\uD83D\uDE00") > 0);
    assertEquals(0, InputFinder.CODE_POINT_ORDER.compare("ab", "ab"));
    assertTrue(InputFinder.CODE_POINT_ORDER.compare("a", "ab") < 0);
  }
}
