package dev.kalima.analysis;

import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.IntUnaryOperator;

/**
 * The per-char class tables the scanners index with a UTF-16 code unit.
 *
 * <p>Each table is a pure function of ICU's character properties. Classifying all 65,536 code
 * units through ICU at every start costs tens of milliseconds of CPU (the interpreter, then the
 * JIT compiling ICU's property lookups), more than the rest of a one-line run. So the build
 * computes each table once (the test-sources class {@code GenerateCharClasses}, run by Maven
 * before the tests) and stores it as a class-path resource named after the table and ICU's
 * version; {@link #table} reads that resource (65,536 bytes, deflated in the jar) and computes
 * the table only when no resource was written for this ICU version (classes compiled outside
 * Maven, or another ICU jar on the class path). A test checks that every stored table equals
 * the computed one.
 */
final class CharClasses {

  /** The tables, each with the classifier that defines it. */
  enum Table {
    WORD_SEGMENTS("word-segments", WordSegments::classify),
    SENTENCE_BREAKS("sentence-breaks", SimpleSentenceBreaks::classify),
    SENTENCE_FLAGS("sentence-flags", FlatGroup::flags),
    SENTENCE_SPACES("sentence-spaces", SentenceSegmenter::spaceClass);

    private final String name;
    private final IntUnaryOperator classify;

    Table(String name, IntUnaryOperator classify) {
      this.name = name;
      this.classify = classify;
    }

    /** The resource's name: the table's and ICU's version, e.g. word-segments-77.1.0.0.classes. */
    String resourceName() {
      return name + "-" + VersionInfo.ICU_VERSION + ".classes";
    }

    /** The table computed from ICU's properties: entry c is the classifier's value for c. */
    byte[] compute() {
      byte[] table = new byte[SIZE];
      for (int c = 0; c < SIZE; c++) {
        table[c] = (byte) classify.applyAsInt(c);
      }
      return table;
    }
  }

  /** One entry per UTF-16 code unit, surrogates included (the classifier decides what they get). */
  static final int SIZE = 0x10000;

  private CharClasses() {}

  /** The table: read from its resource when one exists for this ICU version, else computed. */
  static byte[] table(Table table) {
    byte[] stored = stored(table);
    return stored != null ? stored : table.compute();
  }

  /**
   * The stored table, or null when there is no resource of the right size for this ICU version
   * or it cannot be read (then the caller computes the table: same result, slower start).
   */
  static byte[] stored(Table table) {
    try (InputStream in = CharClasses.class.getResourceAsStream(table.resourceName())) {
      if (in == null) {
        return null;
      }
      byte[] bytes = in.readAllBytes();
      return bytes.length == SIZE ? bytes : null;
    } catch (IOException e) {
      return null;
    }
  }
}
