package dev.kalima.keywords;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Where sentences end inside one paragraph. The keyword code depends only on this interface so
 * that the shared sentence segmenter of {@code dev.kalima.analysis} can replace the fallback below
 * in one line once it is available.
 */
interface SentenceBreaks {

  /**
   * The offsets at which sentences start in {@code text}, ascending, the first always 0 (for a
   * non-empty text).
   */
  List<Integer> starts(String text);

  /**
   * Fallback: ICU's sentence {@link BreakIterator} for a locale, with no abbreviation
   * suppressions, except that a line break followed (after optional spaces or tabs) by a
   * lower-case letter does not end a sentence: a sentence cannot start in lower case, so such a
   * line break is a hard wrap inside a sentence (abstracts and e-mails wrapped at 72 columns). In
   * a script without case every line break still ends a sentence. Not thread-safe (it owns the
   * iterator).
   */
  static SentenceBreaks icu(ULocale locale) {
    BreakIterator it = BreakIterator.getSentenceInstance(locale);
    return text -> {
      List<Integer> out = new ArrayList<>();
      it.setText(unwrap(text));
      for (int b = it.first(); b != BreakIterator.DONE && b < text.length(); b = it.next()) {
        out.add(b);
      }
      return out;
    };
  }

  /** The text with each line break that continues a sentence replaced by a space. */
  static String unwrap(String text) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] != '\n') {
        continue;
      }
      int j = i + 1;
      while (j < c.length && (c[j] == ' ' || c[j] == '\t')) {
        j++;
      }
      if (j < c.length && Character.isLowerCase(text.codePointAt(j))) {
        c[i] = ' ';
      }
    }
    return new String(c);
  }
}
