package dev.kalima.cli;

import static dev.kalima.cli.Specs.option;
import static dev.kalima.cli.Specs.section;

import dev.kalima.output.Format;
import dev.kalima.output.RenderOptions;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Where and how results are written; shared by every command. */
public final class OutputOptions {

  Format format = Format.TABLE;
  Path output;
  boolean noHeader;
  boolean bom;
  boolean safeCsv;

  /** Adds the options to {@code spec}, in their own help section. */
  void addTo(CommandSpec spec) {
    Converters.FormatConverter formats = new Converters.FormatConverter();
    spec.addArgGroup(
        section(
            "%nOutput:%n",
            30,
            option(this, "format", "-f", "--format")
                .paramLabel("FORMAT")
                .order(30)
                .defaultValue("table")
                .completionCandidates(formats)
                .converters(formats)
                .description("Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
                .build(),
            option(this, "output", "-o", "--output")
                .paramLabel("FILE")
                .order(31)
                .converters(new Converters.FileName())
                .description("Write to FILE instead of standard output (- is standard output), atomically: FILE is complete or untouched (a device or named pipe, such as /dev/stdout, is written straight into).")
                .build(),
            option(this, "noHeader", "--no-header")
                .order(32)
                .description("Leave out the header line.")
                .build(),
            option(this, "bom", "--bom")
                .order(33)
                .description("Start CSV/TSV output with a UTF-8 byte order mark (for spreadsheets).")
                .build(),
            option(this, "safeCsv", "--safe-csv")
                .order(34)
                .description(
                    "Prefix CSV/TSV text cells that start with = + - @, a tab or a carriage return with ' so spreadsheets never run them as formulas (numbers stay numbers).")
                .build()));
  }

  public Format format() {
    return format;
  }

  /** The {@code --output} file, or {@code null} for standard output (no option, or "-"). */
  public Path output() {
    return output == null || output.toString().equals("-") ? null : output;
  }

  RenderOptions renderOptions(boolean color) {
    return new RenderOptions(!noHeader, bom, safeCsv, color);
  }
}
