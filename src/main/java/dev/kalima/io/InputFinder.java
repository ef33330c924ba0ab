package dev.kalima.io;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Turns command-line operands into an ordered list of sources.
 *
 * <ul>
 *   <li>"-" is standard input; no operand at all also means standard input;
 *   <li>a named file is itself, whatever its name (a FIFO or /dev/stdin too: it is read as a
 *       stream);
 *   <li>a directory is walked recursively, keeping the files the {@link InputSelection} selects
 *       (see {@link #selected}); names starting with '.' are skipped while walking, symbolic links
 *       are followed, and a link that leads back into its own ancestors is not followed; it is
 *       reported once as a warning (once per link, even when met through several paths);
 *   <li>the files of one directory come sorted by their path relative to it, comparing code
 *       points, so the order never depends on the file system or the locale; operands keep
 *       their command-line order;
 *   <li>a walked file is named as the user would type it: the operand joined with the relative
 *       path;
 *   <li>problems met while walking a directory (loops, broken links, unreadable entries) are
 *       reported once the walk is over, sorted by path like the files, so stderr does not depend
 *       on the file system's order either;
 *   <li>a missing operand (or an empty one, which names no file) is reported to {@link Problems#error} ("no such file or directory"), an
 *       unreadable one as "permission denied"; a directory without a single selected file is a
 *       {@link Problems#warning} ("no matching files (include: ...)");
 *   <li>a FIFO, socket or device met while walking is skipped with a warning ("not a regular
 *       file (skipped)"): a FIFO nobody writes to would block the run forever; named on the
 *       command line, it is read as a stream.
 * </ul>
 *
 * <p>Memory: the walk keeps only the selected paths, never a whole directory tree, and the
 * result is a {@link SourceList}, which keeps them packed (a few tens of bytes per file).
 */
public final class InputFinder {

  /** Orders strings by Unicode code point (not by UTF-16 unit, not by locale). */
  static final Comparator<String> CODE_POINT_ORDER =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int ca = a.codePointAt(i);
          int cb = b.codePointAt(j);
          if (ca != cb) {
            return Integer.compare(ca, cb);
          }
          i += Character.charCount(ca);
          j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
      };

  private final InputSelection selection;

  public InputFinder(InputSelection selection) {
    this.selection = selection;
  }

  public List<Source> find(List<String> operands, Problems problems) {
    SourceList.Builder out = new SourceList.Builder();
    if (operands.isEmpty()) {
      out.add(Source.stdin());
      return out.build();
    }
    for (String operand : operands) {
      if (operand.equals(Source.STDIN_NAME)) {
        out.add(Source.stdin());
        continue;
      }
      if (operand.isEmpty()) {
        // Path.of("") is the working directory: an empty name ("$UNSET") must not walk it
        problems.error(operand, "no such file or directory", null);
        continue;
      }
      Path path;
      try {
        path = Path.of(operand);
      } catch (InvalidPathException e) {
        problems.error(operand, "invalid file name", e);
        continue;
      }
      if (Files.isDirectory(path)) {
        walk(operand, path, out, problems);
      } else if (!Files.exists(path)) {
        problems.error(operand, "no such file or directory", null);
      } else if (!Files.isReadable(path)) {
        problems.error(operand, "permission denied", null);
      } else {
        out.add(new Source(operand, path, true));
      }
    }
    return out.build();
  }

  /**
   * Whether a file met while walking is kept: its name matches an include glob ignoring case
   * (as is, or both in lower case, so "*.txt" also takes "NOTES.TXT" and "*.TXT" takes
   * "notes.txt"), and neither its name nor its path relative to the walked directory matches an
   * exclude glob ("*.bak", "drafts/**").
   */
  private static final class Selector {
    private final List<PathMatcher> include;
    private final List<PathMatcher> includeLower;
    private final List<PathMatcher> exclude;

    Selector(FileSystem fs, InputSelection selection) {
      include = selection.include().stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
      includeLower = selection.include().stream().map(g -> lowerCaseMatcher(fs, g)).toList();
      exclude = selection.exclude().stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
    }

    /** The glob in lower case ("[Z-a]" would become the invalid range "[z-a]": then as is). */
    private static PathMatcher lowerCaseMatcher(FileSystem fs, String glob) {
      try {
        return fs.getPathMatcher("glob:" + glob.toLowerCase(Locale.ROOT));
      } catch (PatternSyntaxException e) {
        return fs.getPathMatcher("glob:" + glob);
      }
    }

    boolean included(Path name) {
      Path lower = name.getFileSystem().getPath(name.toString().toLowerCase(Locale.ROOT));
      for (int i = 0; i < include.size(); i++) {
        if (include.get(i).matches(name) || includeLower.get(i).matches(lower)) {
          return true;
        }
      }
      return false;
    }

    boolean excluded(Path name, Path relative) {
      for (PathMatcher m : exclude) {
        if (m.matches(name) || m.matches(relative)) {
          return true;
        }
      }
      return false;
    }
  }

  private void walk(String operand, Path root, SourceList.Builder out, Problems problems) {
    Selector selector = new Selector(root.getFileSystem(), selection);
    List<String> found = new ArrayList<>();
    Set<Path> loopsReported = new HashSet<>();
    // reported after the walk, sorted by path: the walk order depends on the file system
    List<Diagnostic> diagnostics = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
              }
              Path name = dir.getFileName();
              if (hidden(name) || selector.excluded(name, root.relativize(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              Path name = file.getFileName();
              if (hidden(name)
                  || !selector.included(name)
                  || selector.excluded(name, root.relativize(file))) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                diagnostics.add(Diagnostic.warning(file, "broken symbolic link (skipped)"));
              } else if (attrs.isDirectory()) {
                return FileVisitResult.CONTINUE;
              } else if (!attrs.isRegularFile()) {
                // a FIFO would block the run until something writes to it; a device or
                // socket is no document either
                diagnostics.add(Diagnostic.warning(file, "not a regular file (skipped)"));
              } else if (!Files.isReadable(file)) {
                diagnostics.add(Diagnostic.error(file, "permission denied", null));
              } else {
                found.add(root.relativize(file).toString());
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!file.equals(root) && hidden(file.getFileName())) {
                return FileVisitResult.CONTINUE;
              }
              if (e instanceof FileSystemLoopException) {
                if (loopsReported.add(physical(file))) {
                  diagnostics.add(
                      Diagnostic.warning(file, "symbolic link loop (not followed again)"));
                }
              } else {
                diagnostics.add(Diagnostic.error(file, InputErrors.message(e), e));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.error(operand, InputErrors.message(e), e);
      return;
    }
    diagnostics.sort((a, b) -> CODE_POINT_ORDER.compare(a.path().toString(), b.path().toString()));
    for (Diagnostic d : diagnostics) {
      if (d.error()) {
        problems.error(d.path().toString(), d.message(), d.cause());
      } else {
        problems.warning(d.path().toString(), d.message());
      }
    }
    if (found.isEmpty()) {
      problems.warning(
          operand, "no matching files (include: " + String.join(" ", selection.include()) + ")");
      return;
    }
    found.sort(CODE_POINT_ORDER);
    out.addWalked(root, found);
  }

  /** A problem met while walking, held until the walk is over. */
  private record Diagnostic(Path path, boolean error, String message, Throwable cause) {
    static Diagnostic warning(Path path, String message) {
      return new Diagnostic(path, false, message, null);
    }

    static Diagnostic error(Path path, String message, Throwable cause) {
      return new Diagnostic(path, true, message, cause);
    }
  }

  /** Where a link really sits, so that one link met through several paths is reported once. */
  private static Path physical(Path link) {
    Path parent = link.toAbsolutePath().getParent();
    try {
      return parent == null ? link : parent.toRealPath().resolve(link.getFileName());
    } catch (IOException e) {
      return link.toAbsolutePath();
    }
  }

  private static boolean hidden(Path name) {
    return name != null && name.toString().startsWith(".");
  }
}
