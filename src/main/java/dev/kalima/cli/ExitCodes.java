package dev.kalima.cli;

/** The process exit codes, as documented in the README and in {@code --help}. */
public final class ExitCodes {

  /** Every input was read and the results were written. */
  public static final int OK = 0;

  /** At least one input could not be read (the others were processed and printed). */
  public static final int INPUT_ERROR = 1;

  /** The command line was wrong: unknown option, bad value, missing argument. */
  public static final int USAGE = 2;

  /** The output could not be written, or kalima itself failed (same code as an input error). */
  public static final int FAILURE = 1;

  private ExitCodes() {}
}
