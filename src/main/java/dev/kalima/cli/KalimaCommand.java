package dev.kalima.cli;

import picocli.CommandLine.Model.CommandSpec;

/** The root command: {@code kalima [-hV] COMMAND [OPTIONS] [INPUT...]}. */
public final class KalimaCommand implements java.util.concurrent.Callable<Integer> {

  private final RunContext context;

  private CommandSpec spec;

  public KalimaCommand(RunContext context) {
    this.context = context;
  }

  RunContext context() {
    return context;
  }

  /** The command's model (help texts and the standard options; the subcommands are added by {@link Main}). */
  CommandSpec spec() {
    spec = Specs.command(this, "kalima");
    spec.usageMessage()
        .autoWidth(true)
        .synopsisHeading("Usage: ")
        .description(
            "",
            "Word, sentence and keyword statistics for articles; Arabic first, any language ICU can segment.")
        .customSynopsis("kalima [-hV] COMMAND [OPTIONS] [INPUT...]")
        .commandListHeading("%nCommands:%n")
        .footerHeading("%nExamples:%n")
        .footer(
            "  kalima words --drop-stopwords --top 10 article.txt",
            "  kalima words -f csv corpus/ > words.csv",
            "  kalima sentences --histogram article.txt",
            "  kalima keywords --sentences 3 article.txt",
            "",
            "Exit codes:",
            "  0  every input was read",
            "  1  at least one input could not be read (the others were processed)",
            "  2  usage error",
            "",
            "Run 'kalima COMMAND --help' for a command's options and examples.");
    return Specs.standardHelpOptions(spec);
  }

  @Override
  public Integer call() {
    // "kalima" alone: the usage on stderr, and the exit code of a usage error.
    spec.commandLine().getErr().println("kalima: missing command");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
