package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {

  private static List<String> split(String language, String text) {
    return split(new SentenceSegmenter(language), text);
  }

  private static List<String> split(SentenceSegmenter segmenter, String text) {
    List<String> out = new ArrayList<>();
    for (SentenceSpan span : segmenter.segment(text)) {
      out.add(span.text(text));
    }
    return out;
  }

  private static void assertSentences(String language, String text, String... expected) {
    assertEquals(List.of(expected), split(language, text));
  }

  // Arabic terminators

  @Test
  void arabicQuestionMarkEndsSentence() {
    assertSentences("ar", "هل انتهى؟ نعم انتهى.", "هل انتهى؟", "نعم انتهى.");
  }

  @Test
  void arabicExclamationAndFullStopEndSentences() {
    assertSentences("ar", "يا له من يوم! ذهب الوزير. عاد الرئيس.", "يا له من يوم!", "ذهب الوزير.", "عاد الرئيس.");
  }

  @Test
  void arabicEllipsisEndsSentence() {
    assertSentences("ar", "قال إنه سيعود… ثم رحل.", "قال إنه سيعود…", "ثم رحل.");
  }

  @Test
  void arabicCommaAndSemicolonDoNotEndSentence() {
    assertSentences("ar", "زار الوزير موسكو، والتقى نظيره؛ ثم عاد.", "زار الوزير موسكو، والتقى نظيره؛ ثم عاد.");
  }

  @Test
  void arabicClosingQuoteStaysWithSentence() {
    assertSentences("ar", "قال: «لن نتراجع.» ثم غادر.", "قال: «لن نتراجع.»", "ثم غادر.");
  }

  @Test
  void closingBracketAfterTerminatorStaysWithSentence() {
    assertSentences("ar", "(انتهى الاجتماع.) بدأ المؤتمر.", "(انتهى الاجتماع.)", "بدأ المؤتمر.");
  }

  @Test
  void punctuationGluedToTerminatorStaysWithSentence() {
    assertSentences("ru", "Он спросил: ``Где ты?``. Потом ушёл.", "Он спросил: ``Где ты?``.", "Потом ушёл.");
  }

  @Test
  void closingQuoteTokenWithFullStopAfterSpaceStaysWithSentence() {
    assertSentences("ru", "Он сказал: ``Я верю! ``. Потом ушёл.", "Он сказал: ``Я верю! ``.", "Потом ушёл.");
  }

  @Test
  void openingGuillemetStartsTheNextSentence() {
    assertSentences("fr", "Il est venu. « Est-ce fini ? » Non.", "Il est venu.", "« Est-ce fini ? »", "Non.");
  }

  @Test
  void frenchSpacedClosingGuillemetStaysWithSentence() {
    assertSentences("fr", "Il a dit « non ! » Puis il est parti.", "Il a dit « non ! »", "Puis il est parti.");
  }

  // Lines

  @Test
  void headlineLineIsItsOwnSentence() {
    assertSentences("en", "Storm hits the coast\nThe storm reached land on Monday.",
        "Storm hits the coast", "The storm reached land on Monday.");
  }

  @Test
  void arabicHeadlineLineIsItsOwnSentence() {
    assertSentences("ar", "حفتر في موسكو\nاستقبل شويغو حفتر في موسكو.", "حفتر في موسكو", "استقبل شويغو حفتر في موسكو.");
  }

  @Test
  void listItemLinesAreSentences() {
    assertSentences("en", "We need:\n- bread\n- milk\n- eggs", "We need:", "- bread", "- milk", "- eggs");
  }

  @Test
  void numberedListItemsAreSentences() {
    assertSentences("en", "1. Open the box\n2. Take the book", "1. Open the box", "2. Take the book");
  }

  @Test
  void singleLineBreakInRunningTextIsNotABoundary() {
    assertSentences("en",
        "The minister said on Monday that the talks with\nthe unions would go on all week.",
        "The minister said on Monday that the talks with\nthe unions would go on all week.");
  }

  @Test
  void hardWrappedLineBeforeCapitalIsNotABoundary() {
    assertSentences("en",
        "The talks went on for many hours on Monday and then\nPresident Smith left the room, tired and\nangry at everyone.",
        "The talks went on for many hours on Monday and then\nPresident Smith left the room, tired and\nangry at everyone.");
  }

  @Test
  void shortLineEndingInAnAbbreviationBeforeACapitalIsABoundary() {
    // a signature block: each line broken on purpose, though Ph.D. and Dept. are abbreviations
    // (the longest line cannot be told from a wrapped one: it runs on into the next)
    assertSentences("en",
        "Thomas J. Miller, Ph.D.\nSenior Analyst, Research Department\nGlobal Markets Inc.\nNew York",
        "Thomas J. Miller, Ph.D.", "Senior Analyst, Research Department\nGlobal Markets Inc.", "New York");
    // hard-wrapped text: the next word did not fit, so the abbreviation goes on
    assertSentences("en",
        "The plan was presented on Monday by the chief economist, Dr.\nSmith, who said costs rise.\nIt passed.",
        "The plan was presented on Monday by the chief economist, Dr.\nSmith, who said costs rise.",
        "It passed.");
  }

  @Test
  void lineSentencesOptionMakesEveryLineBreakABoundary() {
    SentenceSegmenter segmenter = new SentenceSegmenter("en", true);
    assertEquals(List.of("The talks with", "the unions went on."),
        split(segmenter, "The talks with\nthe unions went on."));
  }

  // Things that never split

  @Test
  void decimalNumberDoesNotSplit() {
    assertSentences("en", "Growth was 3.5 percent. Prices rose.", "Growth was 3.5 percent.", "Prices rose.");
  }

  @Test
  void arabicDecimalNumberDoesNotSplit() {
    assertSentences("ar", "بلغ النمو ٣٫٥ في المئة. ارتفعت الأسعار.", "بلغ النمو ٣٫٥ في المئة.", "ارتفعت الأسعار.");
  }

  @Test
  void arabicTitleAbbreviationsDoNotSplit() {
    // د. (doctor), أ. (professor, Mr.), م. (engineer), أ.د. (professor doctor) stand before a name
    assertSentences("ar", "وقال د. أحمد إن النتائج جيدة. ثم غادر.", "وقال د. أحمد إن النتائج جيدة.", "ثم غادر.");
    assertSentences("ar", "صرح أ. محمود والمهندس م. خالد بذلك.", "صرح أ. محمود والمهندس م. خالد بذلك.");
    assertSentences("ar", "حاضر أ.د. سامي في الجامعة.", "حاضر أ.د. سامي في الجامعة.");
  }

  @Test
  void arabicEraAfterAYearStillEndsASentence() {
    // after a number, م. is ميلادي (AD): the year may end the sentence
    assertSentences("ar", "ولد عام 1950 م. وقال إنه سعيد.", "ولد عام 1950 م.", "وقال إنه سعيد.");
  }

  @Test
  void arabicLetterAbbreviationsWithInnerDotsDoNotSplit() {
    // ق.م (قبل الميلاد, BC), ص.ب (صندوق بريد, P.O. Box), ج.م.ع (Arab Republic of Egypt): ICU
    // breaks after a full stop before any letter of a caseless script, even with no space
    assertSentences("ar", "بني المسجد عام 300 ق.م. وقد رمم لاحقاً.", "بني المسجد عام 300 ق.م.", "وقد رمم لاحقاً.");
    assertSentences("ar", "العنوان ص.ب. 1234 الرياض.", "العنوان ص.ب. 1234 الرياض.");
    assertSentences("ar", "صنع في ج.م.ع. وصدر إلى ليبيا.", "صنع في ج.م.ع.", "وصدر إلى ليبيا.");
    // a missing space after a word of two letters or more still ends a sentence
    assertSentences("ar", "انتهى الاجتماع.وقال الوزير إنه راض.", "انتهى الاجتماع.", "وقال الوزير إنه راض.");
  }

  @Test
  void arabicLetterListLabelAtALineStartIsNoSentence() {
    // lists are labelled in abjad order: أ. ب. ج. (as "1." or "a." in English)
    assertSentences("ar", "وتشمل الخطة:\nأ. تعزيز التعاون.\nب. دعم الاستقرار.",
        "وتشمل الخطة:\nأ. تعزيز التعاون.", "ب. دعم الاستقرار.");
    assertSentences("ar", "ب. دعم الاستقرار.", "ب. دعم الاستقرار.");
    // inside a line a lone letter and a stop still end a sentence
    assertSentences("ar", "اختار الجواب ب. ثم غادر.", "اختار الجواب ب.", "ثم غادر.");
  }

  @Test
  void arabicPageAbbreviationBeforeANumberDoesNotSplit() {
    assertSentences("ar", "انظر ص. 12 من التقرير.", "انظر ص. 12 من التقرير.");
  }

  @Test
  void initialsDoNotSplit() {
    assertSentences("en", "J. R. R. Tolkien wrote it. He was English.", "J. R. R. Tolkien wrote it.", "He was English.");
  }

  @Test
  void joinedInitialsDoNotSplit() {
    assertSentences("en", "The film is by J.A. Howe and others.", "The film is by J.A. Howe and others.");
  }

  @Test
  void pronounAfterInitialStartsSentence() {
    assertSentences("en", "He met Dagobert I. They talked.", "He met Dagobert I.", "They talked.");
  }

  @Test
  void urlDoesNotSplit() {
    assertSentences("en", "See http://example.com/a?Id=1 for more. Then stop.",
        "See http://example.com/a?Id=1 for more.", "Then stop.");
  }

  @Test
  void wwwAddressDoesNotSplit() {
    assertSentences("en", "Go to www.Example.Com now.", "Go to www.Example.Com now.");
  }

  @Test
  void emailAddressDoesNotSplit() {
    assertSentences("en", "Write to Jane.Doe@Example.org today. We answer.",
        "Write to Jane.Doe@Example.org today.", "We answer.");
  }

  @Test
  void closingQuoteAfterQuestionBeforeLowerCaseDoesNotSplit() {
    assertSentences("en", "\"Is it over?\" she asked.", "\"Is it over?\" she asked.");
  }

  @Test
  void closingQuoteAfterQuestionBeforeCapitalSplits() {
    assertSentences("en", "\"Is it over?\" Nobody answered.", "\"Is it over?\"", "Nobody answered.");
  }

  @Test
  void frenchSpacedClosingGuillemetBeforeLowerCaseDoesNotSplit() {
    assertSentences("fr", "« Est-ce vraiment nécessaire ? » s'interroge Mme Durand. Elle part.",
        "« Est-ce vraiment nécessaire ? » s'interroge Mme Durand.", "Elle part.");
    assertSentences("fr", "Elle répond : « Non ! » puis s'en va.", "Elle répond : « Non ! » puis s'en va.");
  }

  @Test
  void aCommaAfterTheClosingQuoteContinuesTheSentence() {
    assertSentences("fr", "« Pourquoi si tard ? », résume Marie-Claire Dubois. Elle part.",
        "« Pourquoi si tard ? », résume Marie-Claire Dubois.", "Elle part.");
    assertSentences("en", "\"Why so late?\", she asked. Nobody answered.",
        "\"Why so late?\", she asked.", "Nobody answered.");
    // a quote of two sentences: the reporting clause goes with the last one
    assertSentences("fr", "« C'est fini. Nous partons », dit-il.", "« C'est fini.",
        "Nous partons », dit-il.");
  }

  @Test
  void frenchSpacedClosingGuillemetBeforeCapitalSplits() {
    assertSentences("fr", "« Est-ce fini ? » Personne ne répond.", "« Est-ce fini ? »", "Personne ne répond.");
  }

  @Test
  void frenchQuestionOrExclamationBeforeLowerCaseDoesNotSplit() {
    assertSentences("fr", "— Combien de temps cela va durer ? demande une voyageuse.",
        "— Combien de temps cela va durer ? demande une voyageuse.");
    assertSentences("fr", "Ah ! quelle surprise. Oui ! Je pars.", "Ah ! quelle surprise.", "Oui !", "Je pars.");
  }

  @Test
  void russianExclamationBeforeLowerCaseDoesNotSplit() {
    assertSentences("ru", "Да! ухожу завтра. Что? Вы уходите?", "Да! ухожу завтра.", "Что?", "Вы уходите?");
  }

  @Test
  void aDashAfterAnAbbreviationGoesOnWithTheSentence() {
    // a dateline: the year's "г." and a dash, then the story
    assertSentences("ru", "Якутск, 18 июля 2025 г. — Лесные пожары продолжаются. Жители уехали.",
        "Якутск, 18 июля 2025 г. — Лесные пожары продолжаются.", "Жители уехали.");
    // after a plain word, a dash still starts the next speaker's words
    assertSentences("ru", "Он ушёл. — Куда? — спросила она.", "Он ушёл.", "— Куда? — спросила она.");
  }

  @Test
  void aRussianPlaceWordAfterTheNameMayEndTheSentence() {
    assertSentences("ru", "Пожар произошёл в Московской обл. Пострадавших нет.",
        "Пожар произошёл в Московской обл.", "Пострадавших нет.");
    assertSentences("ru", "Он жил на Тверской ул. Потом переехал.", "Он жил на Тверской ул.", "Потом переехал.");
    // before the name it is a title, wherever it stands
    assertSentences("ru", "Он жил на ул. Тверской. Мэр г. Москвы приехал.",
        "Он жил на ул. Тверской.", "Мэр г. Москвы приехал.");
    assertSentences("ru", "Офис на Тверской ул. в центре.", "Офис на Тверской ул. в центре.");
    assertSentences("ru", "Это в Новой Москве, пр. Мира открыт.", "Это в Новой Москве, пр. Мира открыт.");
  }

  @Test
  void anAbbreviationWrittenWithSpacesIsTheListedOne() {
    assertSentences("ru", "Это столица, т. е. Москва. Она большая.", "Это столица, т. е. Москва.", "Она большая.");
    assertSentences("ru", "Прибыли гости, в т. ч. Иванов. Потом ушли.", "Прибыли гости, в т. ч. Иванов.", "Потом ушли.");
    // "т. д." may end a sentence (final): before a capital it does
    assertSentences("ru", "Были яблоки, груши и т. д. Потом всё кончилось.", "Были яблоки, груши и т. д.", "Потом всё кончилось.");
  }

  @Test
  void aNumberPrefixBeforeARomanNumeralEndsNoSentence() {
    assertSentences("fr", "Voir le chap. II. Ensuite rien.", "Voir le chap. II.", "Ensuite rien.");
    assertSentences("ru", "См. т. III, с. 5. Далее.", "См. т. III, с. 5.", "Далее.");
  }

  @Test
  void russianQuoteAndDashDoNotSplit() {
    assertSentences("ru", "«Ты кто?» — спросил он. Потом ушёл.", "«Ты кто?» — спросил он.", "Потом ушёл.");
  }

  @Test
  void ellipsisBeforeLowerCaseDoesNotSplit() {
    assertSentences("en", "I think… maybe not. Yes.", "I think… maybe not.", "Yes.");
  }

  @Test
  void ellipsisBeforeCapitalSplits() {
    assertSentences("en", "He waited… Then he left.", "He waited…", "Then he left.");
  }

  @Test
  void threeDotEllipsisBeforeLowerCaseDoesNotSplit() {
    assertSentences("en", "Wait... what happened?", "Wait... what happened?");
  }

  // Abbreviations

  @Test
  void englishTitleDoesNotSplit() {
    assertSentences("en", "Mr. Smith met Dr. Jones. They talked.", "Mr. Smith met Dr. Jones.", "They talked.");
  }

  @Test
  void englishInnerAbbreviationDoesNotSplit() {
    assertSentences("en", "Fruit, e.g. Apples, is good. Eat it.", "Fruit, e.g. Apples, is good.", "Eat it.");
  }

  @Test
  void numberPrefixDoesNotSplitBeforeDigit() {
    assertSentences("en", "It is in No. 5 of the series.", "It is in No. 5 of the series.");
  }

  @Test
  void monthAbbreviationDoesNotSplitBeforeDay() {
    assertSentences("en", "It opened on Jan. 5 in Paris.", "It opened on Jan. 5 in Paris.");
  }

  @Test
  void finalAbbreviationSplitsBeforeCapital() {
    assertSentences("en", "He bought apples, pears, etc. The shop closed.",
        "He bought apples, pears, etc.", "The shop closed.");
  }

  @Test
  void companyDesignatorBeforeItsTickerInBracketsDoesNotSplit() {
    assertSentences("en", "Acme Corp. (NASDAQ: ACME) is based in Ohio. It has 40 staff.",
        "Acme Corp. (NASDAQ: ACME) is based in Ohio.", "It has 40 staff.");
    // a sentence in brackets after an ordinary word still stands apart
    assertSentences("en", "He left in May. (He came back later.)", "He left in May.", "(He came back later.)");
  }

  @Test
  void companyDesignatorInsideATitleCaseHeadlineDoesNotSplit() {
    assertSentences("en", "Acme Corp. Reports Record Third-Quarter Results; Revenue Up 12%",
        "Acme Corp. Reports Record Third-Quarter Results; Revenue Up 12%");
    // running text: the next sentence has lower-case words and its own full stop
    assertSentences("en", "He joined Acme Corp. Shares rose 5% on the news.",
        "He joined Acme Corp.", "Shares rose 5% on the news.");
  }

  @Test
  void streetAfterANameEndsASentenceBeforeAFunctionWord() {
    assertSentences("en", "The PM lives at No. 10 Downing St. Her office declined to comment.",
        "The PM lives at No. 10 Downing St.", "Her office declined to comment.");
    // Saint before a name, or St. inside a name, goes on
    assertSentences("en", "He flew to St. Louis. The Wall St. Journal said so.",
        "He flew to St. Louis.", "The Wall St. Journal said so.");
    assertSentences("en", "Gen. Mark Milley met Dr. Smith.", "Gen. Mark Milley met Dr. Smith.");
  }

  @Test
  void unitAndInstitutionAbbreviationsGoOnBeforeLowerCase() {
    assertSentences("en", "Sales rose 5 pct. in Q3, the Research Dept. said.",
        "Sales rose 5 pct. in Q3, the Research Dept. said.");
    assertSentences("en", "He joined the Research Dept. The team grew.",
        "He joined the Research Dept.", "The team grew.");
  }

  @Test
  void clockTimeBeforeATimeZoneDoesNotSplit() {
    assertSentences("en", "The call starts at 5:00 p.m. ET today. Dial in early.",
        "The call starts at 5:00 p.m. ET today.", "Dial in early.");
    assertSentences("en", "Updated 4:15 p.m. EST, Feb. 3, 2026", "Updated 4:15 p.m. EST, Feb. 3, 2026");
    assertSentences("en", "We met at 9 a.m. UTC and left.", "We met at 9 a.m. UTC and left.");
    // another capitalized word after p.m. starts a sentence, as before
    assertSentences("en", "The meeting ends at 3 p.m. Lunch is served after.",
        "The meeting ends at 3 p.m.", "Lunch is served after.");
  }

  @Test
  void finalAbbreviationDoesNotSplitBeforeLowerCase() {
    assertSentences("en", "He bought apples, pears, etc. and left.", "He bought apples, pears, etc. and left.");
  }

  @Test
  void frenchTitleDoesNotSplit() {
    assertSentences("fr", "M. Dupont est arrivé. Il parle.", "M. Dupont est arrivé.", "Il parle.");
  }

  @Test
  void frenchWordEndingLikeAnIcuAbbreviationStillSplits() {
    // ICU's French list has "mer." (mercredi); "assumer." must still end the sentence
    assertSentences("fr", "Ils ont un rôle à assumer. Certaines sont là.",
        "Ils ont un rôle à assumer.", "Certaines sont là.");
  }

  @Test
  void russianTitleBeforeNameDoesNotSplit() {
    assertSentences("ru", "Он жил на ул. Ленина. Потом уехал.", "Он жил на ул. Ленина.", "Потом уехал.");
  }

  @Test
  void russianYearAbbreviationAfterNumberSplits() {
    assertSentences("ru", "Это было в 1990 г. Потом всё изменилось.", "Это было в 1990 г.", "Потом всё изменилось.");
  }

  @Test
  void russianEtceteraEndsSentenceBeforeCapital() {
    assertSentences("ru", "Купили хлеб, молоко и т. д. Потом ушли.", "Купили хлеб, молоко и т. д.", "Потом ушли.");
  }

  @Test
  void russianThatIsDoesNotSplit() {
    assertSentences("ru", "Это был он, т. е. наш сосед.", "Это был он, т. е. наш сосед.");
  }

  @Test
  void russianInitialsDoNotSplit() {
    assertSentences("ru", "Стихи написал А. С. Пушкин. Он был поэтом.", "Стихи написал А. С. Пушкин.", "Он был поэтом.");
  }

  // Informal text

  @Test
  void fullStopBeforeLowerCaseAfterPlainWordSplits() {
    assertSentences("en", "call them today. they miss you.", "call them today.", "they miss you.");
  }

  @Test
  void questionBeforeLowerCaseSplits() {
    assertSentences("en", "are you kidding? why would you?", "are you kidding?", "why would you?");
  }

  @Test
  void sentenceMayStartWithADate() {
    assertSentences("ru", "Он был пионером авиации. 17 апреля вышла статья.",
        "Он был пионером авиации.", "17 апреля вышла статья.");
  }

  @Test
  void emoticonEndsSentence() {
    assertSentences("en", "I love it :-) Now we go.", "I love it :-)", "Now we go.");
  }

  @Test
  void separatorRunIsItsOwnSentence() {
    assertSentences("en", "See you then. ***** The notice follows", "See you then.", "*****", "The notice follows");
  }

  @Test
  void dashAfterSentenceEndStartsNewSentence() {
    assertSentences("ru", "Он ушёл. — Куда? — спросила она.", "Он ушёл.", "— Куда? — спросила она.");
  }

  @Test
  void doubleHyphenBeforeSignatureStandsAlone() {
    assertSentences("en", "It was late. -- Posted by Anna", "It was late.", "--", "Posted by Anna");
  }

  @Test
  void letterClosingEndsBeforeTheSignature() {
    assertSentences("en", "See you soon. Best regards, Anna Smith", "See you soon.", "Best regards,", "Anna Smith");
  }

  @Test
  void colonBeforeCapitalizedFunctionWordEndsSentence() {
    assertSentences("en", "He announced it in January: It is over.", "He announced it in January:", "It is over.");
  }

  @Test
  void colonBeforeNameDoesNotEndSentence() {
    assertSentences("en", "Coach: Lisa Gilette and her team.", "Coach: Lisa Gilette and her team.");
  }

  @Test
  void colonBeforeQuotationDoesNotEndSentence() {
    assertSentences("fr", "Il a déclaré : « Nous gagnerons. »", "Il a déclaré : « Nous gagnerons. »");
  }

  @Test
  void semicolonBeforeCapitalizedArticleEndsSentence() {
    assertSentences("fr", "Il y vécut ; La ville fut détruite.", "Il y vécut ;", "La ville fut détruite.");
  }

  @Test
  void missingSpaceAfterFullStopStillSplits() {
    assertSentences("en", "They are of high quality.You will like them.", "They are of high quality.", "You will like them.");
  }

  @Test
  void abbreviationInCapitalsIsStillAnAbbreviation() {
    assertSentences("en", "Ask DR. Jones today.", "Ask DR. Jones today.");
  }

  @Test
  void mailHeaderTimestampIsASegmentOfItsOwn() {
    assertSentences("en", "Kay Mann 04/26/2001 07:17 AM Will you send it?",
        "Kay Mann", "04/26/2001 07:17 AM", "Will you send it?");
  }

  @Test
  void timestampAfterPrepositionStaysInTheSentence() {
    assertSentences("en", "It was sent on 08/16/2000 03:14 PM Steve said.",
        "It was sent on 08/16/2000 03:14 PM", "Steve said.");
  }

  // Coverage

  @Test
  void sentencesAreTrimmedAndReproduceTheParagraph() {
    String text = "  Hello there.   How are you?\nFine!  ";
    List<SentenceSpan> spans = new SentenceSegmenter("en").segment(text);
    StringBuilder joined = new StringBuilder();
    for (SentenceSpan span : spans) {
      String sentence = span.text(text);
      assertEquals(sentence.strip(), sentence);
      joined.append(sentence);
    }
    assertEquals(text.replaceAll("\\s", ""), joined.toString().replaceAll("\\s", ""));
  }

  @Test
  void randomTextNeverThrowsAndIsCoveredInOrder() {
    Random random = new Random(42);
    String alphabet = "aZ. ?!…\n\"«»()؟،ب٣٫5@:/-";
    SentenceSegmenter segmenter = new SentenceSegmenter("en");
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(40);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      int last = 0;
      StringBuilder joined = new StringBuilder();
      for (SentenceSpan span : segmenter.segment(text)) {
        assertTrue(span.start() >= last, text);
        last = span.end();
        joined.append(span.text(text));
      }
      assertEquals(text.replaceAll("\\s", ""), joined.toString().replaceAll("\\s", ""), text);
    }
  }
}
