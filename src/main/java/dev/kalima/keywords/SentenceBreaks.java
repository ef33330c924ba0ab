package dev.kalima.keywords;

import dev.kalima.analysis.SentenceSegmenter;
import dev.kalima.analysis.SentenceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Where sentences end inside one paragraph: the keyword code depends only on this interface, so
 * that the segmenter is chosen in one place ({@link KeywordExtractor}).
 */
interface SentenceBreaks {

  /**
   * The offsets at which sentences start in {@code text}, ascending; the text before the first
   * one (if any) is white space.
   */
  List<Integer> starts(String text);

  /**
   * The shared segmenter of the analysis layer ({@link SentenceSegmenter}), where a single line
   * break is running text unless the line is a headline or a list item of its own.
   */
  static SentenceBreaks shared(String language) {
    SentenceSegmenter segmenter = new SentenceSegmenter(language);
    return text -> {
      List<Integer> out = new ArrayList<>();
      for (SentenceSpan s : segmenter.segment(text)) {
        out.add(s.start());
      }
      return out;
    };
  }
}
