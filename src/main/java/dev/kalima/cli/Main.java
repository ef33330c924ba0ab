package dev.kalima.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import dev.kalima.analysis.Languages;
import dev.kalima.analysis.NormalizationOptions;
import dev.kalima.analysis.TermNormalizer;
import dev.kalima.analysis.WordTokenizer;
import dev.kalima.output.BrokenPipeException;
import dev.kalima.output.OutputException;
import dev.kalima.output.StdoutTarget;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The entry point. {@link #main} only wraps the real streams (UTF-8, whatever the platform default)
 * and calls {@link #run}; tests call {@link #run} with in-memory streams.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // first, so that it runs while this thread sets up the streams and the command line
    WarmUp warmUp = startWarmUp(args);
    Writer out = StdoutTarget.open();
    PrintWriter err =
        new PrintWriter(
            new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.err),
                java.nio.charset.StandardCharsets.UTF_8),
            true);
    // the launcher tells whether stderr is a terminal (test -t 2); the JVM cannot
    boolean stderrTerminal = Boolean.parseBoolean(System.getProperty("kalima.stderr.tty"));
    int code = run(new RunContext(System.in, out, err, System.console() != null, stderrTerminal), args, warmUp);
    try {
      out.flush();
    } catch (BrokenPipeException e) {
      // stdout closed early (| head): not an error
    } catch (IOException e) {
      // the writer's OutputException already says "cannot write to standard output: ..."
      err.println(
          "kalima: "
              + (e instanceof OutputException ? e.getMessage() : "cannot write to standard output: " + e.getMessage()));
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
    return run(context, args, null);
  }

  /**
   * Runs kalima in {@code context} and returns its exit code.
   *
   * @param warmUp the warm-up started for this run ({@link #startWarmUp}), or {@code null}: its
   *     failure, if any, is what a "Could not initialize class" error is reported as ({@link
   *     Failures})
   */
  static int run(RunContext context, String[] args, WarmUp warmUp) {
    Writer out = context.out();
    PrintWriter err = context.err();
    CommandLine cli = commandLine(context, args, warmUp);
    PrintWriter outWriter = out instanceof PrintWriter pw ? pw : new PrintWriter(out, false);
    cli.setOut(outWriter);
    cli.setErr(err);
    int code = execute(cli, args, context, warmUp);
    outWriter.flush();
    return code;
  }

  /**
   * {@code cli.execute(args)}, and a {@link LinkageError} or {@link VirtualMachineError} out of
   * the command (picocli hands only exceptions to the execution-exception handler; a class whose
   * static initializer failed throws an error, and so does a run out of memory) reported like any
   * other failure ({@link Failures#report}), exit code 1.
   */
  static int execute(CommandLine cli, String[] args, RunContext context, WarmUp warmUp) {
    try {
      return cli.execute(args);
    } catch (LinkageError | VirtualMachineError e) {
      return Failures.report(e, cli.getErr(), context.debug(), warmUp);
    }
  }

  /** The subcommands' names, in the order help lists them. */
  private static final List<String> SUBCOMMANDS = List.of("words", "sentences", "keywords", "generate-completion");

  /**
   * The model of the subcommand {@code name} of {@code parent}. (A switch, not a table of
   * lambdas: the first lambda of a run initializes java.lang.invoke, which {@link #main} leaves
   * to happen after the warm-up thread has started.)
   */
  private static Object subcommand(String name, KalimaCommand parent) {
    return switch (name) {
      case "words" -> new WordsCommand(parent).spec();
      case "sentences" -> new SentencesCommand(parent).spec();
      case "keywords" -> new KeywordsCommand(parent).spec();
      case "generate-completion" -> new AutoComplete.GenerateCompletion();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

  /** The command line with every subcommand. */
  static CommandLine commandLine(RunContext context) {
    return commandLine(context, new String[0]);
  }

  /**
   * The command line for {@code argv}: when the first argument names a subcommand other than
   * generate-completion, only that subcommand's model is built; otherwise all of them, so that
   * help, completion and suggestions see every command. kalima's models are built in code
   * (picocli's programmatic API, see {@link Specs}), not from annotations.
   */
  static CommandLine commandLine(RunContext context, String[] argv) {
    return commandLine(context, argv, null);
  }

  /** {@link #commandLine(RunContext, String[])}, its failures reported with {@code warmUp}'s ({@link Failures}). */
  static CommandLine commandLine(RunContext context, String[] argv, WarmUp warmUp) {
    boolean one = namesOneCommand(argv);
    excludeUnusedConverters();
    KalimaCommand root = new KalimaCommand(context);
    CommandLine cli = new CommandLine(root.spec());
    for (String name : SUBCOMMANDS) {
      if (!one || name.equals(argv[0])) {
        cli.addSubcommand(name, subcommand(name, root));
      }
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // an argument that starts with @ is a file to read, as every other name ("@user.txt" in a
    // corpus of posts): picocli would replace it with the words of the file named after the @
    // when one exists; long lists of inputs go through --files-from
    cli.setExpandAtFiles(false);
    cli.setUsageHelpAutoWidth(true);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(context.stdoutIsTerminal() && System.getenv("NO_COLOR") == null ? Ansi.AUTO : Ansi.OFF));
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    cli.setExecutionExceptionHandler(new FailureHandler(context, warmUp));
    return cli;
  }

  // The two handlers are classes, not lambdas: picocli's interfaces are compiled for Java 5, and
  // Java 17 cannot archive a lambda class for them (it would be spun at every start).

  /** A usage error: the message, picocli's suggestions and where to find help, on stderr; exit code 2. */
  private static final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      CommandLine c = ex.getCommandLine();
      PrintWriter e = c.getErr();
      e.println("kalima: " + RunContext.visible(ex.getMessage()));
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
      e.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      e.flush();
      return ExitCodes.USAGE;
    }
  }

  /**
   * A command failed: quietly the run's exit code when standard output went away, else one line
   * on stderr (and the stack trace with --debug; see {@link Failures}); exit code 1.
   */
  private static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    private final RunContext context;
    private final WarmUp warmUp;

    FailureHandler(RunContext context, WarmUp warmUp) {
      this.context = context;
      this.warmUp = warmUp;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine c, CommandLine.ParseResult parseResult) {
      if (isBrokenPipe(ex)) {
        return context.exitCode();
      }
      return Failures.report(ex, c.getErr(), context.debug(), warmUp);
    }
  }

  /**
   * Tells picocli not to register its converters for java.sql and java.time types, which no
   * option has: registering them loads and initializes those classes (java.time's formatters,
   * java.sql's driver manager), a few milliseconds of every start. Uses picocli's documented
   * system property {@code picocli.converters.excludes} (regular expressions, comma-separated),
   * unless it is already set.
   */
  private static void excludeUnusedConverters() {
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.sql\\..*,java\\.time\\..*");
    }
  }

  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  /** True when the first argument names a subcommand other than generate-completion. */
  private static boolean namesOneCommand(String[] argv) {
    return argv.length > 0 && !argv[0].equals("generate-completion") && SUBCOMMANDS.contains(argv[0]);
  }

  /**
   * When {@code argv} runs one command (not its help), starts a daemon thread that does the
   * first-use work of its analysis ({@link #warmUp}) while this thread builds the command line,
   * and returns it ({@link WarmUp}: whatever it throws is kept, never shown by itself); else
   * returns {@code null}. The thread's task is an explicit class, not a method reference: the
   * first lambda or method reference of a run spends milliseconds initializing
   * java.lang.invoke, and the warm-up should not wait for that.
   */
  static WarmUp startWarmUp(String[] argv) {
    if (namesOneCommand(argv) && !asksForHelp(argv)) {
      return WarmUp.start(new AnalysisWarmUp());
    }
    return null;
  }

  /** The warm-up thread's work: {@link #warmUp}. */
  private static final class AnalysisWarmUp implements Runnable {
    @Override
    public void run() {
      warmUp();
    }
  }

  /** True when an argument after the subcommand's name asks for its help or version. */
  private static boolean asksForHelp(String[] argv) {
    for (int i = 1; i < argv.length; i++) {
      if (argv[i].equals("--")) {
        return false;
      }
      if (HELP_OPTIONS.contains(argv[i])) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> HELP_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  /**
   * Does, on its own thread ({@link #startWarmUp}) while the command line is being built, the
   * first-use work every command's analysis starts with: the static tables of {@link TermNormalizer} (ICU's NFKC
   * case-folding data and character properties), {@link Languages} (and ICU's locales) and the
   * word segmenter (ICU's word-break property), by making a locale, a {@link TermNormalizer}
   * and a {@link WordTokenizer}. Nothing is kept and nothing is printed: the run itself does
   * the same work moments later (a class is initialized once, whichever thread comes first),
   * and meets any failure again, where it is reported ({@link WarmUp} keeps what this throws,
   * so that a class that failed to initialize here is reported by its real cause).
   */
  private static void warmUp() {
    Languages.locale(Languages.UNDETERMINED);
    new TermNormalizer(NormalizationOptions.DEFAULT, Languages.UNDETERMINED);
    new WordTokenizer();
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
