package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class InputErrorsTest {

  @Test
  void missingFile() {
    assertEquals("no such file or directory", InputErrors.message(new NoSuchFileException("/x")));
  }

  @Test
  void accessDenied() {
    assertEquals("permission denied", InputErrors.message(new AccessDeniedException("/x")));
  }

  @Test
  void isADirectoryFromTheSystemReason() {
    assertEquals(
        "is a directory", InputErrors.message(new FileSystemException("/x", null, "Is a directory")));
  }

  @Test
  void anythingElseIsAReadErrorWithItsReason() {
    assertEquals(
        "read error: Input/output error",
        InputErrors.message(new FileSystemException("/x", null, "Input/output error")));
    assertEquals("read error: IOException", InputErrors.message(new IOException()));
  }

  @Test
  void inputExceptionPassesThrough() {
    InputException e = InputException.binaryFile(Source.stdin());
    assertSame(e, InputErrors.wrap(Source.stdin(), e));
  }
}
