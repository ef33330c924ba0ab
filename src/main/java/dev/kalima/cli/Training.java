package dev.kalima.cli;

import dev.kalima.output.StdoutTarget;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The training run of the {@code kalima} launcher: not a command. After a build, the launcher runs
 * this class once with a class-data option ({@code -XX:DumpLoadedClassList} on Java 17-24, {@code
 * -XX:AOTCacheOutput} on Java 25+) so that the archive holds the classes that later runs load.
 *
 * <p>{@link #main} runs, in one JVM, each command of {@link #RUNS} through {@link Main#run} on a
 * small English and Arabic sample given as standard input (the output and the diagnostics go
 * nowhere and the exit codes are ignored), then exits with {@link System#exit} as {@link
 * Main#main} does.
 */
final class Training {

  /** Two short paragraphs: English with an abbreviation, a number, a contraction and an elision; Arabic with digits, a shadda and quotes. */
  static final String SAMPLE =
      "The U.S. economy grew 2.5% in 2025, don't you think? Well-known: l'homme.\n\n"
          + "قال الوزير إنّ الاقتصاد نما بنسبة ٢٫٥٪ في عام ٢٠٢٥ «وفقاً للتقرير».\n";

  /** The argument lists run on {@link #SAMPLE}, in this order. */
  static final List<List<String>> RUNS =
      List.of(
          List.of("words", "-q", "-"),
          List.of("words", "-q", "-f", "csv", "-"),
          List.of("words", "-q", "-f", "json", "-"),
          List.of("sentences", "-q", "-"),
          List.of("keywords", "-q", "-"));

  private Training() {}

  public static void main(String[] args) {
    // as Main#main does, so that the archive holds the warm-up's classes too
    Main.startWarmUp(RUNS.get(0).toArray(String[]::new));
    PrintWriter err = new PrintWriter(Writer.nullWriter());
    for (List<String> run : RUNS) {
      Writer out = StdoutTarget.writer(OutputStream.nullOutputStream());
      ByteArrayInputStream in = new ByteArrayInputStream(SAMPLE.getBytes(StandardCharsets.UTF_8));
      Main.run(new RunContext(in, out, err, false, false), run.toArray(String[]::new));
    }
    // ends like Main#main, so the classes of the exit path are recorded too (Java 21+ logs it)
    System.exit(ExitCodes.OK);
  }
}
