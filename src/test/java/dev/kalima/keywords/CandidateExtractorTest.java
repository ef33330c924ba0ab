package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateExtractorTest {

  private static List<String> keys(String text, int n) {
    return new CandidateExtractor(n).extract(Texts.parse(text)).stream().map(Candidate::key).toList();
  }

  @Test
  void allRunsUpToMaxNgramInFirstOccurrenceOrder() {
    assertEquals(
        List.of("red", "red fox", "red fox runs", "fox", "fox runs", "runs"),
        keys("Red fox runs", 3));
    assertEquals(List.of("red", "red fox", "fox", "fox runs", "runs"), keys("Red fox runs", 2));
  }

  @Test
  void stopwordsNeverAtTheEdgesButAllowedInside() {
    List<String> k = keys("The Ministry of Defence", 3);
    assertEquals(List.of("ministry", "ministry of defence", "defence"), k);
    for (String key : k) {
      assertFalse(key.startsWith("the ") || key.endsWith(" of") || key.equals("of"), key);
    }
  }

  @Test
  void neverCrossesPunctuationOrSentenceEnd() {
    List<String> k = keys("Oil prices, gas prices. Markets fell", 3);
    assertFalse(k.contains("prices gas"));
    assertFalse(k.contains("prices markets"));
    assertTrue(k.contains("oil prices"));
    assertTrue(k.contains("gas prices"));
  }

  @Test
  void numbersOnlyInside() {
    List<String> k = keys("Windows 10 update in 2024", 3);
    assertTrue(k.contains("windows 10 update"));
    assertFalse(k.contains("10"));
    assertFalse(k.contains("windows 10"));
    assertFalse(k.contains("2024"));
  }

  @Test
  void singleLettersNeverAtTheEdges() {
    assertEquals(List.of("space", "space x dragon", "dragon"), keys("Space X Dragon", 3));
  }

  @Test
  void intraWordHyphenKeepsThePhrase() {
    List<Candidate> c = new CandidateExtractor(3).extract(Texts.parse("Real-time systems"));
    Candidate phrase = c.stream().filter(x -> x.key().equals("real time systems")).findFirst().get();
    assertEquals("Real-time systems", phrase.surface());
  }

  @Test
  void aHyphenatedCompoundIsOneWordForTheEdgesOfAPhrase() {
    List<String> k = keys("Real-time systems", 3);
    // the compound, alone or with its head noun; never a piece of it
    assertEquals(List.of("real time", "real time systems", "systems"), k);
    assertFalse(keys("A state-of-the-art method", 3).contains("art method"));
  }

  @Test
  void wrappedLineStartingLowerCaseContinuesTheSentence() {
    assertTrue(keys("independent\n\tmoney managers", 3).contains("independent money managers"));
    assertFalse(keys("Title here\nNew sentence", 3).contains("here new"));
  }

  @Test
  void surfaceIsTheMostFrequentFormTiesToFirstSeen() {
    List<Candidate> c =
        new CandidateExtractor(1).extract(Texts.parse("Moscow talks. MOSCOW again. Moscow now."));
    Candidate moscow = c.stream().filter(x -> x.key().equals("moscow")).findFirst().get();
    assertEquals(3, moscow.count());
    assertEquals("Moscow", moscow.surface());
    Candidate tie =
        new CandidateExtractor(1)
            .extract(Texts.parse("NATO met. Nato met."))
            .stream()
            .filter(x -> x.key().equals("nato"))
            .findFirst()
            .get();
    assertEquals("NATO", tie.surface());
  }

  private static List<Word> tagged(String... wordSlashTag) {
    List<Word> out = new java.util.ArrayList<>();
    for (String wt : wordSlashTag) {
      String[] p = wt.split("/");
      out.add(new Word(p[0], p[0], p[0], false, false, out.isEmpty(), 0, out.isEmpty(), " ", p[1]));
    }
    return out;
  }

  @Test
  void untaggedWordsAreAlwaysANounPhrase() {
    List<Word> w = tagged("runs/X");
    List<Word> untagged = List.of(w.get(0).withPos(null));
    assertTrue(CandidateExtractor.nounPhrase(untagged, 0, 1));
  }

  @Test
  void taggedPhraseMustStartWithANounOrAdjectiveAndEndWithANoun() {
    List<Word> w = tagged("neural/ADJ", "network/NOUN", "training/NOUN", "improves/VERB", "fast/ADJ");
    assertTrue(CandidateExtractor.nounPhrase(w, 0, 2)); // neural network
    assertTrue(CandidateExtractor.nounPhrase(w, 0, 3)); // neural network training
    assertTrue(CandidateExtractor.nounPhrase(w, 1, 2)); // network
    assertFalse(CandidateExtractor.nounPhrase(w, 0, 1)); // neural: a lone adjective
    assertFalse(CandidateExtractor.nounPhrase(w, 2, 4)); // training improves: ends in a verb
    assertFalse(CandidateExtractor.nounPhrase(w, 3, 4)); // improves
  }

  @Test
  void postNominalAdjectiveMayEndAPhrase() {
    List<Word> w = tagged("politique/NOUN", "étrangère/ADJ");
    assertTrue(CandidateExtractor.nounPhrase(w, 0, 2));
    assertFalse(CandidateExtractor.nounPhrase(w, 1, 2));
  }

  @Test
  void onlyNominalWordsAdjectivesAndNumbersInside() {
    List<Word> w =
        tagged("Windows/PROPN", "10/NUM", "update/NOUN", "of/ADP", "Microsoft/PROPN");
    assertTrue(CandidateExtractor.nounPhrase(w, 0, 3)); // Windows 10 update
    assertFalse(CandidateExtractor.nounPhrase(w, 2, 5)); // update of Microsoft
  }

  @Test
  void taggedEnglishTextGivesNounPhraseCandidatesOnly() {
    dev.kalima.analysis.TermAnalyzer analyzer = Texts.english();
    TextParser parser =
        new TextParser(
            new dev.kalima.analysis.WordTokenizer(new com.ibm.icu.util.ULocale("en")),
            analyzer,
            SentenceBreaks.shared("en"),
            dev.kalima.analysis.PartOfSpeechTagger.forLanguage("en").orElseThrow());
    List<String> k =
        new CandidateExtractor(3)
            .extract(parser.parse("t", List.of("We propose a new model of protein structures.")))
            .stream()
            .map(Candidate::key)
            .toList();
    assertTrue(k.contains("protein structures"), k.toString());
    assertTrue(k.contains("new model"), k.toString());
    assertFalse(k.contains("propose"), k.toString());
    assertFalse(k.contains("propose a new model"), k.toString());
    assertFalse(k.contains("model of protein"), k.toString());
    assertFalse(k.contains("new"), k.toString());
  }

  private static Word tagged(String surface, String pos, boolean breakBefore) {
    String key = surface.toLowerCase(java.util.Locale.ROOT);
    return new Word(surface, key, key, false, false, breakBefore, 0, breakBefore, " ", pos);
  }

  @Test
  void aPossessiveNounEndsAPhraseAndIsCountedWithoutItsS() {
    ParsedText t =
        new ParsedText(
            "t",
            List.of(
                tagged("David", "PROPN", true),
                tagged("Fincher's", "PROPN+PART", false),
                tagged("remake", "NOUN", false),
                tagged("David", "PROPN", true),
                tagged("Fincher", "PROPN", false)),
            List.of(new Segment(0, "David Fincher's remake", 0, 3), new Segment(1, "David Fincher", 3, 5)));
    List<Candidate> c = new CandidateExtractor(3).extract(t);
    Candidate name = c.stream().filter(x -> x.key().equals("david fincher")).findFirst().orElseThrow();
    assertEquals(2, name.count());
    assertEquals("David Fincher", name.surface());
    // the possessive never opens or sits inside a phrase
    assertFalse(c.stream().anyMatch(x -> x.key().contains("remake") && x.length() > 1), c.toString());
  }

  @Test
  void aRussianReflexiveVerbIsNoPartOfAPhrase() {
    dev.kalima.analysis.TermAnalyzer ru =
        dev.kalima.analysis.TermAnalyzer.create(
            "ru", dev.kalima.analysis.NormalizationOptions.DEFAULT, java.util.Set.of(), true);
    ParsedText t = Texts.parse(ru, "После трёх лет ремонта открылась городская библиотека");
    List<String> k = new CandidateExtractor(3, "ru").extract(t).stream().map(Candidate::key).toList();
    assertFalse(k.contains("открылась"), k.toString());
    assertFalse(k.stream().anyMatch(c -> c.contains("открылась")), k.toString());
    assertTrue(k.contains("городская библиотека"), k.toString());
    // лет ("years", a unit of the calendar: CalendarWords) does not open a phrase either
    assertFalse(k.contains("лет ремонта"), k.toString());
    assertTrue(k.contains("ремонта"), k.toString());
    // трёх is a numeral (ICU's трех): it neither opens nor closes a phrase
    assertFalse(k.contains("трёх лет"), k.toString());
    assertTrue(CandidateExtractor.russianReflexiveVerb("находится"));
    assertTrue(CandidateExtractor.russianReflexiveVerb("оказались"));
    assertFalse(CandidateExtractor.russianReflexiveVerb("ось"));
    assertFalse(CandidateExtractor.russianReflexiveVerb("смесь"));
    assertFalse(CandidateExtractor.russianReflexiveVerb("библиотека"));
  }

  @Test
  void aRussianPresentTenseVerbIsNoPartOfAPhrase() {
    dev.kalima.analysis.TermAnalyzer ru =
        dev.kalima.analysis.TermAnalyzer.create(
            "ru", dev.kalima.analysis.NormalizationOptions.DEFAULT, java.util.Set.of(), true);
    ParsedText t = Texts.parse(ru, "Лесные пожары продолжают распространяться по тайге");
    List<String> k = new CandidateExtractor(3, "ru").extract(t).stream().map(Candidate::key).toList();
    assertFalse(k.stream().anyMatch(c -> c.contains("продолжают")), k.toString());
    assertTrue(k.contains("лесные пожары"), k.toString());
    assertTrue(CandidateExtractor.russianVerb("считает"));
    assertTrue(CandidateExtractor.russianVerb("участвуют"));
    assertTrue(CandidateExtractor.russianVerb("затрудняют"));
    assertTrue(CandidateExtractor.russianVerb("открылась"));
    assertTrue(CandidateExtractor.russianVerb("направить"));
    assertTrue(CandidateExtractor.russianVerb("стояли"));
    // nouns with the other past-tense endings: of the channel, rules, medals, profits, the press
    assertFalse(CandidateExtractor.russianVerb("канала"));
    assertFalse(CandidateExtractor.russianVerb("правила"));
    assertFalse(CandidateExtractor.russianVerb("медали"));
    assertFalse(CandidateExtractor.russianVerb("прибыли"));
    assertFalse(CandidateExtractor.russianVerb("печать"));
    assertFalse(CandidateExtractor.russianVerb("память"));
    // the masculine past in lower case; names in -ил are capitalized, nouns end in -иль
    assertTrue(CandidateExtractor.russianPastMasculine("заявил"));
    assertTrue(CandidateExtractor.russianPastMasculine("сообщил"));
    assertFalse(CandidateExtractor.russianPastMasculine("Халил"));
    assertFalse(CandidateExtractor.russianPastMasculine("автомобиль"));
    assertFalse(CandidateExtractor.russianPastMasculine("Михаил"));
    ParsedText said = Texts.parse(ru, "Глава компании Алексей Миллер заявил журналистам");
    List<String> k2 = new CandidateExtractor(3, "ru").extract(said).stream().map(Candidate::key).toList();
    assertFalse(k2.stream().anyMatch(c -> c.contains("заявил")), k2.toString());
    assertTrue(k2.contains("алексей миллер"), k2.toString());
    // nouns: уют (coziness), валют, бюджет, совет, and adjectives
    assertFalse(CandidateExtractor.russianVerb("уют"));
    assertFalse(CandidateExtractor.russianVerb("валют"));
    assertFalse(CandidateExtractor.russianVerb("бюджет"));
    assertFalse(CandidateExtractor.russianVerb("совет"));
    assertFalse(CandidateExtractor.russianVerb("лесные"));
  }

  @Test
  void aRussianPastOfASuffixedVerbIsNoPartOfAPhrase() {
    for (String verb :
        List.of("требовал", "использовали", "рассказала", "спрашивала", "подчеркнул", "сказало")) {
      assertTrue(CandidateExtractor.russianSuffixedPast(verb), verb);
    }
    // nouns: failure, halt, mountain pass, granule, order; a capitalized word; too short
    for (String word : List.of("провал", "провала", "привал", "перевал", "гранула", "приказа")) {
      assertFalse(CandidateExtractor.russianSuffixedPast(word), word);
    }
    assertFalse(CandidateExtractor.russianSuffixedPast("Рассказала"));
    assertFalse(CandidateExtractor.russianSuffixedPast("вынул"));
    List<String> k =
        Texts.candidateKeys(
            "ru", "«Мы старались», — рассказала директор библиотеки Ольга Никитина.");
    assertFalse(k.stream().anyMatch(c -> c.contains("рассказала")), k.toString());
    assertTrue(k.contains("директор библиотеки"), k.toString());
  }

  @Test
  void aPortugueseVerbKnownByItsEndingIsNoPartOfAPhrase() {
    for (String verb :
        List.of("voltou", "conseguiu", "morreram", "chegaram", "reuniram", "esperavam", "faziam",
            "poderá", "ameaçam", "possam")) {
      assertTrue(CandidateExtractor.portugueseVerb(verb), verb);
    }
    // nouns and adjectives: museum, European, octave, history, place; a name; too short
    for (String word :
        List.of("museu", "europeu", "oitava", "história", "lugar", "viagem", "Moscou", "sou")) {
      assertFalse(CandidateExtractor.portugueseVerb(word), word);
    }
    List<String> k =
        Texts.candidateKeys("pt", "O dólar perdeu terreno e o petróleo voltou a subir");
    assertFalse(k.stream().anyMatch(c -> c.contains("voltou")), k.toString());
    assertTrue(k.contains("petróleo"), k.toString());
  }

  @Test
  void aRussianPhraseHoldsNoStopwordAndDoesNotCloseOnAnAdjective() {
    List<String> k =
        Texts.candidateKeys(
            "ru", "В Заречном после трёхлетнего ремонта вновь работает центральная библиотека");
    // после is a preposition: no phrase runs through it
    assertFalse(k.stream().anyMatch(c -> c.contains("после")), k.toString());
    // трёхлетнего is an adjective cut from its noun at the phrase's end, whole before ремонта
    assertFalse(k.contains("заречном трехлетнего"), k.toString());
    assertTrue(k.contains("трехлетнего ремонта"), k.toString());
    // вновь is an adverb (a stopword): it neither closes nor joins a phrase
    assertFalse(k.stream().anyMatch(c -> c.contains("вновь")), k.toString());
    assertTrue(k.contains("центральная библиотека"), k.toString());
    // alone, a word with an adjective's ending is a candidate only where it is used as a noun,
    // with no content word after it in its phrase
    assertFalse(k.contains("трехлетнего"), k.toString());
    List<String> k3 = Texts.candidateKeys("ru", "Помощь получили двадцать пострадавших.");
    assertTrue(k3.contains("пострадавших"), k3.toString());
    assertTrue(CandidateExtractor.russianAdjective("городскую"));
    assertTrue(CandidateExtractor.russianAdjective("читальный"));
    assertTrue(CandidateExtractor.russianAdjective("пострадавших"));
    assertTrue(CandidateExtractor.russianAdjective("последняя"));
    // nouns: a problem (accusative), a museum (locative), a case (genitive), a decision, a regime
    assertFalse(CandidateExtractor.russianAdjective("проблему"));
    assertFalse(CandidateExtractor.russianAdjective("музее"));
    assertFalse(CandidateExtractor.russianAdjective("случая"));
    assertFalse(CandidateExtractor.russianAdjective("решение"));
    assertFalse(CandidateExtractor.russianAdjective("режим"));
    // a capitalized one is a name, as the town Заречный
    assertFalse(CandidateExtractor.russianAdjective("Заречный"));
  }

  @Test
  void anUntaggedPhraseDoesNotCutACapitalizedNameBeforeItsEnd() {
    List<String> k =
        Texts.candidateKeys("ru", "Об этом рассказал директор библиотеки Ольга Никитина.");
    assertFalse(k.contains("библиотеки ольга"), k.toString());
    assertFalse(k.contains("директор библиотеки ольга"), k.toString());
    assertTrue(k.contains("ольга никитина"), k.toString());
    // (and the noun before the full name is its apposition: aCommonNounBeforeAFullName...)
    assertFalse(k.contains("библиотеки ольга никитина"), k.toString());
    // at a sentence start, a capital is a name only when the text writes the word capitalized
    // elsewhere, where case is free, and never in lower case: Ольга is, Здание is not
    List<String> k2 =
        Texts.candidateKeys(
            "ru",
            "Здание Заречного музея старое. Ольга Никитина рассказала о нём. Это здание помнит"
                + " и Ольга Никитина.");
    assertTrue(k2.contains("здание"), k2.toString());
    assertFalse(k2.contains("ольга"), k2.toString());
    assertTrue(k2.contains("ольга никитина"), k2.toString());
  }

  @Test
  void spelledOutNumeralsNeitherOpenNorCloseAnUntaggedPhrase() {
    dev.kalima.analysis.TermAnalyzer pt =
        dev.kalima.analysis.TermAnalyzer.create(
            "pt", dev.kalima.analysis.NormalizationOptions.DEFAULT, java.util.Set.of(), true);
    ParsedText t = Texts.parse(pt, "Os dois militares chegaram a Ovar");
    List<String> k = new CandidateExtractor(3, "pt").extract(t).stream().map(Candidate::key).toList();
    assertFalse(k.contains("dois"), k.toString());
    assertFalse(k.contains("dois militares"), k.toString());
    assertTrue(k.contains("militares"), k.toString());
    assertTrue(k.contains("ovar"), k.toString());
    // without a language, as before
    assertTrue(
        new CandidateExtractor(3).extract(t).stream().anyMatch(c -> c.key().equals("dois")));
  }

  @Test
  void declinedWeekdayAndMonthNamesAreFoundByStemWhereNounsDecline() {
    dev.kalima.analysis.TermAnalyzer ru =
        dev.kalima.analysis.TermAnalyzer.create(
            "ru", dev.kalima.analysis.NormalizationOptions.DEFAULT, java.util.Set.of(), true);
    // в субботу (accusative), в январе (prepositional): ICU lists суббота and января/январь only
    ParsedText t = Texts.parse(ru, "Библиотека открылась в субботу в Заречном. Ремонт шёл в январе.");
    List<String> k =
        new CandidateExtractor(3, "ru", ru::stem).extract(t).stream().map(Candidate::key).toList();
    assertFalse(k.contains("субботу"), k.toString());
    assertFalse(k.contains("субботу в заречном"), k.toString());
    assertFalse(k.contains("январе"), k.toString());
    assertTrue(k.contains("заречном"), k.toString());
    assertTrue(k.contains("библиотека"), k.toString());
    // without the stemmer only the listed forms are names
    List<String> plain =
        new CandidateExtractor(3, "ru").extract(t).stream().map(Candidate::key).toList();
    assertTrue(plain.contains("субботу"), plain.toString());
  }

  @Test
  void namesAreNotMatchedByStemWhereNounsDoNotDecline() {
    // German "Montage" (assembly) has the stem of "Montag": keys only there
    dev.kalima.analysis.TermAnalyzer de =
        dev.kalima.analysis.TermAnalyzer.create(
            "de", dev.kalima.analysis.NormalizationOptions.DEFAULT, java.util.Set.of(), true);
    assertEquals(de.stem("montag"), de.stem("montage"), "the premise of this test");
    List<String> k =
        new CandidateExtractor(3, "de", de::stem)
            .extract(Texts.parse(de, "Die Montage der Anlage dauert lange."))
            .stream()
            .map(Candidate::key)
            .toList();
    assertTrue(k.contains("montage"), k.toString());
  }

  @Test
  void weekdayAndMonthNamesNeitherOpenNorCloseAPhrase() {
    ParsedText t = Texts.parse("Concert tour Friday. Friday night talks in March.");
    List<String> k = new CandidateExtractor(3, "en").extract(t).stream().map(Candidate::key).toList();
    assertFalse(k.contains("friday"), k.toString());
    assertFalse(k.contains("concert tour friday"), k.toString());
    assertFalse(k.contains("friday night"), k.toString());
    assertFalse(k.contains("march"), k.toString());
    assertTrue(k.contains("concert tour"), k.toString());
    assertTrue(k.contains("night talks"), k.toString());
    // French names, lower case as French writes them
    dev.kalima.analysis.TermAnalyzer fr =
        dev.kalima.analysis.TermAnalyzer.create(
            "fr", dev.kalima.analysis.NormalizationOptions.DEFAULT, java.util.Set.of(), true);
    List<String> f =
        new CandidateExtractor(3, "fr")
            .extract(Texts.parse(fr, "Élection présidentielle dimanche en juin"))
            .stream()
            .map(Candidate::key)
            .toList();
    assertFalse(f.contains("dimanche"), f.toString());
    assertFalse(f.contains("juin"), f.toString());
    assertTrue(f.contains("élection présidentielle"), f.toString());
    // and so are the days next to today, from the same CLDR data
    List<String> days =
        Texts.candidateKeys("en", "Communist rebels today attacked. He reads USA Today daily.");
    assertFalse(days.contains("communist rebels today"), days.toString());
    assertFalse(days.contains("today"), days.toString());
    assertTrue(days.contains("communist rebels"), days.toString());
    assertTrue(days.contains("usa today daily"), days.toString()); // inside a name
    // nor stand inside one, unless part of a name
    List<String> inside =
        Texts.candidateKeys("fr", "Le site Wikipédia jeudi dernier. Le Printemps Mars Festival");
    assertFalse(inside.contains("wikipédia jeudi dernier"), inside.toString());
    assertTrue(inside.contains("printemps mars festival"), inside.toString());
    // without a language, as before
    assertTrue(new CandidateExtractor(3).extract(t).stream().anyMatch(c -> c.key().equals("friday")));
  }

  @Test
  void arabicMonthsOfEveryRegionalSeriesMatchTheTextsKeys() {
    // أبريل and أكتوبر are written with a hamza that the keys unify (ابريل): matched by key
    List<String> k =
        Texts.candidateKeys(
            "ar", "افتتحت المحطة في أبريل الماضي، وفي أكتوبر وصل الوفد، وفي شباط عاد، وفي جانفي");
    assertFalse(k.stream().anyMatch(c -> c.contains("ابريل")), k.toString());
    assertFalse(k.stream().anyMatch(c -> c.contains("اكتوبر")), k.toString());
    // the Levantine (شباط) and Maghreb (جانفي) names of February and January
    assertFalse(k.contains("شباط"), k.toString());
    assertFalse(k.contains("جانفي"), k.toString());
    assertTrue(k.contains("المحطة"), k.toString());
  }

  @Test
  void unitsOfTheCalendarNeitherOpenNorCloseAPhraseUnlessInAName() {
    List<String> k =
        Texts.candidateKeys(
            "en",
            "Crowds came last year for Independence Day. Two days later, the parade left. Crowds"
                + " return every year.");
    assertFalse(k.contains("year"), k.toString());
    assertFalse(k.contains("last year"), k.toString());
    assertFalse(k.contains("days"), k.toString());
    assertFalse(k.stream().anyMatch(c -> c.endsWith(" year")), k.toString());
    // capitalized inside its sentence, the unit is part of a name
    assertTrue(k.contains("independence day"), k.toString());
    // by stem in Russian (году), and the plural forms of the unit of duration: лет, "years"
    List<String> r =
        Texts.candidateKeys(
            "ru", "Выставка открылась в прошлом году в Заречном после десяти лет ремонта.");
    assertFalse(r.contains("году"), r.toString());
    assertFalse(r.stream().anyMatch(c -> c.contains("году")), r.toString());
    assertFalse(r.contains("лет ремонта"), r.toString());
    assertTrue(r.contains("ремонта"), r.toString());
    // French counts its durations in ans, its calendar years in années
    List<String> f = Texts.candidateKeys("fr", "Le musée a rouvert après dix ans de travaux.");
    assertFalse(f.contains("ans"), f.toString());
    assertTrue(f.contains("musée"), f.toString());
    // Arabic with and without the article
    List<String> a =
        Texts.candidateKeys(
            "ar", "زار الوفد المدينة هذه السنة، وفي سنة سابقة، ومنذ عام 2010، واستطلاع الرأي العام");
    assertFalse(a.contains("السنة"), a.toString());
    assertFalse(a.contains("سنة سابقة"), a.toString());
    assertTrue(a.contains("المدينة"), a.toString());
    // the bare عام is the year; العام with the article also "public": الرأي العام stays
    assertFalse(a.contains("عام"), a.toString());
    assertTrue(a.contains("الراي العام"), a.toString());
  }

  @Test
  void aGerundAfterANounIsTheHeadOfACompound() {
    // tags as the English model gives them: "machine learning" = NOUN VERB
    List<Word> w =
        List.of(
            tagged("machine", "NOUN", true),
            tagged("learning", "VERB", false),
            tagged("improves", "VERB", false),
            tagged("retrieval", "NOUN", false));
    assertTrue(CandidateExtractor.nounPhrase(w, 0, 2));
    assertFalse(CandidateExtractor.nounPhrase(w, 1, 2)); // the gerund alone is no noun phrase
    assertFalse(CandidateExtractor.nounPhrase(w, 0, 3)); // "improves" is no -ing form
    assertFalse(CandidateExtractor.nounPhrase(w, 2, 4));
    // an -ing form that works as a preposition introduces the noun's complement
    List<Word> using =
        List.of(
            tagged("rules", "NOUN", true),
            tagged("using", "VERB", false),
            tagged("costs", "NOUN", false),
            tagged("including", "VERB", false));
    assertFalse(CandidateExtractor.nounPhrase(using, 0, 2));
    assertFalse(CandidateExtractor.nounPhrase(using, 2, 4));
  }

  @Test
  void aRomanNumeralAfterANameEndsThePhrase() {
    // tags as the English model gives them: "World War II" = PROPN PROPN NUM
    List<Word> w =
        List.of(
            tagged("World", "PROPN", true),
            tagged("War", "PROPN", false),
            tagged("II", "NUM", false),
            tagged("veterans", "NOUN", false),
            tagged("war", "NOUN", false),
            tagged("II", "NUM", false),
            tagged("Paul", "PROPN", false),
            tagged("I", "PRON", false));
    assertTrue(CandidateExtractor.nounPhrase(w, 0, 3));
    assertTrue(CandidateExtractor.nounPhrase(w, 1, 4)); // inside, as any number
    assertFalse(CandidateExtractor.nounPhrase(w, 2, 3)); // never alone
    assertFalse(CandidateExtractor.nounPhrase(w, 3, 6)); // after a common noun
    assertFalse(CandidateExtractor.nounPhrase(w, 6, 8)); // one letter: the pronoun
    List<String> k =
        Texts.taggedCandidateKeys("en", "Pope John Paul II met King Charles III in 2023.");
    assertTrue(k.contains("john paul ii"), k.toString());
    assertTrue(k.contains("charles iii"), k.toString());
  }

  @Test
  void frenchNounComplementsWithDeAndAAreOnePhrase() {
    List<Word> w =
        tagged(
            "réforme/NOUN", "des/ADP", "retraites/NOUN", "de/ADP", "Montclar/PROPN", "à/ADP",
            "Paris/PROPN", "sur/ADP", "place/NOUN");
    assertTrue(CandidateExtractor.nounPhrase(w, 0, 3, true, true)); // réforme des retraites
    assertTrue(CandidateExtractor.nounPhrase(w, 2, 5, true, true)); // retraites de Montclar
    // after a proper noun, à links a route's ends, not a noun and its complement
    assertFalse(CandidateExtractor.nounPhrase(w, 4, 7, true, true)); // Montclar à Paris
    // other prepositions do not make a term: "Paris sur place"
    assertFalse(CandidateExtractor.nounPhrase(w, 6, 9, true, true));
    // and English keeps "X of Y" out
    assertFalse(CandidateExtractor.nounPhrase(w, 0, 3, false, false));
    List<Word> art = tagged("projet/NOUN", "de/ADP", "la/DET", "loi/NOUN");
    assertTrue(CandidateExtractor.frenchComplement(art, 1));
    assertTrue(CandidateExtractor.frenchComplement(art, 2)); // la after de, before a noun
    assertTrue(CandidateExtractor.nounPhrase(art, 0, 4, true, true));
    List<Word> det = tagged("gouvernement/NOUN", "la/DET", "semaine/NOUN");
    assertFalse(CandidateExtractor.frenchComplement(det, 1)); // an article alone links nothing
  }

  @Test
  void aFinalAdjectiveAfterTheNounOnlyWhereAdjectivesFollowNouns() {
    List<Word> w = List.of(tagged("politique", "NOUN", true), tagged("étrangère", "ADJ", false));
    assertTrue(CandidateExtractor.nounPhrase(w, 0, 2, true, false));
    List<Word> en = List.of(tagged("Barbour", "PROPN", true), tagged("racist", "ADJ", false));
    assertFalse(CandidateExtractor.nounPhrase(en, 0, 2, false, false));
  }

  @Test
  void aPostNominalAdjectiveOpensNoPhrase() {
    List<Word> w =
        tagged("Frère/NOUN", "musulman/ADJ", "Mohamed/PROPN", "Morsi/PROPN", "une/DET",
            "nouvelle/ADJ", "avancée/NOUN");
    boolean[] none = new boolean[w.size()];
    assertTrue(CandidateExtractor.adjectiveOfThePreviousNoun(w, none, 1)); // after Frère
    assertFalse(CandidateExtractor.adjectiveOfThePreviousNoun(w, none, 5)); // after une
    boolean[] comma = new boolean[w.size()];
    comma[1] = true; // "Frère, musulman": punctuation between
    assertFalse(CandidateExtractor.adjectiveOfThePreviousNoun(w, comma, 1));
    List<String> k =
        Texts.taggedCandidateKeys(
            "fr", "Le Frère musulman Mohamed Morsi a remporté une nouvelle victoire.");
    assertFalse(k.contains("musulman mohamed morsi"), k.toString());
    assertTrue(k.contains("mohamed morsi"), k.toString());
    assertTrue(k.contains("nouvelle victoire"), k.toString());
  }

  @Test
  void theNounOfAFrenchCompoundPrepositionIsNoPartOfAPhrase() {
    List<String> k =
        Texts.taggedCandidateKeys(
            "fr",
            "Samsung recule face à Apple, lit les couleurs grâce à un code. La suite au tribunal.");
    assertFalse(k.stream().anyMatch(c -> c.contains("face")), k.toString());
    assertFalse(k.stream().anyMatch(c -> c.contains("grâce")), k.toString());
    assertTrue(k.contains("couleurs"), k.toString());
    // after a determiner, suite is the noun ("la suite au tribunal")
    assertTrue(k.contains("suite"), k.toString());
  }

  @Test
  void aCommonNounBeforeAFullNameIsItsAppositionNotPartOfTheTerm() {
    List<Word> w =
        tagged(
            "press/NOUN", "secretary/NOUN", "Jay/PROPN", "Carney/PROPN", "engine/NOUN",
            "Google/PROPN", "President/PROPN", "Barack/PROPN", "Obama/PROPN");
    boolean[] propn = {false, false, true, true, false, true, true, true, true};
    assertTrue(CandidateExtractor.appositionBeforeName(w, propn, 1, 4)); // secretary Jay Carney
    assertFalse(CandidateExtractor.appositionBeforeName(w, propn, 2, 4)); // Jay Carney
    assertFalse(CandidateExtractor.appositionBeforeName(w, propn, 4, 6)); // a name of one word
    assertFalse(CandidateExtractor.appositionBeforeName(w, propn, 6, 9)); // a capitalized title
    List<String> k =
        Texts.taggedCandidateKeys("en", "White House press secretary Jay Carney spoke.");
    assertFalse(k.contains("secretary jay carney"), k.toString());
    assertTrue(k.contains("jay carney"), k.toString());
    List<String> ru =
        Texts.candidateKeys("ru", "Рассказала директор библиотеки Ольга Никитина на встрече.");
    assertFalse(ru.contains("библиотеки ольга никитина"), ru.toString());
    assertTrue(ru.contains("ольга никитина"), ru.toString());
  }

  @Test
  void aPieceThatStopsBeforeTheEndOfANameIsNoCandidateWhenTheWholeNameCanBe() {
    // "Salt Lake City police": the name is Salt Lake City
    List<Word> w = tagged("Salt/PROPN", "Lake/PROPN", "City/PROPN", "police/NOUN");
    ParsedText t = new ParsedText("t", w, List.of(new Segment(0, "Salt Lake City police", 0, 4)));
    List<String> k = new CandidateExtractor(3).extract(t).stream().map(Candidate::key).toList();
    // the pieces that stop before the name's end go (Salt, Salt Lake, Lake); pieces that run to
    // its end stay, as a name's last words are its head ("Obama" of "Barack Obama")
    assertEquals(
        List.of("Salt Lake City", "Lake City", "Lake City police", "City", "City police", "police"),
        k);
    // with at most 2 words the whole name cannot be a candidate, so its pieces stay
    List<String> k2 = new CandidateExtractor(2).extract(t).stream().map(Candidate::key).toList();
    assertTrue(k2.contains("Salt Lake"), k2.toString());
    assertTrue(k2.contains("Salt"), k2.toString());
  }

  @Test
  void aCommonNounBeforeAPieceOfANameDoesNotSaveThePiece() {
    // "film producer Soren Staermose": the name Soren Staermose can be a candidate, so the pieces
    // that stop inside it go, with or without the title nouns before them (and the title noun
    // with the whole name is an apposition: aCommonNounBeforeAFullNameIsItsApposition...)
    List<Word> w = tagged("film/NOUN", "producer/NOUN", "Soren/PROPN", "Staermose/PROPN");
    ParsedText t =
        new ParsedText("t", w, List.of(new Segment(0, "film producer Soren Staermose", 0, 4)));
    List<String> k = new CandidateExtractor(3).extract(t).stream().map(Candidate::key).toList();
    assertEquals(
        List.of(
            "film",
            "film producer",
            "producer",
            "Soren Staermose",
            "Staermose"),
        k);
    // a name of 3 words cannot be a candidate with at most 2: its pieces stay
    List<Word> w3 = tagged("killer/NOUN", "Philip/PROPN", "Hugh/PROPN", "Markoff/PROPN");
    ParsedText t3 = new ParsedText("t", w3, List.of(new Segment(0, "killer Philip Hugh Markoff", 0, 4)));
    List<String> k3 = new CandidateExtractor(2).extract(t3).stream().map(Candidate::key).toList();
    assertTrue(k3.contains("killer Philip"), k3.toString());
  }

  @Test
  void namesSeparatedByPunctuationAreNotOneName() {
    List<Word> w = new java.util.ArrayList<>(tagged("Obama/PROPN", "Merkel/PROPN"));
    Word m = w.get(1);
    w.set(1, new Word(m.surface(), m.key(), m.stem(), false, false, true, 0, false, " ", "PROPN"));
    ParsedText t = new ParsedText("t", w, List.of(new Segment(0, "Obama, Merkel", 0, 2)));
    List<String> k = new CandidateExtractor(3).extract(t).stream().map(Candidate::key).toList();
    assertEquals(List.of("Obama", "Merkel"), k);
  }

  @Test
  void aNounWithAnUnsplitPossessiveGetsThePossessiveTag() {
    assertEquals("PROPN+PART", CandidateExtractor.possessiveTag("PROPN", "Group's", s -> true));
    assertEquals("NOUN+PART", CandidateExtractor.possessiveTag("NOUN", "bank’s", s -> false));
    assertEquals("PROPN+PART", CandidateExtractor.possessiveTag("PROPN+PART", "Fincher's", s -> true));
    assertEquals("PRON+AUX", CandidateExtractor.possessiveTag("PRON+AUX", "it's", s -> false));
    assertEquals("VERB", CandidateExtractor.possessiveTag("VERB", "goes", s -> false));
    // a name the model misread
    assertEquals("PROPN+PART", CandidateExtractor.possessiveTag("VERB", "Obama's", s -> true));
    assertEquals("PROPN+PART", CandidateExtractor.possessiveTag("ADJ", "Slovenia’s", s -> true));
    // not a name (a stopword, or lower case), or a contraction the model recognized: as tagged
    assertEquals("PRON+VERB", CandidateExtractor.possessiveTag("PRON+VERB", "There's", s -> false));
    assertEquals("SCONJ", CandidateExtractor.possessiveTag("SCONJ", "It’s", s -> false));
    assertEquals("VERB", CandidateExtractor.possessiveTag("VERB", "lets's", s -> false));
    assertEquals("NOUN", CandidateExtractor.possessiveTag("NOUN", "bus", s -> false));
    assertEquals("NOUN", CandidateExtractor.possessiveTag("NOUN", "x's", s -> true)); // too short to be a noun + 's
  }
}
