package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.junit.jupiter.api.Test;

/** kalima's closed-class supplements to Lucene's stopword lists ({@link Languages#supplement}). */
class StopwordSupplementTest {

  private static boolean stop(String lang, String surface) {
    TermAnalyzer a = TermAnalyzer.create(lang, NormalizationOptions.DEFAULT, Set.of(), false);
    return a.isStopword(a.key(surface));
  }

  private static void assertStopwords(String lang, String... surfaces) {
    for (String s : surfaces) {
      assertTrue(stop(lang, s), lang + ": " + s);
    }
  }

  private static void assertContentWords(String lang, String... surfaces) {
    for (String s : surfaces) {
      assertFalse(stop(lang, s), lang + ": " + s);
    }
  }

  @Test
  void everySupplementLoadsAndEndsUpNormalizedInTheList() {
    for (String code : List.of("ar", "de", "en", "es", "fr", "pl", "pt", "ru")) {
      Language lang = Languages.get(code);
      Set<String> supplement = Languages.supplement(code);
      assertTrue(supplement.size() >= 10, code);
      TermNormalizer normalizer = new TermNormalizer(NormalizationOptions.DEFAULT, code);
      for (String w : supplement) {
        assertTrue(lang.rawStopwords().contains(w), code + ": " + w);
        assertTrue(lang.stopwords().contains(normalizer.normalize(w)), code + ": " + w);
      }
    }
  }

  @Test
  void supplementNeverCarriesCommentsOrBlanks() {
    for (String code : List.of("ar", "de", "en", "es", "fr", "pl", "pt", "ru")) {
      for (String w : Languages.supplement(code)) {
        assertFalse(w.isBlank() || w.contains("|") || w.contains(" "), code + ": '" + w + "'");
      }
    }
  }

  @Test
  void lucenesListIsKeptWhole() {
    assertTrue(Languages.get("fr").rawStopwords().containsAll(words(FrenchAnalyzer.getDefaultStopSet())));
    assertTrue(Languages.get("ru").rawStopwords().containsAll(words(RussianAnalyzer.getDefaultStopSet())));
  }

  @Test
  void abbreviationsAreStopwordsButTellNoLanguage() {
    Language ru = Languages.get("ru");
    Language fr = Languages.get("fr");
    assertTrue(ru.stopwords().contains("е") && ru.stopwords().contains("г-н") && ru.stopwords().contains("млн"));
    assertFalse(ru.detectionStopwords().contains("е"));
    assertFalse(ru.detectionStopwords().contains("проф"));
    assertFalse(ru.detectionStopwords().contains("млн"));
    assertTrue(ru.detectionStopwords().contains("который"));
    assertTrue(fr.stopwords().contains("mme") && fr.stopwords().contains("v"));
    assertFalse(fr.detectionStopwords().contains("v"));
    assertFalse(fr.detectionStopwords().contains("mme"));
    assertTrue(fr.detectionStopwords().contains("dont"));
    // nor are they function words that start a sentence
    assertFalse(SentenceFunctionWords.forLanguage("fr").contains("mme"));
    assertFalse(SentenceFunctionWords.forLanguage("ru").contains("проф"));
  }

  @Test
  void englishTitlesMonthsAndDesignatorsAreStopwordsButTellNoLanguage() {
    // "Sen. Maria Lopez", "Sept. 30", "Acme Corp.", "approx. 200", "3 p.m.": never a keyword
    assertStopwords(
        "en", "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Lt", "Sgt", "Jr", "Jan", "Sept",
        "Oct", "Dec", "Inc", "Corp", "Ltd", "approx", "etc", "vs", "e.g.", "i.e.", "p.m.", "a.m.");
    // abbreviations whose folded form is also a topic word or a name
    assertContentWords("en", "SEC", "Gen", "St", "Mt", "Fort", "APR", "EST", "PM", "Dept", "Sun", "x", "e", "D");
    Language en = Languages.get("en");
    assertFalse(en.detectionStopwords().contains("sen"));
    assertFalse(en.detectionStopwords().contains("inc"));
    assertTrue(en.detectionStopwords().contains("the"));
    assertFalse(SentenceFunctionWords.forLanguage("en").contains("mr"));
  }

  @Test
  void englishGreetingsAndThanksAreStopwordsButTellNoLanguage() {
    // "Hi Sarah,", "Thanks!", "Best regards," in e-mails: never a keyword
    assertStopwords("en", "Hi", "Hello", "OK", "Okay", "Please", "Thanks", "Thank", "regards", "Sincerely", "Yes");
    assertContentWords("en", "Dear", "best", "greeting");
    assertFalse(Languages.get("en").detectionStopwords().contains("hi"));
  }

  @Test
  void languagesWithoutSupplementHaveNone() {
    assertTrue(Languages.supplement("it").isEmpty());
    assertTrue(Languages.supplement("und").isEmpty());
  }

  @Test
  void frenchFormsOfAvoirAndEtre() {
    // il a, il est, il a été, peut être, doit avoir: missing from Snowball's list
    assertStopwords("fr", "a", "A", "est", "Est", "été", "être", "avoir", "aura");
  }

  @Test
  void frenchPronounsDeterminersPrepositionsConjunctions() {
    assertStopwords(
        "fr", "dont", "où", "lequel", "auxquelles", "celui", "ceux", "elles", "son", "chaque",
        "plusieurs", "toutes", "chez", "depuis", "pendant", "selon", "malgré", "car", "donc",
        "lorsque", "quand", "si", "plus", "moins");
  }

  @Test
  void frenchPrepositionsOfPlace() {
    // devant la gare, derrière le stade, hormis les cadres, outre ses fonctions
    assertStopwords("fr", "devant", "Devant", "derrière", "hormis", "outre");
  }

  @Test
  void frenchTitlesOfAddressAndLettersStandingAlone() {
    // Mme Élisabeth Borne, MM. Leroy et Petit, Dr Martin; the nouns stay content words
    assertStopwords("fr", "Mme", "Mlle", "MM", "Mmes", "Dr", "Pr", "Mgr", "M");
    assertContentWords("fr", "madame", "docteur", "professeur", "monsieur");
    // letters standing alone: à 10 h 30, p. 12, P. Martin
    assertStopwords("fr", "h", "p", "P", "e", "x");
  }

  @Test
  void frenchNounHomonymsStayContentWords() {
    // avions (planes), sommes (sums): common nouns, left out on purpose
    assertContentWords("fr", "avions", "sommes", "ligne", "gare");
  }

  @Test
  void russianRelativePronounKotoryInEveryForm() {
    assertStopwords(
        "ru", "который", "Который", "которого", "которому", "которым", "котором", "которая",
        "которой", "которую", "которое", "которые", "Которые", "которых", "которыми");
  }

  @Test
  void russianPronounsWithYoAndOtherFunctionWords() {
    assertStopwords("ru", "её", "неё", "ещё", "всё", "это", "Это", "кроме", "около", "среди",
        "внутри", "также", "является", "сюда");
    // самый (also the superlative: самых больших), некоторый, несколько
    assertStopwords("ru", "самый", "самых", "некоторые", "Некоторые", "нескольких");
    // the possessive pronouns in their cases, with ё or е
    assertStopwords("ru", "свой", "своего", "своём", "своем", "наших", "вашу", "Наша", "моих");
    // adverbs of time and degree
    assertStopwords("ru", "вновь", "затем", "ранее", "очень", "примерно");
    assertContentWords("ru", "библиотека", "ремонт", "своды");
  }

  @Test
  void russianLettersStandingAloneAndAbbreviatedNumerals() {
    // т. е., и т. д., и т. п., в т. ч., 2024 г., 1990-е гг., д. 13, 14 ч., А. Б. Смирнов
    assertStopwords("ru", "т", "е", "д", "п", "н", "ч", "г", "гг", "вв", "Б", "М", "ё");
    // the same written without spaces: т.е., т.д., т.к.
    assertStopwords("ru", "т.е.", "т.д.", "т.п.", "т.к.", "т.н.", "т.ч.", "т.е", "т.д");
    // 20 млн руб., 45 тыс. мест
    assertStopwords("ru", "млн", "млрд", "тыс");
    // в том числе, по словам, по данным: compound prepositions
    assertStopwords("ru", "числе", "словам", "данным");
    assertContentWords("ru", "число", "числа", "слово", "данные");
    // 500 тыс. га, 20 км, 20 млн руб.
    assertStopwords("ru", "га", "км", "кг", "руб", "шт");
    // ООО «Ромашка», ПАО «Газпром»
    assertStopwords("ru", "ООО", "ПАО", "АО");
    assertContentWords("ru", "год", "дом", "час", "рубль", "миллион", "ёлка", "гектаров", "километров");
  }

  @Test
  void russianTitlesOfAddressInTheirCases() {
    // г-ном Иваном Петровым, г-жа Дурова, д-р Петров, проф. Иванов
    assertStopwords("ru", "г-н", "г-ном", "Г-жа", "г-жой", "д-р", "д-ра", "проф", "акад");
    assertContentWords("ru", "господин", "доктор", "профессор", "академик");
  }

  @Test
  void portugueseAuxiliariesAndPrepositions() {
    // é (is) and têm (have) are missing from Snowball's list, which writes "tém"
    assertStopwords("pt", "é", "É", "têm", "havia", "sido", "sobre", "desde", "cujo", "onde",
        "neste", "porque", "todos");
    assertContentWords("pt", "estado", "governo");
  }

  @Test
  void arabicPronounsDemonstrativesRelativesAndParticles() {
    assertStopwords("ar", "هم", "نحن", "أنا", "انا", "هؤلاء", "أولئك", "اولئك", "اللذان", "ليس",
        "سوف", "حول");
    // with proclitics: li + hum, wa + li + hum, bi + duna
    assertStopwords("ar", "لهم", "ولهم", "بدون");
  }

  @Test
  void arabicAdverbsInterrogativesAndFusedParticles() {
    // adverbs of time and place, restriction, conditional and wishing particles
    assertStopwords("ar", "أثناء", "حين", "حوالي", "حوالى", "أمس", "هنا", "فقط", "لو", "لعل", "ليت",
        "سوى");
    // interrogatives
    assertStopwords("ar", "كيف", "ماذا", "لماذا", "متى", "أين", "كم");
    // a preposition or adverb fused with ما or من, and conjunctions in ما
    assertStopwords("ar", "مما", "عما", "ممن", "عمن", "فيما", "بعدما", "قبلما", "كلما", "طالما");
    // particles and prepositions with a pronoun suffix
    assertStopwords("ar", "لكنه", "لكنها", "لكنهم", "أنهم", "إنهم", "لنا", "لديه", "معه", "معها",
        "بينهم", "كلهم");
    // adverbs of place and time used as prepositions, quantifiers, particles
    assertStopwords("ar", "داخل", "خارج", "طوال", "وفق", "كافة", "معظم", "عدة", "أغلب", "بضع",
        "ربما", "هكذا");
    // adverbs of time and conditional adverbs, أولو/ذو, إيا with its pronoun
    assertStopwords("ar", "لذا", "ولذا", "عندئذ", "حينئذ", "آنذاك", "حيثما", "أينما", "كيفما",
        "مهما", "حينما", "ذو", "ذوي", "إياه", "إياها", "إياهم");
    // particles and prepositions with pronoun suffixes
    assertStopwords("ar", "إنني", "أنني", "إننا", "أننا", "لكننا", "معهم", "منهما", "لدينا",
        "لديهم", "لديها");
    // final ى written ي, as Lucene's list has الي إلي for إلى
    assertStopwords("ar", "حتي", "متي");
    // with proclitics
    assertStopwords("ar", "وأثناء", "ومما", "وفيما", "فكيف", "ولو", "وربما", "وهكذا", "بداخل");
    // left out: نعم (yes; also blessings), أم (or; also mother), لي (to me; و + لي would take
    // ولي, guardian, as in ولي العهد), لدي (ب + لدي would take بلدي), إذن (also permission)
    assertContentWords("ar", "نعم", "أم", "ولي", "الداخل", "الخارج", "علي", "بلدي", "ولدي", "بإذن");
  }

  @Test
  void arabicLettersStandingAloneAreStopwords() {
    // abbreviations and list labels: هـ (Hijri), م (AD, engineer), د (doctor), ص (page),
    // ق (century), ج (part), ش (street); Lucene's list has و ف ب ا أ
    assertStopwords("ar", "هـ", "ه", "م", "د", "ص", "ق", "ج", "ش", "ت", "ع", "ي", "ى", "ة", "ء");
    assertContentWords("ar", "دم", "يد", "أب");
  }

  @Test
  void arabicNounsThatAlefUnificationWouldMergeStayContentWords() {
    // أمام (in front of) and إمام (imam) normalize alike; أثر (effect) like إثر (following)
    assertContentWords("ar", "إمام", "أمام", "أثر");
  }

  @Test
  void englishClosedClassWords() {
    assertStopwords("en", "whose", "every", "within", "without", "among", "upon", "although",
        "unless", "whether", "since");
    // left out as Snowball explains: noun homonyms (will, can, may, must; US)
    assertContentWords("en", "will", "can", "may", "us");
  }

  @Test
  void germanAuxiliariesAndDass() {
    // ß folds to ss: Snowball's "daß" covers "dass"
    assertStopwords("de", "dass", "daß", "wurde", "worden", "wäre", "seit", "wer", "beim");
  }

  @Test
  void spanishAndPolishClosedClassWords() {
    assertStopwords("es", "si", "cuyo", "aunque", "según", "ser", "cada");
    assertStopwords("pl", "którą", "został", "jestem", "między", "według");
  }

  private static Set<String> words(CharArraySet set) {
    Set<String> out = new HashSet<>();
    for (Object o : set) {
      out.add(o instanceof char[] ? new String((char[]) o) : o.toString());
    }
    return out;
  }
}
