package dev.kalima.cli;

import static dev.kalima.cli.Specs.option;
import static dev.kalima.cli.Specs.section;

import dev.kalima.output.Format;
import dev.kalima.output.RenderOptions;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Where and how results are written; shared by every command. */
public final class OutputOptions {

  /** The format given with --format, or null. */
  Format format;
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
                .completionCandidates(formats)
                .converters(formats)
                .description(
                    "Output format: ${COMPLETION-CANDIDATES} (md for markdown). Default: table, or the format the --output file's extension names (csv, tsv, json, jsonl, ndjson, md, markdown).")
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

  /**
   * The format given with --format; else the one the extension of the --output file names
   * ({@link #byExtension}); else {@link Format#TABLE}.
   */
  public Format format() {
    if (format != null) {
      return format;
    }
    Path out = output();
    Path name = out == null ? null : out.getFileName();
    Format named = name == null ? null : byExtension(name.toString());
    return named == null ? Format.TABLE : named;
  }

  /**
   * The format a file name's extension names, case-insensitively: .csv, .tsv (and .tab), .json,
   * .jsonl and .ndjson, .md and .markdown; null for any other (.txt is a table).
   */
  static Format byExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    return switch (Converters.lower(fileName.substring(dot + 1))) {
      case "csv" -> Format.CSV;
      case "tsv", "tab" -> Format.TSV;
      case "json" -> Format.JSON;
      case "jsonl", "ndjson" -> Format.JSONL;
      case "md", "markdown" -> Format.MARKDOWN;
      default -> null;
    };
  }

  /** The {@code --output} file, or {@code null} for standard output (no option, or "-"). */
  public Path output() {
    return output == null || output.toString().equals("-") ? null : output;
  }

  RenderOptions renderOptions(boolean color) {
    return new RenderOptions(!noHeader, bom, safeCsv, color);
  }
}
