package dev.kalima.output;

/** The output formats; every one renders the same rows. */
public enum Format {
  /** Columns aligned by display width, for people reading a terminal. */
  TABLE,
  /** RFC 4180 comma-separated values, UTF-8, '\n' line ends. */
  CSV,
  /** Tab-separated values; tabs, newlines and backslashes inside fields are escaped. */
  TSV,
  /** One JSON array of objects. */
  JSON,
  /** JSON Lines: one object per line. */
  JSONL,
  /** A GitHub-flavoured Markdown table. */
  MARKDOWN;

  /** True for the formats meant for programs rather than people (no "top 25" default, no notes). */
  public boolean machine() {
    return this != TABLE && this != MARKDOWN;
  }
}
