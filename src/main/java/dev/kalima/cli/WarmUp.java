package dev.kalima.cli;

/**
 * Work done on a daemon thread while the main thread builds the command line, only so that the
 * run's first use of some classes is cheaper ({@link Main#startWarmUp}). Its outcome never shows
 * by itself:
 *
 * <ul>
 *   <li>whatever the work throws, {@link Throwable} included, is caught and kept ({@link
 *       #failure}); nothing is printed and the run goes on;
 *   <li>the run then does the same work and meets the failure again, where it is reported. A class
 *       whose static initializer failed stays unusable, and Java throws the initializer's {@link
 *       ExceptionInInitializerError} (with the real cause) only on the thread that ran it; every
 *       later use, on any thread, gets a {@link NoClassDefFoundError} "Could not initialize class".
 *       The error report ({@link Failures#toReport}) therefore takes the failure kept here in place
 *       of such an error, so that the user sees the same real cause whichever thread came first.
 * </ul>
 */
final class WarmUp implements Runnable {

  private final Runnable work;
  private Thread thread;
  private volatile Throwable failure;

  /** @param work the warm-up's work; anything it throws is kept, never rethrown */
  WarmUp(Runnable work) {
    this.work = work;
  }

  /** Starts {@code work} on a daemon thread named kalima-warm-up and returns its warm-up. */
  static WarmUp start(Runnable work) {
    WarmUp warmUp = new WarmUp(work);
    Thread t = new Thread(warmUp, "kalima-warm-up");
    t.setDaemon(true);
    warmUp.thread = t;
    t.start();
    return warmUp;
  }

  /** Runs the work, keeping what it throws. */
  @Override
  public void run() {
    try {
      work.run();
    } catch (Throwable t) {
      failure = t; // reported, if it matters, by the run that meets it again
    }
  }

  /**
   * What the work threw, or {@code null} if it did not fail or is not done after waiting up to
   * {@code waitMillis} for its thread. Meant for the error path only.
   */
  Throwable failure(long waitMillis) {
    Thread t = thread;
    if (t != null && t != Thread.currentThread()) {
      try {
        t.join(waitMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return failure;
  }
}
