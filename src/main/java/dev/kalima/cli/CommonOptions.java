package dev.kalima.cli;

import picocli.CommandLine.Option;

/** Diagnostics and execution options every command has. */
public final class CommonOptions {

  @Option(
      names = "--debug",
      description = "Show stack traces for errors (for bug reports).")
  boolean debug;

  @Option(
      names = {"-q", "--quiet"},
      description = "Do not print warnings (errors are still printed).")
  boolean quiet;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores). Output is identical for any N.",
      defaultValue = "0",
      converter = Converters.Threads.class)
  int threads;

  /** The number of worker threads to use (at least 1). */
  public int threads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }
}
