package dev.kalima.keywords;

import com.ibm.icu.lang.UCharacter;
import dev.kalima.analysis.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAKE! (Campos, Mangaravite, Pasquali, Jorge, Nunes, Jatowt, "YAKE! Keyword extraction from
 * single documents using multiple local features", Information Sciences 509, 2020), computed on
 * our own tokens, sentences, normalization, stopwords and light stems.
 *
 * <p>A <em>term</em> is the light stem of a word's normalized key (the paper groups words case-
 * insensitively and drops a plural "s"; we use the language's light stemmer instead). Numbers are
 * terms but take part in no co-occurrence. A term is <em>weak</em> (the paper's "stopword") when
 * its word is a stopword or a single character. For each term t with frequency TF(t):
 *
 * <ul>
 *   <li>casing T_case = max(TF_upper, TF_acronym) / (1 + ln TF), where TF_acronym counts
 *       occurrences written all in capitals and TF_upper occurrences whose only capital is the
 *       first letter, not counting the first word of a sentence nor the words of a title-case
 *       line ({@link TitleCase#titleCase}: a headline capitalizes every word, so its capitals
 *       say no more than a sentence start's). Arabic has no capitals; its
 *       stand-in is {@link ArabicNames}: a term is a proper noun when the context marks at least
 *       one of its occurrences as a name (after a title, or a place ending the phrase after a
 *       locative preposition) and none of its occurrences takes the definite article; then every
 *       occurrence counts (TF_upper = TF), as every occurrence of a name is capitalized in
 *       English. In other scripts without case (Hebrew, CJK, ...) both counts are 0, so T_case = 0:
 *       the feature drops out of the denominator below and the other four features decide alone
 *       (what the reference implementation does, by construction);
 *   <li>position T_pos = ln(ln(3 + median of the 0-based indices of the distinct sentences t
 *       occurs in));
 *   <li>frequency T_freq = TF / (mean + standard deviation of TF over the non-weak terms), the
 *       standard deviation being the population one;
 *   <li>relatedness T_rel = 1 + (DL + DR) · TF / maxTF, where maxTF is the highest TF of any term
 *       and DL (DR) is the number of distinct terms seen immediately left (right) of t divided by
 *       the number of such co-occurrences; co-occurrence is counted over a window of one word,
 *       never across a phrase break;
 *   <li>spread T_sent = number of distinct sentences containing t / number of sentences.
 * </ul>
 *
 * Term score S(t) = T_rel · T_pos / (T_case + T_freq / T_rel + T_sent / T_rel), lower is better.
 *
 * <p>Candidate score S(kw) = ∏ S(t) / (TF(kw) · (1 + Σ S(t))) over the non-weak terms of the
 * phrase, where TF(kw) is the number of occurrences of the phrase. A weak term w inside a phrase
 * (between a and b) enters through the bigram probability p = P(w|a) · P(b|w) = (cooc(a,w) / TF(a))
 * · (cooc(w,b) / TF(b)): the product is multiplied by 1 + (1 − p) and the sum decreased by 1 − p,
 * as in the paper. Lower is better.
 */
final class Yake {
  /** Words per unit of distance in the position prior of {@link #scorePlus}. */
  private static final double POSITION_UNIT = 10;
  /** Exponent of the proper-noun factor (1 + mean T_case)^γ of {@link #scorePlus}. */
  private static final double NAME_EXPONENT = 2;
  /** Length exponent for noun-phrase candidates (words with part-of-speech tags). */
  private static final double TAGGED_LENGTH = 2.5;
  /** Length exponent for stopword-bounded candidates (no tagger for the language). */
  private static final double UNTAGGED_LENGTH = 1.5;

  /** The five features and the score of one term, for inspection and tests. */
  record TermFeatures(
      String term,
      int tf,
      double casing,
      double position,
      double frequency,
      double relatedness,
      double spread,
      double score) {}

  /** Per-text state: term ids, counts and co-occurrences, in arrays indexed by term id. */
  private static final class Model {
    final List<String> names = new ArrayList<>();
    final int[] termOf;
    int[] tf;
    int[] upper;
    int[] acronym;
    boolean[] arabicName;
    boolean[] weak;
    /** The distinct sentence indices of term t, ascending: sentence[sentenceFrom[t] ...]. */
    int[] sentenceFrom;
    int[] sentenceCount;
    int[] sentence;
    EdgeCounts cooc;
    int[] leftDistinct;
    int[] leftTotal;
    int[] rightDistinct;
    int[] rightTotal;
    double[] h;
    double[] casing;
    /** The features of every term; only built for {@link #termFeatures}. */
    TermFeatures[] features;

    Model(int words) {
      termOf = new int[words];
    }

    /**
     * The key of the edge a→b: a·n + b with n the number of terms (unique, and its hash spreads
     * well, unlike a&lt;&lt;32|b).
     */
    long edge(int a, int b) {
      return (long) a * names.size() + b;
    }

    int cooc(int a, int b) {
      return cooc.get(edge(a, b));
    }
  }

  static boolean weak(Word w) {
    return w.stopword() || w.key().codePointCount(0, w.key().length()) < 2;
  }

  /**
   * The term model of a text: term ids by light stem in order of first occurrence, then per term
   * its counts, casing, sentences and co-occurrences, then the five features and S(t).
   *
   * @param firstOccurrence T_pos from the first sentence of the term instead of the median one
   * @param withFeatures also keep each term's {@link TermFeatures}
   */
  private static Model model(ParsedText text, boolean firstOccurrence, boolean withFeatures) {
    List<Word> words = text.words();
    Model m = new Model(words.size());
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String term = words.get(i).stem();
      Integer id = ids.putIfAbsent(term, m.names.size());
      if (id == null) {
        id = m.names.size();
        m.names.add(term);
      }
      m.termOf[i] = id;
    }
    int n = m.names.size();
    m.tf = new int[n];
    m.upper = new int[n];
    m.acronym = new int[n];
    m.weak = new boolean[n];
    m.arabicName = new boolean[n];
    m.leftDistinct = new int[n];
    m.leftTotal = new int[n];
    m.rightDistinct = new int[n];
    m.rightTotal = new int[n];
    m.sentenceCount = new int[n];
    m.cooc = new EdgeCounts(words.size());
    int[] lastSentence = new int[n];
    Arrays.fill(lastSentence, -1);
    boolean[] marked = ArabicNames.marks(words);
    boolean[] titleWord = new boolean[words.size()];
    for (Segment seg : text.sentences()) {
      if (seg.endWord() > seg.firstWord() && TitleCase.titleCase(text.wordsOf(seg))) {
        Arrays.fill(titleWord, seg.firstWord(), seg.endWord(), true);
      }
    }
    boolean[] named = new boolean[n];
    boolean[] article = new boolean[n];
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      int t = m.termOf[i];
      m.tf[t]++;
      m.weak[t] |= weak(w);
      if (marked[i]) {
        named[t] = true;
      } else if (ArabicNames.isArabic(w)) {
        article[t] |= ArabicNames.hasArticle(w.key());
      } else if (titleWord[i]) {
        // a title-case line capitalizes every word: its capitals say nothing
      } else if (isAcronym(w.surface())) {
        m.acronym[t]++;
      } else if (!w.firstInSentence() && isCapitalized(w.surface())) {
        m.upper[t]++;
      }
      if (lastSentence[t] != w.sentence()) { // (words come in sentence order)
        lastSentence[t] = w.sentence();
        m.sentenceCount[t]++;
      }
      if (i > 0 && !w.breakBefore() && !w.number() && !words.get(i - 1).number()) {
        int left = m.termOf[i - 1];
        int before = m.cooc.increment(m.edge(left, t));
        if (before == 1) {
          m.leftDistinct[t]++;
          m.rightDistinct[left]++;
        }
        m.leftTotal[t]++;
        m.rightTotal[left]++;
      }
    }
    // the distinct sentences of each term, ascending, one run per term
    m.sentenceFrom = new int[n];
    for (int t = 1; t < n; t++) {
      m.sentenceFrom[t] = m.sentenceFrom[t - 1] + m.sentenceCount[t - 1];
    }
    m.sentence = new int[n == 0 ? 0 : m.sentenceFrom[n - 1] + m.sentenceCount[n - 1]];
    int[] filled = new int[n];
    Arrays.fill(lastSentence, -1);
    for (int i = 0; i < words.size(); i++) {
      int t = m.termOf[i];
      int s = words.get(i).sentence();
      if (lastSentence[t] != s) {
        lastSentence[t] = s;
        m.sentence[m.sentenceFrom[t] + filled[t]++] = s;
      }
    }
    for (int t = 0; t < n; t++) {
      if (article[t]) {
        m.upper[t] = 0; // a proper noun never takes the article: this term is a common noun
      } else if (named[t]) {
        m.arabicName[t] = true;
        m.upper[t] = m.tf[t]; // a name is a name in every occurrence, as capitals are in English
      }
    }
    m.h = new double[n];
    m.casing = new double[n];
    double maxTf = 0;
    double sum = 0;
    double sumSq = 0;
    int valid = 0;
    for (int t = 0; t < n; t++) {
      maxTf = Math.max(maxTf, m.tf[t]);
      if (!m.weak[t]) {
        sum += m.tf[t];
        sumSq += (double) m.tf[t] * m.tf[t];
        valid++;
      }
    }
    double mean = valid == 0 ? 0 : sum / valid;
    double std = valid == 0 ? 0 : Math.sqrt(Math.max(0, sumSq / valid - mean * mean));
    int sentenceCount = Math.max(1, text.sentences().size());
    if (withFeatures) {
      m.features = new TermFeatures[n];
    }
    for (int t = 0; t < n; t++) {
      double tf = m.tf[t];
      double casing = Math.max(m.upper[t], m.acronym[t]) / (1 + Math.log(tf));
      int from = m.sentenceFrom[t];
      double position =
          Math.log(
              Math.log(
                  3
                      + (firstOccurrence
                          ? m.sentence[from]
                          : median(m.sentence, from, from + m.sentenceCount[t]))));
      double frequency = mean + std == 0 ? 0 : tf / (mean + std);
      double dl = m.leftTotal[t] == 0 ? 0 : (double) m.leftDistinct[t] / m.leftTotal[t];
      double dr = m.rightTotal[t] == 0 ? 0 : (double) m.rightDistinct[t] / m.rightTotal[t];
      double relatedness = 1 + (dl + dr) * tf / maxTf;
      double spread = (double) m.sentenceCount[t] / sentenceCount;
      double score =
          relatedness * position / (casing + frequency / relatedness + spread / relatedness);
      m.h[t] = score;
      m.casing[t] = casing;
      if (withFeatures) {
        m.features[t] =
            new TermFeatures(
                m.names.get(t), m.tf[t], casing, position, frequency, relatedness, spread, score);
      }
    }
    return m;
  }

  /** The features of every term, in order of first occurrence (keyed by term). */
  Map<String, TermFeatures> termFeatures(ParsedText text) {
    Map<String, TermFeatures> out = new LinkedHashMap<>();
    for (TermFeatures f : model(text, false, true).features) {
      out.put(f.term(), f);
    }
    return out;
  }

  /** S(kw) of each candidate, in the order given; lower is better. */
  double[] score(ParsedText text, List<Candidate> candidates) {
    Model m = model(text, false, false);
    double[] out = new double[candidates.size()];
    for (int c = 0; c < candidates.size(); c++) {
      Candidate cand = candidates.get(c);
      int start = cand.start(0);
      double prod = 1;
      double sum = 0;
      for (int k = 0; k < cand.length(); k++) {
        int i = start + k;
        int t = m.termOf[i];
        if (k == 0 || k == cand.length() - 1 || !inner(text.words().get(i))) {
          prod *= m.h[t];
          sum += m.h[t];
        } else {
          double p = binding(m, i);
          prod *= 1 + (1 - p);
          sum -= 1 - p;
        }
      }
      out[c] = prod / (cand.count() * (1 + sum));
    }
    return out;
  }

  /**
   * The frequency-aware variant ({@link Method#YAKEPLUS}), higher is better:
   *
   * <pre>R(kw) = TF(kw)² · n^L · (∏ 1/S(t))^(1/n) · ∏ p(w) · √(Σ 1/(1 + i/10))</pre>
   *
   * <ul>
   *   <li>S(t) is the term score above, except that T_pos uses the index of the <em>first</em>
   *       sentence the term occurs in instead of the median (the first-occurrence feature of KEA,
   *       Witten et al. 1999): a news story names its subject in the lead, and a name repeated
   *       only in the closing line keeps its lead position;
   *   <li>n is the number of content (non-weak) words of the phrase and the product of 1/S(t)
   *       runs over them: their geometric mean relevance, so a phrase is as good as its words on
   *       average rather than the product that makes YAKE prefer single words;
   *   <li>TF(kw)² counts repetition more than YAKE's single division by TF(kw): in news, a phrase
   *       the writer repeats is what the story is about;
   *   <li>n^L prefers a specific multi-word phrase to each of its words (as the tf3 baseline
   *       multiplies frequency by length): L = 2.5 when the words carry part-of-speech tags (the
   *       candidates are then noun phrases, so a longer one is a more specific term), L = 1.5
   *       otherwise (a longer stopword-bounded n-gram is more often a chance word sequence);
   *   <li>p(w) = P(w|a) · P(b|w) for each weak word w inside the phrase (between a and b), the
   *       paper's bigram probability: "Ministry of Defence" keeps its score when "of" always
   *       binds the two, a chance "X of Y" loses it;
   *   <li>the last factor is a position prior after PositionRank (Florescu and Caragea, ACL
   *       2017): the sum over the phrase's occurrences of 1 / (1 + i/10), i the index of the
   *       occurrence's first word in the text, so early and repeated mentions weigh most (the
   *       inverted pyramid of news, the opening of an abstract); its square root keeps it a
   *       tie-breaker next to frequency;
   *   <li>(1 + c)^2, c the smallest T_case over the content words, counting only words marked
   *       as Arabic proper nouns ({@link ArabicNames}; 0 for other words, and 0 for a phrase
   *       with an inner stopword: "شويغو في موسكو" is two names, not one), so only a phrase made
   *       of names ("خليفة حفتر", "موسكو") gets it: inside S(t), T_case cannot make
   *       up for TF², so a name mentioned twice (lead and closing line) would stay below the
   *       repeated themes. Only the Arabic analogue enters this factor: for English the same
   *       factor on capitalized words measured worse (mean F1@10 0.1649 against 0.1672);
   *   <li>a full name (two or more contiguous Arabic name words, "خليفة حفتر") is one term whose
   *       mentions include those of its last word alone ("حفتر"), as news style names a person in
   *       full once and then by the family name: TF(kw) is the larger of the phrase's count and
   *       that word's term frequency, and c is T_case of a term marked in every mention,
   *       TF / (1 + ln TF).
   * </ul>
   */
  double[] scorePlus(ParsedText text, List<Candidate> candidates) {
    Model m = model(text, true, false);
    double[] out = new double[candidates.size()];
    for (int c = 0; c < candidates.size(); c++) {
      Candidate cand = candidates.get(c);
      int start = cand.start(0);
      int n = 0;
      int parts = 0;
      double logRelevance = 0;
      double bind = 1;
      double casing = Double.POSITIVE_INFINITY;
      for (int k = 0; k < cand.length(); k++) {
        int i = start + k;
        if (k > 0 && k < cand.length() - 1 && inner(text.words().get(i))) {
          bind *= binding(m, i);
        } else {
          n++;
          parts += compoundParts(text.words().get(i).key());
          logRelevance -= Math.log(m.h[m.termOf[i]]);
          casing = Math.min(casing, m.arabicName[m.termOf[i]] ? m.casing[m.termOf[i]] : 0);
        }
      }
      double tf = cand.count();
      if (casing > 0 && n == cand.length() && n > 1) {
        // a full name ("خليفة حفتر") is mentioned again by its last word alone ("حفتر"): news
        // style names a person in full once, then by the family name. The name is one term:
        // its mentions are its TF, and its T_case is that of a term marked in every mention.
        tf = Math.max(tf, m.tf[m.termOf[start + n - 1]]);
        casing = Math.max(casing, tf / (1 + Math.log(tf)));
      }
      double names = n == cand.length() ? Math.pow(1 + casing, NAME_EXPONENT) : 1;
      double prior = 0;
      for (int o = 0; o < cand.count(); o++) {
        prior += 1 / (1 + cand.start(o) / POSITION_UNIT);
      }
      double length = text.words().get(start).pos() == null ? UNTAGGED_LENGTH : TAGGED_LENGTH;
      out[c] =
          tf * tf * Math.pow(parts, length) * Math.exp(logRelevance / n) * bind * Math.sqrt(prior)
              * names;
    }
    return out;
  }

  /**
   * The number of words a hyphenated compound is made of ("saint-aubin": 2), 1 for any other
   * word: the languages whose tokenizer keeps compounds whole (all but English) give the length
   * weight n^L the same count of words the English split gives, so "Saint-Aubin" weighs as a
   * two-word name in French as "Baden-Baden" would in English.
   */
  static int compoundParts(String key) {
    int parts = 1;
    for (int i = 1; i < key.length() - 1; i++) {
      char c = key.charAt(i);
      if (Token.isJoiningHyphen(c)
          && Character.isLetterOrDigit(key.charAt(i - 1))
          && Character.isLetterOrDigit(key.charAt(i + 1))) {
        parts++;
      }
    }
    return parts;
  }

  /** A word inside a phrase that is weak or a number: it scores through {@link #binding}. */
  private static boolean inner(Word w) {
    return weak(w) || w.number();
  }

  /** P(w|a) · P(b|w) for the word at {@code i} between its neighbours a and b. */
  private static double binding(Model m, int i) {
    int a = m.termOf[i - 1];
    int t = m.termOf[i];
    int b = m.termOf[i + 1];
    return ((double) m.cooc(a, t) / m.tf[a]) * ((double) m.cooc(t, b) / m.tf[b]);
  }

  /** The median of the ascending values[from, to) (not empty). */
  private static double median(int[] values, int from, int to) {
    int n = to - from;
    if (n % 2 == 1) {
      return values[from + n / 2];
    }
    return (values[from + n / 2 - 1] + values[from + n / 2]) / 2.0;
  }

  /** All letters are capitals and there are at least two of them ("NATO", "UN"). */
  static boolean isAcronym(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.isLetter(cp)) {
        if (!UCharacter.isUUppercase(cp)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** The first letter is a capital and it is the only one ("Moscow", not "McDonald" or "iPhone"). */
  static boolean isCapitalized(String s) {
    int uppers = 0;
    boolean firstUpper = false;
    boolean first = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.isUUppercase(cp)) {
        uppers++;
        firstUpper |= first;
      }
      first = false;
    }
    return uppers == 1 && firstUpper && s.length() > 1;
  }
}
