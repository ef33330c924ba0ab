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
}
