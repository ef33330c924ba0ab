package dev.kalima.cli;

import dev.kalima.io.DecodeOptions;
import dev.kalima.io.InputSelection;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Which inputs to read and how to decode them; shared by every command. */
public final class InputOptions {

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = {
        "Files, directories (walked recursively) or - for standard input.",
        "No INPUT reads standard input."
      })
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description = {
        "In directories, read files whose name matches GLOB (repeatable).",
        "Default: *.txt *.md *.markdown *.html *.htm"
      })
  List<String> include = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "In directories, skip files whose name or relative path matches GLOB (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = {"-e", "--encoding"},
      paramLabel = "NAME",
      converter = Converters.CharsetConverter.class,
      description = {
        "Decode every input with NAME (e.g. windows-1256).",
        "Default: byte order mark, else UTF-8 if valid, else detected."
      })
  Charset encoding;

  @Option(
      names = "--strict",
      description = "Reject inputs with malformed bytes instead of replacing them with U+FFFD.")
  boolean strict;

  @Option(
      names = "--html",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Read inputs as HTML (visible text only): ${COMPLETION-CANDIDATES}. auto = by extension (.html, .htm) or content on stdin. Default: ${DEFAULT-VALUE}.")
  DecodeOptions.Html html;

  public List<String> inputs() {
    return List.copyOf(inputs);
  }

  public InputSelection selection() {
    return new InputSelection(include.isEmpty() ? InputSelection.DEFAULT_INCLUDE : include, exclude);
  }

  public DecodeOptions decodeOptions() {
    return new DecodeOptions(encoding, strict, html);
  }
}
