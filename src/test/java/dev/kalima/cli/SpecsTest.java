package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class SpecsTest {

  /** Fields of every kind the commands bind. */
  static final class Target {
    int count = 7;
    Integer top;
    boolean flag;
    Path file;
    List<String> names = new ArrayList<>();
    List<String> operands = new ArrayList<>();
  }

  private static CommandLine commandLine(Target t) {
    CommandSpec spec = Specs.command(t, "test");
    spec.addOption(Specs.option(t, "count", "--count").defaultValue("3").build());
    spec.addOption(Specs.option(t, "top", "-n", "--top").build());
    spec.addOption(Specs.option(t, "flag", "--flag").build());
    spec.addOption(Specs.option(t, "file", "--file").build());
    spec.addOption(Specs.option(t, "names", "--name").build());
    spec.addPositional(Specs.positional(t, "operands").arity("0..*").build());
    return new CommandLine(spec);
  }

  @Test
  void parsedValuesAreWrittenToTheFieldsWithTheirTypes() {
    Target t = new Target();
    commandLine(t).parseArgs("--count", "12", "-n", "4", "--flag", "--file", "a.txt", "--name", "x", "--name", "y", "p", "q");
    assertEquals(12, t.count);
    assertEquals(4, t.top);
    assertTrue(t.flag);
    assertEquals(Path.of("a.txt"), t.file);
    assertEquals(List.of("x", "y"), t.names);
    assertEquals(List.of("p", "q"), t.operands);
  }

  @Test
  void unmatchedOptionsGetTheirDefaultOrKeepTheirInitialValue() {
    Target t = new Target();
    commandLine(t).parseArgs();
    assertEquals(3, t.count); // the default value, converted
    assertNull(t.top);
    assertFalse(t.flag);
    assertEquals(List.of(), t.names);
  }

  @Test
  void aListOptionTakesItsElementTypeFromTheField() {
    CommandLine cli = commandLine(new Target());
    assertEquals(List.of(String.class), List.of(cli.getCommandSpec().findOption("--name").auxiliaryTypes()));
    assertEquals(int.class, cli.getCommandSpec().findOption("--count").type());
  }

  @Test
  void aMisspeltFieldFailsWhenTheModelIsBuilt() {
    Target t = new Target();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Specs.option(t, "cuont", "--count"));
    assertTrue(e.getMessage().contains("cuont"), e.getMessage());
  }
}
