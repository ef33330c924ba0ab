package dev.kalima.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Diagnostics and execution options every command has. */
public final class CommonOptions {

  @ArgGroup(validate = false, heading = "%nRun:%n", order = 40)
  Group group = new Group();

  /** The options, in their own help section. */
  static final class Group {
    @Option(
        names = "--threads",
        paramLabel = "N",
        order = 40,
        defaultValue = "0",
        converter = Converters.Threads.class,
        description = "Worker threads (default: the number of cores). Output is identical for any N.")
    int threads;

    @Option(
        names = {"-q", "--quiet"},
        order = 41,
        description = "Do not print warnings (errors are still printed).")
    boolean quiet;

    @Option(names = "--debug", order = 42, description = "Show stack traces for errors (for bug reports).")
    boolean debug;
  }

  /** The number of worker threads to use (at least 1). */
  public int threads() {
    return group.threads > 0 ? group.threads : Runtime.getRuntime().availableProcessors();
  }

  public boolean quiet() {
    return group.quiet;
  }

  public boolean debug() {
    return group.debug;
  }
}
