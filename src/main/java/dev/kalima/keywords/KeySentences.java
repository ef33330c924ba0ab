package dev.kalima.keywords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the sentences that best cover a text's top keywords (greedy weighted coverage):
 *
 * <ol>
 *   <li>each keyword weighs its score divided by the sum of the top keywords' scores;
 *   <li>repeatedly, the sentence whose not-yet-covered keywords weigh the most is taken (ties:
 *       the one whose keywords weigh the most in total, then the earlier sentence), and its
 *       keywords count as covered;
 *   <li>once every keyword is covered, the remaining picks go by total keyword weight, then
 *       sentence order; sentences with no keyword at all are never picked;
 *   <li>the picked sentences are returned in document order.
 * </ol>
 */
final class KeySentences {

  private KeySentences() {}

  static List<KeySentence> pick(ParsedText text, List<Scored> top, int k) {
    if (k <= 0 || top.isEmpty()) {
      return List.of();
    }
    double total = 0;
    for (Scored s : top) {
      total += Math.max(0, s.score());
    }
    int n = text.sentences().size();
    // which top keywords each sentence contains
    List<List<Integer>> contains = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      contains.add(new ArrayList<>());
    }
    double[] weight = new double[top.size()];
    for (int q = 0; q < top.size(); q++) {
      Scored s = top.get(q);
      weight[q] = total > 0 ? Math.max(0, s.score()) / total : 1.0 / top.size();
      int last = -1;
      Candidate c = s.candidate();
      for (int o = 0; o < c.count(); o++) {
        int sentence = text.words().get(c.start(o)).sentence();
        if (sentence != last) {
          contains.get(sentence).add(q);
          last = sentence;
        }
      }
    }
    boolean[] covered = new boolean[top.size()];
    boolean[] picked = new boolean[n];
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < k) {
      int best = -1;
      double bestGain = 0;
      double bestTotal = 0;
      for (int i = 0; i < n; i++) {
        if (picked[i] || contains.get(i).isEmpty()) {
          continue;
        }
        double gain = 0;
        double all = 0;
        for (int q : contains.get(i)) {
          all += weight[q];
          if (!covered[q]) {
            gain += weight[q];
          }
        }
        if (best < 0 || gain > bestGain || gain == bestGain && all > bestTotal) {
          best = i;
          bestGain = gain;
          bestTotal = all;
        }
      }
      if (best < 0) {
        break;
      }
      picked[best] = true;
      chosen.add(best);
      for (int q : contains.get(best)) {
        covered[q] = true;
      }
    }
    chosen.sort(Comparator.naturalOrder());
    List<KeySentence> out = new ArrayList<>();
    for (int i : chosen) {
      out.add(new KeySentence(text.source(), i + 1, text.sentences().get(i).text()));
    }
    return out;
  }
}
