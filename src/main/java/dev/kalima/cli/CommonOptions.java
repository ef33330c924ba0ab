package dev.kalima.cli;

import static dev.kalima.cli.Specs.option;
import static dev.kalima.cli.Specs.section;

import picocli.CommandLine.Model.CommandSpec;

/** Diagnostics and execution options every command has. */
public final class CommonOptions {

  int threads;
  boolean quiet;
  boolean debug;

  /** Adds the options to {@code spec}, in their own help section. */
  void addTo(CommandSpec spec) {
    spec.addArgGroup(
        section(
            "%nRun:%n",
            40,
            option(this, "threads", "--threads")
                .paramLabel("N")
                .order(40)
                .defaultValue("0")
                .converters(new Converters.Threads())
                .description("Worker threads; 0 (the default) = the number of cores. Output is identical for any N.")
                .build(),
            option(this, "quiet", "-q", "--quiet")
                .order(41)
                .description("Do not print warnings (errors are still printed).")
                .build(),
            option(this, "debug", "--debug")
                .order(42)
                .description("Show stack traces for errors (for bug reports).")
                .build()));
  }

  /** The number of worker threads to use (at least 1). */
  public int threads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  public boolean quiet() {
    return quiet;
  }

  public boolean debug() {
    return debug;
  }
}
