package dev.kalima.output;

/**
 * How to render, independent of the rows.
 *
 * @param header write the header line (CSV, TSV, table, Markdown)
 * @param bom start the output with a UTF-8 byte order mark (for spreadsheet users; CSV/TSV only)
 * @param safeCsv prefix cells starting with = + - @ with a quote, against formula injection (CSV/TSV)
 * @param color allow ANSI styling in the table format (only when stdout is a terminal and
 *     NO_COLOR is unset; decided by the caller)
 */
public record RenderOptions(boolean header, boolean bom, boolean safeCsv, boolean color) {

  public static final RenderOptions DEFAULT = new RenderOptions(true, false, false, false);
}
