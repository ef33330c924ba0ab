package dev.kalima.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * A child process for {@link StdoutTargetTest} and {@link AtomicOutputTest}:
 *
 * <ul>
 *   <li>{@code pipe}: writes numbered lines to standard output through {@link StdoutTarget} until
 *       the reader goes away; exits 0 and prints "broken pipe" to stderr on {@link
 *       BrokenPipeException}, exits 3 on any other error, 4 if the reader never left;
 *   <li>{@code atomic TARGET}: opens an {@link AtomicOutput} on TARGET, writes a line, prints
 *       "ready" and waits to be killed (exits 5 if it is not).
 * </ul>
 */
public final class OutputProcessMain {

  private OutputProcessMain() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "pipe" -> System.exit(pipe());
      case "atomic" -> atomic(Path.of(args[1]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static int pipe() {
    Writer out = StdoutTarget.open();
    try {
      for (int i = 0; i < 50_000_000; i++) {
        out.write("line " + i + "\n");
      }
      out.flush();
      return 4;
    } catch (BrokenPipeException e) {
      System.err.println("broken pipe");
      return 0;
    } catch (IOException e) {
      e.printStackTrace();
      return 3;
    }
  }

  private static void atomic(Path target) throws Exception {
    AtomicOutput output = AtomicOutput.open(target);
    output.writer().write("partial new content\n");
    output.writer().flush();
    System.out.println("ready");
    System.out.flush();
    Thread.sleep(60_000);
    System.exit(5);
  }
}
