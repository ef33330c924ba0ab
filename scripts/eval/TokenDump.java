import com.ibm.icu.util.ULocale;
import dev.kalima.analysis.Token;
import dev.kalima.analysis.WordTokenizer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The word and number tokens kalima counts (WordTokenizer), one per line, for score_tokens.py.
 * Usage: java -cp target/kalima.jar scripts/eval/TokenDump.java LANG FILE
 */
public class TokenDump {
  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    WordTokenizer tokenizer = new WordTokenizer(new ULocale(args[0]));
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      for (Token t : tokenizer.tokenize(line)) {
        out.println(t.text());
      }
    }
    out.flush();
  }
}
