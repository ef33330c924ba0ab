package dev.kalima.cli;

import dev.kalima.output.Format;
import dev.kalima.output.RenderOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how results are written; shared by every command. */
public final class OutputOptions {

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output (atomically: complete or untouched).")
  Path output;

  @Option(names = "--no-header", description = "Leave out the header line.")
  boolean noHeader;

  @Option(names = "--bom", description = "Start CSV/TSV output with a UTF-8 byte order mark (for spreadsheets).")
  boolean bom;

  @Option(
      names = "--safe-csv",
      description = "Prefix CSV/TSV cells starting with = + - @ with ' so spreadsheets never run them as formulas.")
  boolean safeCsv;

  public Format format() {
    return format;
  }

  public Path output() {
    return output;
  }

  RenderOptions renderOptions(boolean color) {
    return new RenderOptions(!noHeader, bom, safeCsv, color);
  }
}
