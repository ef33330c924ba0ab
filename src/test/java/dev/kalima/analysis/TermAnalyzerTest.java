package dev.kalima.analysis;

import static dev.kalima.analysis.TermAssertions.assertStems;
import static dev.kalima.analysis.TermAssertions.assertTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TermAnalyzerTest {

  private static TermAnalyzer analyzer(String lang) {
    return TermAnalyzer.create(lang, NormalizationOptions.DEFAULT, Set.of(), true);
  }

  private static boolean stop(String lang, String surface) {
    TermAnalyzer a = analyzer(lang);
    return a.isStopword(a.key(surface));
  }

  @Test
  void arabicTermsAreNormalized() {
    assertTerms("ar", "أَحْمَدُ، كتـــاب! الإسلام", "احمد", "كتاب", "الاسلام");
  }

  @Test
  void englishCurlyAndStraightApostropheAreOneTerm() {
    assertTerms("en", "Don’t don't", "don't", "don't");
  }

  @Test
  void englishPossessiveIsCountedAsItsNoun() {
    TermAnalyzer en = TermAnalyzer.create("en", NormalizationOptions.DEFAULT, Set.of(), false);
    assertEquals("acme", en.key("Acme's"));
    assertEquals("acme", en.key("Acme’s"));
    assertEquals("agency", en.key("agency's"));
    assertEquals("adams", en.key("Adams's"));
    assertEquals("o'brien", en.key("O'Brien's"));
    // contractions that are stopwords stay whole, and so does a letter's plural
    assertEquals("it's", en.key("It's"));
    assertEquals("let's", en.key("Let's"));
    assertEquals("that's", en.key("that's"));
    assertEquals("a's", en.key("A's"));
    // other languages and --no-normalize keep the form
    assertEquals("acme's", TermAnalyzer.create("fr", NormalizationOptions.DEFAULT, Set.of(), false).key("Acme's"));
    assertEquals("Acme's", TermAnalyzer.create("en", new NormalizationOptions(false, false, false), Set.of(), false).key("Acme's"));
  }

  @Test
  void withoutNormalizationKeysStayAsWrittenButStopwordsAreFoundWhateverTheCase() {
    NormalizationOptions none = new NormalizationOptions(false, false, false);
    TermAnalyzer en = TermAnalyzer.create("en", none, Set.of("Garden"), false);
    assertEquals("The", en.key("The"));
    assertTrue(en.isStopword(en.key("The")));
    assertTrue(en.isStopword(en.key("THE")));
    assertTrue(en.isUserStopword(en.key("garden")));
    assertFalse(en.isStopword(en.key("Cat")));
    TermAnalyzer ru = TermAnalyzer.create("ru", none, Set.of(), false);
    assertTrue(ru.isBuiltInStopword(ru.key("На")));
    assertTrue(ru.isBuiltInStopword(ru.key("Ещё")));
    TermAnalyzer ar = TermAnalyzer.create("ar", none, Set.of(), false);
    assertEquals("وعلى", ar.key("وعلى"));
    assertTrue(ar.isStopword(ar.key("أَنْ")));
    assertTrue(ar.isStopword(ar.key("وعلى")));
  }

  @Test
  void arabicStopwordsAfterNormalization() {
    for (String w : new String[] {"في", "من", "على", "إلى", "أن", "ما"}) {
      assertTrue(stop("ar", w), w);
    }
  }

  @Test
  void arabicStopwordWithAndWithoutHamza() {
    assertTrue(stop("ar", "أن"));
    assertTrue(stop("ar", "ان"));
    assertTrue(stop("ar", "إلى"));
    assertTrue(stop("ar", "الى"));
  }

  @Test
  void arabicStopwordWithHarakat() {
    assertTrue(stop("ar", "فِي"));
  }

  @Test
  void arabicContentWordsAreNotStopwords() {
    assertFalse(stop("ar", "كتاب"));
    assertFalse(stop("ar", "الشركة"));
    assertFalse(stop("ar", "وزير"));
  }

  @Test
  void arabicConjunctionPlusStopwordIsStopword() {
    // Lucene's list has على but not وعلى or فعلى: the conjunction is written attached.
    assertFalse(Languages.get("ar").rawStopwords().contains("وعلى"));
    assertTrue(stop("ar", "وعلى"));
    assertTrue(stop("ar", "فهذا"));
  }

  @Test
  void arabicPrepositionPlusStopwordIsStopword() {
    assertFalse(Languages.get("ar").rawStopwords().contains("لذلك"));
    assertTrue(stop("ar", "لذلك"));
    assertTrue(stop("ar", "بهذا"));
    assertTrue(stop("ar", "لقد"));
  }

  @Test
  void arabicConjunctionPrepositionStopwordIsStopword() {
    assertTrue(stop("ar", "وكذلك"));
    assertTrue(stop("ar", "وبعد"));
  }

  @Test
  void arabicProcliticsBeforeContentWordAreNotStopwords() {
    assertFalse(stop("ar", "لبنان"));
    assertFalse(stop("ar", "بيروت"));
    assertFalse(stop("ar", "وللشركة"));
    assertFalse(stop("ar", "كلية"));
  }

  @Test
  void arabicPrepositionNeverPrecedesTheConjunction() {
    // ب ل ك come after و ف, never before: كوان (a name, Kouan) is not ك + وان (و + ان)
    assertTrue(Languages.get("ar").rawStopwords().contains("وان"));
    assertFalse(stop("ar", "كوان"));
    assertFalse(stop("ar", "بوكان"));
    assertTrue(stop("ar", "ولان")); // و + ل + ان
    assertTrue(stop("ar", "فبهذا"));
  }

  @Test
  void arabicListedCliticFormsAreStopwords() {
    assertTrue(stop("ar", "وفي"));
    assertTrue(stop("ar", "ومن"));
  }

  @Test
  void arabicStopwordWithFinalYaWrittenAsAlefMaqsura() {
    // Egyptian and Sudanese spelling writes final ي without dots (فى for في, الذى for الذي);
    // Lucene's list has التى الذى هى اى but not فى, which topped AKEC keywords ("فى البطولة").
    assertFalse(Languages.get("ar").rawStopwords().contains("فى"));
    assertTrue(stop("ar", "فى"));
    assertTrue(stop("ar", "وفى"));
    assertTrue(stop("ar", "فَى"));
    assertTrue(stop("ar", "اللاتى")); // supplement word اللاتي
    assertTrue(stop("ar", "ففى"));
    // words ending in ى whose ي form is no stopword stay content words
    assertFalse(stop("ar", "مستشفى"));
    assertFalse(stop("ar", "مصطفى"));
    assertFalse(stop("ar", "موسى"));
    assertFalse(stop("ar", "ولى"));
    // the other direction is not taken: علي is also the name Ali
    assertFalse(stop("ar", "علي"));
  }

  @Test
  void arabicAuxiliaryAndModalVerbsAreStopwords() {
    for (String w : new String[] {"تم", "وتم", "يتم", "يمكن", "يجب", "ظل", "أصبح", "وأصبحت", "لا يزال", "جداً"}) {
      for (String part : w.split(" ")) {
        assertTrue(stop("ar", part), part);
      }
    }
    // adverbs of the accusative, with or without the tanween, and بشكل
    for (String w : new String[] {"حاليا", "حالياً", "وحالياً", "كثيراً", "بشكل", "وبشكل"}) {
      assertTrue(stop("ar", w), w);
    }
    assertFalse(stop("ar", "الحالي"));
    // the full verbs they are not
    assertFalse(stop("ar", "أعلن"));
    assertFalse(stop("ar", "توقيع"));
  }

  @Test
  void arabicAccusativeAlefIsNoPartOfTheKey() {
    TermAnalyzer a = analyzer("ar");
    // tanween fath after its alef seat, or before it: the noun of the other cases
    assertEquals(a.key("عام"), a.key("عاماً"));
    assertEquals(a.key("عام"), a.key("عامًا"));
    assertEquals(a.key("محمد"), a.key("محمداً"));
    // a stopword with its alef stays one; without the tanween the alef stays; too short
    assertEquals("ايضا", a.key("أيضاً"));
    assertTrue(a.isStopword(a.key("أيضاً")));
    assertEquals("عاما", a.key("عاما"));
    assertEquals("ما", a.key("ماً"));
    // whatever the document's language: an Arabic passage in a text read as English
    TermAnalyzer en = analyzer("en");
    assertEquals(en.key("عام"), en.key("عاماً"));
    // not when normalization is off
    TermAnalyzer raw = TermAnalyzer.create("ar", NormalizationOptions.NONE, Set.of(), false);
    assertEquals("عاماً", raw.key("عاماً"));
  }

  @Test
  void arabicPrepositionsWrittenWithTheirHamzaAreStopwords() {
    TermAnalyzer a = analyzer("ar");
    for (String w : new String[] {"أمام", "وأمام", "أَمامَ", "إثر", "وإثر"}) {
      assertTrue(a.isStopword(w, a.key(w)), w);
    }
    // the nouns of the same key, and the bare alef that could be either, are content words
    for (String w : new String[] {"إمام", "الإمام", "امام", "أثر", "اثر", "والأمام"}) {
      assertFalse(a.isStopword(w, a.key(w)), w);
    }
    // other languages' words are untouched
    assertFalse(analyzer("en").isStopword("imam", "imam"));
  }

  @Test
  void aWordOfAnotherScriptIsTestedAgainstThatScriptsMainLanguage() {
    TermAnalyzer en = analyzer("en");
    // an Arabic passage in a text read as English: its function words are stopwords
    for (String w : new String[] {"على", "في", "وعلى", "أمام"}) {
      assertTrue(en.isStopword(w, en.key(w)), w);
    }
    assertFalse(en.isStopword("موسكو", en.key("موسكو")));
    // English quoted in Arabic, Russian in French
    TermAnalyzer ar = analyzer("ar");
    assertTrue(ar.isStopword(ar.key("the")));
    assertFalse(ar.isStopword(ar.key("Moscow")));
    assertTrue(analyzer("fr").isStopword("которые"));
    // a language's own script is its own: "die" is no English stopword in a German text
    assertFalse(analyzer("de").isStopword("said"));
    // und has no stopwords at all
    assertFalse(analyzer("und").isStopword("the"));
  }

  @Test
  void arabicConjunctionPlusContentWordIsNotStopword() {
    assertFalse(stop("ar", "وكتاب"));
    assertFalse(stop("ar", "وزير"));
  }

  @Test
  void englishStopwordsIncludeContractions() {
    assertTrue(stop("en", "the"));
    assertTrue(stop("en", "don’t"));
    assertTrue(stop("en", "It's"));
    assertFalse(stop("en", "economy"));
  }

  @Test
  void frenchElidedArticleIsStopword() {
    TermAnalyzer a = analyzer("fr");
    for (Token t : new WordTokenizer(Languages.locale("fr")).tokenize("L'homme")) {
      assertEquals(t.text().equals("homme") ? false : true, a.isStopword(a.key(t.text())), t.text());
    }
  }

  @Test
  void frenchElidedFormsAreStopwords() {
    assertTrue(stop("fr", "qu’"));
    assertTrue(stop("fr", "L'"));
    assertTrue(stop("fr", "jusqu'"));
  }

  @Test
  void frenchElisionTerms() {
    assertTerms("fr", "L’État d'abord", "l'", "état", "d'", "abord");
  }

  @Test
  void russianStopword() {
    assertTrue(stop("ru", "И"));
    assertFalse(stop("ru", "книга"));
  }

  @Test
  void persianStopwordWithPersianYa() {
    assertTrue(stop("fa", "این"));
    assertTrue(stop("fa", "اين"));
  }

  @Test
  void serbianStopwordInBothScripts() {
    assertTrue(stop("sr", "nije"));
    assertTrue(stop("sr", "није"));
  }

  @Test
  void turkishStopwordWithCapitalI() {
    assertTrue(stop("tr", "İçin"));
  }

  @Test
  void greekStopwordWithAccent() {
    assertTrue(stop("el", "Είναι"));
  }

  @Test
  void userStopwordsAreNormalized() {
    TermAnalyzer a = TermAnalyzer.create("ar", NormalizationOptions.DEFAULT, Set.of("أيضاً", "Reuters"), false);
    assertTrue(a.isStopword(a.key("ايضا")));
    assertTrue(a.isUserStopword(a.key("REUTERS")));
    assertFalse(a.isBuiltInStopword(a.key("REUTERS")));
  }

  @Test
  void undeterminedLanguageHasNoStopwordsAndNoStems() {
    TermAnalyzer a = analyzer("und");
    assertFalse(a.isStopword("the"));
    assertEquals("running", a.stem("running"));
  }

  @Test
  void invalidLanguageIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TermAnalyzer.create("xx", NormalizationOptions.DEFAULT, Set.of(), false));
  }

  @Test
  void arabicCliticFormsShareTheirStem() {
    TermAnalyzer a = analyzer("ar");
    String stem = a.stem(a.key("تعاون"));
    for (String w : new String[] {"وبالتعاون", "بالتعاون", "التعاون", "والتعاون"}) {
      assertEquals(stem, a.stem(a.key(w)), w);
    }
  }

  @Test
  void arabicRootInitialWawIsKept() {
    assertStems("ar", "وزير الوزير ووزير", "وزير", "وزير", "وزير");
  }

  @Test
  void arabicRootInitialWawKeptInFeminineNouns() {
    // a bare و stays before three letters and ة or ات: وزارة "ministry" stemmed to زار "he
    // visited", apart from الوزارة (وزار)
    assertStems("ar", "وزارة الوزارة ووزارة وزارات زار", "وزار", "وزار", "وزار", "وزار", "زار");
    assertStems("ar", "وكالة الوكالة ولاية الولاية وحدات", "وكال", "وكال", "ولا", "ولا", "وحد");
    assertStems("ar", "وزيرة الوزيرة", "وزير", "وزير");
    // the conjunction still goes before a longer stem, and before an adjective in ية
    assertStems("ar", "وموسكو وقالت والتقى", "موسكو", "قالت", "تقى");
    assertStems("ar", "ودولية الدولية", "دول", "دول");
  }

  @Test
  void arabicWawBeforeShortArticleWordIsKept() {
    assertStems("ar", "والد", "والد");
  }

  @Test
  void arabicConjunctionWawBeforeLongWordRemoved() {
    assertStems("ar", "وقالت قالت ويعملون يعملون", "قالت", "قالت", "يعمل", "يعمل");
  }

  @Test
  void arabicArticleAndSuffixesRemoved() {
    assertStems("ar", "الكتاب كتابها والكتب", "كتاب", "كتاب", "كتب");
  }

  @Test
  void arabicTaMarbutaSuffixRemoved() {
    assertStems("ar", "مدرسة المدرسة", "مدرس", "مدرس");
  }

  @Test
  void arabicNameOfGodKeepsItsArticle() {
    // the article of الله is part of the name: without it, الله stemmed to له ("to him")
    assertStems("ar", "الله والله بالله فالله لله ولله", "الله", "الله", "الله", "الله", "الله", "الله");
    assertStems("ar", "له", "له");
    assertStems("ar", "بلله", "بلل"); // a verb, "he wet it"
  }

  @Test
  void arabicDualPluralAndNisbaSuffixesLeaveThreeLetters() {
    // ان ين ي end duals, plurals and adjectives of stems of three letters or more; on a shorter
    // word they are root letters: بيان (statement) stemmed to بي, القرآن to قر, يمين to يم, علي to عل
    assertStems("ar", "بيان البيان مكان القرآن يمين علي الرأي", "بيان", "بيان", "مكان", "قران", "يمين", "علي", "راي");
    // the suffixes still go where three letters remain
    assertStems("ar", "الكتابان المهندسين العربي بيانات", "كتاب", "مهندس", "عرب", "بيان");
  }

  @Test
  void arabicNisbaSuffixIyyaLeavesThreeLetters() {
    // ية too: on a word of four letters its ي is a root letter, and only ة goes: هوية (identity)
    // stemmed to هو ("he"), قضية (case) to قض, بنية (structure) to بن ("son of")
    assertStems("ar", "هوية القضية قضية بنية رؤية", "هوي", "قضي", "قضي", "بني", "رؤي");
    assertStems("ar", "العربية الدولية", "عرب", "دول");
  }

  @Test
  void arabicStemNeverShorterThanTwoLetters() {
    TermAnalyzer a = analyzer("ar");
    for (String w : new String[] {"وها", "ال", "ات", "بها", "لل", "وي", "يه"}) {
      String stem = a.stem(a.key(w));
      assertTrue(stem.length() >= 2, w + " -> " + stem);
    }
  }

  @Test
  void englishSnowballStems() {
    assertStems("en", "running runs connection connected", "run", "run", "connect", "connect");
  }

  @Test
  void russianSnowballStems() {
    assertStems("ru", "книги книга", "книг", "книг");
  }

  @Test
  void turkishProperNounSuffixAfterApostropheIsDropped() {
    // Snowball's Turkish stemmer reads the final -a of "ankara" as the dative suffix: the three
    // forms still share one stem, which is the point.
    assertStems("tr", "Ankara'da Ankara’nın Ankara", "ankar", "ankar", "ankar");
  }

  @Test
  void englishPossessiveGroupsWithTheNoun() {
    assertStems("en", "Obama's Obama", "obama", "obama");
  }

  @Test
  void stemmingOffKeepsKey() {
    TermAnalyzer a = TermAnalyzer.create("en", NormalizationOptions.DEFAULT, Set.of(), false);
    assertEquals("running", a.stem("running"));
    assertFalse(a.stemming());
  }

  @Test
  void languageCodeIsCanonical() {
    assertEquals("ar", TermAnalyzer.create("AR-eg", NormalizationOptions.DEFAULT, Set.of(), false).language());
  }
}
