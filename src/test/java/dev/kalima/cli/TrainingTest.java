package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run must really run its commands: a renamed option would make a run
 * fail at once and leave its classes out of the class-data archive, silently.
 */
class TrainingTest {

  @Test
  void everyTrainingRunSucceedsOnTheSampleAndWritesRows() {
    for (List<String> run : Training.RUNS) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              new ByteArrayInputStream(Training.SAMPLE.getBytes(StandardCharsets.UTF_8)),
              out,
              new PrintWriter(err, true),
              false,
              run.toArray(String[]::new));
      assertEquals(ExitCodes.OK, code, run + ": " + err);
      assertEquals("", err.toString(), run.toString());
      assertTrue(out.toString().lines().count() >= 2, run + " wrote no rows: " + out);
    }
  }

  @Test
  void theRunsCoverEveryCommandAndTheSampleBothScripts() {
    List<String> commands = Training.RUNS.stream().map(r -> r.get(0)).distinct().toList();
    assertEquals(List.of("words", "sentences", "keywords"), commands);
    assertTrue(Training.SAMPLE.chars().anyMatch(c -> c >= 'a' && c <= 'z'));
    assertTrue(Training.SAMPLE.chars().anyMatch(c -> c >= 0x0621 && c <= 0x064A));
  }
}
