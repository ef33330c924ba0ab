package dev.kalima.cli;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * How a failure that ends a command is shown: one line {@code kalima: <message>} on standard
 * error, the stack trace only under --debug, exit code {@link ExitCodes#FAILURE}.
 *
 * <ul>
 *   <li>an {@link IOException} (output that cannot be written, a bad stopword file): its message;
 *   <li>an {@link OutOfMemoryError}: {@code out of memory (<message>): } and how to give Java
 *       more memory;
 *   <li>anything else is an internal error: {@code internal error: <message> (run with --debug
 *       for details)}, where the message is that of the real cause:
 *       <ul>
 *         <li>a class that could not be initialized ({@link ExceptionInInitializerError}, {@link
 *             NoClassDefFoundError}, anywhere in the chain of causes) is reported by the deepest
 *             cause, e.g. the missing resource its static initializer met, with its class name
 *             ({@code java.lang.IllegalStateException: no table});
 *         <li>a {@link NoClassDefFoundError} (the class failed to initialize earlier, on another
 *             thread) is replaced by the warm-up's failure when the warm-up met a linkage error
 *             ({@link WarmUp}), so a failure first met on the warm-up thread reads the same as
 *             one met on the main thread.
 *       </ul>
 * </ul>
 */
final class Failures {

  /** How long the error path waits for the warm-up to end to learn whether it failed. */
  static final long WARM_UP_WAIT_MILLIS = 2000;

  private Failures() {}

  /**
   * Prints {@code ex} as above on {@code err} and returns {@link ExitCodes#FAILURE}.
   *
   * @param warmUp the run's warm-up, or {@code null} if it had none
   */
  static int report(Throwable ex, PrintWriter err, boolean debug, WarmUp warmUp) {
    Throwable failure = toReport(ex, warmUp);
    err.println("kalima: " + RunContext.visible(message(failure)));
    if (debug) {
      failure.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.FAILURE;
  }

  /**
   * The failure to report for {@code ex}: the warm-up's failure if {@code ex} is or was caused by
   * a {@link NoClassDefFoundError} and the warm-up failed with a {@link LinkageError} (waiting
   * for the warm-up up to {@link #WARM_UP_WAIT_MILLIS}); else {@code ex}.
   */
  static Throwable toReport(Throwable ex, WarmUp warmUp) {
    if (warmUp != null && inChain(ex, NoClassDefFoundError.class)) {
      Throwable earlier = warmUp.failure(WARM_UP_WAIT_MILLIS);
      if (earlier instanceof LinkageError) {
        return earlier;
      }
    }
    return ex;
  }

  /** The line for {@code failure}, without the {@code kalima: } prefix. */
  static String message(Throwable failure) {
    if (failure instanceof IOException) {
      return text(failure);
    }
    if (failure instanceof OutOfMemoryError) {
      return "out of memory (" + text(failure) + "): give Java a larger heap (KALIMA_JAVA_OPTS="
          + "-Xmx4g with the launcher, java -Xmx4g -jar otherwise) or use fewer --threads";
    }
    Throwable cause = realCause(failure);
    // the exception a static initializer threw is named with its class; a linkage error without
    // a cause (the JVM's record of such a failure, "Exception <class>: <message> ...", or a
    // missing class) and any other failure by its message alone
    String what = cause != failure && !(cause instanceof LinkageError) ? cause.toString() : text(cause);
    return "internal error: " + what + " (run with --debug for details)";
  }

  /**
   * The deepest cause of the first linkage error in {@code failure}'s chain of causes (the
   * exception a static initializer threw), or {@code failure} itself if there is none.
   */
  static Throwable realCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof LinkageError) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
          root = root.getCause();
        }
        return root;
      }
    }
    return failure;
  }

  private static boolean inChain(Throwable ex, Class<? extends Throwable> type) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The message of {@code t}, or its class name when it has none. */
  private static String text(Throwable t) {
    return t.getMessage() == null ? t.getClass().getName() : t.getMessage();
  }
}
