package dev.kalima.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SourceListTest {

  @Test
  void emptyListHasNoSource() {
    SourceList empty = new SourceList.Builder().build();
    assertEquals(0, empty.size());
    assertEquals(List.of(), empty);
    assertThrows(IndexOutOfBoundsException.class, () -> empty.get(0));
  }

  @Test
  void walkedFilesAreNamedByTheRootJoinedWithTheRelativePath() {
    Path root = Path.of("corpus");
    SourceList list =
        new SourceList.Builder().addWalked(root, List.of("a.txt", "sub/b.txt", "ملف.txt")).build();
    assertEquals(
        List.of(
            new Source("corpus/a.txt", Path.of("corpus/a.txt"), false),
            new Source("corpus/sub/b.txt", Path.of("corpus/sub/b.txt"), false),
            new Source("corpus/ملف.txt", Path.of("corpus/ملف.txt"), false)),
        list);
  }

  @Test
  void namedFileKeepsItsNameAsTyped() {
    // "a//b.txt" names the path a/b.txt; the user still sees what was typed
    Source odd = new Source("a//b.txt", Path.of("a//b.txt"), true);
    Source plain = new Source("c.txt", Path.of("c.txt"), true);
    SourceList list = new SourceList.Builder().add(plain).add(odd).add(plain).build();
    assertEquals(List.of(plain, odd, plain), list);
    assertEquals("a//b.txt", list.get(1).name());
  }

  /**
   * Any sequence of named files, standard input and walked directories gives the same sources,
   * in the same order, as the plain list.
   */
  @Property(tries = 200)
  void sameSourcesAsAPlainList(
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 40) Integer> steps) {
    SourceList.Builder builder = new SourceList.Builder();
    List<Source> plain = new ArrayList<>();
    int n = 0;
    for (int step : steps) {
      if (step == 0) {
        builder.add(Source.stdin());
        plain.add(Source.stdin());
      } else if (step < 20) {
        Source s = new Source("f" + n + ".txt", Path.of("f" + n + ".txt"), true);
        n++;
        builder.add(s);
        plain.add(s);
      } else {
        Path root = Path.of("dir" + n++);
        List<String> relative = new ArrayList<>();
        for (int i = 0; i < step - 20; i++) {
          relative.add("d/f" + i + ".txt");
          Path p = root.resolve("d/f" + i + ".txt");
          plain.add(new Source(p.toString(), p, false));
        }
        builder.addWalked(root, relative);
      }
    }
    SourceList list = builder.build();
    assertEquals(plain.size(), list.size());
    for (int i = 0; i < plain.size(); i++) {
      assertEquals(plain.get(i), list.get(i), "at " + i);
    }
    assertEquals(plain, list);
  }
}
