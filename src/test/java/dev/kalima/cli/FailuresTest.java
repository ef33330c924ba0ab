package dev.kalima.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How a failed class initialization reaches the user, whichever thread met it first. Each test
 * breaks its own class (a class is initialized at most once per JVM, and stays broken), with a
 * static initializer that throws, standing in for a missing resource.
 */
class FailuresTest {

  private static final String REAL = "java.lang.IllegalStateException: no table";
  private static final String LINE =
      "kalima: internal error: " + REAL + " (run with --debug for details)" + System.lineSeparator();

  /** Throws like a static initializer that cannot find its resource. */
  static int missingTable() {
    throw new IllegalStateException("no table");
  }

  static final class BrokenA {
    static final int X = missingTable();
  }

  static final class BrokenB {
    static final int X = missingTable();
  }

  static final class BrokenC {
    static final int X = missingTable();
  }

  static final class BrokenD {
    static final int X = missingTable();
  }

  static final class BrokenE {
    static final int X = missingTable();
  }

  /** Touches BrokenA, as the warm-up touches the analysis classes. */
  private static final class TouchA implements Runnable {
    @Override
    public void run() {
      int unused = BrokenA.X;
    }
  }

  private static String report(Throwable t, boolean debug, WarmUp warmUp) {
    StringWriter s = new StringWriter();
    assertEquals(ExitCodes.FAILURE, Failures.report(t, new PrintWriter(s), debug, warmUp));
    return s.toString();
  }

  @Test
  void aWarmUpFailureIsKeptNotThrown() {
    WarmUp warmUp = new WarmUp(new TouchA());
    warmUp.run(); // would throw ExceptionInInitializerError if the warm-up did not catch it
    Throwable kept = warmUp.failure(0);
    assertInstanceOf(ExceptionInInitializerError.class, kept);
    assertInstanceOf(IllegalStateException.class, kept.getCause());
    // Java's rule: the class stays broken, and later uses get NoClassDefFoundError
    assertThrows(NoClassDefFoundError.class, () -> new TouchA().run());
  }

  @Test
  void failureFirstMetOnTheWarmUpIsReportedByItsRealCause() {
    WarmUp warmUp = new WarmUp(() -> {
      int unused = BrokenB.X;
    });
    warmUp.run(); // the warm-up comes first
    NoClassDefFoundError later = assertThrows(NoClassDefFoundError.class, () -> {
      int unused = BrokenB.X;
    });
    assertEquals(LINE, report(later, false, warmUp));
  }

  @Test
  void failureFirstMetOnTheMainThreadIsReportedTheSameWay() {
    ExceptionInInitializerError first = assertThrows(ExceptionInInitializerError.class, () -> {
      int unused = BrokenC.X;
    });
    // the warm-up comes second: it meets NoClassDefFoundError, which is never reported
    WarmUp warmUp = new WarmUp(() -> {
      int unused = BrokenC.X;
    });
    warmUp.run();
    assertInstanceOf(NoClassDefFoundError.class, warmUp.failure(0));
    assertEquals(LINE, report(first, false, warmUp));
    assertEquals(LINE, report(first, false, null));
  }

  @Test
  void warmUpOnItsOwnThreadDoesNotChangeTheReport() {
    // whichever of the two threads wins, the user sees the same line
    WarmUp warmUp = WarmUp.start(() -> {
      int unused = BrokenD.X;
    });
    LinkageError met = assertThrows(LinkageError.class, () -> {
      int unused = BrokenD.X;
    });
    assertEquals(LINE, report(met, false, warmUp));
  }

  @Test
  void debugAddsTheStackTraceOfTheRealCause() {
    WarmUp warmUp = new WarmUp(() -> {
      int unused = BrokenE.X;
    });
    warmUp.run();
    NoClassDefFoundError later = assertThrows(NoClassDefFoundError.class, () -> {
      int unused = BrokenE.X;
    });
    String shown = report(later, true, warmUp);
    assertTrue(shown.startsWith(LINE), shown);
    assertTrue(shown.contains("Caused by: " + REAL), shown);
    assertTrue(shown.contains("missingTable"), shown);
  }

  @Test
  void withoutWarmUpTheCauseTheJvmRecordedIsShown() {
    // what newer JVMs attach to "Could not initialize class": the first failure, as a message
    NoClassDefFoundError e = new NoClassDefFoundError("Could not initialize class dev.kalima.X");
    e.initCause(
        new ExceptionInInitializerError(
            "Exception java.lang.IllegalStateException: no table [in thread \"kalima-worker\"]"));
    assertEquals(
        "kalima: internal error: Exception java.lang.IllegalStateException: no table [in thread"
            + " \"kalima-worker\"] (run with --debug for details)"
            + System.lineSeparator(),
        report(e, false, null));
  }

  @Test
  void aWarmUpFailureOtherThanALinkageErrorIsNotSubstituted() {
    WarmUp warmUp = new WarmUp(() -> {
      throw new IllegalArgumentException("unrelated");
    });
    warmUp.run();
    NoClassDefFoundError e = new NoClassDefFoundError("Could not initialize class dev.kalima.X");
    assertSame(e, Failures.toReport(e, warmUp));
    // and an error that is no NoClassDefFoundError is never replaced
    WarmUp linkage = new WarmUp(() -> {
      throw new ExceptionInInitializerError(new IllegalStateException("other"));
    });
    linkage.run();
    IllegalStateException own = new IllegalStateException("own");
    assertSame(own, Failures.toReport(own, linkage));
  }

  @Test
  void otherFailuresKeepTheirMessages() {
    assertEquals("kalima: disk full" + System.lineSeparator(), report(new IOException("disk full"), false, null));
    assertEquals(
        "kalima: internal error: boom (run with --debug for details)" + System.lineSeparator(),
        report(new IllegalStateException("boom"), false, null));
    assertEquals(
        "kalima: internal error: java.lang.NullPointerException (run with --debug for details)"
            + System.lineSeparator(),
        report(new NullPointerException(), false, null));
  }

  @Test
  void aWarmUpThatDidNotFailGivesNothing() {
    WarmUp warmUp = WarmUp.start(() -> {});
    assertNull(warmUp.failure(Failures.WARM_UP_WAIT_MILLIS));
  }

  @Test
  void anErrorOutOfACommandIsReportedNotThrown() {
    NoClassDefFoundError e = new NoClassDefFoundError("Could not initialize class dev.kalima.X");
    e.initCause(new ExceptionInInitializerError(new IllegalStateException("no table")));
    String err = runThrowing(e);
    assertEquals(LINE, err);
    assertFalse(err.contains("\tat "));
  }

  /** What {@link Main#execute} prints on stderr for a command that throws {@code e} (exit 1). */
  private static String runThrowing(Error e) {
    Callable<Integer> command = () -> {
      throw e;
    };
    StringWriter err = new StringWriter();
    RunContext context =
        new RunContext(new ByteArrayInputStream(new byte[0]), new StringWriter(), new PrintWriter(err), false);
    CommandLine cli = new CommandLine(CommandSpec.wrapWithoutInspection(command));
    cli.setErr(new PrintWriter(err));
    assertEquals(ExitCodes.FAILURE, Main.execute(cli, new String[0], context, null));
    return err.toString();
  }

  @Test
  void runningOutOfMemoryIsOneLineThatSaysWhatToDo() {
    assertEquals(
        "kalima: out of memory (Java heap space): give Java a larger heap (KALIMA_JAVA_OPTS=-Xmx4g"
            + " with the launcher, java -Xmx4g -jar otherwise) or use fewer --threads"
            + System.lineSeparator(),
        runThrowing(new OutOfMemoryError("Java heap space")));
  }
}
