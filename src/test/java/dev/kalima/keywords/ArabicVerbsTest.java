package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicVerbsTest {

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
  void aVerbIsNoPartOfACandidate() {
    dev.kalima.analysis.TermAnalyzer ar =
        dev.kalima.analysis.TermAnalyzer.create(
            "ar", dev.kalima.analysis.NormalizationOptions.DEFAULT, java.util.Set.of(), true);
    ParsedText t = Texts.parse(ar, "وأطلقت وزارة الصحة حملة تطعيم واسعة");
    List<String> k =
        new CandidateExtractor(3, "ar").extract(t).stream().map(Candidate::key).toList();
    assertFalse(k.stream().anyMatch(c -> c.contains("اطلقت")), k.toString());
    assertTrue(k.contains("وزارة الصحة"), k.toString());
  }
}
