package dev.kalima.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the complete new one, never a
 * half-written file.
 *
 * <ol>
 *   <li>{@link #open} creates a temporary file {@code .<name>.<random>.tmp} in the target's own
 *       directory (so the final rename stays on one file system), with the target's permissions
 *       if it exists, else the usual ones for a new file (0666 minus the umask), and registers a
 *       JVM shutdown hook that deletes it, so SIGINT or SIGTERM while writing leaves the old target
 *       untouched and no temporary file behind;
 *   <li>{@link #writer()} writes UTF-8 (unpaired surrogates become '?') through a buffer into
 *       the temporary file; closing that writer only flushes it;
 *   <li>{@link #commit()} flushes, forces the bytes to disk, renames the temporary file over the
 *       target atomically (a plain replacing move where the file system cannot rename atomically)
 *       and then, best effort, forces the directory entry to disk;
 *   <li>{@link #close()} without a commit deletes the temporary file; the target is never
 *       touched. Use try-with-resources and call {@code commit()} as the last statement.
 * </ol>
 *
 * If the target is a symbolic link, the file it points to is replaced and the link kept. A target
 * that exists and is not a regular file or a directory (a device such as {@code /dev/null} or
 * {@code /dev/stdout}, a named pipe, a socket) is written straight into, as a shell redirection
 * would: no temporary file, nothing renamed (a rename would put a plain file in the device's or
 * pipe's place), so there is nothing atomic about it. Every
 * failure is an {@link OutputException} whose message names the target and the reason in plain
 * words ("cannot write out.csv: permission denied", "...: no space left on device").
 */
public final class AtomicOutput implements Closeable {

  private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-rw-rw-");

  private final Path target;
  private final Path destination;
  /** The temporary file, or {@code null} when writing straight into a device or pipe. */
  private final Path temp;
  private final FileChannel channel;
  private final Writer writer;
  /** The shutdown hook deleting {@link #temp}, or {@code null} when there is none. */
  private final Thread cleanup;
  private boolean committed;
  private boolean closed;

  private AtomicOutput(Path target, Path destination, Path temp, FileChannel channel, Thread cleanup) {
    this.target = target;
    this.destination = destination;
    this.temp = temp;
    this.channel = channel;
    this.cleanup = cleanup;
    this.writer =
        new ErrorMappingWriter(
            new BufferedWriter(
                new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
                1 << 16),
            e -> describe(target, e));
  }

  /**
   * Starts writing {@code target} (see the class description).
   *
   * @throws OutputException if the target is a directory, its directory is missing, not a
   *     directory or not writable, or the temporary file cannot be created
   */
  public static AtomicOutput open(Path target) throws IOException {
    Path destination = target.toAbsolutePath();
    if (Files.isDirectory(destination)) {
      throw new OutputException("cannot write " + target + ": is a directory", null);
    }
    Path temp = null;
    try {
      if (Files.exists(destination) && !Files.isRegularFile(destination)) {
        // a device, named pipe or socket: before toRealPath, which cannot resolve /dev/stdout
        // when it is a pipe ("pipe:[1234]")
        return new AtomicOutput(
            target, destination, null, FileChannel.open(destination, StandardOpenOption.WRITE), null);
      }
      if (Files.exists(destination)) {
        destination = destination.toRealPath(); // write through a symbolic link, keep the link
      }
      Path dir = destination.getParent();
      String name = destination.getFileName().toString();
      boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
      FileAttribute<?>[] attributes =
          posix
              ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(NEW_FILE)}
              : new FileAttribute<?>[0];
      // The shutdown hook is registered before the temporary file exists, so a signal at any
      // moment after creation finds the hook in place: the name is chosen first, then created.
      Path candidate = dir.resolve("." + name + "." + Long.toUnsignedString(
          ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      Thread cleanup = new Thread(() -> deleteQuietly(candidate), "kalima-delete-" + name);
      try {
        Runtime.getRuntime().addShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        throw new OutputException("cannot write " + target + ": shutting down", shuttingDown);
      }
      try {
        temp = Files.createFile(candidate, attributes);
        if (posix && Files.exists(destination)) {
          Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(destination));
        }
      } catch (IOException e) {
        Runtime.getRuntime().removeShutdownHook(cleanup);
        throw e;
      }
      FileChannel channel;
      try {
        channel = FileChannel.open(temp, StandardOpenOption.WRITE);
      } catch (IOException e) {
        Runtime.getRuntime().removeShutdownHook(cleanup);
        throw e;
      }
      return new AtomicOutput(target, destination, temp, channel, cleanup);
    } catch (IOException e) {
      if (temp != null) {
        deleteQuietly(temp);
      }
      throw describe(target, e);
    }
  }

  /** The path as given to {@link #open}. */
  public Path target() {
    return target;
  }

  /** The writer into the temporary file; its {@code close()} only flushes. */
  public Writer writer() {
    return writer;
  }

  /**
   * Makes the written content the target's: flush, force to disk, atomic rename over the target.
   *
   * @throws IllegalStateException if already committed or closed
   * @throws OutputException if any step fails; the old target is then unchanged, and {@link
   *     #close()} removes the temporary file
   */
  public void commit() throws IOException {
    if (committed || closed) {
      throw new IllegalStateException("already " + (committed ? "committed" : "closed"));
    }
    if (temp == null) {
      try {
        writer.flush();
        channel.close();
      } catch (IOException e) {
        throw describe(target, e);
      }
      committed = true;
      return;
    }
    try {
      writer.flush();
      channel.force(true);
      channel.close();
      try {
        Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw describe(target, e);
    }
    committed = true;
    forceDirectory(destination.getParent());
    unregister();
  }

  /** Deletes the temporary file unless {@link #commit()} succeeded; safe to call twice. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (!committed) {
        channel.close();
        if (temp != null) {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException e) {
      throw describe(target, e);
    } finally {
      unregister();
    }
  }

  /**
   * The user-facing form of a file-system error while writing {@code target}: "cannot write
   * {@code target}: reason" with the reason in plain lower-case words.
   */
  static OutputException describe(Path target, IOException e) {
    if (e instanceof OutputException known) {
      return known;
    }
    String prefix = "cannot write " + target + ": ";
    Path parent = target.toAbsolutePath().getParent();
    if (e instanceof AccessDeniedException) {
      return new OutputException(prefix + "permission denied", e);
    }
    if (e instanceof NoSuchFileException) {
      return new OutputException(prefix + "directory " + parent + " does not exist", e);
    }
    if (e instanceof NotDirectoryException) {
      return new OutputException(prefix + parent + " is not a directory", e);
    }
    String reason = e instanceof FileSystemException fs && fs.getReason() != null
        ? fs.getReason()
        : e.getMessage();
    String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
    if (r.contains("not a directory")) {
      return new OutputException(prefix + parent + " is not a directory", e);
    }
    if (r.contains("no space left")) {
      return new OutputException(prefix + "no space left on device", e);
    }
    if (r.contains("quota")) {
      return new OutputException(prefix + "disk quota exceeded", e);
    }
    if (r.contains("read-only file system")) {
      return new OutputException(prefix + "read-only file system", e);
    }
    if (r.contains("permission denied") || r.contains("operation not permitted")) {
      return new OutputException(prefix + "permission denied", e);
    }
    if (r.contains("is a directory")) {
      return new OutputException(prefix + "is a directory", e);
    }
    return new OutputException(prefix + (r.isEmpty() ? e.getClass().getSimpleName() : r), e);
  }

  private void unregister() {
    if (cleanup == null) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already exiting and the hook may be running; it only deletes the temp file.
    }
  }

  /** Best effort: makes the rename durable; not every platform can open a directory. */
  private static void forceDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException notSupported) {
      // The content is already on disk and the rename done; only its durability is weaker.
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // Nowhere to report during cleanup after a failure that is already being reported.
    }
  }
}
