package dev.kalima.analysis;

import static dev.kalima.analysis.TermAssertions.assertPhrases;
import static dev.kalima.analysis.TermAssertions.assertTokens;
import static dev.kalima.analysis.TermAssertions.assertTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

  @Test
  void emptyText() {
    assertTokens("en", "");
  }

  @Test
  void arabicPunctuationNeverInTokens() {
    assertTokens("ar", "قال، ثم ذهب؛ هل جاء؟", "قال", "ثم", "ذهب", "هل", "جاء");
  }

  @Test
  void arabicPunctuationBreaksPhrases() {
    assertPhrases("ar", "قال، ثم ذهب؛ هل جاء؟ نعم", "قال | ثم ذهب | هل جاء | نعم");
  }

  @Test
  void arabicCliticsStayInOneToken() {
    assertTokens("ar", "وبالتعاون مع الشركة وللمرة", "وبالتعاون", "مع", "الشركة", "وللمرة");
  }

  @Test
  void tatweelInsideArabicWordDoesNotSplit() {
    assertTokens("ar", "كتـــاب جديد", "كتـــاب", "جديد");
  }

  @Test
  void zeroWidthNonJoinerInsideWordDoesNotSplit() {
    assertTokens("fa", "می\u200Cخواهم بروم", "می\u200Cخواهم", "بروم");
  }

  @Test
  void zeroWidthJoinerInsideArabicWordDoesNotSplit() {
    assertTokens("ar", "كت\u200Dاب", "كت\u200Dاب");
  }

  @Test
  void tatweelAloneIsNotAWord() {
    assertTokens("ar", "ـــ كتاب", "كتاب");
  }

  @Test
  void harakatStayInsideTheWord() {
    assertTokens("ar", "كَتَبَ الوَلَدُ", "كَتَبَ", "الوَلَدُ");
  }

  @Test
  void combiningMarksStayInsideTheWord() {
    assertTokens("fr", "e\u0301te\u0301 chaud", "e\u0301te\u0301", "chaud");
  }

  @Test
  void englishContractionsAreOneWord() {
    assertTokens("en", "I don't know, it’s fine", "I", "don't", "know", "it’s", "fine");
  }

  @Test
  void commaBreaksPhrase() {
    assertPhrases("en", "I don't know, it’s fine", "I don't know | it’s fine");
  }

  @Test
  void hyphenatedCompoundSplitsWithoutBreak() {
    assertPhrases("en", "a well-known fact", "a well known fact");
  }

  @Test
  void wordsJoinedByAnAmpersandAreOneWord() {
    assertTokens(
        "en",
        "AT&T and S&P rose; R&D at H&M, Q&A: AT&T's rock&roll D&D&D.",
        "AT&T", "and", "S&P", "rose", "R&D", "at", "H&M", "Q&A", "AT&T's", "rock&roll", "D&D&D");
    assertPhrases("en", "AT&T and S&P rose", "AT&T and S&P rose");
  }

  @Test
  void anInitialismKeepsItsFinalPeriod() {
    assertTokens(
        "en",
        "The U.S. economy, e.g. jobs at 5 p.m. in Washington, D.C. for a Ph.D. Mr. Smith of Acme Inc. said U.S.",
        "The", "U.S.", "economy", "e.g.", "jobs", "at", "5", "p.m.", "in", "Washington", "D.C.",
        "for", "a", "Ph.D.", "Mr", "Smith", "of", "Acme", "Inc", "said", "U.S.");
    assertPhrases("en", "the U.S. economy grew", "the U.S. economy grew");
    assertTokens("ru", "и т.е. так далее", "и", "т.е.", "так", "далее");
    // no period after it, or parts longer than two letters: as before
    assertTokens("en", "U.S, y.z, abc.de. x.y", "U.S", "y.z", "abc.de", "x.y");
  }

  @Test
  void theEuphonicTOfAFrenchInversionIsNoWord() {
    assertTokens("fr", "Va-t-elle partir ? Y a-t-il, a-T-on dit", "Va", "elle", "partir", "Y", "a", "il", "a", "on", "dit");
    assertPhrases("fr", "Que va-t-elle faire", "Que va elle faire");
    // a t that is no euphonic t: a word, or the elided pronoun of t'as
    assertTokens("fr", "la lettre t-shirt, t'as vu", "la", "lettre", "t-shirt", "t'", "as", "vu");
  }

  @Test
  void cEstADireIsOneWord() {
    assertTokens("fr", "rien, c'est-à-dire tout, c’est-à-dire, c'est à dire", "rien", "c'est-à-dire", "tout", "c’est-à-dire", "c'", "est", "à", "dire");
  }

  @Test
  void datesTimesAndTelephoneNumbersAreOneNumber() {
    assertTokens(
        "en",
        "At 10:30 on 08/16/2000, call 303-832-8160; 1/2 of 1,000.5/3, 2024-05-01 and 3:1.",
        "At", "10:30", "on", "08/16/2000", "call", "303-832-8160", "1/2", "of", "1,000.5/3",
        "2024-05-01", "and", "3:1");
    // a separator with space around it, or letters after the digits, joins nothing
    assertTokens("en", "10 - 12, 3 / 4, 15-year, 1/2000s, 2:3a", "10", "12", "3", "4", "15", "year", "1", "2000s", "2", "3a");
    assertTokens("ar", "في ٢٠٢٤/٥/١ الساعة ١٠:٣٠", "في", "٢٠٢٤/٥/١", "الساعة", "١٠:٣٠");
    assertTokens("ru", "в 1990-2000-х годах", "в", "1990-2000-х", "годах");
  }

  @Test
  void anArabicNumberWithCliticsOrAnEraLetterIsTheNumber() {
    List<Token> tokens =
        new WordTokenizer(Languages.locale("ar")).tokenize("عام 2025 و2026 ب5 الـ5 وبـ٢٠ 1384هـ 1964م والعام");
    assertEquals(
        List.of("عام", "2025", "2026", "5", "5", "٢٠", "1384", "1964", "والعام"),
        tokens.stream().map(Token::text).toList());
    assertEquals(
        List.of(Token.Type.WORD, Token.Type.NUMBER, Token.Type.NUMBER, Token.Type.NUMBER,
            Token.Type.NUMBER, Token.Type.NUMBER, Token.Type.NUMBER, Token.Type.NUMBER,
            Token.Type.WORD),
        tokens.stream().map(Token::type).toList());
    // other letters with digits stay words
    assertTokens("en", "2nd 1960s 3D A4", "2nd", "1960s", "3D", "A4");
  }

  @Test
  void anAddressIsOneWord() {
    assertTokens(
        "en",
        "See https://www.example.com/news/a?b=1&c=2. Or (www.example.org/x) and john.smith@example.co.uk, ftp://f.example.net/a.txt; HTTP://X.ORG!",
        "See", "https://www.example.com/news/a?b=1&c=2", "Or", "www.example.org/x", "and",
        "john.smith@example.co.uk", "ftp://f.example.net/a.txt", "HTTP://X.ORG");
    assertTokens("ar", "زوروا https://example.com/مقال للمزيد", "زوروا", "https://example.com/مقال", "للمزيد");
  }

  @Test
  void lookalikesOfAddressesAreWords() {
    // no scheme, no dot in the domain, a two-letter top-level label missing, "www" alone
    assertTokens("en", "http or www, a@b, x@y.z, the www. site", "http", "or", "www", "a", "b", "x", "y.z", "the", "www", "site");
  }

  @Test
  void hyphenatedCompoundsAreOneWordOutsideEnglish() {
    assertTokens("fr", "Les États-Unis et celui-ci au-delà de Saint-Aubin, COVID-19 en 2010-2015",
        "Les", "États-Unis", "et", "celui-ci", "au-delà", "de", "Saint-Aubin", "COVID-19", "en",
        "2010-2015"); // a range is one number (joinNumbers)
    assertTokens("ru", "Кто-то из-за Северо-Западного", "Кто-то", "из-за", "Северо-Западного");
    assertTokens("de", "in Baden-Württemberg", "in", "Baden-Württemberg");
    // English splits them, as its treebank does, except after a bound prefix
    assertTokens("en", "a well-known e-mail", "a", "well", "known", "e-mail");
  }

  @Test
  void aPronounAfterAHyphenStaysAWord() {
    assertTokens("fr", "dit-il, a-t-elle, est-ce vrai", "dit", "il", "a", "elle", "est", "ce", "vrai");
    assertTokens("pt", "disse-lhe e encontrou-se", "disse", "lhe", "e", "encontrou", "se");
    // a word that merely starts like a pronoun is part of the compound
    assertTokens("fr", "sous-marins et porte-avions", "sous-marins", "et", "porte-avions");
  }

  @Test
  void aPronounInsideACompoundNounStaysInIt() {
    // the pronouns end an inverted or imperative verb; inside a compound noun they do not
    assertTokens("fr", "un cessez-le-feu, le tout-le-monde, donne-le-moi, un rendez-vous, Allez-vous partir",
        "un", "cessez-le-feu", "le", "tout-le-monde", "donne", "le", "moi", "un", "rendez-vous",
        "Allez", "vous", "partir");
  }

  @Test
  void aNumberKeepsItsHyphenatedCaseEnding() {
    List<Token> tokens =
        new WordTokenizer(Languages.locale("ru")).tokenize("В 1990-х годах 3-й полк, 14-го: 2-м.");
    assertEquals(
        List.of("В", "1990-х", "годах", "3-й", "полк", "14-го", "2-м"),
        tokens.stream().map(Token::text).toList());
    assertEquals(Token.Type.NUMBER, tokens.get(1).type());
    assertEquals(Token.Type.NUMBER, tokens.get(3).type());
  }

  @Test
  void aNumberGroupedWithSpacesIsOneNumberWhereTheLanguageGroupsSo() {
    // French and Russian group thousands with a space, plain, no-break or narrow no-break
    assertTokens("fr", "de 1 200 trains, 2 345 678 euros, 1\u00A0200,5 km, 3\u202F000 €.",
        "de", "1 200", "trains", "2 345 678", "euros", "1\u00A0200,5", "km", "3\u202F000");
    assertTokens("ru", "отменено 1 200 поездов, 45 000 мест", "отменено", "1 200", "поездов", "45 000", "мест");
    List<Token> tokens = new WordTokenizer(Languages.locale("fr")).tokenize("1 200 trains");
    assertEquals(Token.Type.NUMBER, tokens.get(0).type());
    assertEquals(0, tokens.get(0).start());
    assertEquals(5, tokens.get(0).end());
  }

  @Test
  void aJoinedNumberBeforeAJoinerAndAnEmojiDoesNotFail() {
    // UAX #29 glues an emoji to a zero-width joiner before it (WB3c): "30\u200D🍕" is one
    // segment, which ICU gives no word status, so it is no token (as WordSegmentsProperties has it)
    assertTokens("fr", "5:30\u200D🍕 ok", "5", "ok");
  }

  @Test
  void aTimeWithHIsANumber() {
    List<Token> tokens = new WordTokenizer(Languages.locale("fr")).tokenize("à 14h30, vers 8h ou 18H00, le 4x4 et 3h300");
    assertEquals(List.of("à", "14h30", "vers", "8h", "ou", "18H00", "le", "4x4", "et", "3h300"),
        tokens.stream().map(Token::text).toList());
    assertEquals(Token.Type.NUMBER, tokens.get(1).type());
    assertEquals(Token.Type.NUMBER, tokens.get(3).type());
    assertEquals(Token.Type.NUMBER, tokens.get(5).type());
    assertEquals(Token.Type.WORD, tokens.get(7).type());
    assertEquals(Token.Type.WORD, tokens.get(9).type());
  }

  @Test
  void englishBoundPrefixesKeepTheirHyphen() {
    assertTokens("en", "an e-mail, an x-ray, the co-founder's non-GAAP pre-tax re-elected Anti-war ex-wife",
        "an", "e-mail", "an", "x-ray", "the", "co-founder's", "non-GAAP", "pre-tax", "re-elected",
        "Anti-war", "ex-wife");
    // other English compounds still split, and a prefix before a number or a spaced hyphen too
    assertTokens("en", "a well-known T-shirt, pre-2008, co - op, co-op-run",
        "a", "well", "known", "T", "shirt", "pre", "2008", "co", "op", "co-op", "run");
  }

  @Test
  void ordinalsDecadesAndMagnitudesAreNumbers() {
    assertTypes("the 21st and 3rd time, the 1990s and 90s, 1,000th",
        "the/W 21st/N and/W 3rd/N time/W the/W 1990s/N and/W 90s/N 1,000th/N");
    assertTypes("lost £1.5bn and 300mn, $3.2M, $50K, 3.2m people",
        "lost/W 1.5bn/N and/W 300mn/N 3.2M/N 50K/N 3.2m/N people/W");
    // names and other letters after digits stay words
    assertTypes("3M and 4K and 5G, Q2, 2.5th, 10x, COVID-19", "3M/W and/W 4K/W and/W 5G/W Q2/W 2.5th/W 10x/W COVID/W 19/N");
    // scan gives the same types
    String text = "in the 1990s, £1.5bn";
    List<Boolean> numbers = new java.util.ArrayList<>();
    new WordTokenizer(Languages.locale("en")).scan(text, (t, start, end, number) -> numbers.add(number));
    assertEquals(List.of(false, false, true, true), numbers);
  }

  @Test
  void numbersThatAreNotDigitGroupsStayApart() {
    // a year, a fourth digit, a group glued to a word, two digits, a group of a number with a
    // decimal part, and English, which groups with a comma
    assertTokens("fr", "le 12 mars 2025, en 2024 300 personnes, 1 2000, 5 200km, 3 20, 1,5 200",
        "le", "12", "mars", "2025", "en", "2024", "300", "personnes", "1", "2000", "5", "200km",
        "3", "20", "1,5", "200");
    assertTokens("en", "1 200 trains", "1", "200", "trains");
    assertTokens("ru", "В 1 990-х", "В", "1 990-х");
  }

  @Test
  void scanGivesTheDigitGroupsAsTokenizeDoes() {
    String text = "Les 1 200 trains, 2 345 678 euros et 12,5 % en 2024 300 fois, un 5-pièces neuf, 25-ansカ, à 14h30.";
    WordTokenizer tokenizer = new WordTokenizer(Languages.locale("fr"));
    List<String> scanned = new java.util.ArrayList<>();
    tokenizer.scan(text, (t, start, end, number) -> scanned.add(t.substring(start, end) + (number ? "/N" : "/W")));
    List<String> tokenized = new java.util.ArrayList<>();
    for (Token t : tokenizer.tokenize(text)) {
      tokenized.add(t.text() + (t.type() == Token.Type.NUMBER ? "/N" : "/W"));
    }
    assertEquals(tokenized, scanned);
    assertTrue(scanned.contains("2 345 678/N"), scanned.toString());
  }

  @Test
  void aNumberAndAWordJoinedByAHyphenAreOneWordOutsideEnglish() {
    // five years old, the 100th anniversary, three-room: not the words "summer" or "летие"
    List<Token> tokens = new WordTokenizer(Languages.locale("ru"))
        .tokenize("5-летний мальчик, 100-летие, 3-комнатная квартира, 1990-х, 2010-2015");
    assertEquals(
        List.of("5-летний", "мальчик", "100-летие", "3-комнатная", "квартира", "1990-х", "2010-2015"),
        tokens.stream().map(Token::text).toList());
    assertEquals(Token.Type.WORD, tokens.get(0).type());
    assertEquals(Token.Type.NUMBER, tokens.get(5).type());
    assertTokens("de", "ein 5-jähriges Kind", "ein", "5-jähriges", "Kind");
  }

  @Test
  void otherHyphenatedWordsAfterANumberStaySplit() {
    assertTokens("en", "a 20-year-old 3-D 5-a-side 7-eleven 3-йх", "a", "20", "year", "old", "3", "D", "5", "a", "side", "7", "eleven", "3-йх");
  }

  @Test
  void aSpacedOrDanglingAmpersandJoinsNothing() {
    assertTokens("en", "Tom & Jerry, AT& T, A &B, x&1, 1&y, &z, w&", "Tom", "Jerry", "AT", "T", "A", "B", "x", "1", "1", "y", "z", "w");
    assertPhrases("en", "Tom & Jerry", "Tom | Jerry");
  }

  @Test
  void spacedHyphenBreaks() {
    assertPhrases("en", "war - peace", "war | peace");
  }

  @Test
  void emDashBreaks() {
    assertPhrases("en", "war—peace", "war | peace");
  }

  @Test
  void enDashBreaks() {
    assertPhrases("en", "war – peace", "war | peace");
  }

  @Test
  void apostropheAsQuoteBreaks() {
    assertPhrases("en", "he said 'hello' then", "he said | hello | then");
  }

  @Test
  void pluralPossessiveApostropheDoesNotBreak() {
    assertPhrases("en", "the students' union and the teachers’ room", "the students union and the teachers room");
  }

  @Test
  void closingSingleQuoteAfterSBreaks() {
    assertPhrases("en", "he said 'thanks' and left", "he said | thanks | and left");
  }

  @Test
  void curlySingleQuotesBreak() {
    assertPhrases("en", "the ‘experts’ agreed", "the | experts | agreed");
  }

  @Test
  void guillemetsAndBracketsBreak() {
    assertPhrases("fr", "il dit «bonjour» (hier) [ici]", "il dit | bonjour | hier | ici");
  }

  @Test
  void curlyQuotesBreak() {
    assertPhrases("en", "the “new” deal", "the | new | deal");
  }

  @Test
  void sentenceEndBreaks() {
    assertPhrases("en", "It rained. Then it stopped!", "It rained | Then it stopped");
  }

  @Test
  void aSymbolBetweenWordsBreaks() {
    // the words either side of an emoji or a sign are not adjacent: no "love pizza", "price tax"
    assertPhrases("en", "I love 🍕 pizza", "I love | pizza");
    assertPhrases("en", "price + tax = total, $5 deal", "price | tax | total | 5 deal");
    // a trademark sign glued to a name stays in its phrase
    assertPhrases("en", "the Apple® iPhone and Windows™ laptops", "the Apple iPhone and Windows laptops");
    assertPhrases("en", "a ® sign", "a | sign");
  }

  @Test
  void singleLineBreakDoesNotBreakPhrase() {
    assertPhrases("en", "one\ntwo", "one two");
  }

  @Test
  void blankLineBreaksPhrase() {
    assertPhrases("en", "one\n\ntwo", "one | two");
  }

  @Test
  void blankCrLfLineBreaksPhrase() {
    assertPhrases("en", "one\r\n\r\ntwo\r\nthree", "one | two three");
  }

  @Test
  void firstTokenHasBreakBefore() {
    List<Token> tokens = new WordTokenizer().tokenize("  hello");
    assertTrue(tokens.get(0).breakBefore());
  }

  @Test
  void frenchElisionSplits() {
    assertTokens(
        "fr", "L'homme d’affaires jusqu'à qu’il", "L'", "homme", "d’", "affaires", "jusqu'", "à",
        "qu’", "il");
  }

  @Test
  void frenchElisionDoesNotBreakPhrase() {
    assertPhrases("fr", "l'homme", "l' homme");
  }

  @Test
  void frenchAujourdhuiStaysWhole() {
    assertTokens("fr", "aujourd'hui", "aujourd'hui");
  }

  @Test
  void italianElisionSplits() {
    assertTokens("it", "dell'anno un'altra", "dell'", "anno", "un'", "altra");
  }

  @Test
  void catalanElisionSplits() {
    assertTokens("ca", "l'any d'or", "l'", "any", "d'", "or");
  }

  @Test
  void noElisionOutsideRomanceLanguages() {
    assertTokens("en", "l'homme o'clock", "l'homme", "o'clock");
  }

  @Test
  void elisionOffsetsAreExact() {
    List<Token> tokens = new WordTokenizer(Languages.locale("fr")).tokenize("x l’homme");
    assertEquals(new Token("l’", 2, 4, Token.Type.WORD, false), tokens.get(1));
    assertEquals(new Token("homme", 4, 9, Token.Type.WORD, false), tokens.get(2));
  }

  @Test
  void numbersOfAnyScript() {
    assertTypes("2025 ٢٠٢٥ ۲۰۲۵ 3.5 1,000 ١٬٠٠٠ ٣٫٥", "2025/N ٢٠٢٥/N ۲۰۲۵/N 3.5/N 1,000/N ١٬٠٠٠/N ٣٫٥/N");
  }

  @Test
  void letterAndDigitIsAWord() {
    assertTypes("A4 COVID-19", "A4/W COVID/W 19/N");
  }

  @Test
  void mixedScriptLine() {
    assertTypes(
        "قال Obama إن 2025 كان عام ٢٠٢٥.",
        "قال/W Obama/W إن/W 2025/N كان/W عام/W ٢٠٢٥/N");
  }

  @Test
  void emojiAndZwjSequencesAreNotWords() {
    assertTokens("en", "I ❤️ 👨\u200D👩\u200D👧 pizza 🍕!", "I", "pizza");
  }

  @Test
  void symbolsAndPunctuationAloneGiveNoTokens() {
    assertTokens("en", "... !!! $ + = € — «»");
  }

  @Test
  void chineseAndJapaneseWords() {
    List<Token> tokens = new WordTokenizer(Languages.locale("zh")).tokenize("我喜欢北京。");
    assertTrue(tokens.size() >= 2);
    assertTrue(tokens.stream().allMatch(t -> t.type() == Token.Type.WORD));
  }

  @Test
  void tokenizerIsReusable() {
    WordTokenizer tokenizer = new WordTokenizer();
    tokenizer.tokenize("first text here");
    assertEquals(2, tokenizer.tokenize("second one").size());
  }
}
