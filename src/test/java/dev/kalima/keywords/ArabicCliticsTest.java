package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kalima.analysis.NormalizationOptions;
import dev.kalima.analysis.TermAnalyzer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArabicCliticsTest {

  private static ParsedText arabic(String text) {
    return Texts.parse(TermAnalyzer.create("ar", NormalizationOptions.DEFAULT, Set.of(), true), text);
  }

  @Test
  void aProcliticGoesOnlyWhenTheBareFormIsAttested() {
    assertEquals("شويغو", ArabicClitics.bare("وشويغو", Set.of("شويغو")));
    assertEquals("وشويغو", ArabicClitics.bare("وشويغو", Set.of()));
    // the ل of لبنان is part of the name: بنان does not occur
    assertEquals("لبنان", ArabicClitics.bare("لبنان", Set.of("لبنان")));
    assertEquals("موسكو", ArabicClitics.bare("بموسكو", Set.of("موسكو")));
    assertEquals("المنطقة", ArabicClitics.bare("والمنطقة", Set.of("المنطقة")));
    // لل = ل + ال
    assertEquals("القوات", ArabicClitics.bare("للقوات", Set.of("القوات")));
  }

  @Test
  void theArticleStaysAndShortRemaindersAreNotBareForms() {
    assertEquals("الاستقرار", ArabicClitics.bare("الاستقرار", Set.of("استقرار")));
    assertEquals("وما", ArabicClitics.bare("وما", Set.of("ما")));
  }

  @Test
  void aNameWithTheConjunctionCountsWithTheBareName() {
    ParsedText t = arabic("استقبل السكرتير شويغو في موسكو. وجرى لقاء حفتر وشويغو.");
    Candidate c =
        new CandidateExtractor(3)
            .extract(t).stream().filter(x -> x.key().equals("شويغو")).findFirst().orElseThrow();
    assertEquals(2, c.count());
    assertEquals("شويغو", c.surface()); // shown without the conjunction
  }

  @Test
  void aFormWithTheCliticIsShownWhenItIsTheOnlyForm() {
    Candidate c = new Candidate("المنطقة", "منطق", 1);
    c.add(0, "والمنطقة", true);
    c.add(5, "والمنطقة", true);
    assertEquals("والمنطقة", c.surface());
    c.add(9, "المنطقة", false);
    assertEquals("المنطقة", c.surface());
  }

  @Test
  void aFormWithTheCliticIsShownWithoutIt() {
    assertEquals("الطاقة", ArabicClitics.bareSurface("بالطاقة", "بالطاقة", "الطاقة"));
    assertEquals("شويغو", ArabicClitics.bareSurface("وشويغو", "وشويغو", "شويغو"));
    // ل + ال is written لل: the article's alef comes back
    assertEquals("المياه", ArabicClitics.bareSurface("للمياه", "للمياه", "المياه"));
    assertEquals("المياه", ArabicClitics.bareSurface("وللمياه", "وللمياه", "المياه"));
    // the proclitic's vowel goes with it; the word keeps its own marks and hamza
    assertEquals("أَحمد", ArabicClitics.bareSurface("وَأَحمد", "واحمد", "احمد"));
    // unrelated keys: the surface as written
    assertEquals("لبنان", ArabicClitics.bareSurface("لبنان", "لبنان", "لبنان"));
    // a whole candidate: the phrase is shown without the preposition when no other form occurs
    ParsedText t = arabic("تعمل المحطة بالطاقة الشمسية. وتبلغ الطاقة ألف ميغاواط.");
    Candidate c =
        new CandidateExtractor(3)
            .extract(t).stream()
            .filter(x -> x.key().equals("الطاقة الشمسية"))
            .findFirst()
            .orElseThrow();
    assertEquals("الطاقة الشمسية", c.surface());
  }

  @Test
  void aPhraseNeverEndsOnAConstructHead() {
    ParsedText t = arabic("دعم تحقيق الاستقرار في ليبيا والمنطقة");
    List<String> keys = new CandidateExtractor(3).extract(t).stream().map(Candidate::key).toList();
    assertFalse(keys.contains("تحقيق"), keys.toString());
    assertFalse(keys.contains("دعم تحقيق"), keys.toString());
    assertTrue(keys.contains("تحقيق الاستقرار"), keys.toString());
    assertTrue(keys.contains("دعم تحقيق الاستقرار"), keys.toString());
    // coordination with و is no construct: ليبيا stays a candidate
    assertTrue(keys.contains("ليبيا"), keys.toString());
  }

  @Test
  void aPhraseStopsBeforeAConjunct() {
    // ليبيا والمنطقة is Libya and the region: two terms, as an English phrase stops at "and"
    ParsedText t = arabic("الاستقرار في ليبيا والمنطقة. وتتابع المنطقة الأزمة في ليبيا.");
    List<String> keys = new CandidateExtractor(3).extract(t).stream().map(Candidate::key).toList();
    assertFalse(keys.contains("ليبيا المنطقة"), keys.toString());
    assertTrue(keys.contains("المنطقة"), keys.toString());
    assertTrue(keys.contains("الاستقرار في ليبيا"), keys.toString());
    // the و of a root (وزارة: زارة never occurs) is no conjunction
    assertFalse(ArabicClitics.conjunctionLed("وزارة", "وزارة"));
    assertTrue(ArabicClitics.conjunctionLed("والمنطقة", "المنطقة"));
    assertTrue(ArabicClitics.conjunctionLed("فالمنطقة", "المنطقة"));
    assertFalse(ArabicClitics.conjunctionLed("بالمنطقة", "المنطقة"));
  }

  @Test
  void aPhraseNeverEndsOnANameLink() {
    ParsedText t = arabic("التقى محمد بن سلمان مع أبو مازن. وتحدث عن بن لادن. وقال عبد الله إنه راض.");
    List<String> keys = new CandidateExtractor(3).extract(t).stream().map(Candidate::key).toList();
    for (String cut : new String[] {"بن", "محمد بن", "ابو", "عبد"}) {
      assertFalse(keys.contains(cut), cut + " in " + keys);
    }
    for (String name : new String[] {"محمد بن سلمان", "ابو مازن", "بن لادن", "عبد الله"}) {
      assertTrue(keys.contains(name), name + " not in " + keys);
    }
  }

  @Test
  void aProperNounHeadsNoConstruct() {
    // موسكو is a name here (a place after إلى, never with the article): before العاصمة it counts
    ParsedText t = arabic("وصل الوفد إلى موسكو. وتبقى موسكو العاصمة.");
    Candidate c =
        new CandidateExtractor(3)
            .extract(t).stream().filter(x -> x.key().equals("موسكو")).findFirst().orElseThrow();
    assertEquals(2, c.count());
  }
}
