package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Keeps README.md true to the command line: every command and every option is documented. */
class ReadmeTest {

  @Test
  void readmeNamesEveryCommandAndOption() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    CommandLine root = Main.commandLine(RunContext.system());
    List<String> missing = new ArrayList<>();
    for (CommandLine sub : root.getSubcommands().values()) {
      String name = sub.getCommandName();
      if (name.equals("generate-completion")) {
        continue;
      }
      if (!readme.contains("kalima " + name)) {
        missing.add("command " + name);
      }
      for (OptionSpec option : sub.getCommandSpec().options()) {
        if (!readme.contains(option.longestName())) {
          missing.add(name + " " + option.longestName());
        }
      }
    }
    assertTrue(missing.isEmpty(), "README.md does not document: " + missing);
  }

  /**
   * Every {@code $ ./kalima ...} example in a console block prints exactly what README shows
   * (blocks with a "..." line are deliberately cut and skipped; "| head -n N" keeps N lines).
   * Refresh them with scripts/update-readme.
   */
  @Test
  void readmeExamplesShowRealOutput() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("```console\n\\$ \\./kalima ([^\n]*)\n(.*?)```", java.util.regex.Pattern.DOTALL)
            .matcher(readme);
    int checked = 0;
    List<String> stale = new ArrayList<>();
    while (m.find()) {
      String command = m.group(1);
      String shown = m.group(2);
      if (("\n" + shown).contains("\n...\n")) {
        continue;
      }
      int head = -1;
      int pipe = command.indexOf(" | head -n ");
      if (pipe >= 0) {
        head = Integer.parseInt(command.substring(pipe + " | head -n ".length()).trim());
        command = command.substring(0, pipe);
      }
      String out = GoldenFileTest.run(command.trim().split(" +")).out();
      if (head >= 0) {
        out = out.lines().limit(head).map(l -> l + "\n").reduce("", String::concat);
      }
      if (!out.equals(shown)) {
        stale.add(command + "\n--- README shows:\n" + shown + "--- kalima prints:\n" + out);
      }
      checked++;
    }
    assertTrue(checked >= 10, "found only " + checked + " examples in README.md");
    assertTrue(stale.isEmpty(), "README examples are stale (run scripts/update-readme):\n" + String.join("\n", stale));
  }
}
