package dev.kalima.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PosTaggerFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The active predicates of OpenNLP's default part-of-speech feature generator ({@code
 * generator.featuregen} of the shipped English and French models), as the model's parameter
 * entries, in exactly the order the generator emits their names, without building a name per
 * word and position.
 *
 * <p>That generator is, in order: the outcome prior ("def"), the suffixes and prefixes of the
 * word, a window of ±2 words of the word's own feature ("w=..."; "p1w=...", "n2w=..." for the
 * neighbours), a window of ±2 words of the sentence-start feature, the word's class ("wc=...")
 * and the tags of the two previous words ("t=...", "t2=...,..."). So the names at a position are
 * a concatenation of:
 *
 * <ul>
 *   <li>names that depend on one word only (its own, or a neighbour's with a window prefix):
 *       computed once per distinct word by OpenNLP's own generators run on that word alone, and
 *       looked up in the model once ({@link Cache}, shared by all threads);
 *   <li>names that depend on the position only (sentence start), for positions 0, 1, 2 and 3+;
 *   <li>names that depend on the previous tags only, for every tag and pair of tags.
 * </ul>
 *
 * Names the model does not know are dropped, as the decoder drops them. {@link #score} adds the
 * parameters up in that order, starting from the sums of the word's own entries, computed once
 * per distinct word. {@link #of} checks the
 * generator's layout (its generator classes) and then that the concatenation gives the
 * generator's own output on probe sentences of every length from 1 to 8; any difference and it is
 * empty, so the caller falls back on OpenNLP's context generator. Thread-safe: immutable but for
 * the word cache, which only ever holds the features of a word as computed from the word alone.
 */
final class PosFeatureIndex {

  /** The parameters of one word's names, per slot of the window. */
  static final class WordFeatures {
    /** Prior, suffixes, prefixes and the word's own feature, at the word's own position. */
    final Context[] own;
    /**
     * The scores after adding the parameters of {@link #own} to zeros, in order, per outcome:
     * exactly the sums the decoder has at that point, since {@link #own} comes first.
     */
    final double[] ownScores;
    /** The word's own feature seen from one and two positions after it ("p1w=", "p2w="). */
    final Entries prev1;
    final Entries prev2;
    /** The word's own feature seen from one and two positions before it ("n1w=", "n2w="). */
    final Entries next1;
    final Entries next2;
    /** The word's class, at its own position. */
    final Entries wordClass;

    WordFeatures(
        Context[] own,
        double[] ownScores,
        Entries prev1,
        Entries prev2,
        Entries next1,
        Entries next2,
        Entries wordClass) {
      this.own = own;
      this.ownScores = ownScores;
      this.prev1 = prev1;
      this.prev2 = prev2;
      this.next1 = next1;
      this.next2 = next2;
      this.wordClass = wordClass;
    }
  }

  /**
   * A handle on the index's word cache (distinct word -> its {@link WordFeatures}), to pass to
   * the decoder. The cache itself is shared by every handle of the index, so that threads tagging
   * the same vocabulary compute each word's features once: a {@link BoundedCache} of two
   * generations of {@link #CACHE_LIMIT} words, so the words in use survive when it is full; that
   * shared cache is thread-safe (the features are immutable and a
   * function of the word alone, so which thread computed them first never shows). A handle also
   * holds the decoder's scratch arrays, reused from one sentence to the next, so a handle is for
   * one thread at a time (each {@link PartOfSpeechTagger} has its own).
   */
  static final class Cache {
    private final PosFeatureIndex index;
    /** Scratch arrays of the decoder, reused from one sentence to the next. */
    private WordFeatures[] features = new WordFeatures[0];
    private int[] chosen = new int[0];
    private double[] scores = new double[0];

    private Cache(PosFeatureIndex index) {
      this.index = index;
    }

    /** A scratch array of at least {@code n} word features (contents undefined). */
    WordFeatures[] features(int n) {
      if (features.length < n) {
        features = new WordFeatures[Math.max(n, 2 * features.length)];
      }
      return features;
    }

    /** A scratch array of at least {@code n} tag indices (contents undefined). */
    int[] chosen(int n) {
      if (chosen.length < n) {
        chosen = new int[Math.max(n, 2 * chosen.length)];
      }
      return chosen;
    }

    /** A scratch array of exactly {@code n} scores (contents undefined). */
    double[] scores(int n) {
      if (scores.length != n) {
        scores = new double[n];
      }
      return scores;
    }

    PosFeatureIndex index() {
      return index;
    }

    WordFeatures get(String word) {
      return index.words.get(word, index::wordFeatures);
    }
  }

  private static final int CACHE_LIMIT = 20_000;

  private static final int POSITIONS = 4;

  private final Map<String, Context> predicates;
  /** The word cache of every {@link Cache} handle. */
  private final BoundedCache<String, WordFeatures> words = new BoundedCache<>(CACHE_LIMIT);
  private final AdaptiveFeatureGenerator prior;
  private final AdaptiveFeatureGenerator suffixes;
  private final AdaptiveFeatureGenerator prefixes;
  private final AdaptiveFeatureGenerator wordWindow;
  private final AdaptiveFeatureGenerator wordClass;
  /** Sentence-window parameters at positions 0, 1, 2 and 3 or more. */
  private final Entries[] position;
  /** "t=" of each previous tag (position 1). */
  private final Entries[] previousTag;
  /** "t=" and "t2=" of each pair of previous tags, [before-previous · tags + previous]. */
  private final Entries[] previousTags;
  private final int tags;

  private PosFeatureIndex(
      Map<String, Context> predicates, String[] outcomes, List<AdaptiveFeatureGenerator> g) {
    this.predicates = predicates;
    this.prior = g.get(0);
    this.suffixes = g.get(1);
    this.prefixes = g.get(2);
    this.wordWindow = g.get(3);
    AdaptiveFeatureGenerator sentenceWindow = g.get(4);
    this.wordClass = g.get(5);
    AdaptiveFeatureGenerator tagHistory = g.get(6);
    this.tags = outcomes.length;
    this.position = new Entries[POSITIONS];
    String[] dummy = new String[2 * POSITIONS];
    Arrays.fill(dummy, "x");
    for (int i = 0; i < POSITIONS; i++) {
      position[i] = new Entries(lookup(names(sentenceWindow, dummy, i, null)));
    }
    this.previousTag = new Entries[tags];
    this.previousTags = new Entries[tags * tags];
    String[] two = {"x", "x"};
    String[] three = {"x", "x", "x"};
    for (int a = 0; a < tags; a++) {
      previousTag[a] = new Entries(lookup(names(tagHistory, two, 1, new String[] {outcomes[a]})));
      for (int b = 0; b < tags; b++) {
        previousTags[a * tags + b] =
            new Entries(
                lookup(names(tagHistory, three, 2, new String[] {outcomes[a], outcomes[b]})));
      }
    }
  }

  /**
   * The index for a model's feature generator, or empty when the generator is not the default
   * layout described above (or does not behave as it on the probe sentences).
   *
   * @param generator the generator of the model's factory ({@code createFeatureGenerators()})
   * @param predicates the model's predicate name -> parameters
   * @param outcomes the model's outcomes (tags) in model order
   */
  static Optional<PosFeatureIndex> of(
      AdaptiveFeatureGenerator generator, Map<String, Context> predicates, String[] outcomes) {
    AdaptiveFeatureGenerator g = generator;
    if (g instanceof CachedFeatureGenerator cached) {
      g = cached.getCachedFeatureGenerator();
    }
    if (!(g instanceof AggregatedFeatureGenerator aggregated)) {
      return Optional.empty();
    }
    List<AdaptiveFeatureGenerator> parts = new ArrayList<>(aggregated.getGenerators());
    List<Class<?>> expected =
        List.of(
            OutcomePriorFeatureGenerator.class,
            SuffixFeatureGenerator.class,
            PrefixFeatureGenerator.class,
            WindowFeatureGenerator.class,
            WindowFeatureGenerator.class,
            TokenClassFeatureGenerator.class,
            PosTaggerFeatureGenerator.class);
    if (parts.size() != expected.size()) {
      return Optional.empty();
    }
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) == null || parts.get(i).getClass() != expected.get(i)) {
        return Optional.empty();
      }
    }
    PosFeatureIndex index = new PosFeatureIndex(predicates, outcomes, parts);
    return index.agreesWith(aggregated, outcomes) ? Optional.of(index) : Optional.empty();
  }

  /** A new handle on the shared word cache. */
  Cache newCache() {
    return new Cache(this);
  }

  /**
   * Appends the parameters of the active predicates at position {@code i} of a sentence, in the
   * generator's order.
   *
   * @param words the {@link WordFeatures} of every word of the sentence (and maybe more after it)
   * @param n the number of words of the sentence
   * @param chosen the tag indices (model order) of the positions before {@code i}
   */
  void contexts(WordFeatures[] words, int n, int i, int[] chosen, ContextSink sink) {
    sink.add(words[i].own);
    if (i >= 1) {
      sink.add(words[i - 1].prev1.contexts);
    }
    if (i >= 2) {
      sink.add(words[i - 2].prev2.contexts);
    }
    if (i + 1 < n) {
      sink.add(words[i + 1].next1.contexts);
    }
    if (i + 2 < n) {
      sink.add(words[i + 2].next2.contexts);
    }
    sink.add(position[Math.min(i, POSITIONS - 1)].contexts);
    sink.add(words[i].wordClass.contexts);
    if (i == 1) {
      sink.add(previousTag[chosen[0]].contexts);
    } else if (i >= 2) {
      sink.add(previousTags[chosen[i - 2] * tags + chosen[i - 1]].contexts);
    }
  }

  /**
   * Sets {@code scores} (one per outcome) to the sums of the parameters of the active predicates
   * at position {@code i}, as {@link #contexts} lists them, added in that order to zeros: the
   * word's own entries come as their precomputed sums ({@link WordFeatures#ownScores}), the others
   * are added one entry at a time. The same additions in the same order, so the same sums.
   *
   * @param words the {@link WordFeatures} of every word of the sentence (and maybe more after it)
   * @param n the number of words of the sentence
   * @param chosen the tag indices (model order) of the positions before {@code i}
   */
  void score(WordFeatures[] words, int n, int i, int[] chosen, double[] scores) {
    System.arraycopy(words[i].ownScores, 0, scores, 0, tags);
    if (i >= 1) {
      words[i - 1].prev1.addTo(scores);
    }
    if (i >= 2) {
      words[i - 2].prev2.addTo(scores);
    }
    if (i + 1 < n) {
      words[i + 1].next1.addTo(scores);
    }
    if (i + 2 < n) {
      words[i + 2].next2.addTo(scores);
    }
    position[Math.min(i, POSITIONS - 1)].addTo(scores);
    words[i].wordClass.addTo(scores);
    if (i == 1) {
      previousTag[chosen[0]].addTo(scores);
    } else if (i >= 2) {
      previousTags[chosen[i - 2] * tags + chosen[i - 1]].addTo(scores);
    }
  }

  /** Adds the parameters of each entry, in order, to the scores of their outcomes. */
  static void add(Context[] contexts, double[] scores) {
    for (Context c : contexts) {
      int[] os = c.getOutcomes();
      double[] ps = c.getParameters();
      for (int j = 0; j < os.length; j++) {
        scores[os[j]] += ps[j];
      }
    }
  }

  /**
   * The parameter entries of some predicates, flattened: the (outcome, parameter) pairs of each
   * predicate's {@link Context} in order, predicates in order, in two primitive arrays, so that
   * adding them up reads two arrays instead of two per predicate. {@link #addTo} makes the same
   * additions in the same order as {@link PosFeatureIndex#add} on {@link #contexts}.
   */
  static final class Entries {
    /** The predicates' parameter entries, as looked up. */
    final Context[] contexts;
    private final int[] outcomes;
    private final double[] parameters;

    Entries(Context[] contexts) {
      this.contexts = contexts;
      int n = 0;
      for (Context c : contexts) {
        n += c.getOutcomes().length;
      }
      outcomes = new int[n];
      parameters = new double[n];
      int k = 0;
      for (Context c : contexts) {
        int[] os = c.getOutcomes();
        double[] ps = c.getParameters();
        System.arraycopy(os, 0, outcomes, k, os.length);
        System.arraycopy(ps, 0, parameters, k, os.length);
        k += os.length;
      }
    }

    /** Adds each parameter, in order, to the score of its outcome. */
    void addTo(double[] scores) {
      for (int k = 0; k < outcomes.length; k++) {
        scores[outcomes[k]] += parameters[k];
      }
    }
  }

  /** Receives parameter entries in order. */
  interface ContextSink {
    void add(Context[] contexts);
  }

  private WordFeatures wordFeatures(String word) {
    String[] one = {word};
    List<String> own = new ArrayList<>();
    prior.createFeatures(own, one, 0, null);
    suffixes.createFeatures(own, one, 0, null);
    prefixes.createFeatures(own, one, 0, null);
    List<String> self = names(wordWindow, one, 0, null);
    own.addAll(self);
    Context[] ownContexts = lookup(own);
    double[] ownScores = new double[tags];
    add(ownContexts, ownScores);
    return new WordFeatures(
        ownContexts,
        ownScores,
        new Entries(lookup(prefixed(WindowFeatureGenerator.PREV_PREFIX + 1, self))),
        new Entries(lookup(prefixed(WindowFeatureGenerator.PREV_PREFIX + 2, self))),
        new Entries(lookup(prefixed(WindowFeatureGenerator.NEXT_PREFIX + 1, self))),
        new Entries(lookup(prefixed(WindowFeatureGenerator.NEXT_PREFIX + 2, self))),
        new Entries(lookup(names(wordClass, one, 0, null))));
  }

  private static List<String> prefixed(String prefix, List<String> names) {
    List<String> out = new ArrayList<>(names.size());
    for (String s : names) {
      out.add(prefix + s);
    }
    return out;
  }

  private static List<String> names(
      AdaptiveFeatureGenerator g, String[] tokens, int index, String[] tags) {
    List<String> out = new ArrayList<>();
    g.createFeatures(out, tokens, index, tags);
    return out;
  }

  private Context[] lookup(List<String> names) {
    List<Context> out = new ArrayList<>(names.size());
    for (String s : names) {
      Context c = predicates.get(s);
      if (c != null) {
        out.add(c);
      }
    }
    return out.toArray(new Context[0]);
  }

  /**
   * True when this index gives the parameters of the generator's own names on probe sentences of
   * every length from 1 to 8 (words of several classes, tags chosen round-robin), and {@link
   * #score} the sums of adding them one by one.
   */
  private boolean agreesWith(AdaptiveFeatureGenerator generator, String[] outcomes) {
    String[] probe = {
      "The", "U.S.", "economy", "grew", "2.5%", "in", "2025", "Well-known", "l'homme", "A", "--"
    };
    Cache cache = newCache();
    for (int n = 1; n <= 8; n++) {
      String[] tokens = Arrays.copyOfRange(probe, probe.length - n, probe.length);
      WordFeatures[] words = new WordFeatures[n];
      for (int i = 0; i < n; i++) {
        words[i] = cache.get(tokens[i]);
      }
      int[] chosen = new int[n];
      String[] tagNames = new String[n];
      for (int i = 0; i < n; i++) {
        chosen[i] = (i * 7 + n) % outcomes.length;
        tagNames[i] = outcomes[chosen[i]];
      }
      for (int i = 0; i < n; i++) {
        List<Context> mine = new ArrayList<>();
        contexts(words, n, i, chosen, cs -> mine.addAll(Arrays.asList(cs)));
        List<Context> theirs =
            Arrays.asList(lookup(names(generator, tokens, i, Arrays.copyOf(tagNames, i))));
        if (!mine.equals(theirs)) { // Context has identity equality: the same entries, in order
          return false;
        }
        double[] summed = new double[tags];
        add(mine.toArray(new Context[0]), summed);
        double[] scored = new double[tags];
        score(words, n, i, chosen, scored);
        if (!Arrays.equals(summed, scored)) {
          return false;
        }
      }
    }
    return true;
  }
}
