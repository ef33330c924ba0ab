package dev.kalima.analysis;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

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
 * <p>Only the outcomes are meaningful in the returned {@link Sequence}: each carries probability
 * 1. Thread-safe: it lives in the shared {@code POSModel}, so it keeps no state between calls.
 */
final class GreedyMaxentDecoder implements SequenceClassificationModel {

  private static final Object[] NO_CONTEXT = new Object[0];

  private final Map<String, Context> predicates;
  private final String[] outcomes;

  /** @param model a maximum-entropy model as loaded ({@code AbstractModel} with a uniform prior) */
  @SuppressWarnings("unchecked")
  GreedyMaxentDecoder(AbstractModel model) {
    // {parameters per predicate, predicate name -> its Context, outcome names}
    Object[] data = model.getDataStructures();
    this.predicates = (Map<String, Context>) data[1];
    this.outcomes = (String[]) data[2];
  }

  @Override
  public <T> Sequence bestSequence(
      T[] sequence,
      Object[] additionalContext,
      BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    Object[] extra = additionalContext == null ? NO_CONTEXT : additionalContext;
    String[] chosen = new String[sequence.length];
    double[] scores = new double[outcomes.length];
    Sequence out = new Sequence();
    for (int i = 0; i < sequence.length; i++) {
      String[] before = Arrays.copyOf(chosen, i);
      Arrays.fill(scores, 0);
      for (String predicate : cg.getContext(i, sequence, before, extra)) {
        Context c = predicates.get(predicate);
        if (c != null) {
          int[] os = c.getOutcomes();
          double[] ps = c.getParameters();
          for (int j = 0; j < os.length; j++) {
            scores[os[j]] += ps[j];
          }
        }
      }
      int best = -1;
      for (int o = 0; o < scores.length; o++) {
        if ((best < 0 || scores[o] > scores[best])
            && validator.validSequence(i, sequence, before, outcomes[o])) {
          best = o;
        }
      }
      if (best < 0) {
        return null; // no valid outcome at all: as BeamSearch, no sequence
      }
      chosen[i] = outcomes[best];
      out.add(chosen[i], 1.0);
    }
    return out;
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
}
