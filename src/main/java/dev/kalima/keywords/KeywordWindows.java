package dev.kalima.keywords;

import java.util.ArrayList;
import java.util.List;

/**
 * The keywords of one document read in windows of whole paragraphs (about a million characters
 * each; a paragraph longer than that is cut between the pieces the reader delivers it in, at
 * white space), so that memory stays bounded whatever the size of the document or of one of its
 * lines: each window is parsed,
 * scored and ranked on its own ({@link KeywordExtractor#extract(String, List, int)}) and only its
 * ranked pool of keywords is kept. Immutable; {@link #merge} keeps window order.
 *
 * <ul>
 *   <li>a document of one window (every document under a million characters) gets exactly the
 *       keywords and key sentences of {@link KeywordExtractor#extract(String, List)}: its pool
 *       is cut to the top (deduplication keeps a prefix of the ranking, so the first {@code top}
 *       of a longer pool are the top);
 *   <li>for a document of several windows, the windows' pools are combined as {@code --corpus}
 *       combines documents ({@link CorpusKeywords}): a phrase's score is the sum over the windows
 *       whose pool held it of its score divided by that window's best score, its count the sum
 *       of its counts there; its docs stay 1 and it has no effect size; its key sentences are
 *       those of the first window (the lead of a long text), numbered from the document's start.
 * </ul>
 */
public final class KeywordWindows {

  private final List<List<Keyword>> pools;
  private final List<KeySentence> firstSentences;

  private KeywordWindows(List<List<Keyword>> pools, List<KeySentence> firstSentences) {
    this.pools = pools;
    this.firstSentences = firstSentences;
  }

  /** One window's result: its ranked pool (best first) and its key sentences. */
  public static KeywordWindows of(DocumentKeywords window) {
    return new KeywordWindows(List.of(window.keywords()), window.sentences());
  }

  /** This document's windows followed by {@code later}'s. */
  public KeywordWindows merge(KeywordWindows later) {
    List<List<Keyword>> all = new ArrayList<>(pools.size() + later.pools.size());
    all.addAll(pools);
    all.addAll(later.pools);
    return new KeywordWindows(List.copyOf(all), firstSentences);
  }

  /** Number of windows. */
  public int windows() {
    return pools.size();
  }

  /** The document's {@code top} keywords and its key sentences, as described above. */
  public DocumentKeywords finish(String source, int top) {
    List<Keyword> keywords;
    if (pools.size() == 1) {
      List<Keyword> pool = pools.get(0);
      keywords = pool.subList(0, Math.min(top, pool.size()));
    } else {
      CorpusKeywords combined = new CorpusKeywords();
      for (List<Keyword> pool : pools) {
        combined.add(pool);
      }
      keywords = new ArrayList<>();
      for (Keyword k : combined.top(top)) {
        keywords.add(new Keyword(k.phrase(), k.key(), k.score(), k.count(), 1));
      }
    }
    List<KeySentence> sentences = new ArrayList<>(firstSentences.size());
    for (KeySentence s : firstSentences) {
      sentences.add(new KeySentence(source, s.index(), s.text()));
    }
    return new DocumentKeywords(source, keywords, sentences);
  }
}
