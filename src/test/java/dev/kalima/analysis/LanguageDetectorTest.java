package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  private static void assertLanguage(String expected, String sample) {
    assertEquals(expected, new LanguageDetector().detect(sample), sample);
  }

  @Test
  void aCapitalizedWordInsideASentenceIsWeakEvidence() {
    // "War" is German "war" (was): counted as a plain stopword it made this English text German
    assertLanguage(
        "en",
        "Veterans of World War II gathered in Normandy. World War II ended in 1945. Pope John Paul"
            + " II visited.");
    // an initial is no Estonian "p"; "No" after a title run on still counts toward two hits
    assertLanguage(
        "en",
        "Information retrieval in P2P networks using genetic algorithm No contact information"
            + " provided yet.");
    // at a sentence start a capitalized stopword counts fully
    assertLanguage("de", "Die Katze schläft. Der Hund bellt und die Kinder lachen.");
    assertTrue(LanguageDetector.nameInsideSentence("of War".toCharArray(), 3, 6));
    assertFalse(LanguageDetector.nameInsideSentence("War is".toCharArray(), 0, 3));
    assertFalse(LanguageDetector.nameInsideSentence("end. War".toCharArray(), 5, 8));
    assertFalse(LanguageDetector.nameInsideSentence("end\nWar".toCharArray(), 4, 7));
    assertFalse(LanguageDetector.nameInsideSentence("of WAR".toCharArray(), 3, 6));
    assertTrue(LanguageDetector.nameInsideSentence("in P2P".toCharArray(), 3, 4));
  }

  @Test
  void noLettersIsUndetermined() {
    assertLanguage("und", "");
    assertLanguage("und", "2025 — 3.5 % !!! 🍕");
  }

  /** One word can hit a stopword list only once, below the two hits needed. */
  @Test
  void aSingleWordFallsBackForItsScript() {
    assertLanguage("und", "hello");
    assertLanguage("und", "the");
    assertLanguage("ru", "и");
    assertLanguage("hi", "और");
    assertLanguage("en", "the and");
  }

  @Test
  void arabic() {
    assertLanguage("ar", "قال وزير الخارجية إن المحادثات التي جرت في العاصمة كانت مثمرة.");
  }

  @Test
  void persian() {
    assertLanguage("fa", "این کتاب را دیروز از کتابخانه گرفتم و می‌خواهم آن را بخوانم.");
  }

  @Test
  void urdu() {
    assertLanguage("ur", "یہ کتاب بہت اچھی ہے اور میں اسے پڑھنا چاہتا ہوں۔ وہ کل ٹرین سے آئے۔");
  }

  @Test
  void sorani() {
    assertLanguage("ckb", "ئەم کتێبە زۆر باشە و من دەمەوێت بیخوێنمەوە لە ماڵەوە.");
  }

  @Test
  void english() {
    assertLanguage("en", "The minister said that the talks were held in the capital and were fruitful.");
  }

  @Test
  void french() {
    assertLanguage("fr", "Le ministre a déclaré que les discussions dans la capitale étaient fructueuses.");
  }

  @Test
  void spanish() {
    assertLanguage("es", "El ministro dijo que las conversaciones en la capital fueron muy productivas.");
  }

  @Test
  void german() {
    assertLanguage("de", "Der Minister sagte, dass die Gespräche in der Hauptstadt sehr fruchtbar waren.");
  }

  @Test
  void italian() {
    assertLanguage("it", "Il ministro ha detto che i colloqui nella capitale sono stati molto utili.");
  }

  @Test
  void portuguese() {
    assertLanguage("pt", "O ministro disse que as conversas na capital foram muito produtivas para o país.");
  }

  @Test
  void dutch() {
    assertLanguage("nl", "De minister zei dat de gesprekken in de hoofdstad erg nuttig waren voor het land.");
  }

  @Test
  void turkish() {
    assertLanguage("tr", "Bakan, başkentteki görüşmelerin çok verimli olduğunu ve bu konuda daha çok iş olduğunu söyledi.");
  }

  @Test
  void polish() {
    assertLanguage("pl", "Minister powiedział, że rozmowy w stolicy były bardzo owocne i że jest zadowolony.");
  }

  @Test
  void vietnamese() {
    assertLanguage("vi", "Bộ trưởng nói rằng các cuộc đàm phán ở thủ đô rất hiệu quả.");
  }

  @Test
  void czech() {
    assertLanguage("cs", "Ministr řekl, že rozhovory v hlavním městě byly velmi plodné a že je spokojen.");
  }

  @Test
  void swedish() {
    assertLanguage("sv", "Ministern sa att samtalen i huvudstaden var mycket givande och att han är nöjd.");
  }

  @Test
  void russian() {
    assertLanguage("ru", "Министр сказал, что переговоры в столице были очень плодотворными и он доволен.");
  }

  @Test
  void bulgarian() {
    assertLanguage("bg", "Министърът каза, че разговорите в столицата са били много ползотворни и той е доволен.");
  }

  /**
   * Bulgarian writes the abbreviations Russian lists as stopwords (проф., г-жа, д-р, млн) and has
   * "е" (is) for a word: they must not make a Bulgarian text Russian.
   */
  @Test
  void bulgarianWithTheAbbreviationsRussianSharesAndItsWordE() {
    assertLanguage("bg", "Той е роден в София и е учил в Париж.");
    assertLanguage("bg", "Проф. Георгиев и г-жа Иванова посетиха завода в гр. Пловдив, където работят 3 хил. души.");
  }

  @Test
  void ukrainian() {
    assertLanguage("uk", "Міністр сказав, що переговори у столиці були дуже плідними, і він задоволений.");
  }

  @Test
  void belarusian() {
    assertLanguage("be", "Міністр сказаў, што перамовы ў сталіцы былі вельмі плённымі.");
  }

  @Test
  void serbianCyrillic() {
    assertLanguage("sr", "Министар је рекао да су разговори у престоници били веома плодни и да није забринут.");
  }

  @Test
  void russianWithAUkrainianPlaceNameIsRussian() {
    assertLanguage(
        "ru",
        "Министр сказал, что переговоры в столице были очень плодотворными, и что делегация "
            + "вернётся домой завтра утром, а следующая встреча пройдёт через месяц в Києві.");
  }

  @Test
  void chinese() {
    assertLanguage("zh", "外交部长表示，在首都举行的会谈富有成果。");
  }

  @Test
  void japanese() {
    assertLanguage("ja", "外務大臣は、首都で行われた会談は実り多いものだったと述べた。");
  }

  @Test
  void korean() {
    assertLanguage("ko", "외무장관은 수도에서 열린 회담이 매우 유익했다고 말했다.");
  }

  @Test
  void greek() {
    assertLanguage("el", "Ο υπουργός είπε ότι οι συνομιλίες στην πρωτεύουσα ήταν πολύ γόνιμες.");
  }

  @Test
  void hebrew() {
    assertLanguage("he", "השר אמר כי השיחות בבירה היו פוריות מאוד.");
  }

  @Test
  void thai() {
    assertLanguage("th", "รัฐมนตรีกล่าวว่าการเจรจาในเมืองหลวงเป็นไปด้วยดี");
  }

  @Test
  void hindi() {
    assertLanguage("hi", "मंत्री ने कहा कि राजधानी में हुई बातचीत बहुत उपयोगी थी और वह इससे खुश हैं।");
  }

  @Test
  void mixedArabicWithSomeEnglishIsArabic() {
    assertLanguage("ar", "قال المتحدث باسم شركة Apple إن الإصدار الجديد من iPhone سيصل إلى الأسواق العربية قريبا.");
  }

  @Test
  void mixedEnglishWithAnArabicNameIsEnglish() {
    assertLanguage("en", "The spokesman, quoted by the newspaper الأهرام, said that the deal was signed on Monday.");
  }

  @Test
  void aLoneStopwordHitIsChance() {
    // "ben" is a Turkish stopword, nothing else here is a stopword of any language
    assertLanguage("und", "Ben Markey, Webb Jennings");
  }

  @Test
  void latinWithoutAnyStopwordIsUndetermined() {
    assertLanguage("und", "Xyzzy plugh");
  }
}
