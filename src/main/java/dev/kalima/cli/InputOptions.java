package dev.kalima.cli;

import static dev.kalima.cli.Specs.option;
import static dev.kalima.cli.Specs.positional;
import static dev.kalima.cli.Specs.section;

import dev.kalima.io.DecodeOptions;
import dev.kalima.io.DocumentReader;
import dev.kalima.io.InputFinder;
import dev.kalima.io.InputList;
import dev.kalima.io.Source;
import dev.kalima.io.InputSelection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Which inputs to read and how to decode them; shared by every command. */
public final class InputOptions {

  List<String> inputs = new ArrayList<>();
  List<String> include = new ArrayList<>();
  List<String> exclude = new ArrayList<>();
  Charset encoding;
  boolean strict;
  DecodeOptions.Html html = DecodeOptions.Html.AUTO;
  boolean keepEntities;
  String filesFrom;
  boolean nul;
  /**
   * Chars per chunk of a document in the runner's {@link DocumentRunner#runChunked} (not an
   * option: only tests set it smaller, to read small documents in many windows).
   */
  int chunkChars = DocumentRunner.CHUNK_CHARS;
  /** The command these options were added to, for usage errors. */
  private CommandSpec spec;

  /** Adds the operands to {@code spec}, and the options in their own help section. */
  void addTo(CommandSpec spec) {
    this.spec = spec;
    spec.addPositional(
        positional(this, "inputs")
            .paramLabel("INPUT")
            .arity("0..*")
            .description(
                "Files, directories (walked recursively) or - for standard input. No INPUT reads standard input.")
            .build());
    Converters.HtmlConverter htmlValues = new Converters.HtmlConverter();
    spec.addArgGroup(
        section(
            "%nInput:%n",
            10,
            option(this, "include", "--include")
                .paramLabel("GLOB")
                .order(10)
                .description(
                    "In directories, read files whose name matches GLOB (repeatable). Default: *.txt *.md *.markdown *.html *.htm")
                .build(),
            option(this, "exclude", "--exclude")
                .paramLabel("GLOB")
                .order(11)
                .description("In directories, skip files whose name or relative path matches GLOB (repeatable).")
                .build(),
            option(this, "encoding", "-e", "--encoding")
                .paramLabel("NAME")
                .order(12)
                .converters(new Converters.CharsetConverter())
                .description(
                    "Decode every input with NAME (e.g. windows-1256). Default: byte order mark, else UTF-8 if valid, else detected.")
                .build(),
            option(this, "strict", "--strict")
                .order(13)
                .description("Reject inputs with malformed bytes instead of replacing them with U+FFFD.")
                .build(),
            option(this, "html", "--html")
                .paramLabel("WHEN")
                .order(14)
                .defaultValue("auto")
                .completionCandidates(htmlValues)
                .converters(htmlValues)
                .description(
                    "Read inputs as HTML (visible text only): ${COMPLETION-CANDIDATES}; auto = by extension (.html, .htm), or by content on standard input. Default: ${DEFAULT-VALUE}.")
                .build(),
            option(this, "filesFrom", "--files-from")
                .paramLabel("FILE")
                .order(15)
                .description(
                    "Also read the inputs listed in FILE, one per line (- = standard input), e.g. from find or git ls-files.")
                .build(),
            option(this, "nul", "-0", "--null")
                .order(16)
                .description("With --files-from: names are separated by NUL bytes (find -print0).")
                .build(),
            option(this, "keepEntities", "--keep-entities")
                .order(17)
                .description(
                    "Keep HTML character references in plain text as written. Default: complete ones (&amp; &rsquo; &#39; &#x2019;, with the ;) are decoded, so they never count as words.")
                .build()));
  }

  /**
   * The sources the operands name, then those of the {@code --files-from} list, in order;
   * problems (missing paths) go to {@code context}. With a list, no operand at all is no input
   * (an empty list reads nothing), not standard input.
   *
   * @throws CommandException if the list cannot be read
   * @throws picocli.CommandLine.ParameterException for --null without a list, or standard input
   *     named both as the list and as an input
   */
  List<Source> sources(RunContext context) throws CommandException {
    if (nul && filesFrom == null) {
      throw Specs.usage(spec, "--null only applies to --files-from");
    }
    if (filesFrom == null) {
      return sources(inputs(), context);
    }
    if (filesFrom.isEmpty()) {
      throw Specs.usage(spec, "--files-from needs a file name (or - for standard input)");
    }
    if (Source.STDIN_NAME.equals(filesFrom) && inputs.contains(Source.STDIN_NAME)) {
      throw Specs.usage(
          spec, "standard input cannot be both the --files-from list and an input (-)");
    }
    List<String> operands = new ArrayList<>(inputs);
    operands.addAll(listed(context));
    return operands.isEmpty() ? List.of() : sources(operands, context);
  }

  private List<String> listed(RunContext context) throws CommandException {
    Path file;
    try {
      file = Source.STDIN_NAME.equals(filesFrom) ? null : Path.of(filesFrom);
    } catch (java.nio.file.InvalidPathException e) {
      throw new CommandException(filesFrom + ": invalid file name", e);
    }
    String name = file == null ? "standard input" : filesFrom;
    try {
      if (file != null) {
        try (InputStream in = Files.newInputStream(file)) {
          return InputList.read(in, nul);
        }
      }
      List<String> names = InputList.read(context.in(), nul); // stdin stays open: the caller's
      if (names.contains(Source.STDIN_NAME)) {
        throw new CommandException(
            name + ": the --files-from list names standard input (-), which it is read from", null);
      }
      return names;
    } catch (NoSuchFileException e) {
      throw new CommandException(name + ": no such --files-from list", e);
    } catch (CharacterCodingException e) {
      throw new CommandException(name + ": cannot read --files-from list: not UTF-8", e);
    } catch (CommandException e) {
      throw e;
    } catch (IOException e) {
      throw new CommandException(name + ": cannot read --files-from list: " + Stopwords.reason(file, e), e);
    }
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
            context,
            new DocumentReader(decodeOptions(), context.in()),
            language,
            common.threads(),
            chunkChars)
        .progress(
            new Progress(
                context.err(), context.stderrIsTerminal() && !common.quiet(), System::nanoTime));
  }

  public List<String> inputs() {
    return List.copyOf(inputs);
  }

  public InputSelection selection() {
    return new InputSelection(
        include.isEmpty() ? InputSelection.DEFAULT_INCLUDE : include, exclude);
  }

  public DecodeOptions decodeOptions() {
    return new DecodeOptions(encoding, strict, html, keepEntities);
  }
}
