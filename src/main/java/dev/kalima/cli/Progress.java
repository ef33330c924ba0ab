package dev.kalima.cli;

import dev.kalima.io.Paragraph;
import dev.kalima.io.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line of a long run on standard error: files done, megabytes read (of the total when
 * the inputs are files), throughput and the estimated time left.
 *
 * <ul>
 *   <li>shown only when enabled (standard error is a terminal and {@code --quiet} is not given),
 *       and only once the run has taken {@link #DELAY_NANOS} (short runs print nothing);
 *   <li>redrawn in place ({@code \r}, erase to end of line) at most every {@link #EVERY_NANOS};
 *   <li>bytes are those of the text read so far, counted as UTF-8, so they match the file sizes
 *       for UTF-8 inputs and approximate them for others;
 *   <li>{@link #close} erases the line, before any result is written.
 * </ul>
 *
 * Used by one thread (the one reading the inputs).
 */
final class Progress implements AutoCloseable {

  static final long DELAY_NANOS = 2_000_000_000L;
  static final long EVERY_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final LongSupplier clock;
  private long totalBytes = -1;
  private int totalFiles;
  private long start;
  private long lastDraw;
  private long bytes;
  private int files;
  private boolean drawn;

  Progress(PrintWriter err, boolean enabled, LongSupplier nanoClock) {
    this.err = err;
    this.enabled = enabled;
    this.clock = nanoClock;
  }

  /** A progress line that never shows. */
  static Progress off() {
    return new Progress(null, false, System::nanoTime);
  }

  boolean enabled() {
    return enabled;
  }

  /**
   * Starts the clock and the counts from zero (a command may run several passes, such as keywords
   * counting its reference corpus before ranking its inputs: each pass has its own line); the
   * total is the size of the files (unknown with standard input).
   */
  void start(List<Source> sources) {
    totalFiles = sources.size();
    totalBytes = -1;
    bytes = 0;
    files = 0;
    start = clock.getAsLong();
    lastDraw = start;
    if (!enabled) {
      return;
    }
    long total = 0;
    for (Source s : sources) {
      if (s.path() == null) {
        total = -1;
        break;
      }
      try {
        total += Files.size(s.path());
      } catch (IOException e) {
        // reported when the file is read; the total just leaves it out
      }
    }
    totalBytes = total;
  }

  /** Counts paragraphs read. */
  void read(List<Paragraph> paragraphs) {
    if (!enabled) {
      return;
    }
    for (Paragraph p : paragraphs) {
      bytes += utf8Length(p.text());
    }
    maybeDraw();
  }

  /** Counts {@code n} bytes read (a whole file read elsewhere, by its size). */
  void readBytes(long n) {
    if (!enabled) {
      return;
    }
    bytes += n;
    maybeDraw();
  }

  /** Counts one input done. */
  void fileDone() {
    files++;
    if (enabled) {
      maybeDraw();
    }
  }

  private void maybeDraw() {
    long now = clock.getAsLong();
    if (now - start < DELAY_NANOS || now - lastDraw < EVERY_NANOS) {
      return;
    }
    lastDraw = now;
    err.print("\r\u001B[K" + line(now));
    err.flush();
    drawn = true;
  }

  /** The text of the line at time {@code now}. */
  String line(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double mb = bytes / 1e6;
    double rate = mb / seconds;
    StringBuilder s = new StringBuilder("kalima: ");
    s.append(files).append('/').append(totalFiles).append(totalFiles == 1 ? " file, " : " files, ");
    if (totalBytes > 0) {
      s.append(String.format(Locale.ROOT, "%.1f of %.1f MB, %.1f MB/s", mb, totalBytes / 1e6, rate));
      if (rate > 0) {
        long left = Math.max(0, Math.round((totalBytes / 1e6 - mb) / rate));
        s.append(String.format(Locale.ROOT, ", ETA %d:%02d", left / 60, left % 60));
      }
    } else {
      s.append(String.format(Locale.ROOT, "%.1f MB, %.1f MB/s", mb, rate));
    }
    return s.toString();
  }

  /** Erases the line if it was drawn. */
  @Override
  public void close() {
    if (drawn) {
      err.print("\r\u001B[K");
      err.flush();
      drawn = false;
    }
  }

  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }
}
