package dev.kalima.cli;

import static dev.kalima.cli.Specs.option;
import static dev.kalima.cli.Specs.positional;
import static dev.kalima.cli.Specs.section;

import dev.kalima.io.DecodeOptions;
import dev.kalima.io.DocumentReader;
import dev.kalima.io.InputFinder;
import dev.kalima.io.Source;
import dev.kalima.io.InputSelection;
import java.nio.charset.Charset;
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

  /** Adds the operands to {@code spec}, and the options in their own help section. */
  void addTo(CommandSpec spec) {
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
            option(this, "keepEntities", "--keep-entities")
                .order(15)
                .description(
                    "Keep HTML character references in plain text as written. Default: complete ones (&amp; &rsquo; &#39; &#x2019;, with the ;) are decoded, so they never count as words.")
                .build()));
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
        include.isEmpty() ? InputSelection.DEFAULT_INCLUDE : include, exclude);
  }

  public DecodeOptions decodeOptions() {
    return new DecodeOptions(encoding, strict, html, keepEntities);
  }
}
