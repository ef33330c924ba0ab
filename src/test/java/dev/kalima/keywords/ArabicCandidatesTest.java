package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Arabic verbs ({@link ArabicVerbs}) and the Arabic rules of {@link CandidateExtractor}. */
class ArabicCandidatesTest {

  @Test
  void thePerfectTenseSuffixMarksAVerb() {
    for (String verb : List.of("رفضت", "أعلنت", "اصبحت", "استمرت", "وقالت", "فأطلقت")) {
      assertTrue(ArabicVerbs.perfect(verb), verb);
    }
  }

  @Test
  void nounsEndingInTaAreNoVerbs() {
    // three-letter nouns of a root ending in ت: house, time, voice
    for (String noun : List.of("بيت", "وقت", "صوت")) {
      assertFalse(ArabicVerbs.perfect(noun), noun);
    }
    // the feminine plural, nouns in -وت and -يت, the article, a long foreign name
    for (String noun : List.of("سيارات", "تابوت", "تصويت", "توقيت", "الكويت", "مايكروسوفت")) {
      assertFalse(ArabicVerbs.perfect(noun), noun);
    }
    // a ta marbuta is no ta: وزارة
    assertFalse(ArabicVerbs.perfect("وزارة"));
  }

  @Test
  void theMasculinePluralSuffixMarksAVerb() {
    for (String verb : List.of("قالوا", "استشهدوا", "يستطيعوا", "واطلقوا")) {
      assertTrue(ArabicVerbs.plural(verb), verb);
    }
    // keys (alef forms as ا); a noun with the accusative tanwin (growth, member), the article,
    // وا after a long vowel
    for (String word : List.of("نموا", "عضوا", "الاكوا", "كاوا")) {
      assertFalse(ArabicVerbs.plural(word), word);
    }
  }

  @Test
  void anImperfectWithItsObjectPronounIsAVerb() {
    for (String verb : List.of("يحتاجها", "يتهددها", "يمكنهم", "يستخدمه", "يعيدنا", "ويفرزها")) {
      assertTrue(ArabicVerbs.imperfectWithObject(verb), verb);
    }
    // nouns with a possessive: our day, her hands, his left; masdars and nouns with ت and ن
    for (String noun : List.of("يومنا", "يديها", "يساره", "تحقيقها", "تعاونه", "نظامه")) {
      assertFalse(ArabicVerbs.imperfectWithObject(noun), noun);
    }
  }

  @Test
  void aNisbaAdjectiveAfterItsDefiniteNounIsNoCandidateAlone() {
    List<String> k =
        Texts.candidateKeys("ar", "تعمل المحطة بالطاقة الشمسية. الشمسية مصدر. تحقيق التنمية مهم");
    // the adjective with its noun stays, and so does the adjective where no noun precedes it
    assertTrue(k.contains("بالطاقة الشمسية"), k.toString());
    assertTrue(k.contains("الشمسية"), k.toString());
    // a genitive noun in -ية after an article-less construct head stays alone too
    assertTrue(k.contains("التنمية"), k.toString());
    List<String> after = Texts.candidateKeys("ar", "تعمل المحطة بالطاقة الشمسية");
    assertFalse(after.contains("الشمسية"), after.toString());
  }

  @Test
  void aVerbOfSayingIsNoPartOfACandidate() {
    List<String> k =
        Texts.candidateKeys("ar", "وقال وزير التجارة إن الصادرات ارتفعت. وأكد رشيد ذلك");
    assertFalse(k.stream().anyMatch(c -> c.contains("قال")), k.toString());
    assertFalse(k.stream().anyMatch(c -> c.contains("اكد")), k.toString());
    assertTrue(k.contains("وزير التجارة"), k.toString());
    assertTrue(ArabicVerbs.saying("يشير"));
    assertFalse(ArabicVerbs.saying("قالب")); // a mould
  }

  @Test
  void aVerbIsNoPartOfACandidate() {
    List<String> k = Texts.candidateKeys("ar", "وأطلقت وزارة الصحة حملة تطعيم واسعة");
    assertFalse(k.stream().anyMatch(c -> c.contains("اطلقت")), k.toString());
    assertTrue(k.contains("وزارة الصحة"), k.toString());
  }

  @Test
  void onlyPrepositionsAndNameLinksStandInsideAnArabicPhrase() {
    List<String> k =
        Texts.candidateKeys(
            "ar", "أكد الوزير أن الوضع مستقر، ودعم الاستقرار في ليبيا، واستقبل محمد بن سلمان");
    // أن opens a clause: "the minister that the situation" is no phrase
    assertFalse(k.contains("الوزير ان الوضع"), k.toString());
    assertTrue(k.contains("الاستقرار في ليبيا"), k.toString());
    assertTrue(k.contains("محمد بن سلمان"), k.toString());
    assertTrue(CandidateExtractor.arabicPhraseInner("الى"));
    assertFalse(CandidateExtractor.arabicPhraseInner("ان"));
  }

  @Test
  void aDefiniteWordAndAnIndefiniteOneAreASentenceNotAPhrase() {
    // subject and predicate: "the lion is a big animal", "obesity is a cause of diabetes"
    List<String> k = Texts.candidateKeys("ar", "الأسد حيوان ضخم. السمنة سبب السكري.");
    assertFalse(k.stream().anyMatch(c -> c.startsWith("الاسد ")), k.toString());
    assertFalse(k.stream().anyMatch(c -> c.startsWith("السمنة ")), k.toString());
    assertTrue(k.contains("حيوان ضخم"), k.toString());
    assertTrue(k.contains("الاسد"), k.toString());
    assertTrue(k.contains("سبب السكري"), k.toString());
  }

  @Test
  void definiteByItsGenitiveOrByItsFormAnIndefiniteWordGoesOn() {
    List<String> k =
        Texts.candidateKeys(
            "ar",
            "احتفل الفريق بالفوز بكأس العالم في القرن التاسع عشر مع الحشرات المهندسة وراثياً");
    // a preposition on a construct head ("for the World Cup"), a compound ordinal, an adverb
    // with its tanwin
    assertTrue(k.contains("بالفوز بكاس العالم"), k.toString());
    assertTrue(k.contains("القرن التاسع عشر"), k.toString());
    assertTrue(k.contains("الحشرات المهندسة وراثي"), k.toString());
  }
}
