package dev.kalima.cli;

import static dev.kalima.cli.Specs.flag;
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
            option(Format.class, () -> format, v -> format = v, "-f", "--format")
                .paramLabel("FORMAT")
                .order(30)
                .defaultValue("table")
                .completionCandidates(formats)
                .converters(formats)
                .description("Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
                .build(),
            option(Path.class, () -> output, v -> output = v, "-o", "--output")
                .paramLabel("FILE")
                .order(31)
                .description("Write to FILE instead of standard output, atomically: FILE is complete or untouched.")
                .build(),
            flag(() -> noHeader, v -> noHeader = v, "--no-header")
                .order(32)
                .description("Leave out the header line.")
                .build(),
            flag(() -> bom, v -> bom = v, "--bom")
                .order(33)
                .description("Start CSV/TSV output with a UTF-8 byte order mark (for spreadsheets).")
                .build(),
            flag(() -> safeCsv, v -> safeCsv = v, "--safe-csv")
                .order(34)
                .description(
                    "Prefix CSV/TSV cells that start with = + - @ with ' so spreadsheets never run them as formulas.")
                .build()));
  }

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
