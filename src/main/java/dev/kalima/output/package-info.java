/**
 * Renderers: rows under typed columns become text in one of the {@link dev.kalima.output.Format}s.
 * This package knows nothing of words or sentences, only of {@link dev.kalima.output.model}.
 *
 * <ul>
 *   <li>{@link dev.kalima.output.Renderers#open} picks the sink for a format. Every sink flushes on
 *       close and never closes the writer.
 *   <li>{@link dev.kalima.output.CellFormat} is the only place where values become text
 *       (Locale.ROOT, '.' decimal separator, half-even rounding to the column scale, NaN and
 *       infinities as absent).
 *   <li>{@link dev.kalima.output.DisplayText} owns terminal width, bidi isolation and visible
 *       escapes of controls; the table and Markdown renderers use it.
 *   <li>{@link dev.kalima.output.AtomicOutput} writes a file through a temporary file and an
 *       atomic rename; {@link dev.kalima.output.StdoutTarget} writes standard output and reports
 *       a closed pipe as {@link dev.kalima.output.BrokenPipeException}.
 * </ul>
 *
 * Decisions, per format:
 *
 * <ul>
 *   <li>Table: buffered (alignment needs every row); long cells are kept whole and widen their
 *       column, nothing is truncated; absent values show as "–"; right-to-left cells are wrapped
 *       in FSI…PDI; controls and the data's own bidi controls are shown as escapes.
 *   <li>CSV, TSV, JSON, JSON Lines, Markdown: streamed, one row written per {@code row()} call.
 *   <li>Markdown: unpadded, right-to-left text not isolated (each rendered cell is its own bidi
 *       paragraph), header cells left empty when the header is off (GFM needs a header row),
 *       notes in a fenced code block after a blank line.
 *   <li>Machine formats (CSV, TSV, JSON, JSON Lines) never print notes; JSON ignores header,
 *       BOM and formula guarding.
 * </ul>
 */
package dev.kalima.output;
