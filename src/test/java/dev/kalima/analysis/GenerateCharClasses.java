package dev.kalima.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by Maven's exec plugin before the tests, see pom.xml): computes every
 * {@link CharClasses.Table} from ICU's properties and writes it to the given class-path output
 * directory, where {@link CharClasses#table} reads it at run time.
 */
public final class GenerateCharClasses {

  private GenerateCharClasses() {}

  /** args[0]: the main classes directory (target/classes). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve(CharClasses.class.getPackageName().replace('.', '/'));
    Files.createDirectories(dir);
    for (CharClasses.Table table : CharClasses.Table.values()) {
      Files.write(dir.resolve(table.resourceName()), table.compute());
    }
  }
}
