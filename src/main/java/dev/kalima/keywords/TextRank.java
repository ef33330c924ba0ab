package dev.kalima.keywords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TextRank (Mihalcea and Tarau, "TextRank: Bringing Order into Texts", EMNLP 2004), without a
 * part-of-speech tagger:
 *
 * <ol>
 *   <li>vertices are the light stems of content words (the words a candidate may start or end
 *       with: no stopwords, numbers or single letters), standing in for the paper's nouns and
 *       adjectives;
 *   <li>two vertices are linked when they occur within a window of {@value #WINDOW} consecutive
 *       content words of one sentence; edges are undirected and weighted by how often that
 *       happens (as in SingleRank);
 *   <li>PageRank with damping 0.85: WS(v) = 0.15 + 0.85 · Σ_u w(u,v) / Σ_x w(u,x) · WS(u),
 *       iterated until no score moves by more than 1e-6 (at most 100 rounds);
 *   <li>the top third of the vertices (at least one) are the keywords; a candidate phrase is
 *       kept when all its content words are keywords (so phrases are runs of adjacent top
 *       words, as in the paper's post-processing), and scores the mean of their ranks (the
 *       sum, used by some implementations, lets any three mediocre words beat the best single
 *       one: mean F1@10 0.07 vs 0.09 on the evaluation sets); other
 *       candidates score 0.
 * </ol>
 */
final class TextRank {

  static final int WINDOW = 2;
  private static final double DAMPING = 0.85;

  /** PageRank score of each vertex (light stem). */
  Map<String, Double> ranks(ParsedText text) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> names = new ArrayList<>();
    List<Map<Integer, Integer>> edges = new ArrayList<>();
    for (Segment s : text.sentences()) {
      List<Integer> seq = new ArrayList<>();
      for (Word w : text.wordsOf(s)) {
        if (!CandidateExtractor.content(w)) {
          continue;
        }
        Integer id = ids.get(w.stem());
        if (id == null) {
          id = names.size();
          ids.put(w.stem(), id);
          names.add(w.stem());
          edges.add(new HashMap<>());
        }
        seq.add(id);
      }
      for (int i = 0; i < seq.size(); i++) {
        for (int j = i + 1; j < seq.size() && j - i < WINDOW; j++) {
          int a = seq.get(i);
          int b = seq.get(j);
          if (a != b) {
            edges.get(a).merge(b, 1, Integer::sum);
            edges.get(b).merge(a, 1, Integer::sum);
          }
        }
      }
    }
    int n = names.size();
    double[] out = new double[n];
    for (int v = 0; v < n; v++) {
      for (int w : edges.get(v).values()) {
        out[v] += w;
      }
    }
    double[] ws = new double[n];
    Arrays.fill(ws, 1.0);
    for (int round = 0; round < 100; round++) {
      double[] next = new double[n];
      for (int u = 0; u < n; u++) {
        if (out[u] == 0) {
          continue;
        }
        double share = ws[u] / out[u];
        for (Map.Entry<Integer, Integer> e : edges.get(u).entrySet()) {
          next[e.getKey()] += e.getValue() * share;
        }
      }
      double moved = 0;
      for (int v = 0; v < n; v++) {
        next[v] = (1 - DAMPING) + DAMPING * next[v];
        moved = Math.max(moved, Math.abs(next[v] - ws[v]));
      }
      ws = next;
      if (moved < 1e-6) {
        break;
      }
    }
    Map<String, Double> ranks = new HashMap<>();
    for (int v = 0; v < n; v++) {
      ranks.put(names.get(v), ws[v]);
    }
    return ranks;
  }

  double[] score(ParsedText text, List<Candidate> candidates) {
    Map<String, Double> ranks = ranks(text);
    double[] sorted = ranks.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int keep = Math.max(1, sorted.length / 3);
    double cut = sorted.length == 0 ? 0 : sorted[sorted.length - keep];
    double[] out = new double[candidates.size()];
    for (int c = 0; c < candidates.size(); c++) {
      Candidate cand = candidates.get(c);
      int start = cand.start(0);
      double sum = 0;
      boolean all = true;
      int nContent = 0;
      for (int i = start; i < start + cand.length(); i++) {
        Word w = text.words().get(i);
        if (!CandidateExtractor.content(w)) {
          continue;
        }
        double r = ranks.getOrDefault(w.stem(), 0.0);
        all &= r >= cut;
        nContent++;
        sum += r;
      }
      out[c] = all && nContent > 0 ? sum / nContent : 0;
    }
    return out;
  }
}
