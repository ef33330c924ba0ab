package dev.kalima.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import dev.kalima.output.BrokenPipeException;
import dev.kalima.output.StdoutTarget;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The entry point. {@link #main} only wraps the real streams (UTF-8, whatever the platform default)
 * and calls {@link #run}; tests call {@link #run} with in-memory streams.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Writer out = StdoutTarget.open();
    PrintWriter err =
        new PrintWriter(
            new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.err),
                java.nio.charset.StandardCharsets.UTF_8),
            true);
    // the launcher tells whether stderr is a terminal (test -t 2); the JVM cannot
    boolean stderrTerminal = Boolean.parseBoolean(System.getProperty("kalima.stderr.tty"));
    int code = run(new RunContext(System.in, out, err, System.console() != null, stderrTerminal), args);
    try {
      out.flush();
    } catch (BrokenPipeException e) {
      // stdout closed early (| head): not an error
    } catch (IOException e) {
      err.println("kalima: cannot write to standard output: " + e.getMessage());
      code = ExitCodes.FAILURE;
    }
    err.flush();
    System.exit(code);
  }

  /**
   * Runs kalima with the given streams and returns its exit code.
   *
   * @param terminal whether standard output is a terminal (enables colour unless NO_COLOR is set)
   */
  public static int run(InputStream in, Writer out, PrintWriter err, boolean terminal, String... args) {
    return run(new RunContext(in, out, err, terminal), args);
  }

  /** Runs kalima in {@code context} and returns its exit code. */
  static int run(RunContext context, String[] args) {
    Writer out = context.out();
    PrintWriter err = context.err();
    CommandLine cli = commandLine(context);
    PrintWriter outWriter = out instanceof PrintWriter pw ? pw : new PrintWriter(out, false);
    cli.setOut(outWriter);
    cli.setErr(err);
    int code = cli.execute(args);
    outWriter.flush();
    return code;
  }

  static CommandLine commandLine(RunContext context) {
    CommandLine cli = new CommandLine(new KalimaCommand(context));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setUsageHelpAutoWidth(true);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(context.stdoutIsTerminal() && System.getenv("NO_COLOR") == null ? Ansi.AUTO : Ansi.OFF));
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          PrintWriter e = c.getErr();
          e.println("kalima: " + RunContext.visible(ex.getMessage()));
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
          e.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
          e.flush();
          return ExitCodes.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          if (isBrokenPipe(ex)) {
            return context.exitCode();
          }
          PrintWriter e = c.getErr();
          String message = ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage();
          if (ex instanceof IOException) {
            e.println("kalima: " + RunContext.visible(message));
          } else {
            e.println("kalima: internal error: " + RunContext.visible(message) + " (run with --debug for details)");
          }
          if (context.debug()) {
            ex.printStackTrace(e);
          }
          e.flush();
          return ExitCodes.FAILURE;
        });
    return cli;
  }

  /** True when writing failed because the reader of standard output went away ({@code | head}). */
  static boolean isBrokenPipe(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof BrokenPipeException) {
        return true;
      }
    }
    return false;
  }
}
