package dev.kalima.io;

import java.nio.file.FileSystems;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Which files a directory walk keeps: a file is kept when its name matches one of {@code include}
 * ignoring case (as is, or name and glob both in lower case) and neither its name nor its path relative to the walked directory
 * matches one of {@code exclude} (so {@code *.bak} and {@code drafts/**} both work; a directory
 * whose name or relative path matches is not entered). Globs use {@link
 * java.nio.file.FileSystem#getPathMatcher} "glob:" syntax. Files named on the command line are
 * always taken, whatever these globs say.
 *
 * @throws IllegalArgumentException if a glob is malformed; the message names it
 */
public record InputSelection(List<String> include, List<String> exclude) {

  public static final List<String> DEFAULT_INCLUDE =
      List.of("*.txt", "*.md", "*.markdown", "*.html", "*.htm");

  public InputSelection {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    include.forEach(InputSelection::check);
    exclude.forEach(InputSelection::check);
  }

  public static InputSelection defaults() {
    return new InputSelection(DEFAULT_INCLUDE, List.of());
  }

  private static void check(String glob) {
    try {
      FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "invalid glob '" + glob + "': " + e.getDescription(), e);
    }
  }
}
