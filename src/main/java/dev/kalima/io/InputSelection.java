package dev.kalima.io;

import java.util.List;

/**
 * Which files a directory walk keeps: a file is kept when its name matches one of {@code include}
 * and its path (relative to the walked directory) matches none of {@code exclude}. Globs use
 * {@link java.nio.file.FileSystem#getPathMatcher} "glob:" syntax.
 */
public record InputSelection(List<String> include, List<String> exclude) {

  public static final List<String> DEFAULT_INCLUDE =
      List.of("*.txt", "*.md", "*.markdown", "*.html", "*.htm");

  public InputSelection {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  public static InputSelection defaults() {
    return new InputSelection(DEFAULT_INCLUDE, List.of());
  }
}
