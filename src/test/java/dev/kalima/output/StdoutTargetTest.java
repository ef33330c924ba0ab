package dev.kalima.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StdoutTargetTest {

  @Test
  void writesUtf8AndCloseOnlyFlushes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the stream must stay open");
      }
    };
    Writer out = StdoutTarget.writer(bytes);
    out.write("كتاب 日本\n");
    out.close();
    assertEquals("كتاب 日本\n", bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void brokenPipeBecomesBrokenPipeException() {
    Writer out = StdoutTarget.writer(failing(new IOException("Broken pipe")));
    IOException e = assertThrows(BrokenPipeException.class, () -> {
      out.write("x");
      out.flush();
    });
    assertEquals("Broken pipe", e.getCause().getMessage());
  }

  @Test
  void windowsPipeMessagesAreRecognised() {
    assertTrue(StdoutTarget.isBrokenPipe(new IOException("The pipe is being closed")));
    assertTrue(StdoutTarget.isBrokenPipe(new IOException("The pipe has been ended")));
    assertTrue(StdoutTarget.isBrokenPipe(new IOException("wrapped", new IOException("Broken pipe"))));
  }

  @Test
  void otherErrorsSayThatStandardOutputFailed() {
    // `kalima words a.txt > /dev/full` said only "kalima: No space left on device"
    IOException disk = new IOException("No space left on device");
    Writer out = StdoutTarget.writer(failing(disk));
    IOException e = assertThrows(IOException.class, () -> {
      out.write("x");
      out.flush();
    });
    assertFalse(e instanceof BrokenPipeException);
    assertTrue(e instanceof OutputException, e.toString());
    assertEquals("cannot write to standard output: no space left on device", e.getMessage());
    assertSame(disk, e.getCause());
  }

  @Test
  void aRealClosedPipeEndsTheWriterQuietly() throws Exception {
    Process child = new ProcessBuilder(
            javaBinary(), "-cp", System.getProperty("java.class.path"),
            OutputProcessMain.class.getName(), "pipe")
        .start();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("line 0", lines.readLine()); // like `| head -1`
    }
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not stop after the pipe closed");
    String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), stderr);
    assertEquals(List.of("broken pipe"), stderr.lines().toList());
  }

  @Test
  void afterAWriteErrorWritesFailAgainButFlushIsQuiet() throws IOException {
    // the command reports the error; main's last flush must not report it a second time
    Writer out = StdoutTarget.writer(failing(new IOException("No space left on device")));
    char[] big = new char[1 << 17]; // past the buffer: written through at once
    java.util.Arrays.fill(big, 'x');
    IOException first = assertThrows(OutputException.class, () -> out.write(big));
    assertSame(first, assertThrows(OutputException.class, () -> out.write("more")));
    out.flush();
    out.close();
  }

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static OutputStream failing(IOException e) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw e;
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw e;
      }
    };
  }
}
