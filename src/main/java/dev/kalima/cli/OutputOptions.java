package dev.kalima.cli;

import dev.kalima.output.Format;
import dev.kalima.output.RenderOptions;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where and how results are written; shared by every command. */
public final class OutputOptions {

  @ArgGroup(validate = false, heading = "%nOutput:%n", order = 30)
  Group group = new Group();

  /** The options, in their own help section. */
  static final class Group {
    @Option(
        names = {"-f", "--format"},
        paramLabel = "FORMAT",
        order = 30,
        defaultValue = "table",
        completionCandidates = Converters.FormatCandidates.class,
        converter = Converters.FormatConverter.class,
        description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format = Format.TABLE;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        order = 31,
        description = "Write to FILE instead of standard output, atomically: FILE is complete or untouched.")
    Path output;

    @Option(names = "--no-header", order = 32, description = "Leave out the header line.")
    boolean noHeader;

    @Option(
        names = "--bom",
        order = 33,
        description = "Start CSV/TSV output with a UTF-8 byte order mark (for spreadsheets).")
    boolean bom;

    @Option(
        names = "--safe-csv",
        order = 34,
        description = "Prefix CSV/TSV cells that start with = + - @ with ' so spreadsheets never run them as formulas.")
    boolean safeCsv;
  }

  public Format format() {
    return group.format;
  }

  public Path output() {
    return group.output;
  }

  RenderOptions renderOptions(boolean color) {
    return new RenderOptions(!group.noHeader, group.bom, group.safeCsv, color);
  }
}
