package dev.kalima.io;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of sources that keeps its files packed, so that a million inputs cost a few
 * tens of megabytes rather than a few hundred.
 *
 * <ul>
 *   <li>the sources are held in runs: standard input; a run of files named on the command line
 *       or in a {@code --files-from} list (explicit); a run of files found by walking one
 *       directory (not explicit, named by the directory's path joined with the relative path);
 *   <li>a run keeps its names in one string and the end of each name in an {@code int[]}: about
 *       one byte per character of an ASCII name (two otherwise) plus four bytes per file, where a
 *       {@link Source} with its {@link Path} and two strings took about 180 bytes more;
 *   <li>{@link #get} makes the {@link Source} on demand, equal to the one the run was given or
 *       found ({@code Path.of(name)} for a named file, {@code root.resolve(relative)} for a
 *       walked one).
 * </ul>
 */
public final class SourceList extends AbstractList<Source> implements RandomAccess {

  private static final SourceList EMPTY = new SourceList(new Run[0], new int[] {0});

  private final Run[] runs;
  /** starts[i] is the index of run i's first source; starts[runs.length] is the size. */
  private final int[] starts;

  private SourceList(Run[] runs, int[] starts) {
    this.runs = runs;
    this.starts = starts;
  }

  public static SourceList of() {
    return EMPTY;
  }

  @Override
  public Source get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + size());
    }
    // runs are never empty, so their starts strictly increase
    int r = Arrays.binarySearch(starts, 0, runs.length, index);
    if (r < 0) {
      r = -r - 2; // the run that starts before index
    }
    return runs[r].get(index - starts[r]);
  }

  @Override
  public int size() {
    return starts[runs.length];
  }

  /** Collects sources in order, packing consecutive files of the same kind into one run. */
  public static final class Builder {
    private final List<Run> runs = new ArrayList<>();
    private Packed open;

    /** Adds one source: standard input, or a file (explicit or not). */
    public Builder add(Source source) {
      if (source.isStdin()) {
        close();
        runs.add(new Stdin());
      } else if (source.explicit() && source.path().toString().equals(source.name())) {
        named().add(source.name());
      } else {
        close();
        runs.add(new Single(source));
      }
      return this;
    }

    /**
     * Adds the files found by walking {@code root}, in the order given, each named {@code
     * root.resolve(relative).toString()} and not explicit.
     */
    public Builder addWalked(Path root, List<String> relative) {
      close();
      open = new Packed(root);
      for (String r : relative) {
        if (open.full()) {
          close();
          open = new Packed(root);
        }
        open.add(r);
      }
      close();
      return this;
    }

    public SourceList build() {
      close();
      if (runs.isEmpty()) {
        return EMPTY;
      }
      Run[] all = runs.toArray(new Run[0]);
      int[] starts = new int[all.length + 1];
      long total = 0;
      for (int i = 0; i < all.length; i++) {
        starts[i] = (int) total;
        total += all[i].size();
        if (total > Integer.MAX_VALUE - 8) {
          throw new IllegalStateException("more than " + (Integer.MAX_VALUE - 8) + " inputs");
        }
      }
      starts[all.length] = (int) total;
      return new SourceList(all, starts);
    }

    private Packed named() {
      if (open == null || open.root != null || open.full()) {
        close();
        open = new Packed(null);
      }
      return open;
    }

    private void close() {
      if (open != null) {
        if (open.size() > 0) {
          runs.add(open.seal());
        }
        open = null;
      }
    }
  }

  private interface Run {
    int size();

    Source get(int i);
  }

  private record Stdin() implements Run {
    @Override
    public int size() {
      return 1;
    }

    @Override
    public Source get(int i) {
      return Source.stdin();
    }
  }

  private record Single(Source source) implements Run {
    @Override
    public int size() {
      return 1;
    }

    @Override
    public Source get(int i) {
      return source;
    }
  }

  /**
   * Names packed in one string: named files ({@code root == null}, explicit, {@code
   * Path.of(name)}) or files walked under {@code root}.
   */
  private static final class Packed implements Run {
    final Path root;
    private StringBuilder building = new StringBuilder();
    private String chars;
    private int[] ends = new int[16];
    private int count;

    Packed(Path root) {
      this.root = root;
    }

    /** A string holds at most about 2^31 chars: a run stops well before. */
    boolean full() {
      return building.length() >= (1 << 30);
    }

    void add(String name) {
      building.append(name);
      if (count == ends.length) {
        ends = Arrays.copyOf(ends, ends.length + (ends.length >> 1));
      }
      ends[count++] = building.length();
    }

    Packed seal() {
      chars = building.toString();
      building = null;
      ends = Arrays.copyOf(ends, count);
      return this;
    }

    @Override
    public int size() {
      return count;
    }

    @Override
    public Source get(int i) {
      String name = chars.substring(i == 0 ? 0 : ends[i - 1], ends[i]);
      if (root == null) {
        return new Source(name, Path.of(name), true);
      }
      Path path = root.resolve(name);
      return new Source(path.toString(), path, false);
    }
  }
}
