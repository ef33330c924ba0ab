package dev.kalima.analysis;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Greedy (beam size 1) decoding of an OpenNLP maximum-entropy sequence model, picking the same
 * outcome as OpenNLP's {@code BeamSearch} of size 1 at less cost.
 *
 * <p>For each position it sums the model's parameters of the active predicates per outcome (the
 * log-linear score of {@code GISModel.eval} before {@code exp} and normalization) and takes the
 * highest-scoring outcome the validator accepts; when several tie, the first in the model's
 * outcome order. Since {@code exp} and the division by the normalizer are increasing and the
 * loaded models use a uniform prior (the same log-prior added to every outcome), the argmax is
 * the one {@code BeamSearch} finds, without computing and sorting a probability per outcome (the
 * {@code StrictMath.exp} calls were a quarter of the time of tagging English).
 *
 * <p>When the model's feature generator has OpenNLP's default part-of-speech layout and the caller
 * passes a {@link PosFeatureIndex.Cache} as the additional context ({@link #newCache}), the
 * active predicates come from that index (cached per distinct word) instead of the context
 * generator's names and a map lookup per name: the same parameters in the same order, so the same
 * sums and the same tags, about half the time of tagging English. The index also keeps, per
 * word, the sums of its own predicates (prior, prefixes, suffixes, the word itself: the first
 * ones added at its position), so that only the few others are added at each position.
 *
 * <p>Only the outcomes are meaningful in the returned {@link Sequence}: each carries probability
 * 1. Thread-safe: it lives in the shared {@code POSModel}, so it keeps no state between calls
 * (the word cache lives in the index and is thread-safe; the scratch arrays of a sentence live in
 * the caller's {@link PosFeatureIndex.Cache} handle, one per tagger).
 */
final class GreedyMaxentDecoder implements SequenceClassificationModel {

  private static final Object[] NO_CONTEXT = new Object[0];

  private final Map<String, Context> predicates;
  private final String[] outcomes;
  private final PosFeatureIndex features;

  /** @param model a maximum-entropy model as loaded ({@code AbstractModel} with a uniform prior) */
  GreedyMaxentDecoder(AbstractModel model) {
    this(model, null);
  }

  /**
   * @param model a maximum-entropy model as loaded ({@code AbstractModel} with a uniform prior)
   * @param generator the model's feature generator, to decode through a {@link PosFeatureIndex}
   *     when it has the default layout; {@code null} always uses the context generator given
   */
  @SuppressWarnings("unchecked")
  GreedyMaxentDecoder(AbstractModel model, AdaptiveFeatureGenerator generator) {
    // {parameters per predicate, predicate name -> its Context, outcome names}
    Object[] data = model.getDataStructures();
    this.predicates = (Map<String, Context>) data[1];
    this.outcomes = (String[]) data[2];
    this.features =
        generator == null ? null : PosFeatureIndex.of(generator, predicates, outcomes).orElse(null);
  }

  /**
   * A handle on the index's word cache (shared by all handles), to pass as the additional
   * context of {@code POSTaggerME.tag} (its only element): the decoder then takes the active
   * predicates from the {@link PosFeatureIndex} instead of the context generator. Empty when the
   * generator's layout is not the default one.
   */
  Optional<PosFeatureIndex.Cache> newCache() {
    return features == null ? Optional.empty() : Optional.of(features.newCache());
  }

  @Override
  public <T> Sequence bestSequence(
      T[] sequence,
      Object[] additionalContext,
      BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    Object[] extra = additionalContext == null ? NO_CONTEXT : additionalContext;
    if (features != null
        && extra.length == 1
        && extra[0] instanceof PosFeatureIndex.Cache cache
        && cache.index() == features
        && sequence instanceof String[] words) {
      return indexed(words, cache, validator);
    }
    String[] chosen = new String[sequence.length];
    double[] scores = new double[outcomes.length];
    Sequence out = new Sequence();
    for (int i = 0; i < sequence.length; i++) {
      String[] before = Arrays.copyOf(chosen, i);
      Arrays.fill(scores, 0);
      for (String predicate : cg.getContext(i, sequence, before, extra)) {
        Context c = predicates.get(predicate);
        if (c != null) {
          addParameters(c, scores);
        }
      }
      int best = bestValid(scores, i, sequence, before, validator);
      if (best < 0) {
        return null; // no valid outcome at all: as BeamSearch, no sequence
      }
      chosen[i] = outcomes[best];
      out.add(chosen[i], 1.0);
    }
    return out;
  }

  /**
   * {@link #bestSequence} with the active predicates of each position from the index: the same
   * parameters in the same order as the context generator's names, so the same sums and tags.
   */
  @SuppressWarnings("unchecked")
  private <T> Sequence indexed(
      String[] words, PosFeatureIndex.Cache cache, SequenceValidator<T> validator) {
    int n = words.length;
    PosFeatureIndex.WordFeatures[] wf = cache.features(n);
    for (int i = 0; i < n; i++) {
      wf[i] = cache.get(words[i]);
    }
    T[] sequence = (T[]) words;
    int[] chosen = cache.chosen(n);
    String[] names = new String[n];
    double[] scores = cache.scores(outcomes.length);
    // OpenNLP's own validator reads only the word and the outcome (its tag dictionary), so it
    // gets the tags chosen so far without the copy of them each position would otherwise take:
    // copying made a sentence of n words cost n²/2 (a 300,000-word line took 15 s)
    boolean readsWordsOnly = validator.getClass() == DefaultPOSSequenceValidator.class;
    for (int i = 0; i < n; i++) {
      String[] before = readsWordsOnly ? names : Arrays.copyOf(names, i);
      features.score(wf, n, i, chosen, scores);
      int best = bestValid(scores, i, sequence, before, validator);
      if (best < 0) {
        return null;
      }
      chosen[i] = best;
      names[i] = outcomes[best];
    }
    // probability 1 for every outcome, as Sequence.add(outcome, 1.0) would give
    return new Sequence(Arrays.asList(names));
  }

  @Override
  public <T> Sequence[] bestSequences(
      int numSequences,
      T[] sequence,
      Object[] additionalContext,
      double minSequenceScore,
      BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    Sequence s = bestSequence(sequence, additionalContext, cg, validator);
    return s == null || numSequences < 1 ? new Sequence[0] : new Sequence[] {s};
  }

  @Override
  public <T> Sequence[] bestSequences(
      int numSequences,
      T[] sequence,
      Object[] additionalContext,
      BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    return bestSequences(numSequences, sequence, additionalContext, 0, cg, validator);
  }

  @Override
  public String[] getOutcomes() {
    return outcomes.clone();
  }

  /** Adds the parameters of one active predicate to the scores of their outcomes. */
  private static void addParameters(Context c, double[] scores) {
    int[] os = c.getOutcomes();
    double[] ps = c.getParameters();
    for (int j = 0; j < os.length; j++) {
      scores[os[j]] += ps[j];
    }
  }

  /**
   * The outcome with the highest score (the first on ties) that the validator accepts at
   * position {@code i}, or -1 when it accepts none.
   */
  private <T> int bestValid(
      double[] scores, int i, T[] sequence, String[] before, SequenceValidator<T> validator) {
    int best = -1;
    for (int o = 0; o < scores.length; o++) {
      if ((best < 0 || scores[o] > scores[best])
          && validator.validSequence(i, sequence, before, outcomes[o])) {
        best = o;
      }
    }
    return best;
  }
}
