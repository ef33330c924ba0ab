package dev.kalima.cli;

import dev.kalima.io.DecodeOptions;
import dev.kalima.io.DocumentReader;
import dev.kalima.io.InputFinder;
import dev.kalima.io.Source;
import dev.kalima.io.InputSelection;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Which inputs to read and how to decode them; shared by every command. */
public final class InputOptions {

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description =
          "Files, directories (walked recursively) or - for standard input. No INPUT reads standard input.")
  List<String> inputs = new ArrayList<>();

  @ArgGroup(validate = false, heading = "%nInput:%n", order = 10)
  Group group = new Group();

  /** The options, in their own help section. */
  static final class Group {
    @Option(
        names = "--include",
        paramLabel = "GLOB",
        order = 10,
        description =
            "In directories, read files whose name matches GLOB (repeatable). Default: *.txt *.md *.markdown *.html *.htm")
    List<String> include = new ArrayList<>();

    @Option(
        names = "--exclude",
        paramLabel = "GLOB",
        order = 11,
        description = "In directories, skip files whose name or relative path matches GLOB (repeatable).")
    List<String> exclude = new ArrayList<>();

    @Option(
        names = {"-e", "--encoding"},
        paramLabel = "NAME",
        order = 12,
        converter = Converters.CharsetConverter.class,
        description =
            "Decode every input with NAME (e.g. windows-1256). Default: byte order mark, else UTF-8 if valid, else detected.")
    Charset encoding;

    @Option(
        names = "--strict",
        order = 13,
        description = "Reject inputs with malformed bytes instead of replacing them with U+FFFD.")
    boolean strict;

    @Option(
        names = "--html",
        paramLabel = "WHEN",
        order = 14,
        defaultValue = "auto",
        completionCandidates = Converters.HtmlCandidates.class,
        converter = Converters.HtmlConverter.class,
        description =
            "Read inputs as HTML (visible text only): ${COMPLETION-CANDIDATES}; auto = by extension (.html, .htm), or by content on standard input. Default: ${DEFAULT-VALUE}.")
    DecodeOptions.Html html = DecodeOptions.Html.AUTO;
  }

  /** The sources the operands name, in order; problems (missing paths) go to {@code context}. */
  List<Source> sources(RunContext context) {
    return sources(inputs(), context);
  }

  /** The sources of other operands (e.g. a reference folder), selected by the same globs. */
  List<Source> sources(List<String> operands, RunContext context) {
    return new InputFinder(selection()).find(operands, context);
  }

  /**
   * The runner that reads these inputs for one command: decoding as the options say, the
   * language forced or detected, the thread count and the progress line of {@code common}.
   */
  DocumentRunner runner(RunContext context, String language, CommonOptions common) {
    return new DocumentRunner(
            context, new DocumentReader(decodeOptions(), context.in()), language, common.threads())
        .progress(
            new Progress(
                context.err(), context.stderrIsTerminal() && !common.quiet(), System::nanoTime));
  }

  public List<String> inputs() {
    return List.copyOf(inputs);
  }

  public InputSelection selection() {
    return new InputSelection(
        group.include.isEmpty() ? InputSelection.DEFAULT_INCLUDE : group.include, group.exclude);
  }

  public DecodeOptions decodeOptions() {
    return new DecodeOptions(group.encoding, group.strict, group.html);
  }
}
