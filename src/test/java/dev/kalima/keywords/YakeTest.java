package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The YAKE! features on a tiny text, computed by hand:
 *
 * <pre>
 * S0: "Cats chase Tom."   S1: "The cats sleep."   S2: "Tom runs."
 * terms (key, TF, sentences): cats 2 {0,1}; chase 1 {0}; tom 2 {0,2}; the 1 {1} (stopword);
 *   sleep 1 {1}; runs 1 {2}
 * non-stopword TFs 2,1,2,1,1: mean 1.4, population std sqrt(11/5 - 1.96) = 0.489898;
 *   mean + std = 1.889898; maxTF = 2; 3 sentences
 * co-occurrences (window 1, inside a sentence): cats→chase, chase→tom, the→cats, cats→sleep,
 *   tom→runs
 * </pre>
 */
class YakeTest {

  private static final double EPS = 1e-5;
  private final ParsedText text = Texts.parse("Cats chase Tom. The cats sleep. Tom runs.");
  private final Map<String, Yake.TermFeatures> f = new Yake().termFeatures(text);

  @Test
  void casingCountsCapitalsExceptAtSentenceStart() {
    // "Tom" in S0 is capitalized and not sentence-initial: TF_U = 1; in S2 it opens the sentence.
    // T_case = 1 / (1 + ln 2) = 1 / 1.693147 = 0.590616
    assertEquals(0.590616, f.get("tom").casing(), EPS);
    // "Cats" opens S0, "cats" is lower case: 0
    assertEquals(0.0, f.get("cats").casing(), EPS);
  }

  @Test
  void casingIgnoresTheCapitalsOfATitleCaseLine() {
    Map<String, Yake.TermFeatures> g =
        new Yake()
            .termFeatures(
                Texts.parse(
                    Texts.english(),
                    "Senate Debates Budget Cuts",
                    "The Senate met. Budget talks went on."));
    // "Senate" in the body: TF_U = 1 of TF 2; in the headline its capital says nothing
    assertEquals(0.590616, g.get("senate").casing(), EPS);
    // "Debates" and "Cuts" are capitalized only in the headline: 0
    assertEquals(0.0, g.get("debates").casing(), EPS);
    assertEquals(0.0, g.get("cuts").casing(), EPS);
  }

  /** The term features of an Arabic text, terms being light stems as in {@link KeywordExtractor}. */
  private static Map<String, Yake.TermFeatures> arabic(String text) {
    return new Yake()
        .termFeatures(
            Texts.parse(
                dev.kalima.analysis.TermAnalyzer.create(
                    "ar", dev.kalima.analysis.NormalizationOptions.DEFAULT, java.util.Set.of(), true),
                text));
  }

  @Test
  void arabicCasingMarksTheNameAfterATitleAndItsTail() {
    // القائد is a title; العام and للقوات carry the article and belong to it; خليفة حفتر is the
    // name (stops at the stopword في). حفتر: TF 1, every occurrence a name: 1 / (1 + ln 1) = 1.
    Map<String, Yake.TermFeatures> f = arabic("التقى القائد العام للقوات خليفة حفتر في بنغازي.");
    assertEquals(1.0, f.get("حفتر").casing(), EPS);
    assertEquals(1.0, f.get("خليف").casing(), EPS); // خليفة, light stem
    assertEquals(0.0, f.get("قائد").casing(), EPS); // the title itself
    assertEquals(0.0, f.get("عام").casing(), EPS); // العام
  }

  @Test
  void arabicCasingMarksAPlaceThatEndsThePhraseAfterAPreposition() {
    // بنغازي after في, then the sentence ends: a place. إطار after في is followed by a genitive.
    Map<String, Yake.TermFeatures> f = arabic("وصل الوفد إلى بنغازي. جاء ذلك في إطار زيارة.");
    assertEquals(1.0, f.get("بنغاز").casing(), EPS);
    assertEquals(0.0, f.get("اطار").casing(), EPS);
  }

  @Test
  void arabicCasingIsCancelledByAnyOccurrenceWithTheArticle() {
    // صمت ends the phrase after في, but الصمت takes the article: a common noun, casing 0.
    Map<String, Yake.TermFeatures> f = arabic("بدأ العمل في صمت. كان الصمت طويلا.");
    assertEquals(0.0, f.get("صمت").casing(), EPS);
  }

  @Test
  void positionIsLogLogOfMedianSentence() {
    // cats: median{0,1} = 0.5 -> ln(ln 3.5) = ln 1.252763 = 0.225351
    assertEquals(0.225351, f.get("cats").position(), EPS);
    // tom: median{0,2} = 1 -> ln(ln 4) = ln 1.386294 = 0.326634
    assertEquals(0.326634, f.get("tom").position(), EPS);
    // chase: median{0} = 0 -> ln(ln 3) = ln 1.098612 = 0.094048
    assertEquals(0.094048, f.get("chase").position(), EPS);
  }

  @Test
  void frequencyIsTfOverMeanPlusStd() {
    assertEquals(2 / 1.889898, f.get("cats").frequency(), EPS); // 1.058258
    assertEquals(1 / 1.889898, f.get("chase").frequency(), EPS); // 0.529129
  }

  @Test
  void relatednessCountsDistinctNeighbours() {
    // cats: left {the}: 1/1; right {chase, sleep}: 2/2 -> 1 + (1 + 1) * 2/2 = 3
    assertEquals(3.0, f.get("cats").relatedness(), EPS);
    // chase: left {cats} 1/1, right {tom} 1/1 -> 1 + 2 * 1/2 = 2
    assertEquals(2.0, f.get("chase").relatedness(), EPS);
    // runs: left {tom} 1/1, no right -> 1 + 1 * 1/2 = 1.5
    assertEquals(1.5, f.get("runs").relatedness(), EPS);
  }

  @Test
  void spreadIsShareOfSentences() {
    assertEquals(2 / 3.0, f.get("cats").spread(), EPS);
    assertEquals(1 / 3.0, f.get("chase").spread(), EPS);
  }

  @Test
  void termScoreCombinesTheFeatures() {
    // cats: 3 * 0.225351 / (0 + 1.058258/3 + 0.666667/3) = 0.676053 / 0.574975 = 1.175795
    assertEquals(1.175795, f.get("cats").score(), 1e-4);
    // chase: 2 * 0.094048 / (0 + 0.529129/2 + 0.333333/2) = 0.188096 / 0.431231 = 0.436185
    assertEquals(0.436185, f.get("chase").score(), 1e-4);
    // tom: 3 * 0.326634 / (0.590616 + 0.574975) = 0.979902 / 1.165591 = 0.840691
    assertEquals(0.840691, f.get("tom").score(), 1e-4);
  }

  @Test
  void candidateScoreIsProductOverTfTimesOnePlusSum() {
    List<Candidate> cands = new CandidateExtractor(3).extract(text);
    double[] s = new Yake().score(text, cands);
    // cats: 1.175795 / (2 * (1 + 1.175795)) = 0.270198
    assertEquals(0.270198, s[indexOf(cands, "cats")], 1e-4);
    // chase tom: 0.436185 * 0.840691 / (1 * (1 + 0.436185 + 0.840691)) = 0.366697 / 2.276876
    assertEquals(0.161052, s[indexOf(cands, "chase tom")], 1e-4);
  }

  @Test
  void stopwordInsideAPhraseEntersThroughBigramProbability() {
    ParsedText t = Texts.parse("Bank of England. Bank of England. Bank rate.");
    List<Candidate> cands = new CandidateExtractor(3).extract(t);
    Map<String, Yake.TermFeatures> tf = new Yake().termFeatures(t);
    double hb = tf.get("bank").score();
    double he = tf.get("england").score();
    // P(of|bank) = 2/3, P(england|of) = 2/2: p = 2/3; TF(kw) = 2
    double p = 2 / 3.0;
    double expected = hb * he * (1 + (1 - p)) / (2 * (1 + hb + he - (1 - p)));
    double[] s = new Yake().score(t, cands);
    assertEquals(expected, s[indexOf(cands, "bank of england")], 1e-9);
  }

  @Test
  void plusVariantMeasuresPositionFromTheFirstSentence() {
    // "tom" occurs in S0 and S2: with the first occurrence its position is ln(ln 3), as for a
    // term of S0 only; so "tom" and "chase" (both TF... from S0) differ only by the other features
    List<Candidate> cands = new CandidateExtractor(1).extract(text);
    double[] plus = new Yake().scorePlus(text, cands);
    // R(kw) = TF² · 1 · 1/S(t) · √(Σ 1/(1 + i/10)) for one-word candidates, i the word index:
    // Cats(0) chase(1) Tom(2) The(3) cats(4) sleep(5) Tom(6) runs(7)
    // tom with first-occurrence position: S = 3 * 0.094048 / 1.165591 = 0.242063;
    // prior √(1/1.2 + 1/1.6) = √1.458333 = 1.207615
    assertEquals(4 / 0.242063 * 1.207615, plus[indexOf(cands, "tom")], 1e-2);
    // chase: single occurrence in S0, same S as in YAKE: 0.436185; prior √(1/1.1) = 0.953463
    assertEquals(1 / 0.436185 * 0.953463, plus[indexOf(cands, "chase")], 1e-4);
  }

  @Test
  void plusVariantPrefersTheEarlierOfTwoOtherwiseEqualWords() {
    // "alpha" and "omega" each occur once, alone in sentences of the same shape; only the position
    // prior (and T_pos) differ, both in favour of the first
    ParsedText t = Texts.parse("Alpha. Filler words here. Omega.");
    List<Candidate> cands = new CandidateExtractor(1).extract(t);
    double[] plus = new Yake().scorePlus(t, cands);
    assertTrue(
        plus[indexOf(cands, "alpha")] > plus[indexOf(cands, "omega")]);
  }

  static int indexOf(List<Candidate> cands, String key) {
    for (int i = 0; i < cands.size(); i++) {
      if (cands.get(i).key().equals(key)) {
        return i;
      }
    }
    throw new AssertionError("no candidate " + key + " in " + cands.stream().map(Candidate::key).toList());
  }

  @Test
  void aHyphenatedCompoundCountsItsPartsForTheLengthWeight() {
    assertEquals(2, Yake.compoundParts("saint-aubin"));
    assertEquals(3, Yake.compoundParts("c'est-à-dire"));
    assertEquals(1, Yake.compoundParts("ligne"));
    assertEquals(1, Yake.compoundParts("-x"));
    assertEquals(1, Yake.compoundParts("x-"));
  }
}
