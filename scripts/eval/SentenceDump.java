import dev.kalima.analysis.SentenceSegmenter;
import dev.kalima.analysis.SentenceSpan;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fallback for scripts/eval-sentences while the CLI cannot print: one sentence per line, from
 * kalima's SentenceSegmenter, paragraphs split at blank lines as kalima's reader does.
 * Usage: java -cp target/kalima.jar scripts/eval/SentenceDump.java LANG FILE
 */
public class SentenceDump {
  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    SentenceSegmenter segmenter = new SentenceSegmenter(args[0]);
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    for (String block : text.replace("\r\n", "\n").split("\n[ \t]*\n")) {
      String p = block.strip();
      if (p.isEmpty()) {
        continue;
      }
      for (SentenceSpan s : segmenter.segment(p)) {
        out.println(s.text(p).replaceAll("\\R", " "));
      }
    }
    out.flush();
  }
}
